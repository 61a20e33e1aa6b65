// Benchmark 6, the LLM path: the real API with its LLM generator against the loopback fake OpenAI-compatible
// provider streaming at a fixed token rate. Time to the first question event, against the time the fake
// itself needs to stream the first question's tokens, measured in the same script by a plain client sending
// the fake the very request the API sent.
import http from 'node:http';
import { lastUserText, quizResponder, startFakeOpenAi } from '@quizstream/core/testing';
import { startChild } from './lib/child.js';
import { isMain, runStandalone } from './lib/cli.js';
import { coursePdf, upload } from './lib/fixtures.js';
import { type JobTiming, timeJob } from './lib/job-timing.js';
import { type BenchResult, fmt, log, ms, x } from './lib/result.js';
import { median, nowUs, ratio } from './lib/stats.js';

export interface LlmParams {
  pages: number;
  /** Jobs after the first one (which loads the provider's SDK on a fresh server and is reported apart). */
  runs: number;
  /** The fake's pause before each token. */
  tokenDelayMs: number;
  /** Characters per token. */
  tokenChars: number;
}

export const FULL: LlmParams = { pages: 3, runs: 3, tokenDelayMs: 10, tokenChars: 4 };
export const SMOKE: LlmParams = { pages: 1, runs: 0, tokenDelayMs: 1, tokenChars: 4 };

interface LlmRun {
  api: JobTiming;
  /** The fake alone: from request to the chunk that completes the first question's JSON object. */
  fakeMs: number;
  /** Tokens up to the end of the first question. */
  tokens: number;
}

export async function run(p: LlmParams = FULL): Promise<BenchResult> {
  log(`llm-first-question: ${p.runs} runs at ${p.tokenDelayMs} ms a token`);
  const fake = await startFakeOpenAi({
    respond: quizResponder({ tokenDelayMs: p.tokenDelayMs, tokenChars: p.tokenChars }),
  });
  const child = await startChild({
    entry: 'api-server-entry.ts',
    env: {
      QUIZ_GENERATOR: 'llm',
      QUIZ_LLM_PROVIDER: 'openai',
      QUIZ_LLM_MODEL: 'fake-model',
      OPENAI_BASE_URL: fake.url,
      OPENAI_API_KEY: 'sk-bench',
      LLM_MAX_RETRIES: '0',
    },
  });
  const runs: LlmRun[] = [];
  try {
    const doc = await upload(child.url, await coursePdf(p.pages));
    for (let i = 0; i <= p.runs; i++) {
      const before = fake.requests.length;
      const api = await timeJob(child.url, doc.id);
      // The request the API sent for page 1, replayed by a plain client.
      const request = fake.requests.slice(before).find((r) => /<<<PAGE 1 TEXT/.test(lastUserText(r.body)));
      if (!request) throw new Error('the API sent the fake no request for page 1');
      const direct = await timeFirstQuestion(fake.url, request.body, request.headers.authorization);
      runs.push({ api, ...direct });
      log(`llm-first-question: run ${i + 1}: API ${ms(api.firstQuestionMs)}, fake alone ${ms(direct.fakeMs)}`);
    }
  } finally {
    await child.stop();
    await fake.close();
  }
  const [cold, ...warm] = runs as [LlmRun, ...LlmRun[]];
  const api = median(warm.map((r) => r.api.firstQuestionMs));
  const fakeMs = median(warm.map((r) => r.fakeMs));
  const r = ratio(api, fakeMs);
  const full = p.tokenDelayMs >= FULL.tokenDelayMs;
  return {
    id: 'llm-first-question',
    title: '6. LLM path: time to first question',
    method: [
      `The real API (child process) with \`QUIZ_LLM_PROVIDER=openai\` pointed at the loopback fake provider of ` +
        `@quizstream/core/testing, which writes ${p.tokenChars} characters a token with a ${p.tokenDelayMs} ms pause ` +
        `before each (${fmt(1000 / p.tokenDelayMs)} tokens/s, a fast hosted model's pace); ${p.pages}-page course, ` +
        'default options. API: from sending the POST to the first `question` event parsed by the client. Reference: a ' +
        'plain node:http client sends the fake the exact request the API sent for page 1 and times the chunk that ' +
        "completes the first question's JSON object (the least time any client could show it). Run 1 is the first " +
        `job of a freshly started server ("cold"); the target is checked on the medians of the ${p.runs} runs after it.`,
    ],
    params: p,
    tables: [
      {
        headers: ['run', 'API: first question', 'fake alone: first question', 'tokens', 'ratio', 'API: whole quiz'],
        rows: runs.map((run, i) => [
          i === 0 ? '1 (cold)' : i + 1,
          ms(run.api.firstQuestionMs),
          ms(run.fakeMs),
          fmt(run.tokens),
          x(ratio(run.api.firstQuestionMs, run.fakeMs)),
          ms(run.api.endMs, 0),
        ]),
      },
    ],
    targets: [
      {
        target: "time to first question within 1.2x the fake's time for the first question's tokens",
        measured:
          `${ms(api)} vs ${ms(fakeMs)}: ${x(r)} (the first job after start-up: ` +
          `${x(ratio(cold.api.firstQuestionMs, cold.fakeMs))})`,
        met: full ? r <= 1.2 : null,
      },
    ],
    notes: [],
    data: { runs, ratio: r },
  };
}

/** Streams the request to the fake; resolves with the time to the chunk that completes the first question. */
function timeFirstQuestion(
  baseUrl: string,
  body: unknown,
  authorization: string | undefined,
): Promise<{ fakeMs: number; tokens: number }> {
  const url = new URL(`${baseUrl}/chat/completions`);
  return new Promise((resolve, reject) => {
    const started = nowUs();
    let content = '';
    let tokens = 0;
    let buffered = '';
    const arrivals: { at: number; length: number; tokens: number }[] = [];
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      },
      (res) => {
        res.setEncoding('utf8');
        res.on('data', (text: string) => {
          buffered += text;
          const frames = buffered.split('\n\n');
          buffered = frames.pop() ?? '';
          for (const frame of frames) {
            const data = frame.replace(/^data: /, '');
            if (data === '[DONE]') continue;
            const delta = (JSON.parse(data) as { choices: { delta?: { content?: string } }[] }).choices[0]?.delta
              ?.content;
            if (!delta) continue;
            content += delta;
            tokens += 1;
            arrivals.push({ at: nowUs(), length: content.length, tokens });
          }
        });
        res.on('end', () => {
          try {
            // The fake writes {"elements":[{...},{...}]} with JSON.stringify: the first object's end is known.
            const { elements } = JSON.parse(content) as { elements: unknown[] };
            const end = '{"elements":['.length + JSON.stringify(elements[0]).length;
            const hit = arrivals.find((a) => a.length >= end);
            if (!hit) throw new Error('the fake wrote no question');
            resolve({ fakeMs: (hit.at - started) / 1000, tokens: hit.tokens });
          } catch (err) {
            reject(err);
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

if (isMain(import.meta.url)) await runStandalone(run, FULL, SMOKE);
