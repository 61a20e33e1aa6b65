import { beforeAll, describe, expect, it } from 'vitest';
import { analyzePage, loadNlp } from './nlp.js';
import { pageContext } from './page-context.js';
import type { TermKind } from './term.js';
import { TermStats } from './term-stats.js';
import { sentenceTerms } from './terms.js';
import { loadWordFrequency, type WordFrequency } from './word-frequency.js';

let nlp: Awaited<ReturnType<typeof loadNlp>>;
let freq: WordFrequency;
beforeAll(async () => {
  [nlp, freq] = await Promise.all([loadNlp(), loadWordFrequency()]);
});

function kindOf(text: string, name: string): TermKind | undefined {
  const page = analyzePage(nlp, text);
  const terms = page.sentences.flatMap((span) => sentenceTerms(page, span, freq, new TermStats(), pageContext(page)));
  return terms.find((t) => t.display === name)?.kind;
}

// Sentences of the Debian FAQ and of the Wikipedia article on artificial intelligence. Wrong choices must be of
// the key's kind: a name wrongly read as a place stands among places ("based in the ____: United States, System
// V, New Member, New Maintainers").
describe('the kind of a name', () => {
  it.each([
    ['Software in the Public Interest is a non-profit organization based in the United States.', 'United States'],
    ['Tarrant proposed to divert water from New Mexico and North Carolina.', 'New Mexico'],
    ['The lab moved from Paris to Lake Victoria.', 'Lake Victoria'],
    ['The summit was held in Athens in November.', 'Athens'],
  ])('%s [%s] is a place', (text, name) => {
    expect(kindOf(text, name)).toBe('place');
  });

  it.each([
    // "New" before a common word, or a plural that names no place.
    ['Read the guide written by the New Maintainers team before uploading.', 'New Maintainers'],
    ['Candidates apply to become a New Member of the project.', 'New Member'],
    // "in" before words that are common ones and a numeral.
    ['It supports almost everything that is available in System V and the BSD-derived systems.', 'System V'],
  ])('%s [%s] is no place', (text, name) => {
    const kind = kindOf(text, name);
    expect(kind).toBeDefined();
    expect(kind).not.toBe('place');
  });
});
