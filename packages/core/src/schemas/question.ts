// Question and quiz shapes: the single source of truth for server, client, web and CLI.
import { z } from 'zod';

export const QUESTION_TYPES = ['multiple_choice', 'true_false', 'short_answer', 'multi_select'] as const;
export const QuestionType = z.enum(QUESTION_TYPES);
export type QuestionType = z.infer<typeof QuestionType>;

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export const Difficulty = z.enum(DIFFICULTIES);
export type Difficulty = z.infer<typeof Difficulty>;

/** Where a question comes from: a 1-based page number and a verbatim (whitespace-normalized) quote of it. */
export const QuestionSource = z.object({
  page: z.number().int().min(1),
  quote: z.string().min(1),
  /** True when the page was read with OCR (a scanned page): the quote is checked against the OCR text. */
  ocr: z.boolean().optional(),
});
export type QuestionSource = z.infer<typeof QuestionSource>;

/**
 * One question. `answer` always lists the accepted answers: exactly one choice for multiple_choice and
 * true_false, one or more choices for multi_select, one or more accepted strings for short_answer.
 */
export const QuestionFields = z.object({
  id: z.string().min(1),
  type: QuestionType,
  prompt: z.string().min(1),
  choices: z.array(z.string().min(1)),
  answer: z.array(z.string().min(1)).min(1),
  explanation: z.string(),
  difficulty: Difficulty,
  source: QuestionSource,
});

export const Question = QuestionFields.superRefine((q, ctx) => {
  const needsChoices = q.type !== 'short_answer';
  if (needsChoices && q.choices.length < 2) {
    ctx.addIssue({ code: 'custom', path: ['choices'], message: `${q.type} needs at least two choices` });
  }
  if (!needsChoices && q.choices.length > 0) {
    ctx.addIssue({ code: 'custom', path: ['choices'], message: 'short_answer has no choices' });
  }
  if (new Set(q.choices.map((c) => c.trim().toLowerCase())).size !== q.choices.length) {
    ctx.addIssue({ code: 'custom', path: ['choices'], message: 'choices must be distinct' });
  }
  if (needsChoices && q.answer.some((a) => !q.choices.includes(a))) {
    ctx.addIssue({ code: 'custom', path: ['answer'], message: 'every answer must be one of the choices' });
  }
  if ((q.type === 'multiple_choice' || q.type === 'true_false') && q.answer.length !== 1) {
    ctx.addIssue({ code: 'custom', path: ['answer'], message: `${q.type} has exactly one answer` });
  }
});
export type Question = z.infer<typeof Question>;

/** A question as a generator proposes it, before the job gives it an id and checks its grounding. */
export type QuestionDraft = Omit<Question, 'id'>;

export const QuizStats = z.object({
  pages: z.number().int().min(0),
  pagesWithoutText: z.number().int().min(0),
  questions: z.number().int().min(0),
  dropped: z.object({
    ungrounded: z.number().int().min(0),
    duplicate: z.number().int().min(0),
    invalid: z.number().int().min(0),
    /** Failed the question gate's quality rules (a stem that does not stand alone, a trivial blank, ...). */
    quality: z.number().int().min(0).optional(),
    /** An LLM's answer key that its own quote does not state (or a "False" the quote does not correct). */
    unsupported: z.number().int().min(0).optional(),
    /** An LLM's answer key the model gave otherwise when asked from the quote alone (LLM_VERIFY). */
    unverified: z.number().int().min(0).optional(),
  }),
  durationMs: z.number().min(0),
  generator: z.string(),
  /** Tokens an LLM generator used, when one did. */
  usage: z
    .object({
      inputTokens: z.number().int().min(0),
      outputTokens: z.number().int().min(0),
      /** Of the input tokens, those the provider read from its prompt cache (when it says). */
      cachedInputTokens: z.number().int().min(0).optional(),
      /** What the quiz cost in USD, when the server knows its model's prices (LLM_PRICE_*). */
      costUsd: z.number().min(0).optional(),
    })
    .optional(),
});
export type QuizStats = z.infer<typeof QuizStats>;
