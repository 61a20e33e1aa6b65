// Live state of one generation job, fed by @quizstream/client (which owns SSE parsing, the heartbeat
// watchdog and resuming). This composable only turns stream events into reactive state for the page.
import { type ConnectionState, generateQuiz, type QuizStream } from '@quizstream/client';
import type { EventOf, GenerateOptionsInput, Question, StreamEvent } from '@quizstream/core/schemas';
import type { Ref } from 'vue';

export type RunStatus = 'idle' | 'streaming' | 'complete' | 'error' | 'cancelled';

export interface StreamProblem {
  code: string;
  message: string;
  retryable: boolean;
}

/** `heartbeatMs`: the server's heartbeat interval, when known; the watchdog allows two of them and some slack. */
export function useQuizStream(heartbeatMs?: Ref<number | undefined>) {
  const apiBase = useApiBase();
  const status = ref<RunStatus>('idle');
  const connection = ref<ConnectionState>('closed');
  /** True once the server's `connection` event arrived on the current connection. */
  const connected = ref(false);
  const jobId = ref<string | null>(null);
  const progress = shallowRef<EventOf<'progress'> | null>(null);
  const questions = shallowRef<Question[]>([]);
  const warnings = shallowRef<EventOf<'warning'>[]>([]);
  const result = shallowRef<EventOf<'complete'> | null>(null);
  const problem = ref<StreamProblem | null>(null);
  const stopping = ref(false);
  let stream: QuizStream | null = null;
  let seen = new Set<string>();

  function reset(): void {
    stream?.close();
    stream = null;
    seen = new Set();
    status.value = 'idle';
    connection.value = 'closed';
    connected.value = false;
    jobId.value = null;
    progress.value = null;
    questions.value = [];
    warnings.value = [];
    result.value = null;
    problem.value = null;
    stopping.value = false;
  }

  function addQuestions(batch: Question[]): void {
    const fresh = batch.filter((q) => !seen.has(q.id));
    if (fresh.length === 0) return;
    for (const q of fresh) seen.add(q.id);
    questions.value = [...questions.value, ...fresh];
  }

  function onEvent(event: StreamEvent): void {
    switch (event.type) {
      case 'connection':
        connected.value = true;
        jobId.value = event.jobId;
        break;
      case 'progress':
        progress.value = event;
        break;
      case 'question':
        addQuestions([event.question]);
        break;
      case 'questions':
        addQuestions(event.questions);
        break;
      case 'warning':
        warnings.value = [...warnings.value, event];
        break;
      case 'complete':
        result.value = event;
        break;
      default:
        // `error` arrives again as the stream's result; heartbeat and reconnect are the client's business.
        break;
    }
  }

  function onState(state: ConnectionState): void {
    connection.value = state;
    if (state !== 'connected') connected.value = false;
  }

  async function start(documentId: string, options: GenerateOptionsInput): Promise<void> {
    reset();
    status.value = 'streaming';
    connection.value = 'connecting';
    const beat = heartbeatMs?.value;
    const current = generateQuiz(documentId, options, {
      baseUrl: apiBase,
      onEvent,
      onState,
      ...(beat ? { heartbeatTimeoutMs: beat * 2 + 5_000 } : {}),
    });
    stream = current;
    current.jobId.then(
      (id) => {
        if (stream === current) jobId.value = id;
      },
      () => undefined,
    );
    try {
      const outcome = await current.done;
      if (stream !== current) return;
      if (outcome.status === 'complete') {
        status.value = 'complete';
      } else if (outcome.status === 'cancelled' || outcome.status === 'closed') {
        status.value = 'cancelled';
      } else {
        problem.value = { code: outcome.code, message: outcome.message, retryable: outcome.retryable };
        status.value = 'error';
      }
    } catch (err) {
      if (stream !== current) return;
      const code = typeof (err as { code?: unknown }).code === 'string' ? (err as { code: string }).code : 'unknown';
      problem.value = { code, message: err instanceof Error ? err.message : String(err), retryable: false };
      status.value = 'error';
    } finally {
      if (stream === current) {
        connection.value = 'closed';
        connected.value = false;
        stopping.value = false;
      }
    }
  }

  async function stop(): Promise<void> {
    if (!stream || status.value !== 'streaming') return;
    stopping.value = true;
    try {
      await stream.cancel();
    } catch (err) {
      problem.value = {
        code: 'cancel_failed',
        message: err instanceof Error ? err.message : String(err),
        retryable: true,
      };
      stopping.value = false;
    }
  }

  // Leaving the page just drops the connection; the server cancels jobs nobody follows.
  onScopeDispose(() => stream?.close());

  return {
    status,
    connection,
    connected,
    jobId,
    progress,
    questions,
    warnings,
    result,
    problem,
    stopping,
    start,
    stop,
    reset,
  };
}
