// Facts about the whole page that single sentences are judged by: which adjective+noun pairs recur (a term,
// like "natural selection") and which words are capitalized mid-sentence (names, even where a sentence
// starts with them: "Robespierre himself was arrested").
import type { AnalyzedPage } from './nlp.js';

export interface PageContext {
  /** How often each "adjective noun" lemma pair occurs on the page. */
  pairCounts: Map<string, number>;
  /** Lowercased words the page writes capitalized somewhere other than at a sentence start. */
  midSentenceCapitals: Set<string>;
}

export function pageContext(page: AnalyzedPage): PageContext {
  const pairCounts = new Map<string, number>();
  const midSentenceCapitals = new Set<string>();
  const { tokens } = page;
  const sentenceStarts = new Set(page.sentences.map((s) => s.start));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (next && t.pos === 'ADJ' && next.pos === 'NOUN') {
      const key = `${t.lemma} ${next.lemma}`;
      pairCounts.set(key, (pairCounts.get(key) ?? 0) + 1);
    }
    const prev = tokens[i - 1]?.value ?? '';
    if (!sentenceStarts.has(i) && !t.stop && /^\p{Lu}\p{Ll}/u.test(t.value) && !/^[":\u201C(]$/.test(prev)) {
      midSentenceCapitals.add(t.normal);
    }
  }
  return { pairCounts, midSentenceCapitals };
}
