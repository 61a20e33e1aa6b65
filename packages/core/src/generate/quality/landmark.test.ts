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
  ])('%s dates a passing event', (sentence, language) => {
    expect(datesLandmark(sentence, language)).toBe(false);
  });

  it('has no rule, so keeps every year, in a language it has no list for', () => {
    expect(datesLandmark('Η μάχη του Μαραθώνα έγινε το 490 π.Χ.', 'el')).toBe(true);
  });
});
