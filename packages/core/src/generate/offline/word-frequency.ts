// How common an English word is in general, and whether it is usually capitalized. This is the prior that
// lets the first page of a streamed document be scored at all: before many pages are seen, "mitochondrion"
// vs "place" can only be told apart by how rare each word is in English at large.

export interface WordFrequency {
  /** 0 for the most common words, rising to 1 for words outside the list (rare, technical, or names). */
  rarity(word: string): number;
  /** 0-based frequency rank of the lowercase word, or undefined when it is not a common lowercase word. */
  rank(word: string): number | undefined;
  /** "proper" when English writes the word capitalized (Paris, Newton), "common" when lowercase, else unknown. */
  caseForm(word: string): 'proper' | 'common' | 'unknown';
}

let loading: Promise<WordFrequency> | undefined;

/** Loads the list once (lazily, so importing core costs nothing until a generator runs). */
export function loadWordFrequency(): Promise<WordFrequency> {
  loading ??= import('./word-ranks.data.js').then(({ WORD_RANKS }) => build(WORD_RANKS.split(' ')));
  return loading;
}

function build(words: string[]): WordFrequency {
  const lower = new Map<string, number>();
  const capitalized = new Map<string, number>();
  words.forEach((w, i) => {
    const isLower = w === w.toLowerCase();
    const map = isLower ? lower : capitalized;
    const key = w.toLowerCase();
    if (!map.has(key)) map.set(key, i);
  });
  const logMax = Math.log(words.length + 1);
  return {
    rank: (word) => lower.get(word.toLowerCase()),
    rarity(word) {
      const key = word.toLowerCase();
      const r = lower.get(key) ?? capitalized.get(key);
      return r === undefined ? 1 : Math.log(r + 1) / logMax;
    },
    caseForm(word) {
      const key = word.toLowerCase();
      const l = lower.get(key);
      const c = capitalized.get(key);
      if (l === undefined && c === undefined) return 'unknown';
      if (l === undefined) return 'proper';
      if (c === undefined) return 'common';
      return c < l ? 'proper' : 'common';
    },
  };
}
