// The other grammatical number of a noun as a person would write it: "mitochondria" for "mitochondrion",
// "cell" for "cells", "Zellen" for "Zelle", "luz" for "luces". English gets its regular rules, the common
// irregular nouns and the Latin and Greek plurals of science; French, Spanish and German get their regular
// rules for single words. A word no rule is sure of gets no other form: a wrong form would be accepted.
import type { AnswerLanguage } from './answer-language.js';

/** Singular, then its plurals (the first is the usual one). */
const EN_TABLE: readonly (readonly string[])[] = [
  ['child', 'children'],
  ['person', 'people'],
  ['man', 'men'],
  ['woman', 'women'],
  ['mouse', 'mice'],
  ['goose', 'geese'],
  ['tooth', 'teeth'],
  ['foot', 'feet'],
  ['ox', 'oxen'],
  ['louse', 'lice'],
  ['analysis', 'analyses'],
  ['hypothesis', 'hypotheses'],
  ['thesis', 'theses'],
  ['crisis', 'crises'],
  ['diagnosis', 'diagnoses'],
  ['synthesis', 'syntheses'],
  ['parenthesis', 'parentheses'],
  ['oasis', 'oases'],
  ['axis', 'axes'],
  ['emphasis', 'emphases'],
  ['synopsis', 'synopses'],
  ['criterion', 'criteria'],
  ['phenomenon', 'phenomena'],
  ['mitochondrion', 'mitochondria'],
  ['ganglion', 'ganglia'],
  ['automaton', 'automata'],
  ['datum', 'data'],
  ['bacterium', 'bacteria'],
  ['curriculum', 'curricula', 'curriculums'],
  ['stratum', 'strata'],
  ['spectrum', 'spectra'],
  ['ovum', 'ova'],
  ['memorandum', 'memoranda', 'memorandums'],
  ['millennium', 'millennia', 'millenniums'],
  ['erratum', 'errata'],
  ['maximum', 'maxima', 'maximums'],
  ['minimum', 'minima', 'minimums'],
  ['quantum', 'quanta'],
  ['flagellum', 'flagella'],
  ['cilium', 'cilia'],
  ['atrium', 'atria'],
  ['nucleus', 'nuclei'],
  ['nucleolus', 'nucleoli'],
  ['fungus', 'fungi'],
  ['stimulus', 'stimuli'],
  ['radius', 'radii'],
  ['cactus', 'cacti', 'cactuses'],
  ['alumnus', 'alumni'],
  ['bacillus', 'bacilli'],
  ['locus', 'loci'],
  ['focus', 'foci', 'focuses'],
  ['syllabus', 'syllabi', 'syllabuses'],
  ['villus', 'villi'],
  ['genus', 'genera'],
  ['alga', 'algae'],
  ['larva', 'larvae'],
  ['vertebra', 'vertebrae'],
  ['antenna', 'antennae', 'antennas'],
  ['formula', 'formulae', 'formulas'],
  ['nebula', 'nebulae'],
  ['amoeba', 'amoebae', 'amoebas'],
  ['index', 'indices', 'indexes'],
  ['matrix', 'matrices'],
  ['vertex', 'vertices'],
  ['cortex', 'cortices'],
  ['appendix', 'appendices', 'appendixes'],
  ['apex', 'apices'],
  ['helix', 'helices'],
  ['vortex', 'vortices'],
  ['leaf', 'leaves'],
  ['wolf', 'wolves'],
  ['knife', 'knives'],
  ['life', 'lives'],
  ['half', 'halves'],
  ['shelf', 'shelves'],
  ['calf', 'calves'],
  ['thief', 'thieves'],
  ['wife', 'wives'],
  ['loaf', 'loaves'],
  ['self', 'selves'],
  ['potato', 'potatoes'],
  ['tomato', 'tomatoes'],
  ['hero', 'heroes'],
  ['echo', 'echoes'],
  ['volcano', 'volcanoes', 'volcanos'],
  ['veto', 'vetoes'],
  ['torpedo', 'torpedoes'],
  ['quiz', 'quizzes'],
  ['bus', 'buses'],
  ['gas', 'gases'],
  ['lens', 'lenses'],
  ['bias', 'biases'],
  ['atlas', 'atlases'],
  ['virus', 'viruses'],
  ['bonus', 'bonuses'],
  ['campus', 'campuses'],
  ['census', 'censuses'],
  ['status', 'statuses'],
  ['fetus', 'fetuses'],
  ['sinus', 'sinuses'],
  ['uterus', 'uteruses'],
  ['octopus', 'octopuses'],
  ['niche', 'niches'],
  ['cache', 'caches'],
  ['ache', 'aches'],
  ['avalanche', 'avalanches'],
];

/** Nouns with one form for both numbers, or none that is counted. */
const EN_SAME = new Set(
  'sheep fish deer moose bison swine aircraft spacecraft offspring species series means news headquarters physics mathematics economics ethics politics genetics chaos cosmos ethos pathos kudos iris canvas alias pancreas diabetes herpes rabies measles mumps scabies'.split(
    ' ',
  ),
);

