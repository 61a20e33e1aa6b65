import { describe, expect, it } from 'vitest';
import { explanationBeyondQuote } from '../app/quiz/explanation.js';

const quote = 'The Red River Compact was approved by Congress in 1980.';

describe('explanationBeyondQuote', () => {
  it.each([
    [`Page 4 states: "${quote}"`],
    [`True. Page 4 states: "${quote}"`],
    [`"${quote}" (page 4)`],
    [`Vrai. La page 4 indique\u00A0: «\u00A0${quote}\u00A0»`],
    [quote],
  ])('gives nothing beyond the quote for %s', (explanation) => {
    expect(explanationBeyondQuote(explanation, quote)).toBeNull();
  });

  it('keeps what the explanation adds: the sentence after, the section, the true term of a false statement', () => {
    expect(
      explanationBeyondQuote(
        `"${quote}" It goes on: "The Compact allocates water among four States." (page 4, section “Background”)`,
        quote,
      ),
    ).toBe('It goes on: "The Compact allocates water among four States." (page 4, section “Background”)');
    expect(
      explanationBeyondQuote(`False: the text says “1980”, not “1978”. The sentence reads: "${quote}" (page 7)`, quote),
    ).toBe('False: the text says “1980”, not “1978”. (page 7)');
  });

  it('keeps an explanation that does not quote the source, and gives nothing for an empty one', () => {
    expect(explanationBeyondQuote('Congress turns a compact into federal law by approving it.', quote)).toBe(
      'Congress turns a compact into federal law by approving it.',
    );
    expect(explanationBeyondQuote('  ', quote)).toBeNull();
  });
});
