import { describe, expect, it } from 'vitest';
import { givesDefault } from './default-value.js';

// Sentences of the gnuplot manual, the French guide for new Debian maintainers and the Chinese Debian reference.
describe('givesDefault', () => {
  it.each([
    ['The default value is 300 ms. Setting the value to 0 ms triggers the copy on a single click.', 'en'],
    ['The default polar angle is 30 degrees.', 'en'],
    ['The line width defaults to 1.5 points.', 'en'],
    ['La longueur par défaut du champ de nom de paquet dans aptitude est de 30 caractères.', 'fr'],
    ['默认的超时时间是 30 秒。', 'zh'],
  ])('%s gives a default', (sentence, language) => {
    expect(givesDefault(sentence, language)).toBe(true);
  });

  it.each([
    ['The tm_week function interprets its first argument as a time in seconds from 1 Jan 1970.', 'en'],
    ['The Boeing 737 MAX airplanes have two angle of attack sensors, one on each side of the fuselage.', 'en'],
    ['Debian 4.0 (Etch) se publicó el 8 de abril de 2007.', 'es'],
  ])('%s gives none', (sentence, language) => {
    expect(givesDefault(sentence, language)).toBe(false);
  });
});
