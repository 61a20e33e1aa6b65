export { backoffDelay, busyRetryDelay, parseRetryAfter } from './backoff.js';
export { QuizStreamError } from './errors.js';
export {
  type ConnectionState,
  followJob,
  followSharedJob,
  generateQuiz,
  type QuizStream,
  type QuizStreamOptions,
  type StreamResult,
} from './quiz-stream.js';
