import { describe, expect, it } from 'vitest';
import { trueShare } from './defects.js';
import { stemOf } from './question-text.js';

describe('stemOf', () => {
  it.each([
    ['True or false: Debian was founded in 1993.', 'Debian was founded in 1993.'],
    ['Fill in the blank (a year): "Debian was founded in ____."', 'Debian was founded in ____.'],
    ['Complétez (une année)\u00A0: «\u00A0Debian fut fondé en ____.\u00A0»', 'Debian fut fondé en ____.'],
    ['Vrai ou faux\u00A0: Debian fut fondé en 1993.', 'Debian fut fondé en 1993.'],
    ['Ergänzen Sie die Lücke: „Die Logik ist ____.“', 'Die Logik ist ____.'],
    ['空欄を埋めてください（数）：「富士山の高さは____メートルである。」', '富士山の高さは____メートルである。'],
    ['判断正误：它有 16 个分区。', '它有 16 个分区。'],
    ['Заполните пропуск (год): «Москва основана в ____ году.»', 'Москва основана в ____ году.'],
    ['\u200Fנכון או לא נכון: משפט.', 'משפט.'],
  ])('%s', (prompt, stem) => {
    expect(stemOf(prompt)).toBe(stem);
  });
});

describe('trueShare', () => {
  it('counts true keys in the question’s own language', () => {
    const tf = (answer: string, choices: string[]) => ({
      type: 'true_false' as const,
      prompt: 'x',
      choices,
      answer: [answer],
      source: { page: 1, quote: 'x' },
    });
    const share = trueShare([
      tf('Vrai', ['Vrai', 'Faux']),
      tf('Faux', ['Vrai', 'Faux']),
      tf('Верно', ['Верно', 'Неверно']),
      tf('Неверно', ['Верно', 'Неверно']),
      tf('正しい', ['正しい', '誤り']),
      tf('נכון', ['נכון', 'לא נכון']),
      tf('Richtig', ['Richtig', 'Falsch']),
    ]);
    expect(share).toEqual({ trueKeys: 5, total: 7 });
  });
});
