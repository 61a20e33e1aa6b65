// Times one generation through the API as a client sees it: from sending the POST to the connection event,
// the first question event and the terminal event.
import { generateRequest } from './fixtures.js';
import { SseStream, waitFor } from './sse-load-client.js';
import { nowUs } from './stats.js';

export interface JobTiming {
  connectedMs: number;
  firstQuestionMs: number;
  endMs: number;
  questions: number;
  /** `complete`, or the error code. */
  outcome: string;
  jobId: string;
  wireBytes: number;
  textBytes: number;
  contentEncoding: string | undefined;
}

export async function timeJob(
  url: string,
  documentId: string,
  options: object = {},
  headers: Record<string, string> = {},
  timeoutMs = 300_000,
): Promise<JobTiming> {
  let started = 0;
  let firstQuestionAt = Number.NaN;
  let endAt = Number.NaN;
  let connectedAt = Number.NaN;
  let questions = 0;
  let outcome = 'unfinished';
  const stream = new SseStream(0, (_s, { event, at }) => {
    if (Number.isNaN(connectedAt)) connectedAt = at;
    if (event.type === 'question' || event.type === 'questions') {
      if (Number.isNaN(firstQuestionAt)) firstQuestionAt = at;
      questions += event.type === 'question' ? 1 : event.questions.length;
    } else if (event.type === 'complete') {
      outcome = 'complete';
      endAt = at;
    } else if (event.type === 'error') {
      outcome = event.code;
      endAt = at;
    }
  });
  started = nowUs();
  await stream.open(url, generateRequest(documentId, options, headers), 60_000);
  if (stream.error) throw new Error(`generation did not start: ${stream.error}`);
  await waitFor(() => stream.closed, timeoutMs, 5);
  stream.close();
  const since = (t: number) => (t - started) / 1000;
  return {
    connectedMs: since(connectedAt),
    firstQuestionMs: since(firstQuestionAt),
    endMs: since(endAt),
    questions,
    outcome,
    jobId: String(stream.headers['x-job-id']),
    wireBytes: stream.wireBytes,
    textBytes: stream.textBytes,
    contentEncoding: stream.headers['content-encoding'] as string | undefined,
  };
}
