// Text normalization for matching a quote against a page, keeping a map back to the original offsets.
// Extraction and generators render the same words differently: PDF ligatures (ﬁ), curly quotes, words split
// by a hyphen at a line break, runs of whitespace. Both sides go through this function, so a quote matches its
// page however either side spelled those. (pdf/normalize-text.ts cleans the page once at extraction; this is
// deliberately independent of it, because quotes from any generator — an LLM included — reach the job runner
// and must be judged by the same rule even if extraction changes.)

const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
  '\u0132': 'IJ',
  '\u0133': 'ij',
  '\u0152': 'OE',
  '\u0153': 'oe',
};

/** Single characters replaced by another: quotes and dashes straightened, no-break space made a space. */
const REPLACEMENTS = new Map<number, string>();
for (const c of '\u2018\u2019\u201A\u201B\u2032\u00B4\u0060') REPLACEMENTS.set(c.charCodeAt(0), "'");
for (const c of '\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB') REPLACEMENTS.set(c.charCodeAt(0), '"');
for (const c of '\u2010\u2011\u2012\u2013\u2014\u2015\u2212') REPLACEMENTS.set(c.charCodeAt(0), '-');
/** Characters that carry nothing visible: soft hyphen, zero-width spaces and joiners, BOM. */
const INVISIBLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const LETTER = /\p{L}/u;

export interface MatchText {
  /** The normalized text. */
  text: string;
  /** For each character of `text`, the offset of the character of the original it came from. */
  offsets: number[];
}

/** Whitespace collapsed, ligatures expanded, quotes and dashes straightened, hyphens inside words dropped. */
export function normalizeForMatch(input: string): MatchText {
  let text = '';
  const offsets: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (INVISIBLE.has(code)) continue;
    if (isSpace(code)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    // "photo-\nsynthesis", "photo- synthesis" and "photosynthesis" must all match: a hyphen between two letters
    // (maybe followed by a line break) is dropped with its whitespace. Dropping it everywhere, not only at line
    // breaks, also makes "membrane-\nbound" match "membrane-bound" whichever way extraction joined it.
    if (isHyphen(code) && pendingSpace < 0 && isWordHyphen(input, i, text)) {
      i = skipWhitespace(input, i + 1) - 1;
      continue;
    }
    if (pendingSpace >= 0) {
      if (text.length > 0) {
        text += ' ';
        offsets.push(pendingSpace);
      }
      pendingSpace = -1;
    }
    const mapped = LIGATURES[input[i]!] ?? REPLACEMENTS.get(code) ?? input[i]!;
    text += mapped;
    for (let k = 0; k < mapped.length; k++) offsets.push(i);
  }
  return { text, offsets };
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x3000
  );
}

function isHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011;
}

function isWordHyphen(input: string, i: number, soFar: string): boolean {
  const before = soFar[soFar.length - 1];
  if (!before || !LETTER.test(before)) return false;
  const after = input[skipWhitespace(input, i + 1)];
  return after !== undefined && LETTER.test(after);
}

function skipWhitespace(input: string, from: number): number {
  let j = from;
  while (j < input.length && isSpace(input.charCodeAt(j))) j++;
  return j;
}
