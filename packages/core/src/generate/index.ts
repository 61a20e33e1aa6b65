// Question generation: the generator interface, the offline generator, and the checks every generator's
// questions go through (grounding, duplicates).
export {
  type AnswerHints,
  type AnswerKind,
  acceptedAnswers,
  acceptedAnswersOf,
  answerMatches,
  questionLanguage,
  withAcceptedAnswers,
} from './accepted-answers.js';
export { QuestionDeduper } from './dedupe.js';
export * from './generator.js';
export { findQuote, isGrounded, MIN_QUOTE_LENGTH, type QuoteMatch, quoteMatcher } from './grounding.js';
export * from './llm/index.js';
export { type MatchText, normalizeForMatch } from './match-normalize.js';
export { createOfflineGenerator, warmUpOfflineGenerator } from './offline/offline-generator.js';
export { headingAt, type PageBody, pageBody, roleName } from './page-body.js';
export {
  type GateOptions,
  type GateRejection,
  type GateVerdict,
  QuestionGate,
  questionProblem,
} from './question-gate.js';
export {
  type PipelineEvent,
  type PipelineInput,
  type PipelineResult,
  type PipelineResume,
  runQuizPipeline,
} from './quiz-pipeline.js';
