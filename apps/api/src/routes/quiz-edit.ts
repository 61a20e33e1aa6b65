// Editing a finished quiz: title, questions (change, delete, add by hand, regenerate one) and their
// order. Every change is validated with the core schemas and saved at once; a question a teacher writes goes
// through the same question gate as generated ones (its quote on its page, not asked twice).
import {
  type PageText,
  Question,
  QuestionGate,
  QuestionOrder,
  type Question as QuestionT,
  type Quiz,
  QuizPatch,
  withAcceptedAnswers,
} from '@quizstream/core';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { AppContext } from '../app-context.js';
import { readPageText } from '../documents/page-text.js';
import { isolatedExtractor } from '../documents/pdf-reader.js';
import { AppError, checkId, notFound } from '../errors.js';
import { newId } from '../ids.js';
import { refuseOverBudget } from '../jobs/daily-token-budget.js';
import type { Account } from '../store/account.js';

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

export async function quizEditRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const { library } = ctx.store;
  // Pages read with OCR when the quiz was made are read with OCR again, with the same settings, so a quote
  // copied from such a page is found on it.
  const isolated = isolatedExtractor(ctx.pdf.request);
  const ocr = { mode: ctx.config.OCR, langs: ctx.config.OCR_LANGS };
  const extract: typeof isolated = (pdf, options) => isolated(pdf, { ...options, ocr });

  /**
   * Puts a question a teacher wrote or changed through the question gate: its quote must be on its page, the
   * quiz must not already ask it, and a blank's answer must not stand in its stem.
   */
  async function checkWritten(quiz: Quiz, question: QuestionT) {
    const document = await ctx.store.getDocument(quiz.documentId);
    if (!document) throw new AppError(404, 'document_missing', 'The document of this quiz is no longer stored.');
    const page = await readPageText(ctx.files, document.id, question.source.page, document.pages, extract);
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

  // The change runs inside the row-locked transaction: it must not query anything itself (the embedded
  // database has one connection), so slow checks happen before, on a read of the quiz.
  async function update(account: Account, id: string, change: (quiz: Quiz) => Quiz) {
    const quiz = await library.updateQuiz(checkId('quiz', id), change, account);
    if (!quiz) throw notFound('quiz', id);
    return quiz;
  }

  async function read(account: Account, id: string): Promise<Quiz> {
    const quiz = await ctx.store.getQuiz(checkId('quiz', id), account);
    if (!quiz) throw notFound('quiz', id);
    return quiz;
  }

  function indexOf(quiz: Quiz, questionId: string): number {
    checkId('question', questionId);
    const index = quiz.questions.findIndex((q) => q.id === questionId);
    if (index < 0) throw notFound('question', questionId);
    return index;
  }

  app.patch<{ Params: { id: string } }>('/api/quizzes/:id', async (request) => {
    const body = QuizPatch.safeParse(request.body);
    if (!body.success) throw invalid(body.error);
    const { title, marking } = body.data;
    return update(request.account, request.params.id, (quiz) => ({
      ...quiz,
      title: title ?? quiz.title,
      marking: marking ?? quiz.marking,
    }));
  });

  app.put<{ Params: { id: string; qid: string } }>('/api/quizzes/:id/questions/:qid', async (request) => {
    const edited = parseQuestion(request.body, request.params.qid);
    const current = await read(request.account, request.params.id);
    const before = current.questions[indexOf(current, edited.id)]!;
    const question = withWrittenAnswers(edited, current, before);
    if (before.source.page !== question.source.page || before.source.quote !== question.source.quote) {
      await checkWritten(current, question);
    }
    return update(request.account, request.params.id, (quiz) =>
      withQuestions(quiz, quiz.questions.with(indexOf(quiz, question.id), question)),
    );
  });

  app.delete<{ Params: { id: string; qid: string } }>('/api/quizzes/:id/questions/:qid', async (request) =>
    update(request.account, request.params.id, (quiz) => {
      const index = indexOf(quiz, request.params.qid);
      return withQuestions(quiz, quiz.questions.toSpliced(index, 1));
    }),
  );

  app.post<{ Params: { id: string } }>('/api/quizzes/:id/questions', async (request, reply) => {
    const written = parseQuestion(request.body, newId('q'));
    const current = await read(request.account, request.params.id);
    const question = withWrittenAnswers(written, current);
    await checkWritten(current, question);
    const quiz = await update(request.account, request.params.id, (quiz) =>
      withQuestions(quiz, [...quiz.questions, question]),
    );
    return reply.status(201).send(quiz);
  });

  app.put<{ Params: { id: string } }>('/api/quizzes/:id/order', async (request) => {
    const body = QuestionOrder.safeParse(request.body);
    if (!body.success) throw invalid(body.error);
    return update(request.account, request.params.id, (quiz) => {
      const byId = new Map(quiz.questions.map((q) => [q.id, q]));
      const ids = body.data.questionIds;
      if (ids.length !== byId.size || new Set(ids).size !== ids.length || ids.some((id) => !byId.has(id))) {
        throw new AppError(400, 'invalid_order', 'questionIds must list every question of the quiz exactly once.');
      }
      return withQuestions(
        quiz,
        ids.map((id) => byId.get(id)!),
      );
    });
  });

  app.post<{ Params: { id: string; qid: string } }>(
    '/api/quizzes/:id/questions/:qid/regenerate',
    async (request, reply) => {
      const current = await read(request.account, request.params.id);
      // Regenerating with the LLM spends tokens like a job: refused the same way once the day's budget is spent.
      await refuseOverBudget(ctx, request.account, current.options, reply);
      const old = current.questions[indexOf(current, request.params.qid)]!;
      const document = await ctx.store.getDocument(current.documentId);
      if (!document) throw new AppError(404, 'document_missing', 'The document of this quiz is no longer stored.');
      const page = await readPageText(ctx.files, document.id, old.source.page, document.pages, extract);
      const replacement = await alternative(ctx, current, old, page);
      if (!replacement) {
        throw new AppError(422, 'no_alternative', `No other good question could be written from page ${page.page}.`);
      }
      return update(request.account, request.params.id, (quiz) =>
        withQuestions(quiz, quiz.questions.with(indexOf(quiz, old.id), replacement)),
      );
    },
  );
}

/** A new question from the same page, of the same type when possible, unlike every question in the quiz. */
async function alternative(ctx: AppContext, quiz: Quiz, old: QuestionT, page: PageText): Promise<QuestionT | null> {
  const generator = ctx.generators.for(quiz.options);
  const gate = new QuestionGate(quiz.questions);
  const signal = AbortSignal.timeout(60_000);
  // Every candidate of the page, whatever share of a `count` the quiz was made with.
  const { count: _count, ...options } = { ...quiz.options, questionsPerPage: 10 };
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
