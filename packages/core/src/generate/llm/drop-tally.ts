// Counts the questions the generator refused, by reason and page, and reports them at the end of the job: as
// counts for the quiz's stats, and as one warning per reason, enough to see that a model misquotes its pages
// without a warning per question.
import type { GenerationEvent, GeneratorDropReason } from '../generator.js';

export type DropKind = GeneratorDropReason;

const WHY: Record<DropKind, string> = {
  invalid: 'did not match the question format',
  ungrounded: 'quoted text that is not on their page',
  unsupported: 'gave an answer their own quote does not state',
  unverified: 'were answered otherwise from their quote alone (LLM_VERIFY)',
  duplicate: 'repeated earlier questions',
};

const KINDS = ['ungrounded', 'unsupported', 'unverified', 'invalid', 'duplicate'] as const;

/** Pages listed in a warning; the rest are counted. */
const MAX_PAGES_LISTED = 10;

export class DropTally {
  readonly #pages: Record<DropKind, Map<number, number>> = {
    invalid: new Map(),
    ungrounded: new Map(),
    unsupported: new Map(),
    unverified: new Map(),
    duplicate: new Map(),
  };

  add(kind: DropKind, page: number): void {
    const pages = this.#pages[kind];
    pages.set(page, (pages.get(page) ?? 0) + 1);
  }

  count(kind: DropKind): number {
    let n = 0;
    for (const c of this.#pages[kind].values()) n += c;
    return n;
  }

  /** The counts for the quiz's stats: one `dropped` event per kind that happened. */
  *counts(): Iterable<GenerationEvent> {
    for (const kind of KINDS) {
      const count = this.count(kind);
      if (count > 0) yield { kind: 'dropped', reason: kind, count };
    }
  }

  /** One `llm_dropped_<kind>` warning per kind that happened. */
  *warnings(): Iterable<GenerationEvent> {
    for (const kind of KINDS) {
      const count = this.count(kind);
      if (count === 0) continue;
      const pages = [...this.#pages[kind].keys()].sort((a, b) => a - b);
      const listed = pages.slice(0, MAX_PAGES_LISTED).join(', ');
      const more = pages.length > MAX_PAGES_LISTED ? ` and ${pages.length - MAX_PAGES_LISTED} more` : '';
      yield {
        kind: 'warning',
        code: `llm_dropped_${kind}`,
        message: `${count} question${count === 1 ? '' : 's'} written by the model ${WHY[kind]} and ${count === 1 ? 'was' : 'were'} dropped (page${pages.length === 1 ? '' : 's'} ${listed}${more}).`,
      };
    }
  }
}
