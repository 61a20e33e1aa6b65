import { describe, expect, it } from 'vitest';
import { matchQuote } from '../app/source/quote-match';

describe('matchQuote', () => {
  // Items as pdf.js gives them for a page: a line each, words split at a line's end, curly quotes.
  const items = [
    'Chapter 2',
    'Rivers of the world',
    'The Nile, at 6,650 km, is longer than the Missis-',
    'sippi by about 2,920 km. The “Thames” is shorter',
    'than the Indus of Asia.',
    'Page 3',
  ];
  const parts = (quote: string) =>
    matchQuote(items, quote)?.items.map(({ index, from, to }) => items[index]!.slice(from, to));

  it('finds the part of each line a quote covers, across lines and a word split at a line’s end', () => {
    expect(parts('The Nile, at 6,650 km, is longer than the Mississippi by about 2,920 km.')).toEqual([
      'The Nile, at 6,650 km, is longer than the Missis',
      'sippi by about 2,920 km.',
    ]);
    // Quotation marks of another kind, spaces the server put in.
    expect(parts('The "Thames" is shorter than the Indus of Asia.')).toEqual([
      'The “Thames” is shorter',
      'than the Indus of Asia.',
    ]);
    expect(matchQuote(items, 'The "Thames" is shorter than the Indus of Asia.')?.complete).toBe(true);
  });

  it('reads ligatures and letters of another width as the server does (NFKC)', () => {
    expect(matchQuote(['The ﬁrst ﬂoor'], 'The first floor')).toEqual({
      items: [{ index: 0, from: 0, to: 13 }],
      complete: true,
    });
  });

  it('falls back to the longest opening of a quote cut by a column or a page, and finds nothing else', () => {
    const cut = matchQuote(
      items,
      'The Nile, at 6,650 km, is longer than the Mississippi by about 2,920 km, as told in a column not here.',
    );
    expect(cut?.complete).toBe(false);
    expect(cut?.items.map((i) => i.index)).toEqual([2, 3]);
    expect(matchQuote(items, 'Photosynthesis takes place in the chloroplasts.')).toBeNull();
    expect(matchQuote(items, '')).toBeNull();
  });
});
