// What the offline generator remembers of the statements it has asked about, so that a document repeating
// itself (a notice on every page, a paragraph restated in a summary) gives one question, not one per copy:
// one question per sentence of the document, and none whose statement shares most of its words with one asked;
// nor one whose key another question's stem shows (givesAway).

import type { QuestionDraft } from '../../schemas/question.js';
import { escapeRegExp } from '../escape-regexp.js';
import { statementOf } from '../question-gate.js';

/** Statements sharing this share of their words (Jaccard) ask the same thing, whatever their answers. */
const NEAR_SAME_WORDS = 0.8;

export class StatementMemory {
  readonly #quotes = new Set<string>();
  readonly #statements: Set<string>[] = [];

  /** True when `question` asks about a sentence already asked about, or restates a statement asked before. */
  repeats(question: Pick<QuestionDraft, 'prompt' | 'source' | 'answer' | 'type'>): boolean {
    if (this.#quotes.has(normalQuote(question.source.quote))) return true;
    const words = statementWords(question.prompt);
    if (this.#asked.some((seen) => givesAway(seen, question) || givesAway(question, seen))) return true;
    if (words.size < 4) return false;
    return this.#statements.some((seen) => jaccard(seen, words) >= NEAR_SAME_WORDS);
  }

  remember(question: Pick<QuestionDraft, 'prompt' | 'source' | 'answer' | 'type'>): void {
    this.#quotes.add(normalQuote(question.source.quote));
    this.#statements.push(statementWords(question.prompt));
    this.#asked.push(question);
  }

  readonly #asked: Pick<QuestionDraft, 'prompt' | 'answer' | 'type'>[] = [];
}

function normalQuote(quote: string): string {
  return quote
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The statement's words (or characters, in scripts without spaces), blank and instruction left out. */
function statementWords(prompt: string): Set<string> {
  const text = statementOf(prompt).toLowerCase().replace(/_{3,}/g, ' ');
  const unspaced = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? [];
  const spaced = text.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, ' ').split(/[^\p{L}\p{N}]+/u);
  return new Set([...unspaced, ...spaced].filter((w) => w.length > 0));
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Whether `shown`'s stem answers `asked`: it shows `asked`'s key beside a name both stems share ("Debian 5.0 Lenny
 * (febrero de 2009)" answers "Debian 5.0 (Lenny) se publicó el 14 de febrero de ____"; "Congress approved the
 * Red River Compact in 1980" answers "Once the Red River Compact was approved in ____"). True/false keys are no
 * facts to give away.
 */
function givesAway(
  shown: Pick<QuestionDraft, 'prompt' | 'type'>,
  asked: Pick<QuestionDraft, 'prompt' | 'answer' | 'type'>,
): boolean {
  if (asked.type === 'true_false' || asked.type === 'multi_select') return false;
  const key = asked.answer[0]?.trim();
  if (!key || key.length < 2) return false;
  const stem = statementOf(shown.prompt);
  if (!new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(key)}(?![\\p{L}\\p{N}])`, 'iu').test(stem)) return false;
  // Capitalized words other than the statement's first ("Lenny", "Compact", "Debian").
  const names = (text: string) =>
    new Set(
      (text.match(/(?<![\p{L}\d])\p{Lu}[\p{L}\d.-]{2,}/gu) ?? []).filter(
        (w, i) =>
          i > 0 ||
          !text
            .trimStart()
            .replace(/^[«"“(]/u, '')
            .startsWith(w),
      ),
    );
  const mine = names(statementOf(asked.prompt));
  for (const name of names(stem)) if (mine.has(name) && name.toLowerCase() !== key.toLowerCase()) return true;
  return false;
}
