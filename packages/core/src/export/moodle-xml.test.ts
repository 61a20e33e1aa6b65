import { describe, expect, it } from 'vitest';
import type { Question } from '../schemas/index.js';
import { readHtml } from './html.fixture.js';
import { renderMoodleXml } from './moodle-xml.js';
import { nastyQuiz } from './nasty-quiz.fixture.js';
import { feedbackText, questionName } from './plain-text.js';
import { child, children, parseXml, textOf, type XmlNodeRead } from './xml.fixture.js';

const MOODLE_GRADES = [
  100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5,
  0,
];

/** The text an html-format element shows, checking that the HTML holds nothing but paragraphs and breaks. */
function shownText(node: XmlNodeRead): string {
  expect(node.attrs.format).toBe('html');
  const { text, elements } = readHtml(textOf(child(node, 'text')));
  expect(elements.filter((e) => e !== 'p' && e !== 'br')).toEqual([]);
  return text;
}

describe('Moodle XML export', () => {
  it('is well-formed XML whose texts, answers and fractions read back exactly', () => {
    const quiz = nastyQuiz();
    const root = parseXml(renderMoodleXml(quiz));
    expect(root.name).toBe('quiz');
    const [category, ...questions] = children(root, 'question');
    expect(category?.attrs.type).toBe('category');
    expect(textOf(child(child(category, 'category'), 'text'))).toBe(`$course$/top/${quiz.title.replace(/\//g, '//')}`);
    expect(questions).toHaveLength(quiz.questions.length);
    quiz.questions.forEach((original, i) => {
      const q = questions[i]!;
      expect(textOf(child(child(q, 'name'), 'text'))).toBe(questionName(original, i));
      expect(shownText(child(q, 'questiontext'))).toBe(original.prompt);
      expect(shownText(child(q, 'generalfeedback'))).toBe(feedbackText(original));
      expectAnswers(q, original);
    });
  });

  it('writes every accepted answer of a short answer, each a 100% answer: article, plural, accents, digits', () => {
    const quiz = nastyQuiz();
    const questions = children(parseXml(renderMoodleXml(quiz)), 'question').slice(1);
    const answersOf = (id: string) =>
      children(questions[quiz.questions.findIndex((q) => q.id === id)]!, 'answer').map((a) => ({
        text: textOf(child(a, 'text')),
        fraction: a.attrs.fraction,
      }));
    expect(answersOf('q-7')).toEqual(
      ['the mitochondria', 'Mitochondrion', 'mitochondria'].map((text) => ({ text, fraction: '100' })),
    );
    expect(answersOf('q-8').map((a) => a.text)).toEqual([
      'die Straße',
      'Straße',
      'Strasse',
      '12.500 km',
      '12500 km',
      '12 500 km',
    ]);
  });

  it('never lets a text become markup, at the XML or at the HTML level', () => {
    const xml = renderMoodleXml(nastyQuiz());
    expect(xml).not.toMatch(/<script|<b>|<i>|<em>|<tags>/);
    expect(xml).not.toContain(']]>');
    expect(xml).toContain('&amp;lt;script&amp;gt;');
  });

  it('drops control characters that XML 1.0 cannot carry, keeping the rest of the text', () => {
    const quiz = nastyQuiz();
    quiz.questions[0]!.prompt = 'Form\u000cfeed and bell\u0007 and a lone \ud800 surrogate 😀';
    const root = parseXml(renderMoodleXml(quiz));
    const q = children(root, 'question')[1]!;
    expect(shownText(child(q, 'questiontext'))).toBe('Formfeed and bell and a lone  surrogate 😀');
  });
});

function expectAnswers(q: XmlNodeRead, original: Question): void {
  const answers = children(q, 'answer');
  const fractions = answers.map((a) => Number(a.attrs.fraction));
  for (const f of fractions) expect(MOODLE_GRADES).toContain(Math.abs(f));
  switch (original.type) {
    case 'true_false': {
      expect(q.attrs.type).toBe('truefalse');
      const right = answers.find((a) => a.attrs.fraction === '100');
      expect(textOf(child(right, 'text'))).toBe(original.prompt.startsWith('Vrai') ? 'true' : 'false');
      return;
    }
    case 'short_answer':
      expect(q.attrs.type).toBe('shortanswer');
      expect(textOf(child(q, 'usecase'))).toBe('0');
      expect(answers.map((a) => textOf(child(a, 'text')).replace(/\\\*/g, '*'))).toEqual(original.answer);
      expect(fractions.every((f) => f === 100)).toBe(true);
      return;
    default: {
      expect(q.attrs.type).toBe('multichoice');
      expect(textOf(child(q, 'single'))).toBe(String(original.type !== 'multi_select'));
      expect(answers.map((a) => readHtml(textOf(child(a, 'text'))).text)).toEqual(original.choices);
      const right = original.choices.filter((_, i) => fractions[i]! > 0);
      expect(right).toEqual(original.answer);
      expect(fractions.filter((f) => f > 0).reduce((a, b) => a + b)).toBeCloseTo(100, 3);
      if (original.type === 'multi_select') {
        expect(fractions.filter((f) => f < 0).reduce((a, b) => a + b)).toBeCloseTo(-100, 3);
      }
    }
  }
}
