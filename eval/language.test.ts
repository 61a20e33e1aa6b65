import { describe, expect, it } from 'vitest';
import { pageLanguage } from './language.js';

describe('pageLanguage', () => {
  it.each([
    ['en', 'The District Court granted summary judgment for the OWRB, and the Tenth Circuit affirmed it.'],
    ['fr', 'Ce document peut être utilisé selon les termes de la Licence publique générale de GNU.'],
    ['de', 'Die Lernziele der heutigen Vorlesung und der Übungen sind in diesem Kapitel nicht enthalten.'],
    ['es', 'Este documento describe la historia y los objetivos del proyecto Debian en los años noventa.'],
    ['zh', '它通过为非开发者编写的 shell 命令示例来涵盖系统管理的方方面面。'],
    ['ja', 'これは日本語の文章で、システムの管理について説明しています。'],
    ['ar', 'قال أبو عثمان الجاحظ في كتاب البيان والتبيين'],
    ['ru', 'Это документ о том, как устроена система и что в ней есть.'],
    ['uk', 'Перш ніж ваші компоненти відобразяться на екрані, їх повинен відрендерити React.'],
    ['el', 'Το Debian είναι ένας εξ ολοκλήρου εθελοντικός οργανισμός.'],
    ['ko', '데비안 프로젝트는 1993년에 시작되었습니다.'],
    ['he', 'הפסיפס התגלה בשנת 1894, במהלך הנחת יסודות לבית.'],
    ['und', 'x = 1, y = 2'],
  ])('%s: %s', (language, text) => {
    expect(pageLanguage(text)).toBe(language);
  });
});
