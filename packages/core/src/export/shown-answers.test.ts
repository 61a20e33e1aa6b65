import { describe, expect, it } from 'vitest';
import type { Question } from '../schemas/index.js';
import { distinctAnswers } from './shown-answers.js';

function question(type: Question['type'], prompt: string, answer: string[], choices: string[] = []): Question {
  return {
    id: 'q',
    type,
    prompt,
    choices,
    answer,
    explanation: '',
    difficulty: 'easy',
    source: { page: 1, quote: 'A quote of the page.' },
  };
}

describe('distinctAnswers', () => {
  const cases: [prompt: string, language: string | undefined, answer: string[], shown: string[]][] = [
    ['Which organelle makes ATP?', 'en', ['the mitochondria', 'mitochondria', 'mitochondrion'], ['the mitochondria']],
    ['What carries the genes?', 'en', ['DNA', 'deoxyribonucleic acid', 'the DNA'], ['DNA', 'deoxyribonucleic acid']],
    ['Wie heißt die Straße?', 'de', ['die Straße', 'Straße', 'Strasse'], ['die Straße']],
    ['Wie heißt die Straße, und wie lang ist sie?', undefined, ['die Straße', 'Strasse'], ['die Straße']],
    ['Which street is it?', 'en', ['die Straße', 'Straße', 'Strasse'], ['die Straße', 'Straße']],
    ['¿Cuántos kilómetros?', 'es', ['12.500 km', '12500 km', '12 500 km', '1250 km'], ['12.500 km', '1250 km']],
    ['Qui a écrit ce livre ?', 'fr', ['Victor Hugo', 'Hugo'], ['Victor Hugo', 'Hugo']],
  ];
  it.each(cases)('%j (%s): %j shows %j', (prompt, language, answer, shown) => {
    expect(distinctAnswers(question('short_answer', prompt, answer), language)).toEqual(shown);
  });

  it('leaves the answers of choice questions as they are', () => {
    const q = question('multi_select', 'Which are organelles?', ['nucleus', 'nuclei'], ['nucleus', 'nuclei', 'cell']);
    expect(distinctAnswers(q, 'en')).toEqual(['nucleus', 'nuclei']);
  });
});
