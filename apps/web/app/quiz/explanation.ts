// What an explanation adds to the quote shown right below it. A generator's explanation often repeats the quote
// ("Page 4 states: “…”"), and "Why: <the quote>" above the same quote tells the reader nothing: the quote is
// taken out, with its quotation marks and the words that introduce it, and when nothing worth reading is left
// (a verdict alone, a page number), there is no "Why" at all.

/** Quotation marks of the languages questions are written in, as pairs left empty once the quote is out. */
const EMPTY_QUOTES = /["“”„«»「」『』‘’]\s*["“”„«»「」『』‘’]/gu;
/** Words that introduce a quote and end in a colon: "Page 4 states:", "The sentence reads:", "La page 4 indique :". */
const LEAD_IN = /(?:^|(?<=[.!?。]\s*))[^.!?。:：]{0,40}[:：]\s*$/u;
/** Where it stands: "(page 4)", "(page 4, section “Spacetime diagrams”)". */
const WHERE = /\((?:page|p\.)\s*\d+[^)]*\)/giu;

export function explanationBeyondQuote(explanation: string, quote: string): string | null {
  let rest = explanation.trim();
  if (rest === '') return null;
  const at = quote.trim() === '' ? -1 : rest.indexOf(quote.trim());
  if (at < 0) return rest;
  const before = rest
    .slice(0, at)
    .replace(/["“„«「『‘\s]+$/u, '')
    .replace(LEAD_IN, '')
    .trim();
  const after = rest
    .slice(at + quote.trim().length)
    .replace(/^["”»」』’]+/u, '')
    .trim();
  rest = `${before} ${after}`.replace(EMPTY_QUOTES, '').replace(/\s+/gu, ' ').trim();
  // A verdict ("True.", "Vrai.") and a place say nothing the card does not show already.
  const words = rest.replace(WHERE, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length < 3 ? null : rest;
}
