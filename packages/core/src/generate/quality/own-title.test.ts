import { describe, expect, it } from 'vitest';
import { namesADocument, namesOwnTitle } from './own-title.js';

// Title pages of the Chinese Debian reference, "An Introduction to R", the Debian FAQ and the gnuplot manual.
describe('the document’s own titles', () => {
  it.each([
    ['Debian 参考手册', true],
    ['An Introduction to R', true],
    ['The Debian GNU/Linux FAQ', true],
    ['Developer’s Reference', true],
    ['gnuplot 5.4', false],
    ['Artificial intelligence', false],
    ['Introduction', false],
    ['Notes', false],
  ])('%s names a document: %s', (line, expected) => {
    expect(namesADocument(line)).toBe(expected);
  });

  it('are named by a sentence about the document, not by one about its subject', () => {
    const titles = ['Debian 参考手册', 'An Introduction to R'];
    expect(namesOwnTitle('新的“Debian 参考手册（第二版）”在 2008 年发布。', titles)).toBe(true);
    expect(namesOwnTitle('An  introduction to R was first written in 1990 by Bill Venables.', titles)).toBe(true);
    expect(namesOwnTitle('Debian 是一个志愿者组织，它建立一致的自由软件的预编译二进制包。', titles)).toBe(false);
    expect(namesOwnTitle('R is an integrated suite of software facilities for data manipulation.', titles)).toBe(false);
  });
});
