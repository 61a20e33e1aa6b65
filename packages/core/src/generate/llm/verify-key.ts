// LLM_VERIFY: each question the checks let through is asked again, of the model (or of a second, cheaper one),
// with its quote alone: "answer this from this sentence". A question whose key the model does not give back is
// dropped (llm_dropped_unverified). It costs a call per question, and catches keys the quote states but does
// not make right (two lengths in one sentence, the wrong one keyed).
import type { LanguageModel } from 'ai';
import type { QuestionDraft } from '../../schemas/question.js';
import { answerMatches } from '../accepted-answers.js';

export const VERIFY_SYSTEM = [
  'You check a quiz question against the one sentence it was written from.',
  'Answer the question using only that sentence, as a careful student would.',
  'Reply only with JSON: {"answer": [...]}. For a question with choices, copy the right choices exactly as they are ' +
    'written; for a question without choices, write the shortest answer, in the words of the sentence.',
].join('\n');

/** The question, its choices and its quote, as the verifier is asked them (never its key). */
export function verifyPrompt(draft: QuestionDraft): string {
  const lines = ['<<<QUESTION', draft.prompt];
  if (draft.choices.length > 0) lines.push('Choices:', ...draft.choices.map((c) => `- ${c}`));
  lines.push('QUESTION>>>', '', '<<<SENTENCE', draft.source.quote, 'SENTENCE>>>');
  return lines.join('\n');
}

/** Whether the verifier's answer is the question's key. */
export function keyAgrees(draft: QuestionDraft, answer: readonly string[], language?: string): boolean {
  const given = answer.map((a) => a.trim()).filter(Boolean);
  if (given.length === 0) return false;
  if (draft.type === 'short_answer') return given.some((a) => answerMatches(a, draft.answer, language));
  const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
  const keyed = new Set(draft.answer);
  const chosen = new Set(given.map((a) => draft.choices.find((c) => same(c, a)) ?? a));
  return chosen.size === keyed.size && [...keyed].every((k) => chosen.has(k));
}

/**
 * Asks `model` the question with its quote alone; true when it gives back the key, false when it answers
 * otherwise, and null when it could not be asked (the question then stands on the other checks).
 */
export async function verifyKey(
  draft: QuestionDraft,
  model: LanguageModel,
  { signal, maxRetries, language }: { signal: AbortSignal; maxRetries: number; language?: string },
): Promise<{ agrees: boolean | null; inputTokens: number; outputTokens: number }> {
  const { Output, jsonSchema, streamText } = await import('ai');
  try {
    const result = streamText({
      model,
      system: VERIFY_SYSTEM,
      prompt: verifyPrompt(draft),
      output: Output.object({
        schema: jsonSchema<{ answer: string[] }>({
          type: 'object',
          properties: { answer: { type: 'array', items: { type: 'string' } } },
          required: ['answer'],
          additionalProperties: false,
        }),
        name: 'quiz_answer',
      }),
      maxRetries,
      abortSignal: signal,
    });
    const [output, usage] = await Promise.all([result.output, result.totalUsage]);
    return {
      agrees: keyAgrees(draft, Array.isArray(output?.answer) ? output.answer : [], language),
      inputTokens: usage.inputTokens ?? 0,
      outputTokens: usage.outputTokens ?? 0,
    };
  } catch {
    signal.throwIfAborted();
    return { agrees: null, inputTokens: 0, outputTokens: 0 };
  }
}
