// Code from the corpus: shell sessions and listings of debian-reference-zh-cn.pdf and maint-guide-fr.pdf, a TeX
// listing of beamer-lecture-logik-slides-de.pdf; prose of the same documents that names commands.
import { describe, expect, it } from 'vitest';
import { codeLines, isMonospaceLine, looksLikeCode } from './code.js';
import { type LineGeometry, type PageLine, textLines } from './page-line.js';

/** Page lines with a font: `monospace` is the share of each line's characters in a monospace font. */
function placed(rows: ReadonlyArray<[string, number]>): PageLine[] {
  const lines = textLines(rows.map(([text]) => text).join('\n'));
  return lines.map((line, i) => {
    const geometry: LineGeometry = {
      y: 700 - 12 * i,
      size: 10,
      left: 57,
      right: 400,
      monospace: rows[i]![1],
      cells: 1,
    };
    return { ...line, geometry };
  });
}

describe('looksLikeCode (text without fonts)', () => {
  it.each([
    ['# chmod [ugoa][+-=][rwxXst][,...] foo', true],
    ['\\def\\pgfpointadd#1#2{%', true],
    ['install ./gentoo $(BIN)', true],
    ['$ dpkg-buildpackage -us -uc', true],
    ['if (x > 0) { y = f(x); }', true],
    ['ls(1) 用于显示文件和目录的权限信息（更多）。当运行时带有“-l”选项，它将按给定顺序显示下列信息。', false],
    ['Si vous avez besoin d’aide sur l’empaquetage, veuillez consulter Section 1.4.', false],
    ['Die Syntax einer natürlichen Sprache ist die Menge an Regeln, nach denen Sätze gebildet werden dürfen.', false],
    ['— charte Perl (http://www.debian.org/doc/packaging-manuals/perl-policy/) ;', false],
  ])('%j -> %s', (text, expected) => {
    expect(looksLikeCode(text)).toBe(expected);
  });
});

describe('codeLines', () => {
  it('marks the monospace lines of a page that mixes fonts, not prose with a command in it', () => {
    const lines = placed([
      ['chown(1) 用于 root 账户修改文件的所有者。chgrp(1) 用于文件的所有者或 root 账户修改文件所属的组。', 0.2],
      ['# chown newowner foo', 1],
      ['# chgrp newgroup foo', 1],
      ['例如，你可以按照下面使一个目录树被用户 foo 所有，并共享给组 bar。', 0.2],
    ]);
    expect(lines.map(isMonospaceLine)).toEqual([false, true, true, false]);
    expect(codeLines(lines)).toEqual([false, true, true, false]);
  });

  it('reads symbols instead when the whole page is in one fixed-pitch font (a typescript, an OCR layer)', () => {
    const lines = placed([
      ['The Office of Research and Development has completed a study of pigeons carrying cameras.', 1],
      ['Approved for Release: 2019/07/30 C06408441', 1],
      ['# chown newowner foo', 1],
      ['# chmod [ugoa][+-=][rwxXst][,...] foo', 1],
    ]);
    expect(codeLines(lines)).toEqual([false, false, true, true]);
  });

  it('needs two dense lines in a row in text without fonts: one may be a formula in prose', () => {
    expect(codeLines(textLines('Le paragraphe.\n$ dpkg-buildpackage -us -uc\nEt la suite.'))).toEqual([
      false,
      false,
      false,
    ]);
    expect(codeLines(textLines('$ cd gentoo-0.9.12\n$ dpkg-buildpackage -us -uc'))).toEqual([true, true]);
  });
});
