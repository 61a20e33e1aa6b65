// The offline generator run over pages held in memory, as the tests of its rules read its questions.
import type { PageText } from '../../pdf/page-text.js';
import { GenerateOptions } from '../../schemas/options.js';
import type { QuestionDraft } from '../../schemas/question.js';
import { createOfflineGenerator } from './offline-generator.js';

/** The questions the offline generator makes of `pages` with `options` (GenerateOptions' input). */
export async function offlineQuiz(
  pages: Iterable<PageText>,
  options: Record<string, unknown>,
): Promise<QuestionDraft[]> {
  const parsed = GenerateOptions.parse(options);
  async function* source() {
    yield* pages;
  }
  const out: QuestionDraft[] = [];
  for await (const e of createOfflineGenerator().generate(source(), parsed, { signal: new AbortController().signal }))
    if (e.kind === 'question') out.push(e.question);
  return out;
}
