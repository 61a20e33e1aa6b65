// Live state of one generation job, fed by @quizstream/client (which owns SSE parsing, the heartbeat
// watchdog and resuming after network trouble). This composable turns stream events into reactive state for
// the page, and remembers the running job in sessionStorage so a reload follows the same job again
// (replaying its events from the start to rebuild the cards) instead of starting a second one.
import { type ConnectionState, followJob, generateQuiz, type QuizStream } from '@quizstream/client';
import {
  type EventOf,
  type GenerateOptionsInput,
  JobInfo,
  type Question,
  type StreamEvent,
} from '@quizstream/core/schemas';
import type { Ref } from 'vue';
import { clearRunningJob, loadRunningJob, saveRunningJob } from '~/stream/running-job';

export type RunStatus = 'idle' | 'streaming' | 'complete' | 'error' | 'cancelled';

export interface StreamProblem {
  code: string;
  message: string;
  retryable: boolean;
}

/** `heartbeatMs`: the server's heartbeat interval, when known; the watchdog allows two of them and some slack. */
export function useQuizStream(heartbeatMs?: Ref<number | undefined>) {
  const apiBase = useApiBase();
  const { request } = useApi();
  const status = ref<RunStatus>('idle');
  const connection = ref<ConnectionState>('closed');
  /** True once the server's `connection` event arrived on the current connection. */
  const connected = ref(false);
  const jobId = ref<string | null>(null);
  const documentId = ref<string | null>(null);
  /** This view follows a job it did not start (after a page reload). */
  const resumed = ref(false);
  const progress = shallowRef<EventOf<'progress'> | null>(null);
  const questions = shallowRef<Question[]>([]);
  const warnings = shallowRef<EventOf<'warning'>[]>([]);
  const result = shallowRef<EventOf<'complete'> | null>(null);
  const problem = ref<StreamProblem | null>(null);
  const stopping = ref(false);
  let stream: QuizStream | null = null;
  let seen = new Set<string>();
  let lastEventId = 0;

  /** Stops listening without touching the state: the job goes on and can be followed again. */
  function detach(): void {
    const current = stream;
    stream = null;
    current?.close();
  }

  /** Forgets the current job (it goes on on the server): a reload will not follow it again either. */
  function reset(): void {
    detach();
    clearRunningJob();
    seen = new Set();
    lastEventId = 0;
    status.value = 'idle';
    connection.value = 'closed';
    connected.value = false;
    jobId.value = null;
    documentId.value = null;
    resumed.value = false;
    progress.value = null;
    questions.value = [];
    warnings.value = [];
    result.value = null;
    problem.value = null;
    stopping.value = false;
  }

  function remember(): void {
    if (jobId.value && documentId.value) {
      saveRunningJob({ jobId: jobId.value, documentId: documentId.value, lastEventId });
    }
  }

  function addQuestions(batch: Question[]): void {
    const fresh = batch.filter((q) => !seen.has(q.id));
    if (fresh.length === 0) return;
    for (const q of fresh) seen.add(q.id);
    questions.value = [...questions.value, ...fresh];
  }

  function onEvent(event: StreamEvent, id: number | undefined): void {
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
    if (id !== undefined) {
      lastEventId = id;
      remember();
    }
  }

  function onState(state: ConnectionState): void {
    connection.value = state;
    if (state !== 'connected') connected.value = false;
  }

  function clientOptions() {
    const beat = heartbeatMs?.value;
    return {
      baseUrl: apiBase,
      onEvent,
      onState,
      ...(beat ? { heartbeatTimeoutMs: beat * 2 + 5_000 } : {}),
    };
  }

  /** Follows `current` until the job ends or the stream is given up. */
  async function run(current: QuizStream): Promise<void> {
    stream = current;
    status.value = 'streaming';
    problem.value = null;
    connection.value = 'connecting';
    current.jobId.then(
      (id) => {
        if (stream !== current) return;
        jobId.value = id;
        remember();
      },
      () => undefined,
    );
    try {
      const outcome = await current.done;
      if (stream !== current) return;
      clearRunningJob();
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
      // Only a lost connection leaves the job worth following again (Resume button, or a reload).
      const lost = code === 'reconnect_failed';
      if (!lost) clearRunningJob();
      problem.value = { code, message: err instanceof Error ? err.message : String(err), retryable: lost };
      status.value = 'error';
    } finally {
      if (stream === current) {
        connection.value = 'closed';
        connected.value = false;
        stopping.value = false;
      }
    }
  }

  function start(forDocument: string, options: GenerateOptionsInput): Promise<void> {
    reset();
    documentId.value = forDocument;
    return run(generateQuiz(forDocument, options, clientOptions()));
  }

  /**
   * Follows the job this tab was following before a reload, if there is one: resolves with its document id
   * (once the job is known to exist) so the page can show the document, or null when there is nothing to resume.
   */
  async function resumeSaved(): Promise<string | null> {
    const saved = loadRunningJob();
    if (!saved || stream) return null;
    try {
      const job = await request(`/api/quiz/jobs/${encodeURIComponent(saved.jobId)}`, { schema: JobInfo });
      if (job.documentId !== saved.documentId) throw new ApiError('mismatch', 'another document');
    } catch (err) {
      // Gone (deleted, or another server's data): forget it. A network error keeps it for the next reload.
      if (!(err instanceof ApiError && err.code === 'network')) clearRunningJob();
      return null;
    }
    reset();
    resumed.value = true;
    documentId.value = saved.documentId;
    jobId.value = saved.jobId;
    remember();
    void run(followJob(saved.jobId, { ...clientOptions(), lastEventId: 0 }));
    return saved.documentId;
  }

  /** After the client gave up reconnecting: follow the same job again from the last event received. */
  function reconnect(): void {
    if (!jobId.value || status.value === 'streaming') return;
    void run(followJob(jobId.value, { ...clientOptions(), lastEventId }));
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

  // Leaving the page just drops the connection; the job is remembered, so coming back follows it again,
  // and the server cancels jobs nobody follows for a while.
  onScopeDispose(detach);

  return {
    status,
    connection,
    connected,
    jobId,
    documentId,
    resumed,
    progress,
    questions,
    warnings,
    result,
    problem,
    stopping,
    start,
    resumeSaved,
    reconnect,
    stop,
    reset,
  };
}
