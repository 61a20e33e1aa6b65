// Captions of figures, tables and listings: a short block that opens with a label word and its number, then a
// colon, a full stop or a dash ("Figure 3:", "Tabla 2.", "Abb. 4 –", "表 1-2："), or a short CJK title ("图 3 系统结构").
// The label is any short word: the shape, not an English vocabulary, makes the caption.
import { SENTENCE_END } from './line-shape.js';

/**
 * Label (a short capitalised word, maybe abbreviated), number ("3", "1.10", "2-4"), then a colon, or a full stop
 * or dash and a space. Without that punctuation, "Debian 9 Stretch" reads just like "Table 3 Comparison".
 */
const LABELLED = /^\p{Lu}\p{Ll}{1,11}\.?\s?\d{1,3}(?:[.\-–]\d{1,3})?(?:\s?[:：]\s?\S|[.．]\s+\S|\s[–—|]\s)/u;
/**
 * A CJK label (图, 表, 図, 그림) and its number, then a colon or a full stop ("表 1-2：", "图 3."), or a short title
 * that is not a sentence ("图 3 系统结构"): a sentence that starts with a counted noun ("尽管 4 个 shell ...",
 * "在第 1.4.2 节，...") reads the same way up to its number.
 */
const CJK_LABELLED =
  /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}]{1,2}\s?\d{1,3}(?:[.\-–]\d{1,3})?(?:\s?[:：．]|\.\s)\s?\S/u;
const CJK_TITLED = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}]{1,2}\s?\d{1,3}(?:[.\-–]\d{1,3})?\s\S/u;
const MAX_CJK_TITLE = 40;
/** A caption is a sentence or two; a longer block opening like one is prose that starts with a reference. */
const MAX_CAPTION = 400;

export function isCaption(text: string): boolean {
  if (text.length > MAX_CAPTION) return false;
  if (LABELLED.test(text) || CJK_LABELLED.test(text)) return true;
  return CJK_TITLED.test(text) && text.length <= MAX_CJK_TITLE && !SENTENCE_END.test(text) && !/[，、]/u.test(text);
}
