// Title-page and copyright blocks from the corpus: maint-guide-fr.pdf pp. 1-2, debian-reference-zh-cn.pdf pp. 2-3,
// peerj-cs-vespa-bioinformatics-2017-en.pdf p. 1, bmc-trauma-dvt-prophylaxis-review-2010-en.pdf p. 1.
import { describe, expect, it } from 'vitest';
import { type FrontMatterCandidate, hasFrontMark, isFrontMatter, isProse } from './front-matter.js';

describe('hasFrontMark', () => {
  it.each([
    ['Copyright © 1998-2002 Josip Rodin', true],
    ['版权 © 2013-2021 青木修', true],
    ['Distributed under Creative Commons CC-BY 4.0', true],
    ['Corresponding author Mary J. O’Connell, m.oconnell@leeds.ac.uk', true],
    ['Ce document peut être utilisé selon les termes de la GPL-2', true],
    [
      'Une chose est sûre, cependant : créer et maintenir correctement des paquets Debian prend beaucoup de temps.',
      false,
    ],
  ])('%j -> %s', (text, expected) => {
    expect(hasFrontMark(text)).toBe(expected);
  });
});

describe('isProse', () => {
  it.each([
    [
      'Ce document essaie de décrire aux utilisateurs Debian moyens, et aux développeurs en devenir, la construction d’un paquet Debian.',
      true,
    ],
    [
      'Debian 参考手册（版本 2.100）旨在作为一份 Debian 系统安装后的用户指南，为 Debian 系统的使用与管理提供广泛的概览。',
      true,
    ],
    [
      'Josip Rodin, Osamu Aoki, Frédéric Dumont, Mohammed Adnène Trojette, David Prévot, et les membres de la liste',
      false,
    ],
    ['Osamu Aoki (青木修)', false],
  ])('%j -> %s', (text, expected) => {
    expect(isProse(text)).toBe(expected);
  });
});

describe('isFrontMatter', () => {
  const title = (text: string, more: Partial<FrontMatterCandidate> = {}): FrontMatterCandidate => ({
    text,
    page: 1,
    beforeProse: true,
    titlePage: true,
    ...more,
  });

  it.each([
    [title('Guide du nouveau responsable Debian', { sizeRatio: 2 }), true],
    [title('Osamu Aoki (青木修)', { page: 2 }), true],
    [title('Copyright © 2005-2015 Osamu Aoki', { page: 2, titlePage: false }), true],
    [title('R E V I E W Open Access'), true],
    // After the first prose of the page, on a later page, or prose itself.
    [title('Background', { beforeProse: false }), false],
    [
      title('Lionel Robbins (1932) developed implications of what has been termed', { page: 2, titlePage: false }),
      false,
    ],
    [title('Copyright © 2005-2015 Osamu Aoki', { page: 9, titlePage: false }), false],
    [
      title(
        'Ce document essaie de décrire aux utilisateurs Debian moyens, et aux développeurs en devenir, la construction d’un paquet Debian.',
      ),
      false,
    ],
  ])('%j -> %s', (candidate, expected) => {
    expect(isFrontMatter(candidate)).toBe(expected);
  });
});
