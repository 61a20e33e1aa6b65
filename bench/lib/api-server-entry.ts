// Child process: the real API (startServer with loadConfig, as `npm start` runs it) for the benchmarks.
// BENCH_GENERATOR picks the question generator: `configured` (what the configuration says: offline or LLM),
// `stalled` (reads page 1, then waits without a word until the job is stopped: a job whose streams are idle
// apart from their heartbeats, like one waiting on a slow provider), or `ticker` (after the parent's `go`,
// yields a round of timestamped questions at a fixed rate, and again after each `go`; see tick-events.ts;
// any other document goes to the offline generator).
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  createOfflineGenerator,
  type GenerationEvent,
  type PageText,
  type QuestionGenerator,
  warmUpOfflineGenerator,
} from '@quizstream/core';
import { loadConfig } from '../../apps/api/src/config.js';
import { createLogger } from '../../apps/api/src/logger.js';
import { startServer } from '../../apps/api/src/server.js';
import { serveParent } from './child-protocol.js';
import { nowUs } from './stats.js';
import { TICK_QUOTE, tickQuestion } from './tick-events.js';

interface Go {
  count: number;
  intervalMs: number;
}

// The parent's `go` releases the ticker job waiting for it.
let release: (value: Go) => void = () => {};
const nextGo = () =>
  new Promise<Go>((resolve) => {
    release = resolve;
  });
let pendingGo = nextGo();

function abortPromise(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

const stalled: QuestionGenerator = {
  name: 'bench-stalled',
  async *generate(pages: AsyncIterable<PageText>, _options, { signal }): AsyncIterable<GenerationEvent> {
    for await (const page of pages) {
      // Rejects when the job is stopped: nothing comes before that.
      await abortPromise(signal);
      yield { kind: 'page-done', page: page.page };
    }
  },
};

// Documents other than the tick page go to the real offline generator, so one server serves both kinds.
const offline = createOfflineGenerator();

const ticker: QuestionGenerator = {
  name: 'bench-ticker',
  async *generate(pages: AsyncIterable<PageText>, options, ctx): AsyncIterable<GenerationEvent> {
    const iterator = pages[Symbol.asyncIterator]();
    const first = await iterator.next();
    if (first.done) return;
    if (!first.value.text.includes(TICK_QUOTE.slice(0, 40))) {
      yield* offline.generate(prepend(first.value, iterator), options, ctx);
      return;
    }
    const { signal } = ctx;
    // One round per `go` from the parent, until a `go` with a count of 0.
    for (let index = 0; ; ) {
      const { count, intervalMs } = await Promise.race([pendingGo, abortPromise(signal)]);
      pendingGo = nextGo();
      if (count === 0) break;
      const start = performance.now();
      for (let i = 0; i < count; i++, index++) {
        // A fixed schedule, not a fixed pause: a late tick does not push the later ones back.
        const wait = start + i * intervalMs - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        signal.throwIfAborted();
        yield { kind: 'question', question: tickQuestion(index, nowUs()) };
      }
    }
    yield { kind: 'page-done', page: first.value.page };
    await iterator.return?.();
  },
};

async function* prepend(first: PageText, rest: AsyncIterator<PageText>): AsyncIterable<PageText> {
  yield first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

const generators: Record<string, QuestionGenerator | undefined> = { configured: undefined, stalled, ticker };
const choice = process.env.BENCH_GENERATOR ?? 'configured';
if (!(choice in generators)) throw new Error(`unknown BENCH_GENERATOR ${choice}`);

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'quizstream-bench-'));
// An empty database made once per run (see child.ts), rather than PGlite's initdb at every start.
if (process.env.BENCH_PGLITE_TEMPLATE) {
  await cp(process.env.BENCH_PGLITE_TEMPLATE, path.join(dataDir, 'pglite'), { recursive: true });
}
const config = loadConfig({
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'silent',
  WEB_DIR: path.join(dataDir, 'no-web'),
  // Every benchmark client is 127.0.0.1, where production has one address per user: per-client limits off.
  // Global protections (concurrent jobs, back-pressure) keep their defaults.
  RATE_LIMIT_MAX: '0',
  RATE_LIMIT_STREAMS: '0',
  ...process.env,
  DATA_DIR: dataDir,
});
const logger = createLogger(config.LOG_LEVEL);
const generator = generators[choice];
if (choice === 'ticker') await warmUpOfflineGenerator();
const server = await startServer(config, { logger, ...(generator ? { generator } : {}) });

/** When each event of a recorded job was published to followers (stored, about to be written to streams). */
const published = new Map<number, number>();

serveParent(
  server.url,
  {
    go: (args) => {
      release({ count: Number(args.count), intervalMs: Number(args.intervalMs) });
    },
    openStreams: () => server.ctx.streams.size,
    record: (args) => {
      published.clear();
      // Registered before the clients follow the job, so it is the first follower the hub calls.
      server.ctx.hub.follow(String(args.jobId), {
        push: (id) => {
          published.set(id, nowUs());
        },
        wake: () => {},
      });
    },
    published: () => Object.fromEntries(published),
  },
  async () => {
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  },
);
