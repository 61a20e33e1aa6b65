import { describe, expect, it } from 'vitest';
import { answerIsTrue } from './true-false.js';

describe('answerIsTrue', () => {
  it('recognises the words for true and false whatever their order', () => {
    expect(answerIsTrue(['True', 'False'], 'True')).toBe(true);
    expect(answerIsTrue(['True', 'False'], 'False')).toBe(false);
    expect(answerIsTrue(['Faux', 'Vrai'], 'Vrai')).toBe(true);
    expect(answerIsTrue(['Faux', 'Vrai'], 'Faux')).toBe(false);
    expect(answerIsTrue(['错误', '正确'], '正确')).toBe(true);
    expect(answerIsTrue(['נכון', 'לא נכון'], 'לא נכון')).toBe(false);
    expect(answerIsTrue(['Wahr.', 'Falsch.'], 'Falsch.')).toBe(false);
  });

  it('reads unknown words by position, true first, as the generators write them', () => {
    expect(answerIsTrue(['Ja', 'Nej'], 'Ja')).toBe(true);
    expect(answerIsTrue(['Ja', 'Nej'], 'Nej')).toBe(false);
  });

  it('gives up on anything but two choices', () => {
    expect(answerIsTrue(['True', 'False', 'Unknown'], 'True')).toBeNull();
  });
});
