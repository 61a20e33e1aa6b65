// How many questions each page may give. Without `count`, up to `questionsPerPage` (a page gives fewer when it
// has fewer sentences worth asking about: the generators keep only good candidates). With `count`, the questions wanted for the whole document (or range) are spread over its pages
// by how much body text each holds: a page's share is what the body text read so far deserves of `count`
// (the rest of the document estimated from the pages read), minus what earlier pages were given, so a page
// with nothing to ask passes its share on (what a page does not use is refunded). Pages are never read ahead: the first question stays immediate.
import { type GenerateOptions, maxQuestionsPerPage } from '../schemas/options.js';

/** With `count`, body words a page needs per question of its share: a short page is not asked as much. */
const WORDS_PER_QUESTION = 25;

export class QuestionBudget {
  readonly #count: number | undefined;
  readonly #cap: number;
  readonly #rangePages: number;
  #given = 0;
  #pages = 0;
  #words = 0;

  constructor(
    options: Pick<GenerateOptions, 'questionsPerPage' | 'count' | 'pageFrom' | 'pageTo'>,
    totalPages: number,
  ) {
    this.#count = options.count;
    this.#cap = maxQuestionsPerPage(options);
    const from = Math.min(options.pageFrom ?? 1, totalPages);
    const to = Math.min(options.pageTo ?? totalPages, totalPages);
    this.#rangePages = Math.max(1, to - from + 1);
  }

  /** Questions the next page may give, given its body text's word count. Call once per page, in order. */
  forPage(bodyWords: number): number {
    this.#pages += 1;
    this.#words += bodyWords;
    if (bodyWords === 0) return 0;
    if (this.#count === undefined) return this.#cap;
    const byContent = Math.max(1, Math.floor(bodyWords / WORDS_PER_QUESTION));
    const mean = this.#words / this.#pages;
    const expected = this.#words + mean * Math.max(0, this.#rangePages - this.#pages);
    const due = Math.round((this.#count * this.#words) / expected) - this.#given;
    const allowance = Math.max(0, Math.min(due, this.#cap, byContent, this.#count - this.#given));
    // Reserved at once: pages generated side by side (the LLM generator) must not be given the same share twice.
    this.#given += allowance;
    return allowance;
  }

  /** Gives back what a page did not use of its allowance, for the pages after it. */
  refund(unused: number): void {
    if (this.#count !== undefined) this.#given -= Math.max(0, unused);
  }

  /** Questions still wanted for `count` (Infinity without it). */
  get remaining(): number {
    return this.#count === undefined ? Number.POSITIVE_INFINITY : this.#count - this.#given;
  }
}

/** Words of a text in any script: runs of letters, or single ideographs (CJK has no spaces between words). */
export function countWords(text: string): number {
  return (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{M}\p{N}'’-]+/gu) ?? []).length;
}
