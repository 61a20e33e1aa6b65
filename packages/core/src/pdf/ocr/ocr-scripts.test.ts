import { describe, expect, it } from 'vitest';
import { languagesForScript, MIN_SCRIPT_CONFIDENCE } from './ocr-scripts.js';

const sure = MIN_SCRIPT_CONFIDENCE + 3;

describe('languagesForScript', () => {
  it('keeps the languages written in the script OSD saw', () => {
    expect(languagesForScript(['eng', 'rus'], 'Cyrillic', sure)).toEqual(['rus']);
    expect(languagesForScript(['eng', 'rus', 'fra'], 'Latin', sure)).toEqual(['eng', 'fra']);
    expect(languagesForScript(['eng', 'ara', 'heb'], 'Hebrew', sure)).toEqual(['heb']);
    expect(languagesForScript(['eng', 'ell'], 'Greek', sure)).toEqual(['ell']);
  });

  it('reads Chinese characters with Chinese and Japanese, kana with Japanese, hangul with Korean', () => {
    const cjk = ['eng', 'chi_sim', 'jpn', 'kor'];
    expect(languagesForScript(cjk, 'Han', sure)).toEqual(['chi_sim', 'jpn']);
    expect(languagesForScript(cjk, 'Japanese', sure)).toEqual(['jpn']);
    expect(languagesForScript(cjk, 'Hangul', sure)).toEqual(['kor']);
    expect(languagesForScript(cjk, 'Korean', sure)).toEqual(['kor']);
  });

  it('keeps every language when unsure, when none is written in the script, or the script is unknown', () => {
    expect(languagesForScript(['eng', 'rus'], 'Cyrillic', MIN_SCRIPT_CONFIDENCE - 0.5)).toEqual(['eng', 'rus']);
    expect(languagesForScript(['eng', 'fra'], 'Cyrillic', sure)).toEqual(['eng', 'fra']);
    expect(languagesForScript(['eng', 'rus'], null, sure)).toEqual(['eng', 'rus']);
    expect(languagesForScript(['eng', 'rus'], 'Fraktur', sure)).toEqual(['eng', 'rus']);
  });

  it('keeps a language whose script it does not know alongside those of the script', () => {
    expect(languagesForScript(['eng', 'rus', 'xyz'], 'Cyrillic', sure)).toEqual(['rus', 'xyz']);
  });
});
