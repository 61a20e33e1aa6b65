// Which way a text runs, for formats that show it as HTML (Moodle XML, QTI): the direction of its first strong
// letter, as the Unicode bidirectional algorithm sets a paragraph's (rules P2, P3). An Arabic or Hebrew question
// marked right to left keeps its punctuation and its Latin words where a reader of it expects them.

/** Letters of the scripts written right to left. */
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
/** The first letter of the text (digits and punctuation have no direction of their own). */
const FIRST_LETTER = /\p{L}/u;

/** Whether `text` is written right to left: its first letter is Arabic, Hebrew, Syriac, Thaana or N'Ko. */
export function isRightToLeft(text: string): boolean {
  const first = FIRST_LETTER.exec(text)?.[0];
  return first !== undefined && RIGHT_TO_LEFT.test(first);
}

/** The `dir` attribute for HTML holding `text`: `{ dir: 'rtl' }` or nothing (left to right is HTML's default). */
export function directionAttrs(text: string): { dir?: 'rtl' } {
  return isRightToLeft(text) ? { dir: 'rtl' } : {};
}
