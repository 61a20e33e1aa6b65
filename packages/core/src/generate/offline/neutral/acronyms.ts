// Technical writing in Greek, Ukrainian, Arabic, Hebrew or Korean names its protocols, file systems and
// standards by their acronyms in Latin letters: "Το DHCP επιτρέπει τον προσδιορισμό ενός ονόματος αρχείου.",
// "Таким чином, монтування на різних серверах NFS виконуватимуться паралельно." Such a word does not inflect
// with the sentence around it, so another acronym fits its blank as well, and the document's own supply the
// wrong choices: a question that needs no parser of the language.

/** Units and Roman numerals, which are no terms ("512 MB", "Debian II", "Louis XIV"; "LVM" and "CD" are). */
const NOT_TERMS = /^(?:[KMGTPE]i?B|[KMG]?Hz|[KMG]bps|[IVX]+)$/u;

/**
 * Whether a word is an acronym: "DHCP", "NTFS", "RAID5"; not "IPv6", nor "HOME", an English word in capitals,
 * which `isWord` tells. (Not a capitalized word, "Windows", "Debian", "Less" opening a sentence, which is as
 * often a person, a language or the document's subject, nor an identifier in camel case, "TaskApp",
 * "handleClick", as often a name made up for an example.)
 */
export function isAcronym(word: string, isWord: (lower: string) => boolean = () => false): boolean {
  if (NOT_TERMS.test(word) || !/^[A-Z][A-Z0-9]{1,7}$/u.test(word) || !/[A-Z].*[A-Z]/u.test(word)) return false;
  return /\d/u.test(word) || !isWord(word.toLowerCase());
}

/** An acronym standing alone in a sentence of another script, with its offsets in the sentence. */
export interface AcronymMention {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /\S+/gu;
/** Punctuation that may stand around a word without being part of it. */
const AROUND = /^([«"“„'‚‘]*)(.*?)([»"”“'’,.;:!?،؛؟]*)$/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * The acronyms a sentence written mostly in another script names, each standing alone: not beside another
 * Latin word ("Mail Transfer Agent (MTA)", "ISC dhcpd" name one thing together), not in brackets (spelled out
 * beside its words), nor part of a path, an address, an option or a program with its manual section.
 */
export function acronymsIn(sentence: string, isWord?: (lower: string) => boolean): AcronymMention[] {
  const letters = sentence.match(/\p{L}/gu)?.length ?? 0;
  const latin = sentence.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (letters === 0 || latin * 2 >= letters) return [];
  const tokens = [...sentence.matchAll(TOKEN)];
  const out: AcronymMention[] = [];
  for (const [i, token] of tokens.entries()) {
    const [, before = '', core = '', after = ''] = AROUND.exec(token[0]) ?? [];
    if (!isAcronym(core, isWord) || after.includes('(')) continue;
    if ([tokens[i - 1]?.[0] ?? '', tokens[i + 1]?.[0] ?? ''].some((n) => LATIN.test(n))) continue;
    const start = token.index + before.length;
    out.push({ text: core, start, end: start + core.length });
  }
  return out;
}

/** The acronyms a document names, in how many sentences and on which page last: wrong choices for one another. */
export class AcronymIndex {
  readonly #seen = new Map<string, { sentences: number; page: number }>();

  /** `isWord`: whether a word (lowercase) is a common English word, which in capitals is no acronym. */
  constructor(readonly isWord: (lower: string) => boolean = () => false) {}

  /** The acronyms of a sentence (acronymsIn), with this index's notion of a word. */
  acronymsOf(sentence: string): AcronymMention[] {
    return acronymsIn(sentence, this.isWord);
  }

  /** Notes the acronyms of one sentence of `page` (once per sentence). */
  observe(sentence: string, page: number): void {
    for (const text of new Set(this.acronymsOf(sentence).map((m) => m.text))) {
      const entry = this.#seen.get(text) ?? { sentences: 0, page };
      entry.sentences++;
      entry.page = page;
      this.#seen.set(text, entry);
    }
  }

  /** Sentences so far that name `text`. */
  sentencesWith(text: string): number {
    return this.#seen.get(text)?.sentences ?? 0;
  }

  /**
   * Other acronyms of the document, none in `sentence`: those named nearest to `page` first (the protocols of a
   * chapter, the file systems of a manual page, are named together), ties in a seeded order.
   */
  wrongChoices(answer: string, sentence: string, page: number, count: number, random: () => number): string[] {
    const inSentence = new Set(this.acronymsOf(sentence).map((m) => m.text));
    const pool = [...this.#seen.entries()]
      .filter(([text]) => text !== answer && !inSentence.has(text) && !sentence.includes(text))
      .map(([text, { page: last }]) => ({ text, distance: Math.abs(last - page), jitter: random() }));
    pool.sort((a, b) => a.distance - b.distance || a.jitter - b.jitter);
    return pool.slice(0, count).map((s) => s.text);
  }
}
