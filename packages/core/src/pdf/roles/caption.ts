// Captions of figures, tables and listings: a short block that opens with a label word and its number, then a
// colon, a full stop or the caption itself ("Figure 3:", "Tabla 2.", "Abb. 4 –", "Table 3 Comparison", "图 3",
// "表 1-2"). The label is any short word: the shape, not an English vocabulary, makes the caption.

/**
 * Label (a short capitalised word, maybe abbreviated), number ("3", "1.10", "2-4"), then a colon, or a full stop
 * or dash and a space. Without that punctuation, "Debian 9 Stretch" reads just like "Table 3 Comparison".
 */
const LABELLED = /^\p{Lu}\p{Ll}{1,11}\.?\s?\d{1,3}(?:[.\-–]\d{1,3})?(?:\s?[:：]\s?\S|[.．]\s+\S|\s[–—|]\s)/u;
/** A CJK label (图, 表, 図, 그림) and its number: the label itself says caption, so no punctuation is needed. */
const CJK_LABELLED =
  /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}]{1,2}\s?\d{1,3}(?:[.\-–]\d{1,3})?(?:\s?[:：.．]|\s)\s?\S/u;
/** A caption is a sentence or two; a longer block opening like one is prose that starts with a reference. */
const MAX_CAPTION = 400;

export function isCaption(text: string): boolean {
  return text.length <= MAX_CAPTION && (LABELLED.test(text) || CJK_LABELLED.test(text));
}
