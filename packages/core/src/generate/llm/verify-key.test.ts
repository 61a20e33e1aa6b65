// LLM_VERIFY: each question asked again with its quote alone; a key the model does not give back is dropped.
import { afterEach, describe, expect, it } from 'vitest';
import type { PageText } from '../../pdf/page-text.js';
import type { QuestionDraft } from '../../schemas/question.js';
import { type FakeOpenAi, lastUserText, quizJson, startFakeOpenAi } from '../../testing/fake-llm/index.js';
import { collect, coursePages, element, fakeGenerator, questionsOf, warningsOf } from './llm-harness.fixture.js';
import { keyAgrees, verifyPrompt } from './verify-key.js';

const SENTENCE = 'The Nile, at 6,650 km, is longer than the Mississippi, at 3,730 km.';
const mc = (answer: string): QuestionDraft => ({
  type: 'multiple_choice',
  prompt: 'How long is the Mississippi?',
  choices: ['6,650 km', '3,730 km', '5,000 km', '1,200 km'],
  answer: [answer],
  explanation: 'The page gives both lengths.',
  difficulty: 'easy',
  source: { page: 1, quote: SENTENCE },
});

describe('a key checked against the quote alone', () => {
  it('asks the question with its choices and quote, never its key or explanation', () => {
    const prompt = verifyPrompt(mc('6,650 km'));
    expect(prompt).toContain('How long is the Mississippi?');
    expect(prompt).toContain('- 3,730 km');
    expect(prompt).toContain(SENTENCE);
    expect(prompt).not.toContain('both lengths');
  });

  it('agrees when the answer given back is the key, choices and written answers alike', () => {
    expect(keyAgrees(mc('3,730 km'), ['3,730 km'])).toBe(true);
    expect(keyAgrees(mc('3,730 km'), [' 3,730 KM '])).toBe(true);
    expect(keyAgrees(mc('6,650 km'), ['3,730 km'])).toBe(false);
    expect(keyAgrees(mc('6,650 km'), [])).toBe(false);
    const written: QuestionDraft = { ...mc('x'), type: 'short_answer', choices: [], answer: ['Mississippi'] };
    expect(keyAgrees(written, ['the Mississippi'], 'en')).toBe(true);
    expect(keyAgrees(written, ['Nile'], 'en')).toBe(false);
    const many: QuestionDraft = { ...mc('x'), type: 'multi_select', answer: ['6,650 km', '3,730 km'] };
    expect(keyAgrees(many, ['3,730 km', '6,650 km'])).toBe(true);
    expect(keyAgrees(many, ['3,730 km'])).toBe(false);
  });
});

describe('the LLM generator with LLM_VERIFY', () => {
  let fake: FakeOpenAi;
  afterEach(async () => {
    await fake?.close();
  });

  it('keeps the questions the model answers the same from their quote alone, and counts their tokens', async () => {
    fake = await startFakeOpenAi();
    const plain = await collect(fakeGenerator(fake), coursePages(2));
    const asked = fake.requests.length;
    const verified = await collect(fakeGenerator(fake, { verify: true }), coursePages(2));
    expect(questionsOf(verified).map((q) => q.prompt)).toEqual(questionsOf(plain).map((q) => q.prompt));
    // One more call per question, with the question and its sentence alone.
    const checks = fake.requests.slice(asked).filter((r) => lastUserText(r.body).startsWith('<<<QUESTION'));
    expect(checks).toHaveLength(questionsOf(plain).length);
    expect(verified.filter((e) => e.kind === 'usage').length).toBe(fake.requests.length - asked);
  });

  it('drops a question whose key its quote states but does not make right', async () => {
    fake = await startFakeOpenAi();
    const page: PageText = {
      page: 1,
      totalPages: 1,
      text: `${SENTENCE} The Amazon carries more water than any other river.`,
    };
    const wrong = element(SENTENCE, 'How long is the Mississippi?', {
      type: 'multiple_choice',
      choices: ['6,650 km', '3,730 km', '5,000 km', '1,200 km'],
      answer: ['6,650 km'],
    });
    const right = element(
      'The Amazon carries more water than any other river.',
      'True or false: The Amazon carries more water than any other river.',
    );
    fake.setScript([
      { content: quizJson([wrong, right]) },
      { content: JSON.stringify({ answer: ['3,730 km'] }) },
      { content: JSON.stringify({ answer: ['True'] }) },
    ]);
    const events = await collect(fakeGenerator(fake, { verify: true, maxRegenerations: 0 }), [page], {
      types: ['multiple_choice', 'true_false'],
    });
    expect(questionsOf(events).map((q) => q.prompt)).toEqual([right.prompt]);
    expect(warningsOf(events).map((w) => w.code)).toContain('llm_dropped_unverified');
    expect(events).toContainEqual({ kind: 'dropped', reason: 'unverified', count: 1 });
  });
});
