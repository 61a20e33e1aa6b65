// Fake model servers (OpenAI-compatible, Anthropic) and the questions they write, for tests and benchmarks of
// anything that runs the LLM generator (core, the API, benchmarks) without a provider, a key or a network.

export {
  type AnthropicRequestBody,
  type FakeAnthropic,
  type FakeAnthropicRequest,
  startFakeAnthropic,
} from './fake-anthropic-server.js';
export {
  type ChatRequestBody,
  type FakeOpenAi,
  type FakeOpenAiOptions,
  type FakeReply,
  type FakeRequest,
  type FakeResponder,
  keyPlantingResponder,
  lastUserText,
  type QuizResponderOptions,
  quizResponder,
  startFakeOpenAi,
} from './fake-openai-server.js';
export { type FakeQuestion, type FakeQuizRequest, fakeQuestions, quizJson } from './fake-quiz.js';
