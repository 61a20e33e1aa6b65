// English nouns in the other number: the regular rules (cells/cell, cities/city, churches/church), the common
// irregular nouns (children, people, teeth) and the Latin and Greek plurals of science (analyses, criteria,
// phenomena, mitochondria, indices, nuclei, algae).

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

/**
 * The other number of an irregular, Latin or Greek noun from the tables (which are surer of a word's number
 * than a tagger's guess), or null when the word is not in them. `inPhrase`: the word ends a longer phrase.
 */
export function englishTableForms(word: string, inPhrase: boolean): string[] | null {
  const lower = word.toLowerCase();
  if (inPhrase && EN_WORD_ONLY.has(lower)) return [];
  const tabled = EN_BY_PLURAL.get(lower);
  if (tabled) return [sameCase(word, tabled)];
  const tabledPlurals = EN_BY_SINGULAR.get(lower);
  return tabledPlurals ? tabledPlurals.map((p) => sameCase(word, p)) : null;
}

/**
 * Whether the regular rules may inflect `word`: only words written in lower case (a capitalised one is a
 * name: "Mars", "Wales") and not the same in both numbers ("species").
 */
export function englishIsRegular(word: string): boolean {
  return /^[a-z]{3,}$/.test(word) && !EN_SAME.has(word);
}

export function englishSingular(word: string): string | null {
  if (word.length < 4 || !word.endsWith('s') || /(?:ss|us|is|ics)$/.test(word)) return null;
  if (word.endsWith('ies')) return EN_IE.has(word.slice(0, -1)) ? word.slice(0, -1) : `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|zz)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

export function englishPlural(word: string): string | null {
  // A word ending in -s (but -ss, -us) is most likely a plural already; its plural would be "settlementses".
  if (EN_UNCOUNTED.has(word) || EN_UNCOUNTED_SUFFIX.test(word) || /[^su]s$/.test(word)) return null;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/** Keeps a leading capital: "Mitochondria" -> "Mitochondrion". */
function sameCase(model: string, word: string): string {
  return /^\p{Lu}/u.test(model) ? word[0]!.toUpperCase() + word.slice(1) : word;
}
