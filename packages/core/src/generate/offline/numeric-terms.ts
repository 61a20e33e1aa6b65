// Years, dates, numbers, percentages, sums of money and ordinals of a sentence, from wink's entities.
// Hedges ("about", "roughly", "between") stay outside the term: the blank is the number itself.
import type { AnalyzedPage, Entity, SentenceSpan } from './nlp.js';
import { isOrdinalWord, isYear, parseDate, parseNumber, shapeKey } from './numbers.js';
import { type Term, termAt } from './term.js';
import { APPROXIMATORS } from './trivial-words.js';

const SCALE_WORDS = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion']);

export function numericTerms(page: AnalyzedPage, span: SentenceSpan): Term[] {
  const out: Term[] = [];
  for (const entity of page.entities) {
    if (entity.end < span.start || entity.start > span.end) continue;
    out.push(...entityTerms(page, entity));
  }
  return out;
}

function entityTerms(page: AnalyzedPage, entity: Entity): Term[] {
  const { tokens } = page;
  let start = entity.start;
  while (start < entity.end && APPROXIMATORS.has(tokens[start]!.normal)) start++;
  const text = page.text.slice(tokens[start]!.offset, tokens[entity.end]!.offset + tokens[entity.end]!.value.length);

  switch (entity.type) {
    case 'DATE': {
      const date = parseDate(text);
      // "Deep Blue beat Kasparov on 11 May ____": the year of a full date is the fact; its day and month are a
      // detail that wrong dates of the same year would test. The date stays in the stem around the blank.
      const year = date ? yearOfDate(page, start, entity.end) : undefined;
      if (year) return [year];
      if (date)
        return [
          termAt(page, start, entity.end, {
            kind: 'date',
            key: `d:${text}`,
            plural: false,
            shape: date.style,
            rarity: 0.8,
          }),
        ];
      return yearTerms(page, start, entity.end);
    }
    case 'DURATION': {
      const years = yearTerms(page, start, entity.end);
      return years.length > 0 ? years : countTerm(page, start, entity.end);
    }
    case 'CARDINAL':
      return countTerm(page, start, entity.end);
    case 'PERCENT':
    case 'MONEY': {
      const n = parseNumber(text);
      if (!n) return [];
      const kind = entity.type === 'PERCENT' ? 'percent' : 'money';
      return [
        termAt(page, start, entity.end, {
          kind,
          key: `${kind}:${n.value}`,
          plural: false,
          shape: shapeKey(n.shape),
          rarity: 0.7,
          value: n.value,
        }),
      ];
    }
    case 'ORDINAL': {
      // Only an ordinal that counts things ("the second law"), not the unit in "metres per second".
      const next = tokens[start + 1];
      const countsThings = next?.pos === 'NOUN' && tokens[start - 1]?.normal !== 'per';
      if (start !== entity.end || !isOrdinalWord(tokens[start]!.value) || !countsThings) return [];
      const word = tokens[start]!.normal;
      return [
        termAt(page, start, start, {
          kind: 'ordinal',
          key: `o:${word}`,
          plural: false,
          shape: 'ordinal',
          rarity: 0.4,
          display: word,
        }),
      ];
    }
    default:
      return [];
  }
}

/** Words before a four-digit number that make it a rough count ("approximately 1000 packages"), not a year. */
const ROUGHLY = new Set([
  'about',
  'around',
  'roughly',
  'approximately',
  'nearly',
  'almost',
  'over',
  'some',
  'circa',
  'under',
  '~',
]);
/** Nouns a year may follow ("fiscal year 2020", "summer 1956"). */
const YEAR_NOUNS = new Set(['year', 'years', 'fy', 'spring', 'summer', 'autumn', 'fall', 'winter', 'season', 'class']);

/**
 * A four-digit number that is no year: a count of the noun after it ("1000 software suites"), a rough count
 * ("approximately 1000 packages"), or a label after a noun or "the" ("codepage 1252", "the 1590" printer model).
 */
function notAYear(page: AnalyzedPage, i: number): boolean {
  const prev = page.tokens[i - 1];
  // "Other 1000 software suites": a count of what follows ("a 2017 survey" is a year dating a noun).
  if (page.tokens[i + 1]?.pos === 'NOUN' && prev?.pos !== 'DET') return true;
  if (!prev) return false;
  if (ROUGHLY.has(prev.normal) || prev.normal === 'the') return true;
  return prev.pos === 'NOUN' && !YEAR_NOUNS.has(prev.normal);
}

function yearTerms(page: AnalyzedPage, start: number, end: number): Term[] {
  const out: Term[] = [];
  for (let i = start; i <= end; i++) {
    const v = page.tokens[i]!.value;
    if (isYear(v) && !notAYear(page, i)) out.push(yearTerm(page, i));
  }
  return out;
}

/** The year token of a date that has one ("11 May 1997", "August 16th, 1993"), as a year term. */
function yearOfDate(page: AnalyzedPage, start: number, end: number): Term | undefined {
  for (let i = end; i >= start; i--) if (isYear(page.tokens[i]!.value)) return yearTerm(page, i);
  return undefined;
}

/** Token `i`, a four-digit year, as a term. */
function yearTerm(page: AnalyzedPage, i: number): Term {
  const v = page.tokens[i]!.value;
  return termAt(page, i, i, {
    kind: 'year',
    key: `y:${v}`,
    plural: false,
    shape: 'year',
    rarity: 0.8,
    value: Number(v),
  });
}

/** The number at the start of a cardinal or duration ("37 trillion" of "37 trillion cells", "27" of "27 days"). */
function countTerm(page: AnalyzedPage, start: number, end: number): Term[] {
  const { tokens } = page;
  if (tokens[start]!.pos !== 'NUM') return [];
  let last = start;
  if (last + 1 <= end && SCALE_WORDS.has(tokens[last + 1]!.normal)) last++;
  const text = page.text.slice(tokens[start]!.offset, tokens[last]!.offset + tokens[last]!.value.length);
  if (isYear(text)) return yearTerms(page, start, last);
  const n = parseNumber(text);
  // "one" and "1" are as often an article or a label as a quantity worth asking about.
  if (!n || n.value <= 1) return [];
  return [
    termAt(page, start, last, {
      kind: 'number',
      key: `n:${n.value}`,
      plural: false,
      shape: shapeKey(n.shape),
      rarity: 0.7,
      value: n.value,
    }),
  ];
}
