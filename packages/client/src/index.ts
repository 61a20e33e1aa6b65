// The contract's shapes a client handles: events, options, what the server answers.
export type {
  EventOf,
  GenerateOptionsInput,
  JobInfo,
  LiveEvent,
  Question,
  Quiz,
  StreamEvent,
  StreamEventType,
} from '@quizstream/core/schemas';
export { backoffDelay, busyRetryDelay, parseRetryAfter } from './backoff.js';
export { QuizStreamError } from './errors.js';
export { followLive, type LiveStream, type LiveStreamEnd, type LiveStreamOptions } from './live-stream.js';
export {
  type ConnectionState,
  followJob,
  followSharedJob,
  generateQuiz,
  type QuizStream,
  type QuizStreamOptions,
  type StreamResult,
} from './quiz-stream.js';
