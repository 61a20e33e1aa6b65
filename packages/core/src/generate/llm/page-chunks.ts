// Splits a page too long for one call into chunks, and shares the page's questions among them. Chunks end at
// the best boundary available (paragraph, then sentence, then word) so a supporting sentence is rarely cut;
// each chunk is a slice of the page, so a quote from a chunk is a quote from the page.

/** Text units that end a sentence in the scripts quizstream reads (Latin, CJK, Devanagari, Arabic...). */
const SENTENCE_END = /[.!?。！？।؟][)"'\u201D\u2019\]]*\s+|[。！？]/gu;

/** Splits `text` into slices of at most `maxChars` characters, cutting at the last good boundary of each. */
export function splitPage(text: string, maxChars: number): string[] {
  const chunks: string[] = [];
  let rest = text.trim();
  while (rest.length > maxChars) {
    const cut = bestCut(rest, maxChars);
    chunks.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest.length > 0 || chunks.length === 0) chunks.push(rest);
  return chunks;
}

function bestCut(text: string, maxChars: number): number {
  const window = text.slice(0, maxChars);
  // A boundary in the first half would leave a tiny chunk; accept it only when nothing better exists.
  const floor = Math.floor(maxChars / 2);
  const paragraph = window.lastIndexOf('\n');
  if (paragraph >= floor) return paragraph + 1;
  let sentence = -1;
  for (const m of window.matchAll(SENTENCE_END)) sentence = m.index + m[0].length;
  if (sentence >= floor) return sentence;
  const space = window.lastIndexOf(' ');
  if (space >= floor) return space + 1;
  return maxChars;
}

/**
 * Shares `total` questions among chunks in proportion to their length (largest remainders get the rest), so
 * a short tail chunk is not asked for as many questions as a full one. Chunks may get 0 when there are more
 * chunks than questions.
 */
export function shareQuestions(total: number, chunkLengths: number[]): number[] {
  const sum = chunkLengths.reduce((a, b) => a + b, 0);
  if (sum === 0) return chunkLengths.map((_, i) => (i === 0 ? total : 0));
  const exact = chunkLengths.map((len) => (total * len) / sum);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left === 0) break;
    shares[i]! += 1;
    left -= 1;
  }
  return shares;
}
