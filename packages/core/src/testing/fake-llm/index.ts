// A fake OpenAI-compatible model server and the questions it writes, for tests and benchmarks of anything
// that runs the LLM generator (core, the API, benchmarks) without a provider, a key or a network.

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
