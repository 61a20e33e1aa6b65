import { describe, expect, it } from 'vitest';
import { bodySpans, bodyText, pageBlocks, pageRole, roleAt } from './page-roles.js';
import type { PageText } from './page-text.js';

const text =
  'Table des matières\n1.1 Dynamique sociale . . . . . . . 1\n1.2 Programmes . . . . . . . 2\nNous sommes tous bénévoles.';
const page: Pick<PageText, 'text' | 'blocks'> = {
  text,
  blocks: [
    { role: 'heading', start: 0, end: 18 },
    { role: 'contents', start: 19, end: text.lastIndexOf('\n') },
    { role: 'body', start: text.lastIndexOf('\n') + 1, end: text.length },
  ],
};

describe('page roles', () => {
  it('gives the role covering most characters', () => {
    expect(pageRole(page)).toBe('contents');
    expect(pageRole({ text: 'Un paragraphe.' })).toBe('body');
    expect(pageRole({ text: '' })).toBe('body');
  });

  it('finds the body prose and the role at an offset', () => {
    expect(bodySpans(page).map((b) => text.slice(b.start, b.end))).toEqual(['Nous sommes tous bénévoles.']);
    expect(bodyText(page)).toBe('Nous sommes tous bénévoles.');
    expect(roleAt(page, 0)).toBe('heading');
    expect(roleAt(page, 25)).toBe('contents');
    expect(roleAt(page, 18)).toBeUndefined();
    expect(roleAt(page, text.length - 1)).toBe('body');
  });

  it('treats a page without blocks as body text throughout', () => {
    expect(pageBlocks({ text: 'Un paragraphe.' })).toEqual([{ role: 'body', start: 0, end: 14 }]);
    expect(bodyText({ text: 'Un paragraphe.\nUn autre.' })).toBe('Un paragraphe.\nUn autre.');
  });
});
