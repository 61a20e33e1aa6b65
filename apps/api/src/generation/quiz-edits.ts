// Editing a finished quiz: its title and marking, its questions (changed, deleted, added by hand, one
// regenerated) and their order. Every change is validated with the contract's schemas and saved at once; a
// question a teacher writes goes through the same question gate as generated ones (its quote on its page, not
// asked twice). Plain arguments in, the quiz out, an AppError (a code of the contract) for every refusal.
import {
  MAX_QUESTIONS_PER_PAGE,
  type PageText,
  Question,
  QuestionGate,
  QuestionOrder,
  type Question as QuestionT,
  type Quiz,
  QuizPatch,
  withAcceptedAnswers,
} from '@quizstream/core';
import type { z } from 'zod';
import type { AppContext } from '../app-context.js';
import { readPageText } from '../documents/page-text.js';
import { isolatedExtractor } from '../documents/pdf-reader.js';
import { AppError, checkId, notFound } from '../errors.js';
import { newId } from '../ids.js';
import { refuseOverBudget } from '../jobs/daily-token-budget.js';
import type { Account } from '../store/account.js';

export type QuizEditContext = Pick<AppContext, 'config' | 'store' | 'files' | 'generators' | 'pdf' | 'ocr'>;

export class QuizEdits {
  /** Pages read with OCR when the quiz was made are read with OCR again, with the same settings. */
  private readonly extract: ReturnType<typeof isolatedExtractor>;

  constructor(private readonly ctx: QuizEditContext) {
    const isolated = isolatedExtractor(ctx.pdf.request);
    this.extract = (pdf, options) => isolated(pdf, { ...options, ocr: ctx.ocr });
  }

  /** A new title, a new marking of written answers, or both. */
  async patch(account: Account, quizId: string, body: unknown): Promise<Quiz> {
    const parsed = QuizPatch.safeParse(body);
    if (!parsed.success) throw invalid(parsed.error);
    const { title, marking } = parsed.data;
    return this.update(account, quizId, (quiz) => ({
      ...quiz,
      title: title ?? quiz.title,
      marking: marking ?? quiz.marking,
    }));
  }

  /** A question changed by the teacher; a new quote is checked on its page. */
  async replaceQuestion(account: Account, quizId: string, questionId: string, body: unknown): Promise<Quiz> {
    const edited = parseQuestion(body, questionId);
    const current = await this.read(account, quizId);
    const before = current.questions[indexOf(current, edited.id)]!;
    const question = withWrittenAnswers(edited, current, before);
    if (before.source.page !== question.source.page || before.source.quote !== question.source.quote) {
      await this.checkWritten(current, question);
    }
    return this.update(account, quizId, (quiz) =>
      withQuestions(quiz, quiz.questions.with(indexOf(quiz, question.id), question)),
    );
  }

  async deleteQuestion(account: Account, quizId: string, questionId: string): Promise<Quiz> {
    return this.update(account, quizId, (quiz) =>
      withQuestions(quiz, quiz.questions.toSpliced(indexOf(quiz, questionId), 1)),
    );
  }

  /** A question the teacher wrote, at the end of the quiz. */
  async addQuestion(account: Account, quizId: string, body: unknown): Promise<Quiz> {
    const written = parseQuestion(body, newId('q'));
    const current = await this.read(account, quizId);
    const question = withWrittenAnswers(written, current);
    await this.checkWritten(current, question);
    return this.update(account, quizId, (quiz) => withQuestions(quiz, [...quiz.questions, question]));
  }

  /** Every question's id, in the new order. */
  async reorder(account: Account, quizId: string, body: unknown): Promise<Quiz> {
    const parsed = QuestionOrder.safeParse(body);
    if (!parsed.success) throw invalid(parsed.error);
    const ids = parsed.data.questionIds;
    return this.update(account, quizId, (quiz) => {
      const byId = new Map(quiz.questions.map((q) => [q.id, q]));
      if (ids.length !== byId.size || new Set(ids).size !== ids.length || ids.some((id) => !byId.has(id))) {
        throw new AppError(400, 'invalid_order', 'questionIds must list every question of the quiz exactly once.');
      }
      return withQuestions(
        quiz,
        ids.map((id) => byId.get(id)!),
      );
    });
  }

  /**
   * A new question from the same page in place of one, of the same type when possible, unlike every question
   * in the quiz; written by the quiz's generator within REGENERATE_TIMEOUT_MS.
   */
  async regenerate(account: Account, quizId: string, questionId: string): Promise<Quiz> {
    const current = await this.read(account, quizId);
    // Regenerating with the LLM spends tokens like a job: refused the same way once the day's budget is spent.
    await refuseOverBudget(this.ctx, account ?? null, current.options);
    const old = current.questions[indexOf(current, questionId)]!;
    const page = await this.pageOf(current, old.source.page);
    const replacement = await this.alternative(current, old, page);
    if (!replacement) {
      throw new AppError(422, 'no_alternative', `No other good question could be written from page ${page.page}.`);
    }
    return this.update(account, quizId, (quiz) =>
      withQuestions(quiz, quiz.questions.with(indexOf(quiz, old.id), replacement)),
    );
  }

