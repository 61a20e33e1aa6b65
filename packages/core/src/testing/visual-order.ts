// Right-to-left lines as PDF producers draw them: glyphs are placed left to right in visual order, so a Hebrew
// line is stored reversed, while numbers and Latin words inside it keep their left-to-right order. This is the
// small part of the Unicode bidirectional algorithm that fixtures need (an RTL paragraph with RTL letters,
// digits, Latin words, spaces and punctuation); it is not a general implementation.

const RTL_LETTER = /[\p{Script=Hebrew}\p{Script=Arabic}]/u;
const LTR_LETTER_OR_DIGIT = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Nd}]/u;
// A left-to-right run: starts and ends with a Latin letter or digit; separators inside stay with it ("2,814").
const LTR_RUN =
  /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Nd}](?:[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Nd}.,:%\- ]*[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Nd}])?/gu;
const MIRRORED: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '<': '>', '>': '<' };

/** True when the paragraph's first strong character is right-to-left: it is laid out from the right. */
export function isRightToLeft(paragraph: string): boolean {
  for (const char of paragraph) {
    if (RTL_LETTER.test(char)) return true;
    if (LTR_LETTER_OR_DIGIT.test(char) && !/\p{Nd}/u.test(char)) return false;
  }
  return false;
}

/** The characters of one right-to-left line in the order they appear from left to right on the page. */
export function visualOrder(line: string): string {
  const units: string[] = [];
  let at = 0;
  for (const match of line.matchAll(LTR_RUN)) {
    for (const char of line.slice(at, match.index)) units.push(MIRRORED[char] ?? char);
    units.push(match[0]);
    at = match.index + match[0].length;
  }
  for (const char of line.slice(at)) units.push(MIRRORED[char] ?? char);
  return units.reverse().join('');
}
