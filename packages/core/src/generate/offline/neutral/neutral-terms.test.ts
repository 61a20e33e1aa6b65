import { describe, expect, it } from 'vitest';
import { neutralTerms } from './neutral-terms.js';
import { pageLanguage } from './page-language.js';
import { segmentSentences } from './segment.js';
import { stopWords } from './stop-words.js';

// Sentences of the Chinese and French Debian manuals and the Spanish history of Debian.
function termsOf(text: string, commonWords: string[] = []): string[] {
  const language = pageLanguage(text);
  const [sentence] = segmentSentences(text, language.locale);
  return neutralTerms(sentence!, {
    language,
    stop: stopWords(language.locale),
    isCommon: () => false,
    isCommonWord: (key) => commonWords.includes(key),
  }).map((t) => t.text);
}

describe('neutralTerms', () => {
  it('never blanks a number inside an identifier: a code point, a version string', () => {
    expect(termsOf('一个最令人讨厌的情形是在中日韩国家中的 U+3001 和 U+3002 两个标点。')).not.toContain('3001');
    expect(termsOf('Utilisez plutôt la forme 0~110429 pour la version amont du paquet source.')).not.toContain(
      '110429',
    );
    expect(termsOf('La longueur par défaut du champ de nom de paquet dans aptitude est de 30 caractères.')).toContain(
      '30',
    );
  });

  it('takes no label head, no word of a quoted title and no head of a longer name for a name', () => {
    const section = termsOf('Beaucoup de paquets sont en attente de bons responsables, voir Section 2.2 du guide.');
    expect(section).not.toContain('Section');
    const quoted = termsOf(
      'La Charte Debian, 12.5 « Informations sur le copyright » impose son contenu et son format.',
    );
    expect(quoted).not.toContain('Informations');
    const university = termsOf(
      'Debian la empezó Ian Murdock en agosto de 1993, estudiante de la Universidad de Purdue.',
    );
    expect(university).not.toContain('Universidad');
    expect(university).toContain('1993');
  });

  it('takes no capitalized common word for a name, and no second word after a capitalized first one', () => {
    expect(
      termsOf('Proporcionar las Dependencias y Conflictos del sistema Debian de hoy.', ['conflictos']),
    ).not.toContain('Conflictos');
    expect(termsOf('Ian Jackson pronto tomó el desarrollo de la herramienta de empaquetado.')).not.toContain('Jackson');
  });

  it('takes a number for a year only where the language marks it as one (Korean 년, a Hebrew or Arabic year word)', () => {
    const kinds = (text: string) => {
      const language = pageLanguage(text);
      const [sentence] = segmentSentences(text, language.locale);
      const terms = neutralTerms(sentence!, { language, stop: stopWords(language.locale), isCommon: () => false });
      return Object.fromEntries(terms.map((t) => [t.text, t.kind]));
    };
    // The Debian installation guide in Korean, Hebrew Wikipedia, the Debian Administrator's Handbook in Arabic.
    expect(kinds('데비안 프로젝트는 1993년에 이안 머독이 시작했습니다.')['1993']).toBe('year');
    expect(kinds('이 집단은 해를 거듭하면서 1000여명의 데비안 개발자로 성장했습니다.')['1000']).not.toBe('year');
    expect(kinds('הפסיפס התגלה בשנת 1894, במהלך הנחת יסודות לבית.')['1894']).toBe('year');
    expect(kinds('בספטמבר 2017 פרסמו שרת המשפטים ושר החינוך הצעה לחקיקת חוק יסוד.')['2017']).toBe('year');
    const dialysis = kinds(
      'בישראל היו בסוף שנת 2017 6700 חולים בטיפול דיאליזה מתוכם 1637 חולים חדשים שהצטרפו באותה השנה.',
    );
    expect(dialysis['2017']).toBe('year');
    expect(dialysis['1637']).not.toBe('year');
    expect(kinds('رأت الطبعة الأولى النور في 14 أكتوبر 2004 ولاقت نجاحا كبيرا.')['2004']).toBe('year');
    expect(kinds('يجب فتح منفذ مخدم PPTP رقم 1723 حتى يسمح لقناة الاتصال بأن تفتح.')['1723']).not.toBe('year');
    // Russian and Ukrainian: "році", "года", a month before it.
    expect(kinds('Якщо значення не встановлено, одиницями будуть блоки у 1024 байтів.')['1024']).not.toBe('year');
    expect(kinds('Синтаксична конструкція вважалася застарілою з версії, яку було випущено у 2005 році.')['2005']).toBe(
      'year',
    );
    expect(kinds('Типовым значением до версии ядра 2.6.30 было 2048.')['2048']).not.toBe('year');
    expect(kinds('Debian 2.0 вышел в июле 1998 года для двух архитектур.')['1998']).toBe('year');
    // Languages that do not mark it keep every year.
    expect(kinds('Το Σχέδιο Debian ξεκίνησε το 1993, όταν ο Ian Murdock εξέδωσε μια πρόσκληση.')['1993']).toBe('year');
  });

  it('never takes a number of an address for a year', () => {
    expect(termsOf('그러므로 IPv6 주소를 쓸 때 주소앞뒤로 각괄호를 “[2001:db8:1]”처럼 써야 합니다.')).not.toContain(
      '2001',
    );
  });
});