/** Nouns ending in "ie" whose plural ends in "ies" ("movies" is not "movy"). */
const EN_IE = new Set('movie cookie calorie prairie rookie zombie brownie pie tie lie die hippie'.split(' '));

/**
 * Singular nouns that name a substance or an idea: a plural of them is not what a person writes. Suffixes cover
 * most ("respiration", "photosynthesis", "capitalism", "gravity", "glucose", "sodium", "nitrogen").
 */
const EN_UNCOUNTED = new Set(
  'water air oxygen hydrogen carbon nitrogen helium iron gold silver copper lead energy heat light matter information evidence research knowledge advice equipment furniture money blood rice sugar salt sand weather music software homework traffic work love fear'.split(
    ' ',
  ),
);
const EN_UNCOUNTED_SUFFIX = /(?:tion|sion|sis|ism|ity|ness|ing|ogy|ics|ship|ance|ence|dom|hood|ose|ium|gen|phyll)$/;

const EN_BY_SINGULAR = new Map(EN_TABLE.map((row) => [row[0]!, row.slice(1)]));
const EN_BY_PLURAL = new Map(EN_TABLE.flatMap((row) => row.slice(1).map((p) => [p, row[0]!] as const)));
/** Table entries that make no sense at the end of a longer phrase ("big data" is not "big datum"). */
const EN_WORD_ONLY = new Set(['data', 'datum', 'man', 'men', 'self', 'selves', 'life', 'lives', 'echo', 'echoes']);

export interface NumberHints {
  /** True when the phrase is plural, false when singular; unknown when omitted. */
  plural?: boolean;
  /**
   * True when the phrase is known to be a counted noun, so a singular may be given its regular plural. Without
   * it only plurals get their singular (and the irregular nouns their other form): "glucoses" or "reds" are not
   * what a person writes.
   */
  countNoun?: boolean;
  /** Also the forms a rule is unsure of ("Zellen" -> "Zelle"): for matching a typed answer, never for a list. */
  guess?: boolean;
}

/**
 * The other grammatical number of `phrase`: its singular when it is plural, its plurals when it is singular.
 * English inflects the last word of a phrase ("red blood cells"); the other languages a single word only,
 * since their adjectives agree and a phrase's head is not last.
 */
export function otherNumberForms(
  phrase: string,
  language: AnswerLanguage | undefined,
  hints: NumberHints = {},
): string[] {
  if (/\d/.test(phrase)) return [];
  const words = phrase.split(' ');
  const lang = language ?? 'en';
  if (lang !== 'en' && words.length > 1) return [];
  const inflect = INFLECT[lang];
  if (!inflect) return [];
  const last = words[words.length - 1]!;
  const forms = inflect(last, hints, words.length > 1);
  return forms.map((f) => [...words.slice(0, -1), f].join(' '));
}

type Inflect = (word: string, hints: NumberHints, inPhrase: boolean) => string[];

const INFLECT: Partial<Record<AnswerLanguage, Inflect>> = {
  en: englishForms,
  fr: (w, h) => regularForms(w, h, frenchSingular, frenchPlural),
  es: (w, h) => regularForms(w, h, spanishSingular, spanishPlural),
  de: (w, h) => regularForms(w, h, germanSingular, germanPlural),
};

/** The singular of a plural word, or the plural of a singular one, by one language's rules. */
function regularForms(
  word: string,
  hints: NumberHints,
  singularOf: (w: string, surelyPlural: boolean) => string | null,
  pluralOf: (w: string) => string | null,
): string[] {
  if (!/^\p{L}+$/u.test(word)) return [];
  const singular = hints.plural === false ? null : singularOf(word, hints.plural === true || hints.guess === true);
  if (singular) return [singular];
  const plural = hints.plural === true || !hints.countNoun ? null : pluralOf(word);
  return plural ? [plural] : [];
}

function englishForms(word: string, hints: NumberHints, inPhrase: boolean): string[] {
  const lower = word.toLowerCase();
  if (inPhrase && EN_WORD_ONLY.has(lower)) return [];
  // The tables are sure of a word's number, surer than a tagger's guess passed as `plural`.
  const tabled = EN_BY_PLURAL.get(lower);
  if (tabled) return [sameCase(word, tabled)];
  const tabledPlurals = EN_BY_SINGULAR.get(lower);
  if (tabledPlurals) return tabledPlurals.map((p) => sameCase(word, p));
  // Regular rules only for words written in lower case: a capitalised one is a name ("Mars", "Wales").
  if (!/^[a-z]{3,}$/.test(word) || EN_SAME.has(word)) return [];
  return regularForms(word, hints, englishSingular, englishPlural);
}

