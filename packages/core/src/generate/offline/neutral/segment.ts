// Sentences and words of a page in any language, with Intl.Segmenter (ICU, built into Node): sentence breaks
// that know "π.Χ." and "3.14" are no ends, and word breaks from dictionaries where words are not spaced
// (Japanese, Chinese, Thai). Offsets point into the page text, so every sentence is a verbatim quote.

export interface NeutralWord {
  text: string;
  /** Offsets in the page text (end exclusive). */
  start: number;
  end: number;
}

export interface NeutralSentence {
  /** The sentence exactly as on the page, without surrounding whitespace. */
  text: string;
  /** Offset in the page text. */
  start: number;
  /** Word-like segments, in order (no spaces or punctuation). */
  words: NeutralWord[];
}

const segmenters = new Map<string, { sentences: Intl.Segmenter; words: Intl.Segmenter }>();

function segmentersFor(locale: string) {
  let pair = segmenters.get(locale);
  if (!pair) {
    pair = {
      sentences: new Intl.Segmenter(locale, { granularity: 'sentence' }),
      words: new Intl.Segmenter(locale, { granularity: 'word' }),
    };
    segmenters.set(locale, pair);
  }
  return pair;
}

/** The page's sentences; a paragraph break always ends one (headings and captions have no final stop). */
export function segmentSentences(text: string, locale: string): NeutralSentence[] {
  const { sentences, words } = segmentersFor(locale);
  const out: NeutralSentence[] = [];
  let paragraphStart = 0;
  for (const paragraph of text.split('\n')) {
    for (const { segment, index } of sentences.segment(paragraph)) {
      const lead = segment.length - segment.trimStart().length;
      const value = segment.trim();
      if (value === '') continue;
      const start = paragraphStart + index + lead;
      const sentenceWords: NeutralWord[] = [];
      for (const word of words.segment(value)) {
        if (!word.isWordLike) continue;
        sentenceWords.push({
          text: word.segment,
          start: start + word.index,
          end: start + word.index + word.segment.length,
        });
      }
      out.push({ text: value, start, words: sentenceWords });
    }
    paragraphStart += paragraph.length + 1;
  }
  return out;
}
