// The document's own titles ("Debian 参考手册", "An Introduction to R", "The Debian GNU/Linux FAQ"): a sentence
// that names one speaks of the document (its editions, its authors, its history), not of its subject, and
// readers rejected such questions as trivia. Used by both offline generators.

/** Words that make a title a document's own ("Debian Reference", "Guide", "手册"), in the languages read. */
const DOCUMENT_WORDS =
  /(?<!\p{L})(?:manual|guide|handbook|reference|faq|introduction|tutorial|primer|notes|manuel|référence|guía|referencia|handbuch|referenz|leitfaden|anleitung|guida|manuale|riferimento|guia|referência|handleiding)(?!\p{L})|手册|手冊|指南|参考|參考|マニュアル|ガイド|руководство|справочник/iu;

/**
 * A title line that names a document as a document, with something besides that word: "Debian 参考手册", "An
 * Introduction to R"; not a heading "Introduction" or "Notes", which sentences use in passing.
 */
export function namesADocument(line: string): boolean {
  if (line.length < 6 || !DOCUMENT_WORDS.test(line)) return false;
  const rest = line.replace(new RegExp(DOCUMENT_WORDS.source, 'giu'), ' ');
  return /\p{L}{2}|\p{Lu}|\p{Script=Han}/u.test(rest.replace(/(?<!\p{L})(?:an?|the|to|of|on|for)(?!\p{L})/giu, ' '));
}

/** The sentence names one of the document's own titles: it speaks of the document, not of its subject. */
export function namesOwnTitle(sentence: string, titles: readonly string[]): boolean {
  const fold = (t: string) => t.toLowerCase().replace(/\s+/gu, ' ');
  const text = fold(sentence);
  return titles.some((t) => text.includes(fold(t)));
}
