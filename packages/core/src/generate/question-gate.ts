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

export class QuestionGate {
  readonly #seen: QuestionDeduper;
  readonly #author: 'generated' | 'teacher';

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
    if (this.#seen.has(question)) {
      return { ok: false, reason: 'duplicate', problem: 'the quiz already asks this' };
    }
    const problem = questionProblem(question, this.#author);
    if (problem) return { ok: false, reason: 'quality', problem };
    return { ok: true, question };
  }

  /** Remembers an admitted question, so that it is not asked again. */
  admit(question: QuestionDraft): void {
    this.#seen.add(question);
  }
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
  // The instruction may name the section it is about: "True or false (about “Caca”): ...". In other languages it
  // ends with a full-width colon ("空欄を埋めてください：「…」") or before their quotation marks («…», „…“).
  const afterInstruction = /^(?:[^:："“«„「]|“[^”:]{1,60}”){0,120}(?::\s+(?=["“«„\p{Lu}\p{N}])|：\s*(?=[「『“]))/u.exec(
    prompt,
  );
  const rest = afterInstruction ? prompt.slice(afterInstruction[0].length) : prompt;
  return rest
    .trim()
    .replace(
      /^(?:["“](.*)["”]|«\s*(.*?)\s*»|„(.*)“|「(.*)」|『(.*)』)$/su,
      (...m: string[]) => m.slice(1, 6).find((g) => g !== undefined) ?? '',
    );
}
