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
