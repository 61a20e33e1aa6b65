// Whether a sentence of a language without a parser states something: a heading, a caption or a list item
// ("Die Lernziele der heutigen Vorlesung.") has no verb, and a true/false item needs a proposition. Without a
// tagger the test is a finite verb from a short list of the commonest ones (to be, to have, can, must...) in
// the languages the product reads most; a statement without one is passed over, which costs some good
// sentences and keeps headings out.

const LATIN_VERBS = new Set(
  [
    // French
    'est sont était étaient sera seront fut a ont avait avaient aura peut peuvent doit doivent fait font permet permettent contient contiennent utilise utilisent devient reste',
    // German
    'ist sind war waren wird werden wurde wurden hat haben hatte hatten kann können konnte muss müssen gibt gab enthält bedeutet heißt bleibt',
    // Spanish
    'es son fue fueron era eran será serán ha han había habían puede pueden debe deben está están estaba tiene tienen tenía hay permite contiene utiliza',
    // Italian, Portuguese, Dutch
    'è sono fu era erano ha hanno può possono deve devono é são foi eram tem têm pode podem deve devem is zijn was waren heeft hebben kan kunnen moet moeten wordt worden werd',
  ]
    .join(' ')
    .split(' '),
);
const CJK_VERBS =
  /是|有|为|為|在|可以|能|会|會|将|將|使用|提供|包含|需要|允许|允許|表示|称为|稱為|成为|成為|用于|用於|发布|發布|支持|です|ます|である|した|する|される|いる|ある|なる|できる/u;

/**
 * True when the sentence has a finite verb the short lists know, or is in a script they do not cover (Cyrillic,
 * Greek, Hebrew, Arabic...: there every sentence is taken as a statement, as before).
 */
export function hasStatementVerb(sentence: string): boolean {
  const letters = sentence.match(/\p{L}/gu)?.length ?? 0;
  const latin = sentence.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const cjk = sentence.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  if (cjk > 0 && cjk >= latin) return CJK_VERBS.test(sentence);
  if (latin * 2 < letters) return true;
  const words = sentence.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.some((w) => LATIN_VERBS.has(w));
}
