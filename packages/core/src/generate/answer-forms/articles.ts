// A leading article: "the mitochondria", "la cellule", "l'ADN", "die Zelle", "los átomos". A person answering
// writes it or not; the answer is the same.
import { ANY_LANGUAGE_ARTICLES, type AnswerLanguage, ARTICLES } from './answer-language.js';

const APOSTROPHES = /[\u2019\u2018\u02BC`´]/g;

/** `text` without its leading article, or `text` itself when it has none or is nothing but an article. */
export function withoutArticle(text: string, language: AnswerLanguage | undefined): string {
  const articles = language ? ARTICLES[language] : ANY_LANGUAGE_ARTICLES;
  const head = text.replace(APOSTROPHES, "'").trimStart();
  for (const article of articles) {
    const elided = article.endsWith("'");
    if (head.length <= article.length || head.slice(0, article.length).toLowerCase() !== article) continue;
    const rest = head.slice(article.length);
    if (elided ? /^\s*[\p{L}\p{N}]/u.test(rest) : /^\s+[\p{L}\p{N}]/u.test(rest)) return rest.trim();
  }
  return text.trim();
}