  private async pageOf(quiz: Quiz, page: number): Promise<PageText> {
    const document = await this.ctx.store.getDocument(quiz.documentId);
    if (!document) throw new AppError(404, 'document_missing', 'The document of this quiz is no longer stored.');
    return readPageText(this.ctx.files, document.id, page, document.pages, this.extract);
  }

  /** The question gate for a question a teacher wrote or changed; a refusal says why. */
  private async checkWritten(quiz: Quiz, question: QuestionT): Promise<void> {
    const page = await this.pageOf(quiz, question.source.page);
    const others = quiz.questions.filter((q) => q.id !== question.id);
    const verdict = new QuestionGate(others, { author: 'teacher' }).check(question, page.text);
    if (verdict.ok) return;
    if (verdict.reason === 'ungrounded') {
      throw new AppError(
        422,
        'quote_not_on_page',
        `The quote is not on page ${question.source.page}; copy it from that page as it is written.`,
      );
    }
    if (verdict.reason === 'duplicate') {
      throw new AppError(422, 'duplicate_question', 'The quiz already has this question (or one very like it).');
    }
    throw new AppError(422, 'answer_in_stem', `The question cannot be used: ${verdict.problem}.`);
  }

  private async alternative(quiz: Quiz, old: QuestionT, page: PageText): Promise<QuestionT | null> {
    const generator = this.ctx.generators.for(quiz.options);
    const gate = new QuestionGate(quiz.questions);
    const signal = AbortSignal.timeout(this.ctx.config.REGENERATE_TIMEOUT_MS);
    // Every candidate of the page, whatever share of a `count` the quiz was made with.
    const { count: _count, ...options } = { ...quiz.options, questionsPerPage: MAX_QUESTIONS_PER_PAGE };
    let fallback: QuestionT | null = null;
    async function* onePage() {
      yield page;
    }
    for await (const item of generator.generate(onePage(), options, { signal })) {
      if (item.kind !== 'question') continue;
      const verdict = gate.check({ ...item.question, id: newId('q') }, page.text);
      if (!verdict.ok) continue;
      if (verdict.question.type === old.type) return verdict.question;
      fallback ??= verdict.question;
    }
    return fallback;
  }

  // The change runs inside the row-locked transaction: it must not query anything itself (the embedded
  // database has one connection), so slow checks happen before, on a read of the quiz.
  private async update(account: Account, id: string, change: (quiz: Quiz) => Quiz): Promise<Quiz> {
    const quiz = await this.ctx.store.library.updateQuiz(checkId('quiz', id), change, account);
    if (!quiz) throw notFound('quiz', id);
    return quiz;
  }

  private async read(account: Account, id: string): Promise<Quiz> {
    const quiz = await this.ctx.store.getQuiz(checkId('quiz', id), account);
    if (!quiz) throw notFound('quiz', id);
    return quiz;
  }
}

function invalid(error: z.ZodError): AppError {
  const details = error.issues.map((i) => ({ field: i.path.join('.') || '(body)', message: i.message }));
  return new AppError(400, 'invalid_question', details.map((d) => `${d.field}: ${d.message}`).join('; '), details);
}

/** A question as sent by the editor, with the id it must have. */
function parseQuestion(body: unknown, id: string): QuestionT {
  if (typeof body !== 'object' || body === null) throw new AppError(400, 'invalid_question', 'Send a question object.');
  const parsed = Question.safeParse({ ...body, id });
  if (!parsed.success) throw invalid(parsed.error);
  return parsed.data;
}

function indexOf(quiz: Quiz, questionId: string): number {
  checkId('question', questionId);
  const index = quiz.questions.findIndex((q) => q.id === questionId);
  if (index < 0) throw notFound('question', questionId);
  return index;
}

/**
 * A short answer the teacher has just written (on a new question, or as the new answer of an edited one) gets
 * the other ways a person writes it; answers kept from before are left as the teacher listed them.
 */
function withWrittenAnswers(question: QuestionT, quiz: Quiz, before?: QuestionT): QuestionT {
  const kept = before?.type === 'short_answer' && question.answer.every((a) => before.answer.includes(a));
  return kept ? question : withAcceptedAnswers(question, quiz.options.language);
}

const withQuestions = (quiz: Quiz, questions: QuestionT[]): Quiz => ({
  ...quiz,
  questions,
  stats: { ...quiz.stats, questions: questions.length },
});
