// A text cut into runs of one face each (font fallback): every character is drawn by the face of its script;
// spaces, digits, punctuation and combining marks stay with the run around them when its face has them. What
// no installed face can draw is named by its script, and drawn as the base face's empty box.
import type { CjkRegion, FontFace, PrintFonts } from './print-fonts.js';
import { isNeutralScript, scriptOf } from './unicode-script.js';

/** Characters `start` to `end` (UTF-16 offsets) of the text, drawn with `face`. */
export interface FontRun {
  start: number;
  end: number;
  face: FontFace;
}

export interface FontRuns {
  runs: FontRun[];
  /** Scripts of the characters no installed face has ("Garay"). */
  missing: Set<string>;
}

interface Char {
  start: number;
  end: number;
  text: string;
  script: string;
  face: FontFace | null;
}

/** Cuts `text` into runs of one face; an empty result when there is no face at all to draw with. */
export async function fontRuns(text: string, fonts: PrintFonts, region: CjkRegion): Promise<FontRuns> {
  const missing = new Set<string>();
  const chars: Char[] = [];
  let at = 0;
  for (const char of text) {
    const script = scriptOf(char);
    const face = isNeutralScript(script) ? null : await fonts.faceFor(char, script, region);
    chars.push({ start: at, end: at + char.length, text: char, script, face });
    at += char.length;
  }
  const fallback = await fonts.fallback();
  for (const [i, char] of chars.entries()) {
    if (char.face) continue;
    const codePoint = char.text.codePointAt(0) ?? 0;
    const before = chars[i - 1]?.face;
    const after = chars.slice(i + 1).find((c) => !isNeutralScript(c.script))?.face;
    char.face =
      [before, after].find((face) => face?.font.hasGlyphForCodePoint(codePoint)) ??
      (await fonts.faceFor(char.text, isNeutralScript(char.script) ? 'Common' : char.script, region));
    if (!char.face && !/\s/u.test(char.text)) missing.add(char.script);
    char.face ??= before ?? fallback;
  }
  const runs: FontRun[] = [];
  for (const char of chars) {
    if (!char.face) continue;
    const last = runs.at(-1);
    if (last && last.face === char.face && last.end === char.start) last.end = char.end;
    else runs.push({ start: char.start, end: char.end, face: char.face });
  }
  return { runs, missing };
}
