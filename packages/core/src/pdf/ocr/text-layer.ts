// Decides whether a page's text layer can be used as it is, before anything is made from it: a scanned page
// has none, and a page whose fonts lack a Unicode map (no ToUnicode, an Identity encoding, glyph ids instead of
// characters) yields control characters, private-use code points and U+FFFD instead of words. Questions made
// from that would be garbage, so such a page is read with OCR, or reported when OCR is off.

export type TextLayerStatus = 'text' | 'none' | 'no_unicode_map';

/** Fewer visible characters than this is no text layer: a page number or a running head on a scanned page. */
const MIN_CHARS = 20;
/** A text layer with at least this share of undecodable characters cannot be read. */
const MAX_UNDECODABLE = 0.3;
/**
 * Control characters never occur in real text: a few percent of them means glyph ids are being read as
 * characters (the space glyph, id 3, comes out as U+0003 between Caesar-shifted letters: "7KH\u0003FHOO").
 */
const MAX_CONTROLS = 0.05;

// C0 and C1 controls (except tab and line breaks), private use areas and the replacement character: what
// pdf.js yields for glyphs it cannot map to Unicode.
const UNDECODABLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is looked for
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uE000-\uF8FF\uFFFD\u{F0000}-\u{10FFFF}]/u;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is looked for
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const SPACE = /\s/u;

/** Judges the raw strings of a page's text items (before normalizeText removes the control characters). */
export function textLayerStatus(strings: Iterable<string>): TextLayerStatus {
  let visible = 0;
  let undecodable = 0;
  let controls = 0;
  for (const str of strings) {
    for (const char of str) {
      if (SPACE.test(char)) continue;
      visible++;
      if (UNDECODABLE.test(char)) {
        undecodable++;
        if (CONTROL.test(char)) controls++;
      }
    }
  }
  if (visible - undecodable < MIN_CHARS && undecodable < MIN_CHARS) return 'none';
  return undecodable / visible >= MAX_UNDECODABLE || controls / visible >= MAX_CONTROLS ? 'no_unicode_map' : 'text';
}
