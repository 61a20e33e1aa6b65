import { parse } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import type { Question } from '../schemas/index.js';
import { escapeGift, renderGift } from './gift.js';
import { NASTY, nastyQuiz } from './nasty-quiz.fixture.js';
import { feedbackText, questionName } from './plain-text.js';

// gift-pegjs is an independent GIFT grammar; its result types are a union, read here through this shape.
interface ParsedChoice {
  isCorrect: boolean;
  weight: number | null;
  text: { format: string; text: string };
}
interface Parsed {
  type: string;
  title: string | null;
  stem: { format: string; text: string };
  isTrue?: boolean;
  choices?: ParsedChoice[];
  globalFeedback: { text: string } | null;
}

const unwildcard = (s: string) => s.replace(/\\\*/g, '*');

function parseGift(text: string): Parsed[] {
  return parse(text) as unknown as Parsed[];
}

describe('GIFT export', () => {
  it('round-trips every special character through an independent GIFT parser', () => {
    const specials = ['~', '=', '#', '{', '}', ':', '\\', '::', '\\n', '####', '{=a ~b}', '//', 'a\nb', NASTY];
    for (const text of specials) {
      const [parsed] = parseGift(`::t::[plain]${escapeGift(text)} {T}\n`);
      expect(parsed?.stem.text).toBe(text);
    }
  });

  it('reads back the category, titles, prompts, answers and feedback of every question type', () => {
    const quiz = nastyQuiz();
    const parsed = parseGift(renderGift(quiz));
    expect(parsed[0]).toMatchObject({ type: 'Category', title: `$course$/top/${quiz.title.replace(/\//g, '//')}` });
    const questions = parsed.slice(1);
    expect(questions).toHaveLength(quiz.questions.length);
    quiz.questions.forEach((original, i) => {
      const q = questions[i]!;
      expect(q.title).toBe(questionName(original, i));
      expect(q.stem).toEqual({ format: 'plain', text: original.prompt });
      expect(q.globalFeedback?.text).toBe(feedbackText(original));
      expectAnswers(q, original);
    });
  });

  it('writes every accepted answer of a short answer as a right answer: article, plural, accents, digits', () => {
    const quiz = nastyQuiz();
    const parsed = parseGift(renderGift(quiz)).slice(1);
    const answersOf = (id: string) => parsed[quiz.questions.findIndex((q) => q.id === id)]!;
    expect(answersOf('q-7')).toMatchObject({ type: 'Short' });
    expect(answersOf('q-7').choices!.map((c) => [c.text.text, c.isCorrect])).toEqual([
      ['the mitochondria', true],
      ['Mitochondrion', true],
      ['mitochondria', true],
    ]);
    expect(answersOf('q-8').choices!.map((c) => c.text.text)).toEqual([
      'die Straße',
      'Straße',
      'Strasse',
      '12.500 km',
      '12500 km',
      '12 500 km',
    ]);
  });

  it('writes multi-select weights that Moodle accepts and that add up to 100', () => {
    const quiz = nastyQuiz();
    const index = quiz.questions.findIndex((q) => q.type === 'multi_select');
    const parsed = parseGift(renderGift(quiz))[index + 1]!;
    const weights = parsed.choices!.map((c) => c.weight!);
    expect(weights.filter((w) => w > 0).reduce((a, b) => a + b)).toBeCloseTo(100, 3);
    expect(weights.filter((w) => w < 0).reduce((a, b) => a + b)).toBeCloseTo(-100, 3);
  });

  it('separates questions by exactly one blank line and keeps each question text on one line', () => {
    const text = renderGift(nastyQuiz());
    expect(text).not.toMatch(/\n\n\n/);
    for (const block of text.trim().split('\n\n').slice(1)) {
      expect(block.split('\n')[0]).toMatch(/^::.*::\[plain\].*( \{| \{[TF]####.*\})$/);
    }
  });
});

function expectAnswers(parsed: Parsed, original: Question): void {
  switch (original.type) {
    case 'true_false': {
      expect(parsed.type).toBe('TF');
      const isTrue = original.prompt.startsWith('Vrai');
      expect(parsed.isTrue).toBe(isTrue);
      return;
    }
    case 'short_answer':
      expect(parsed.type).toBe('Short');
      expect(parsed.choices!.map((c) => unwildcard(c.text.text))).toEqual(original.answer);
      return;
    case 'multi_select':
      expect(parsed.type).toBe('MC');
      expect(parsed.choices!.map((c) => c.text.text)).toEqual(original.choices);
      expect(parsed.choices!.filter((c) => c.weight! > 0).map((c) => c.text.text)).toEqual(original.answer);
      return;
    default:
      expect(parsed.type).toBe('MC');
      expect(parsed.choices!.map((c) => c.text.text)).toEqual(original.choices);
      expect(parsed.choices!.filter((c) => c.isCorrect).map((c) => c.text.text)).toEqual(original.answer);
  }
}
