// The shape the model writes for one question (an element of its output array), and the checks that turn it
// into a QuestionDraft or refuse it. The model's output is untrusted: a page can carry text written to steer
// it, so nothing reaches the quiz unless it has this exact shape, passes the Question rules and quotes its page.
import { z } from 'zod';
import type { GenerateOptions } from '../../schemas/options.js';
import {
  DIFFICULTIES,
  type Difficulty,
  Question,
  type QuestionDraft,
  type QuestionType,
} from '../../schemas/question.js';
import { acceptedAnswersOf, questionLanguage } from '../accepted-answers.js';
import type { QuoteMatch } from '../grounding.js';
import { unsupportedKey } from './answer-key.js';

/**
 * The element schema sent to the provider as structured-output JSON Schema, narrowed to the job's types and
 * difficulty. It stays within what every provider's schema dialect accepts (no length limits: OpenAI's strict
 * mode refuses them); the limits are checked after, in `checkElement`. The quote comes first so the model picks
 * its supporting sentence before it writes the question about it.
 */
export function questionElementSchema(options: Pick<GenerateOptions, 'types' | 'difficulty'>) {
  const difficulties: readonly Difficulty[] = options.difficulty === 'mixed' ? DIFFICULTIES : [options.difficulty];
  return z.object({
    type: z.enum(options.types as [QuestionType, ...QuestionType[]]),
    quote: z.string().describe('One sentence copied character for character from the page, that contains the answer.'),
    prompt: z.string().describe('The question, answerable from the quoted sentence alone.'),
    choices: z
      .array(z.string())
      .describe(
        'multiple_choice: 4 distinct options; multi_select: 4 to 6 options; true_false: the words for "True" and "False" in the language of the question; short_answer: empty.',
      ),
    answer: z
      .array(z.string())
      .describe(
        'The correct options, each copied exactly from choices (one for multiple_choice and true_false, one or more for multi_select); short_answer: the accepted answers, 1 to 4 words each, most common first.',
      ),
    explanation: z.string().describe('One or two sentences: why the answer is right, citing the page.'),
    difficulty: z.enum(difficulties as [Difficulty, ...Difficulty[]]),
  });
}
export type QuestionElementSchema = ReturnType<typeof questionElementSchema>;
export type QuestionElement = z.infer<QuestionElementSchema>;

/** Bounds no honest question comes near; they stop a steered model from smuggling a wall of text in. */
const LIMITS = { prompt: 600, choice: 300, answer: 300, explanation: 1500, quote: 1500, choices: 8 } as const;

export type DropReason = 'invalid' | 'ungrounded' | 'unsupported';
export type ElementVerdict = { ok: true; draft: QuestionDraft } | { ok: false; reason: DropReason; detail: string };

/**
 * Checks one element the model wrote for `page`: shape, the Question rules, the limits, then the quote against
 * the page (`matchQuote`, from quoteMatcher), then that its key follows from the quote (answer-key.ts). Harmless slips are repaired rather than refused: blanks around
 * strings, an answer that differs from its choice only in case, choices on a short-answer question. A short
 * answer gets its accepted variants, in `language` (the job's) or else the language the question is written in.
 * The draft's quote is the page's own text for the match, so it is verbatim even when the model's was not
 * byte for byte (curly quotes, line breaks).
 */
export function checkElement(
  raw: unknown,
  schema: QuestionElementSchema,
  page: number,
  matchQuote: (quote: string) => QuoteMatch | null,
  language?: string,
): ElementVerdict {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'invalid', detail: firstIssue(parsed.error) };
  const e = parsed.data;
  const tooLong = limitBroken(e);
  if (tooLong) return { ok: false, reason: 'invalid', detail: tooLong };

  const choices = e.type === 'short_answer' ? [] : unique(e.choices.map((c) => c.trim()).filter(Boolean));
  const answers = e.answer.map((a) => a.trim()).filter(Boolean);
  // A short answer also accepts what a person writes for the model's answers: without the article, the
  // other number, without accents, other thousands separators.
  const answer =
    e.type === 'short_answer'
      ? acceptedAnswersOf(answers, { language: questionLanguage(e, language) })
      : unique(answers.map((a) => choices.find((c) => sameText(c, a)) ?? a));
  const draft: QuestionDraft = {
    type: e.type,
    prompt: e.prompt.trim(),
    choices,
    answer,
    explanation: e.explanation.trim(),
    difficulty: e.difficulty,
    source: { page, quote: e.quote.trim() },
  };
  const valid = Question.safeParse({ id: 'draft', ...draft });
  if (!valid.success) return { ok: false, reason: 'invalid', detail: firstIssue(valid.error) };

  const match = matchQuote(e.quote);
  if (!match) return { ok: false, reason: 'ungrounded', detail: `quote not on page ${page}: ${e.quote.slice(0, 80)}` };
  draft.source.quote = match.text.replace(/\s+/g, ' ').trim();
  // The key must follow from the quote: a wrong key taught to a class is worse than no question.
  const unsupported = unsupportedKey(draft);
  if (unsupported) return { ok: false, reason: 'unsupported', detail: unsupported };
  return { ok: true, draft };
}

function limitBroken(e: QuestionElement): string | null {
  if (e.prompt.length > LIMITS.prompt) return 'prompt too long';
  if (e.explanation.length > LIMITS.explanation) return 'explanation too long';
  if (e.quote.length > LIMITS.quote) return 'quote too long';
  if (e.choices.length > LIMITS.choices) return 'too many choices';
  if (e.choices.some((c) => c.length > LIMITS.choice)) return 'choice too long';
  if (e.answer.length > LIMITS.choices || e.answer.some((a) => a.length > LIMITS.answer)) return 'answer too long';
  return null;
}

function sameText(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'element'}: ${issue.message}` : 'invalid';
}
