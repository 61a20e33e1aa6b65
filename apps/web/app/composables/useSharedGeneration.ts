// A quiz still being written, taken through its share link: the questions that exist, then each new one as it is
// written (@quizstream/client follows GET /api/shared/:token/stream, resuming after network trouble). Read-only:
// leaving the page only stops listening.
import { followSharedJob, type QuizStream } from '@quizstream/client';
import type { Question } from '@quizstream/core/schemas';

/** `writing` until the job ends: `complete`, `stopped` (cancelled or failed) or `lost` (the connection gave up). */
export type SharedGenerationState = 'writing' | 'complete' | 'stopped' | 'lost';

export function useSharedGeneration() {
  const apiBase = useApiBase();
  const questions = shallowRef<Question[]>([]);
  const state = ref<SharedGenerationState>('writing');
  const seen = new Set<string>();
  let stream: QuizStream | null = null;

  function add(batch: Question[]): void {
    const fresh = batch.filter((q) => !seen.has(q.id));
    if (fresh.length === 0) return;
    for (const q of fresh) seen.add(q.id);
    questions.value = [...questions.value, ...fresh];
  }

  /** Follows the link's job, from the start or after the last event received (after `lost`). */
  function follow(token: string): void {
    const resumeFrom = stream?.lastEventId ?? 0;
    stream?.close();
    state.value = 'writing';
    const current = followSharedJob(token, {
      baseUrl: apiBase,
      lastEventId: resumeFrom,
      onEvent: (event) => {
        if (event.type === 'question') add([event.question]);
        else if (event.type === 'questions') add(event.questions);
      },
    });
    stream = current;
    current.done.then(
      (outcome) => {
        if (stream !== current || outcome.status === 'closed') return;
        state.value = outcome.status === 'complete' ? 'complete' : 'stopped';
      },
      () => {
        if (stream === current) state.value = 'lost';
      },
    );
  }

  onScopeDispose(() => stream?.close());
  return { questions, state, follow };
}