function englishSingular(word: string): string | null {
  if (word.length < 4 || !word.endsWith('s') || /(?:ss|us|is|ics)$/.test(word)) return null;
  if (word.endsWith('ies')) return EN_IE.has(word.slice(0, -1)) ? word.slice(0, -1) : `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|zz)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

function englishPlural(word: string): string | null {
  if (EN_UNCOUNTED.has(word) || EN_UNCOUNTED_SUFFIX.test(word)) return null;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/** Keeps a leading capital: "Mitochondria" -> "Mitochondrion". */
function sameCase(model: string, word: string): string {
  return /^\p{Lu}/u.test(model) ? word[0]!.toUpperCase() + word.slice(1) : word;
}

// French: -al/-aux, -eau/-eaux, -eu/-eux, -ail/-aux, -ou/-oux by their word lists, otherwise -s.
const FR_SAME = new Set(
  'pays corps temps bras fois processus virus cactus fils poids prix mois repas tapis souris avis colis gaz nez riz bus autobus sens discours cours concours parcours secours ours héros succès progrès accès abcès procès excès choix voix croix noix paix dos os lys jus ananas cyprès palais marais relais débris radis vernis puits pouls remords tiers univers revers vers'.split(
    ' ',
  ),
);
const FR_AIL_AUX: Record<string, string> = {
  travail: 'travaux',
  vitrail: 'vitraux',
  corail: 'coraux',
  émail: 'émaux',
  bail: 'baux',
};
const FR_OUX = new Set('bijou caillou chou genou hibou joujou pou'.split(' '));
const FR_EUX = new Set('jeu cheveu feu lieu neveu vœu essieu milieu'.split(' '));
const FR_AL_S = new Set('bal carnaval chacal festival récital régal'.split(' '));
const FR_IRREGULAR: Record<string, string> = { œil: 'yeux', ciel: 'cieux' };

function frenchPlural(word: string): string | null {
  const lower = word.toLowerCase();
  if (FR_IRREGULAR[lower]) return FR_IRREGULAR[lower];
  if (FR_AIL_AUX[lower]) return FR_AIL_AUX[lower];
  if (/[sxz]$/.test(lower)) return null;
  if (lower.endsWith('al') && !FR_AL_S.has(lower)) return `${word.slice(0, -2)}aux`;
  if (/(?:eau|au)$/.test(lower) || FR_EUX.has(lower) || FR_OUX.has(lower)) return `${word}x`;
  return `${word}s`;
}

function frenchSingular(word: string): string | null {
  const lower = word.toLowerCase();
  const irregular = Object.entries({ ...FR_IRREGULAR, ...FR_AIL_AUX }).find(([, p]) => p === lower);
  if (irregular) return irregular[0];
  if (FR_SAME.has(lower) || word.length < 4) return null;
  if (/(?:eaux|yaux)$/.test(lower)) return word.slice(0, -1);
  if (lower.endsWith('aux')) return `${word.slice(0, -3)}al`;
  if (lower.endsWith('x'))
    return FR_EUX.has(lower.slice(0, -1)) || FR_OUX.has(lower.slice(0, -1)) ? word.slice(0, -1) : null;
  if (lower.endsWith('s') && !/(?:ss|us|is|ès)$/.test(lower)) return word.slice(0, -1);
  return null;
}

// Spanish: vowel + s, consonant + es, z/ces, -ión/-iones, -ón/-ones; words in -s and -x do not change.
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

function spanishPlural(word: string): string | null {
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

function spanishSingular(word: string): string | null {
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

// German: only the suffixes whose plural is certain (-ung/-ungen, -heit, -keit, -schaft, -ion, -tät, -erin,
// -nis, -ismus, and nouns in -e taking -n); "Mütter", "Bäume" and the like get nothing.
const DE_RULES: readonly (readonly [singular: RegExp, toPlural: string, plural: RegExp, toSingular: string])[] = [
  [/(ung|heit|keit|schaft|ion|tät)$/, '$1en', /(ung|heit|keit|schaft|ion|tät)en$/, '$1'],
  [/erin$/, 'erinnen', /erinnen$/, 'erin'],
  [/nis$/, 'nisse', /nisse$/, 'nis'],
  [/ismus$/, 'ismen', /ismen$/, 'ismus'],
  [/([^e])e$/, '$1en', /([^aeiou][^aeiouäöü])en$/, '$1e'],
];

function germanPlural(word: string): string | null {
  const rule = DE_RULES.find(([singular]) => singular.test(word));
  return rule && word.length >= 4 ? word.replace(rule[0], rule[1]) : null;
}

/** "-en" to "-e" ("Zellen") only for a word known to be plural: "Wissen" and "Zeichen" are singular. */
function germanSingular(word: string, surelyPlural: boolean): string | null {
  const rule = DE_RULES.slice(0, surelyPlural ? undefined : -1).find(([, , plural]) => plural.test(word));
  return rule ? word.replace(rule[2], rule[3]) : null;
}
