// The one gate every question passes before anyone sees it, whoever wrote it: the pipeline (both generators),
// Regenerate and Add question. It checks the shape (schema), that the quote is on its page (grounding), that
// the quiz does not already ask it (duplicates and near-duplicates), and, for generated questions, the rules
// of a question a teacher would use: a stem that stands alone and reads cleanly, a blank worth asking that the
// stem does not give away, and enough wrong choices to make guessing unrewarding.
import { Question, type QuestionDraft } from '../schemas/question.js';
import { QuestionDeduper } from './dedupe.js';
import { isGrounded } from './grounding.js';
import { isTrivialBlank, leaksAnswer } from './quality/blank-rules.js';
import { hasMarkup, looksGarbled, opensWithPointer, pointsOutside } from './quality/stem-rules.js';

export type GateRejection = 'invalid' | 'ungrounded' | 'duplicate' | 'quality';

export type GateVerdict = { ok: true; question: Question } | { ok: false; reason: GateRejection; problem: string };

export interface GateOptions {
  /**
   * 'generated' (default) applies every rule; 'teacher' (a question a person wrote) only shape, grounding,
   * duplicates and a blank the stem gives away: a teacher is the judge of their own wording.
   */
  author?: 'generated' | 'teacher';
}

/** Wrong choices a generated multiple-choice question needs. */
const MIN_WRONG_CHOICES = 3;
const BLANK = /_{3,}/;

/** Statements sharing this share of their words (Jaccard) ask the same thing, whatever their answers. */
const NEAR_SAME_WORDS = 0.8;

export class QuestionGate {
  readonly #seen: QuestionDeduper;
  readonly #author: 'generated' | 'teacher';
  /** Normalized quotes already used: one question per sentence of the document. */
  readonly #quotes = new Set<string>();
  readonly #statements: Set<string>[] = [];

  /** `existing`: the quiz's questions so far (a resumed job's, or the quiz being edited). */
  constructor(existing: Iterable<QuestionDraft> = [], options: GateOptions = {}) {
    this.#seen = new QuestionDeduper();
    this.#author = options.author ?? 'generated';
    for (const q of existing) this.admit(q);
  }

  /** Judges `candidate` (a draft with its id) against its page's text, without remembering it. */
  check(candidate: unknown, pageText: string | undefined): GateVerdict {
    const parsed = Question.safeParse(candidate);
    if (!parsed.success) {
      return { ok: false, reason: 'invalid', problem: parsed.error.issues[0]?.message ?? 'invalid question' };
    }
    const question = parsed.data;
    if (pageText === undefined || !isGrounded(question.source.quote, pageText)) {
      return { ok: false, reason: 'ungrounded', problem: `the quote is not on page ${question.source.page}` };
    }
    if (this.#seen.has(question) || this.#nearSame(question)) {
      return { ok: false, reason: 'duplicate', problem: 'the quiz already asks this' };
    }
    const problem = questionProblem(question, this.#author);
    if (problem) return { ok: false, reason: 'quality', problem };
    return { ok: true, question };
  }

  /** Remembers an admitted question, so that it is not asked again. */
  admit(question: QuestionDraft): void {
    this.#seen.add(question);
    this.#quotes.add(normalQuote(question.source.quote));
    this.#statements.push(statementWords(question.prompt));
  }

  /** The same sentence asked about again, or a statement sharing most of its words with one asked before. */
  #nearSame(question: QuestionDraft): boolean {
    if (this.#author === 'generated' && this.#quotes.has(normalQuote(question.source.quote))) return true;
    const words = statementWords(question.prompt);
    if (words.size < 4) return false;
    return this.#statements.some((seen) => jaccard(seen, words) >= NEAR_SAME_WORDS);
  }
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

/** What keeps a question from being handed to a class as it is, or null. */
export function questionProblem(question: QuestionDraft, author: 'generated' | 'teacher' = 'generated'): string | null {
  // The blank stands in as a plain word, so that its underscores do not count as symbols of damaged text.
  const statement = statementOf(question.prompt).replace(/_{3,}/g, 'blank');
  const cloze = BLANK.test(question.prompt);
  if (cloze && question.answer.some((a) => leaksAnswer(question.prompt, a))) return 'the stem gives the answer away';
  if (author === 'teacher') return null;
  if (cloze && question.answer.some((a) => isTrivialBlank(a, question.source.quote))) {
    return 'the blank is a function word or a bare number';
  }
  if (opensWithPointer(statement)) return 'the stem leans on a sentence the student cannot see';
  if (pointsOutside(statement.replace(/\bof the following\b/giu, ''))) {
    return 'the stem points at a figure, table or text the student cannot see';
  }
  const aboutCode = [...question.answer, ...question.choices].some(hasMarkup);
  if (!aboutCode && hasMarkup(statement)) return 'the stem carries markup or code';
  if (looksGarbled(statement)) return 'the stem reads as damaged text';
  if (question.type === 'multiple_choice' && question.choices.length - question.answer.length < MIN_WRONG_CHOICES) {
    return `a multiple-choice question needs ${MIN_WRONG_CHOICES} wrong choices`;
  }
  return null;
}

/** The statement a prompt asks about, without its instruction ("True or false:") or the quote marks around it. */
export function statementOf(prompt: string): string {
  const afterInstruction = /^[^:"“]{0,120}:\s+(?=["“\p{Lu}\p{N}])/u.exec(prompt);
  const rest = afterInstruction ? prompt.slice(afterInstruction[0].length) : prompt;
  return rest.trim().replace(/^["“](.*)["”]$/su, '$1');
}
