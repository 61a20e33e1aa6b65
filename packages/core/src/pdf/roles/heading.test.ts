// Headings and near-headings from the corpus: debian-history-es.pdf, maint-guide-fr.pdf, debian-reference-zh-cn.pdf,
// beamer-lecture-logik-slides-de.pdf (numbered list items and lines of a sentence split by a font change),
// peerj-cs-vespa-bioinformatics-2017-en.pdf.
import { describe, expect, it } from 'vitest';
import { type HeadingCandidate, isHeading } from './heading.js';

const one = (text: string, more: Partial<HeadingCandidate> = {}): HeadingCandidate => ({ text, lines: 1, ...more });

describe('isHeading', () => {
  it.each([
    [one('1.1 Dynamique sociale de Debian'), true],
    [one('4.13.1. Julio de 2000: muere Joel Klecker'), true],
    [one('1.1.2 GUI 下的 shell 提示符'), true],
    [one('DISCUSSION'), true],
    [one('HISTORIAL DE REVISIONES'), true],
    [one('Die Semantik der Hieroglyphen', { sizeRatio: 1.44 }), true],
    [one('序言', { sizeRatio: 1.7 }), true],
    // Capitals of a few Latin words in a Chinese line.
    [one('YY ISO 3166 国家代码（大写）例如“US”'), false],
    [one('用于 SANE 的基于 GTK 的前端图形界面'), false],
    // A single number is as often a numbered list item; so is a numbered line listing things.
    [one('1.2 Rex, publicada en diciembre de 1996 (848 paquetes, 120 desarrolladores)'), false],
    [one('3 Öffnende und schließende geschweifte Klammern müssen'), false],
    // A sentence, a lead-in, a line continued in the next block, a line starting in lower case.
    [one('Nous sommes tous bénévoles.'), false],
    [one('Voici quelques observations sur la dynamique sociale de Debian :'), false],
    [
      one('Here follows the exact source code that has been used to produce the above presented', {
        sizeRatio: 1.2,
        continued: true,
      }),
      false,
    ],
    [one('outputs. Discretionary hyphens may have been inserted at some points', { sizeRatio: 1.2 }), false],
    // Larger but long: a pull quote or an abstract.
    [
      one('Die folgenden Aufgaben sind nach Schwierigkeit sortiert. Lösen Sie so viele wie möglich.', {
        sizeRatio: 1.3,
      }),
      false,
    ],
    [{ text: 'Logik für Informatiker', lines: 3, sizeRatio: 1.5 }, false],
  ])('%j -> %s', (candidate, expected) => {
    expect(isHeading(candidate)).toBe(expected);
  });
});
