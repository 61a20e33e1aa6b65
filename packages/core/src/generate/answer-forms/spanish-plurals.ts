// Spanish nouns in the other number, for a single word: vowel + s, consonant + es, -z/-ces, -ión/-iones,
// accents gained and lost; words ending in an unstressed -s or -x are the same in both numbers.

const ES_TABLE: Record<string, string> = {
  mes: 'meses',
  país: 'países',
  dios: 'dioses',
  gas: 'gases',
  interés: 'intereses',
  autobús: 'autobuses',
  examen: 'exámenes',
  joven: 'jóvenes',
  imagen: 'imágenes',
  origen: 'orígenes',
  volumen: 'volúmenes',
  resumen: 'resúmenes',
  orden: 'órdenes',
  germen: 'gérmenes',
  margen: 'márgenes',
};
const ES_BY_PLURAL = new Map(Object.entries(ES_TABLE).map(([s, p]) => [p, s]));

const ES_SAME = new Set('lunes martes miércoles jueves viernes caries tórax'.split(' '));
const ACCENTED = /[áéíóú]/;

export function spanishPlural(word: string): string | null {
  const lower = word.toLowerCase();
  if (ES_TABLE[lower]) return ES_TABLE[lower];
  if (/[sx]$/.test(lower)) return null;
  if (lower.endsWith('z')) return `${word.slice(0, -1)}ces`;
  if (/[aeoáéó]$/.test(lower)) return `${word}s`;
  if (/[íú]$/.test(lower)) return `${word}es`;
  // A stressed last syllable loses its accent ("canción" -> "canciones", "alemán" -> "alemanes"); an
  // earlier one keeps it ("árbol" -> "árboles"). An unaccented "-en" word gains one ("examen"), so is tabled.
  if (/[áéíóú][^aeiouáéíóú]$/.test(lower)) return `${stripAccents(word)}es`;
  if (/[aeiou][^aeiou]*[aeiou]n$/.test(lower) && !ACCENTED.test(lower)) return null;
  if (/[^aeiou]$/.test(lower)) return `${word}es`;
  return null;
}

export function spanishSingular(word: string): string | null {
  const lower = word.toLowerCase();
  if (ES_BY_PLURAL.has(lower)) return ES_BY_PLURAL.get(lower)!;
  if (ES_SAME.has(lower) || word.length < 4 || !lower.endsWith('s') || /(?:is|us)$/.test(lower)) return null;
  if (lower.endsWith('ces')) return `${word.slice(0, -3)}z`;
  if (lower.endsWith('iones')) return `${word.slice(0, -5)}ión`;
  if (lower.endsWith('ones')) return `${word.slice(0, -4)}ón`;
  // "árboles", "ciudades", "mujeres", "leyes": a vowel, one consonant, -es ("crímenes" loses the accent it
  // gained). "padres", "calles", "viajes": the e belongs to the word.
  if (/[aeiouáéíóú][lrndy]es$/.test(lower)) {
    const stem = word.slice(0, -2);
    return lower.endsWith('nes') ? stripAccents(stem) : stem;
  }
  if (/[aeiouáéíóú]s$/.test(lower)) return word.slice(0, -1);
  return null;
}

function stripAccents(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0301]/g, '')
    .normalize('NFC');
}
