import { describe, expect, it } from 'vitest';
import { findQuote, isGrounded } from './grounding.js';

const PAGE =
  'Chapter 2\nIn plant cells, photo-\nsynthesis takes place in the chloroplasts.  The ﬁrst law of motion was set out by Newton.\n“Knowledge is power,” wrote Francis Bacon in 1597.';

describe('isGrounded', () => {
  it('accepts a quote verbatim after whitespace normalization', () => {
    expect(isGrounded('In plant cells,   photosynthesis takes place\nin the chloroplasts.', PAGE)).toBe(true);
  });

  it('tolerates a word hyphenated at a line break on the page, and on the quote', () => {
    expect(isGrounded('photosynthesis takes place in the chloroplasts', PAGE)).toBe(true);
    expect(isGrounded('photo- synthesis takes place', 'In leaves, photosynthesis takes place daily.')).toBe(true);
  });

  it('tolerates ligatures and curly versus straight quotes', () => {
    expect(isGrounded('The first law of motion was set out by Newton.', PAGE)).toBe(true);
    expect(isGrounded('"Knowledge is power," wrote Francis Bacon in 1597.', PAGE)).toBe(true);
  });

  it('rejects a fabricated or altered quote', () => {
    expect(isGrounded('The second law of motion was set out by Newton.', PAGE)).toBe(false);
    expect(isGrounded('Photosynthesis takes place in the mitochondria.', PAGE)).toBe(false);
    expect(isGrounded('Wrote Francis Bacon in 1597.', PAGE)).toBe(false);
  });

  it('rejects quotes too short to prove anything', () => {
    expect(isGrounded('the', PAGE)).toBe(false);
    expect(isGrounded('   ', PAGE)).toBe(false);
  });
});

describe('findQuote', () => {
  it('returns the span of the original page text', () => {
    const match = findQuote('photosynthesis takes place', PAGE);
    expect(match?.text).toBe('photo-\nsynthesis takes place');
    expect(PAGE.slice(match!.start, match!.end)).toBe(match!.text);
  });

  it('ignores quote marks wrapped around the quote', () => {
    expect(findQuote('"The first law of motion was set out by Newton."', PAGE)?.text).toBe(
      'The ﬁrst law of motion was set out by Newton.',
    );
  });
});
