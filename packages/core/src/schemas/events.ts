// Stream events: every SSE frame's data is one of these, discriminated by `type`.
// Durable events carry the job's sequence number as the SSE id; `connection`, `heartbeat` and `reconnect`
// are transient and have none.
import { z } from 'zod';
import { Question, QuizStats } from './question.js';

export const ConnectionEvent = z.object({
  type: z.literal('connection'),
  message: z.string(),
  jobId: z.string(),
  /** The last id the server will replay after (the client's Last-Event-ID, or 0). */
  resumeFrom: z.number().int().min(0),
  timestamp: z.string(),
});

export const ProgressEvent = z.object({
  type: z.literal('progress'),
  stage: z.enum(['extracting', 'generating', 'done']),
  /** Pages finished so far (generated), out of totalPages. */
  pagesDone: z.number().int().min(0),
  totalPages: z.number().int().min(0),
  /** The page this event is about, when there is one. */
  page: z.number().int().min(1).optional(),
  questions: z.number().int().min(0),
  message: z.string(),
});

export const QuestionEvent = z.object({
  type: z.literal('question'),
  /** 0-based position of the question in the quiz. */
  index: z.number().int().min(0),
  question: Question,
});

export const QuestionsEvent = z.object({
  type: z.literal('questions'),
  /** Position of the first question of the batch in the quiz. */
  index: z.number().int().min(0),
  questions: z.array(Question).min(1),
});

export const WarningEvent = z.object({
  type: z.literal('warning'),
  code: z.string(),
  message: z.string(),
  page: z.number().int().min(1).optional(),
});

export const HeartbeatEvent = z.object({
  type: z.literal('heartbeat'),
  timestamp: z.string(),
});

export const CompleteEvent = z.object({
  type: z.literal('complete'),
  quizId: z.string(),
  totalQuestions: z.number().int().min(0),
  stats: QuizStats,
});

export const ErrorEvent = z.object({
  type: z.literal('error'),
  code: z.string(),
  message: z.string(),
  retryable: z.boolean(),
});

/** Sent before the server closes a stream it wants the client to resume elsewhere (shutdown, time limit). */
export const ReconnectEvent = z.object({
  type: z.literal('reconnect'),
  reason: z.enum(['shutdown', 'max-duration', 'slow-consumer']),
  retryMs: z.number().int().min(0),
});

export const StreamEvent = z.discriminatedUnion('type', [
  ConnectionEvent,
  ProgressEvent,
  QuestionEvent,
  QuestionsEvent,
  WarningEvent,
  HeartbeatEvent,
  CompleteEvent,
  ErrorEvent,
  ReconnectEvent,
]);
export type StreamEvent = z.infer<typeof StreamEvent>;
export type StreamEventType = StreamEvent['type'];
export type EventOf<T extends StreamEventType> = Extract<StreamEvent, { type: T }>;

/** Events that are stored in the job's log and carry a sequence id. */
export const DURABLE_EVENT_TYPES = ['progress', 'question', 'questions', 'warning', 'complete', 'error'] as const;
export type DurableEvent = EventOf<(typeof DURABLE_EVENT_TYPES)[number]>;

export function isDurable(event: StreamEvent): event is DurableEvent {
  return (DURABLE_EVENT_TYPES as readonly string[]).includes(event.type);
}

/** Events after which the job is over and the stream closes. */
export function isTerminal(event: StreamEvent): boolean {
  return event.type === 'complete' || event.type === 'error';
}

/** A durable event with its per-job sequence number. */
export interface SequencedEvent {
  id: number;
  event: DurableEvent;
}
