// Generation options as a client sends them; unknown keys are refused so typos do not pass silently.
import { z } from 'zod';
import { QUESTION_TYPES, QuestionType } from './question.js';

export const DifficultyOption = z.enum(['easy', 'medium', 'hard', 'mixed']);
export type DifficultyOption = z.infer<typeof DifficultyOption>;

export const DEFAULT_QUESTION_TYPES: QuestionType[] = ['multiple_choice', 'true_false', 'short_answer'];

export const GenerateOptions = z
  .object({
    questionsPerPage: z.number().int().min(1).max(10).default(2),
    types: z
      .array(QuestionType)
      .min(1)
      .max(QUESTION_TYPES.length)
      .refine((t) => new Set(t).size === t.length, 'question types must not repeat')
      .default(DEFAULT_QUESTION_TYPES),
    difficulty: DifficultyOption.default('mixed'),
    /** First and last page to use (1-based, inclusive); defaults to the whole document. */
    pageFrom: z.number().int().min(1).optional(),
    pageTo: z.number().int().min(1).optional(),
    /** Group questions into `questions` events instead of one `question` event each. */
    batch: z.boolean().default(false),
    /** Which generator writes the questions; the server's default when omitted (see GET /api/config). */
    generator: z.enum(['offline', 'llm']).optional(),
    /** Language of the questions (BCP 47, e.g. "en"); defaults to the document's language. */
    language: z
      .string()
      .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'language must be a BCP 47 tag such as "en" or "pt-BR"')
      .optional(),
  })
  .strict()
  .refine((o) => o.pageFrom === undefined || o.pageTo === undefined || o.pageFrom <= o.pageTo, {
    message: 'pageFrom must not be after pageTo',
    path: ['pageFrom'],
  });
export type GenerateOptions = z.infer<typeof GenerateOptions>;
export type GenerateOptionsInput = z.input<typeof GenerateOptions>;
