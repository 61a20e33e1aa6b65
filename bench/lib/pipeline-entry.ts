// Child process for the offline quiz benchmark: the core pipeline alone (extraction, offline generator, checks),
// in process, without HTTP or a store, on one PDF; prints one JSON line: time to the first question and to the
// end, questions, peak memory. The generator's language model is loaded first, as the server does at start-up.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import {
  createOfflineGenerator,
  GenerateOptions,
  openPdf,
  runQuizPipeline,
  warmUpOfflineGenerator,
} from '@quizstream/core';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: pipeline-entry.ts <file.pdf>');
const bytes = new Uint8Array(await readFile(file));
const doc = await openPdf(bytes);
const pages = doc.numPages;
await doc.close();
await warmUpOfflineGenerator();
const started = performance.now();
let firstQuestionMs = Number.NaN;
const pipeline = runQuizPipeline({
  pdf: bytes,
  pages,
  generator: createOfflineGenerator(),
  options: GenerateOptions.parse({}),
  signal: new AbortController().signal,
  newId: () => `q_${randomUUID()}`,
});
let step = await pipeline.next();
while (!step.done) {
  if (Number.isNaN(firstQuestionMs) && (step.value.type === 'question' || step.value.type === 'questions')) {
    firstQuestionMs = performance.now() - started;
  }
  step = await pipeline.next();
}
const ms = performance.now() - started;
console.log(
  JSON.stringify({
    pages,
    ms,
    firstQuestionMs,
    questions: step.value.questions.length,
    maxRss: process.resourceUsage().maxRSS * 1024,
  }),
);
