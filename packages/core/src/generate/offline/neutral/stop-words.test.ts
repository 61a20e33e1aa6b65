import { describe, expect, it } from 'vitest';
import { stopWords } from './stop-words.js';

describe('stopWords', () => {
  it('has the maintained lists of every language questions are asked in, not only ours', () => {
    // Words of stopwords-iso that the short lists of before did not hold.
    expect(stopWords('fr').has('plusieurs')).toBe(true);
    expect(stopWords('de').has('zwischen')).toBe(true);
    expect(stopWords('es').has('además')).toBe(true);
    expect(stopWords('it').has('ancora')).toBe(true);
    expect(stopWords('pt').has('também')).toBe(true);
    expect(stopWords('nl').has('tussen')).toBe(true);
    for (const locale of ['ar', 'he', 'ko', 'ru', 'uk', 'el', 'ja', 'zh'])
      expect(stopWords(locale).size).toBeGreaterThan(50);
  });

  it('keeps our own words beside them: the words for "year" after dates, Ukrainian ones on Cyrillic pages', () => {
    expect(stopWords('ru').has('году')).toBe(true);
    expect(stopWords('ru').has('який')).toBe(true);
    expect(stopWords('ja').has('年')).toBe(true);
    expect(stopWords('xx').size).toBe(0);
  });

  it('never stops a word worth asking', () => {
    expect(stopWords('fr').has('paquet')).toBe(false);
    expect(stopWords('de').has('programm')).toBe(false);
    expect(stopWords('es').has('debian')).toBe(false);
  });
});
