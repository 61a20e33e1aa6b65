// French nouns in the other number, for a single word: -s, and -al/-aux, -eau/-eaux, -eu/-eux, -ail/-aux,
// -ou/-oux by their word lists. Words ending in -s, -x or -z are the same in both numbers.

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

export function frenchPlural(word: string): string | null {
  const lower = word.toLowerCase();
  if (FR_IRREGULAR[lower]) return FR_IRREGULAR[lower];
  if (FR_AIL_AUX[lower]) return FR_AIL_AUX[lower];
  if (/[sxz]$/.test(lower)) return null;
  if (lower.endsWith('al') && !FR_AL_S.has(lower)) return `${word.slice(0, -2)}aux`;
  if (/(?:eau|au)$/.test(lower) || FR_EUX.has(lower) || FR_OUX.has(lower)) return `${word}x`;
  return `${word}s`;
}

export function frenchSingular(word: string): string | null {
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
