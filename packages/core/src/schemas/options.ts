// Generation options as a client sends them; unknown keys are refused so typos do not pass silently.
import { z } from 'zod';
import { QUESTION_TYPES, QuestionType } from './question.js';

export const DifficultyOption = z.enum(['easy', 'medium', 'hard', 'mixed']);
export type DifficultyOption = z.infer<typeof DifficultyOption>;

export const DEFAULT_QUESTION_TYPES: QuestionType[] = ['multiple_choice', 'true_false', 'short_answer'];

/** Most questions one page may be asked for. */
export const MAX_QUESTIONS_PER_PAGE = 10;

export const GenerateOptions = z
  .object({
    /**
     * Most questions one page may give (a page with little worth asking gives fewer, or none). Default 2, or
     * 10 when `count` is given.
     */
    questionsPerPage: z.number().int().min(1).max(MAX_QUESTIONS_PER_PAGE).optional(),
    /** Questions wanted for the whole document (or page range), spread over it by how much each page holds. */
    count: z.number().int().min(1).max(1000).optional(),
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

/** Questions per page without `count`, and the most one page may give with it. */
export const DEFAULT_QUESTIONS_PER_PAGE = 2;
const MAX_PER_PAGE_WITH_COUNT = 10;

/** The most questions one page may give under these options. */
export function maxQuestionsPerPage(options: Pick<GenerateOptions, 'questionsPerPage' | 'count'>): number {
  return options.questionsPerPage ?? (options.count ? MAX_PER_PAGE_WITH_COUNT : DEFAULT_QUESTIONS_PER_PAGE);
}
export type GenerateOptionsInput = z.input<typeof GenerateOptions>;
