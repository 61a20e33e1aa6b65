import { describe, expect, it } from 'vitest';
import { datesLandmark } from './landmark.js';

// Sentences of Wikipedia's article on artificial intelligence, the Debian history (Spanish), the Debian
// reference (Chinese) and the Debian FAQ: the years readers found worth knowing, and those they rejected.
describe('datesLandmark', () => {
  it.each([
    ['The Debian Project was officially founded by Ian Murdock on August 16th, 1993.', 'en'],
    ['GPT-3 is a large language model that was released in 2020 by OpenAI.', 'en'],
    ['Deep learning began to dominate industry benchmarks in 2012 and was adopted throughout the field.', 'en'],
    ['In 1978, Herbert Simon received the Nobel Memorial Prize in Economic Sciences.', 'en'],
    ['Debian 4.0 (Etch) se publicó el 8 de abril de 2007 para el mismo número de arquitecturas.', 'es'],
    ['Le naturaliste Robert Hooke a décrit les cellules du liège en 1665 dans son livre Micrographia.', 'fr'],
    ['Das Projekt wurde 1993 von Ian Murdock gegründet.', 'de'],
    // A compact, a law or a treaty approved or passed (the Supreme Court opinion on the Red River Compact).
    ['Congress approved the Compact in 1980, transforming it into federal law.', 'en'],
    ['The Act was passed by Congress in 1955.', 'en'],
    ['La loi a été adoptée en 1905.', 'fr'],
    ['Debian 11 于 2021 年 8 月发布。', 'zh'],
    // Greek, Arabic, Korean and Ukrainian: Wikipedia as XQuAD translated it, Debian's installation guide, find(1).
    ['Ο Τέσλα πέθανε στις 7 Ιανουαρίου 1943.', 'el'],
    ['Ο Χάτον δημοσίευσε μια δίτομη έκδοση των ιδεών του το 1795.', 'el'],
    ['Ο πυρήνας του Linux πρωτοεμφανίστηκε το 1991.', 'el'],
    ['كان تأسيس مستعمرة ويلز الجنوبية الجديدة في سنة 1788.', 'ar'],
    // With its vowel marks and a conjunction before it: وَعَيَّنَ, "and he appointed".
    ['في عام 1950 وَعَيَّنَ نوبل روبرت كينتنر رئيساً لأيه بي سي.', 'ar'],
    ['رأت الطبعة الأولى النور في 14 أكتوبر 2004.', 'ar'],
    ['데비안 프로젝트는 1993년에 이안 머독이 공개적으로 모집하면서부터 시작되었습니다.', 'ko'],
    ['Синтаксична конструкція +РЕЖИМ вважалася застарілою з версії 4.2.21, яку було випущено у 2005 році.', 'uk'],
  ])('%s dates a landmark', (sentence, language) => {
    expect(datesLandmark(sentence, language)).toBe(true);
  });

  it.each([
    [
      "In 2024, researchers used machine learning to accelerate the search for Parkinson's disease drug treatments.",
      'en',
    ],
    ['On 1 November 2024, the Federal Energy Regulatory Commission rejected an application by Talen Energy.', 'en'],
    [
      'In 2017, the European Union considered granting "electronic personhood" to some of the most capable systems.',
      'en',
    ],
    ['El alojamiento de master.debian.org se trasladó de HP a i-Connect.Net a finales de 1995.', 'es'],
    // "found" of "find" is no founding.
    ['Preliminary Report AI-01/19, dated March 2019, can be found in the AD docket.', 'en'],
    ['Debian 0.93 Release 6 apareció en noviembre de 1995 y fue la última versión con a.out.', 'es'],
    ['Ο οικονομολόγος Τζόζεφ Στίγκλιτς παρουσίασε το 2009 στοιχεία ότι η ανισότητα εμποδίζει την ανάπτυξη.', 'el'],
    ['Το δημοψήφισμα στη Σκωτία το 1979 για μια αποκεντρωμένη Σκωτική Συνέλευση απέτυχε.', 'el'],
    // "بشكل", "in a manner", is no forming (تشكيل).
    ['في عام 1993، أظهر غلور وزيريا بشكل واضح أن عدم المساواة له تأثير ضار.', 'ar'],
    ['يشير تقرير 2013 عن نيجيريا إلى أن النمو قد ارتفع.', 'ar'],
    [
      '데비안 GNU/리눅스 12.0부터 2022년 독점 펌웨어에 대한 투표에 따라, 공식 설치 이미지에 패키지가 들어갈 수 있습니다.',
      'ko',
    ],
    ['Команда file була частиною усіх UNIX з часу принаймні Research Version 4 (листопад 1973).', 'uk'],
  ])('%s dates a passing event', (sentence, language) => {
    expect(datesLandmark(sentence, language)).toBe(false);
  });

  it('has no rule, so keeps every year, in a language it has no list for', () => {
    expect(datesLandmark("בשנת 2012 תמך פרופ' מדינה בהצעת חוק יסוד: החקיקה.", 'he')).toBe(true);
  });
});
