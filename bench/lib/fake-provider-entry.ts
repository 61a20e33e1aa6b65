// Child process: the loopback fake OpenAI-compatible provider of @quizstream/core/testing, for the LLM
// throughput benchmark, so that writing hundreds of streams of tokens does not share an event loop (and a core)
// with the generator under test. BENCH_FAKE holds its options as JSON (see FakeOpenAiOptions, and
// `chunkDelayMs`, `chunkChars` for quizResponder). Commands: `stats` (requests, refused, most in flight, in
// flight now).
import { type FakeOpenAiOptions, quizResponder, startFakeOpenAi } from '@quizstream/core/testing';
import { serveParent } from './child-protocol.js';

const { chunkDelayMs, chunkChars, ...options } = JSON.parse(process.env.BENCH_FAKE ?? '{}') as FakeOpenAiOptions & {
  chunkDelayMs: number;
  chunkChars: number;
};
const fake = await startFakeOpenAi({
  ...options,
  respond: quizResponder({ tokenDelayMs: chunkDelayMs, tokenChars: chunkChars }),
});
serveParent(
  fake.url,
  {
    stats: () => ({
      requests: fake.requests.length,
      refused: fake.refused(),
      maxActive: fake.maxActive(),
      active: fake.active(),
    }),
  },
  () => fake.close(),
);
