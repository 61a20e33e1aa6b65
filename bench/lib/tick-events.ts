// Timestamped question events for the latency benchmarks. The server under test writes the moment it has
// each event (microseconds on the machine's monotonic clock, shared by every process) into the event itself,
// and the client compares it with the moment it has parsed the event. Real API and baseline server send the
// same shape and size of event, a realistic `question`.
import type { QuestionDraft, StreamEvent } from '@quizstream/core';

/** The page the latency jobs are generated from: every tick question quotes its first sentence. */
export const TICK_PAGE = [
  'Cell biology: the mitochondrion',
  'The mitochondrion is the organelle in which aerobic respiration releases most of the energy a cell uses. ' +
    'It has two membranes, and the inner one is folded into cristae that carry the enzymes of the electron ' +
    'transport chain. Mitochondria contain their own circular DNA, which is inherited from the mother.',
];
export const TICK_QUOTE =
  'The mitochondrion is the organelle in which aerobic respiration releases most of the energy a cell uses.';

const STAMP = /^bench-stamp:(\d+)/;

/** The draft the API's tick generator yields; unique prompt and answer, so no check drops it. */
export function tickQuestion(index: number, stampUs: number): QuestionDraft {
  return {
    type: 'short_answer',
    prompt: `Tick ${index}: the ____ is the organelle in which aerobic respiration releases most of the energy a cell uses.`,
    choices: [],
    answer: [`mitochondrion ${index}`],
    explanation: `bench-stamp:${stampUs} The page says so: the mitochondrion is where aerobic respiration happens.`,
    difficulty: 'medium',
    source: { page: 1, quote: TICK_QUOTE },
  };
}

/** The event the baseline server sends: what the API sends for a tick question, with an id like its own. */
export function tickEvent(index: number, stampUs: number): StreamEvent {
  return { type: 'question', index, question: { id: `q_${'x'.repeat(16)}${index}`, ...tickQuestion(index, stampUs) } };
}

/** The server-side stamp of a tick event, or undefined for any other event. */
export function stampOf(event: StreamEvent): number | undefined {
  if (event.type !== 'question') return undefined;
  const m = STAMP.exec(event.question.explanation);
  return m ? Number(m[1]) : undefined;
}
