// Multi-select from a list in a sentence ("found in plants, animals and fungi"): the whole list is blanked,
// its items are the right choices, and terms of the same kind from elsewhere in the document are the wrong
// ones. Sentences without such a list give no multi-select question.
import { cloze } from './cloze.js';
import { distractorsFor } from './distractors.js';
import type { Draft } from './multiple-choice.js';
import type { AnalyzedPage } from './nlp.js';
import { shuffled } from './seeded-random.js';
import { type BuildContext, inContext, type SourceSentence } from './source-sentence.js';
import type { Term } from './term.js';

const MAX_CHOICES = 6;
const MIN_WRONG = 2;

export function multiSelect(sentence: SourceSentence, page: AnalyzedPage, ctx: BuildContext): Draft | null {
  const list = findList(sentence.terms, page);
  if (!list) return null;
  const wrong = distractorsFor(list[0]!, sentence, ctx, Math.max(MIN_WRONG, MAX_CHOICES - list.length), list);
  if (wrong.length < MIN_WRONG) return null;
  const right = list.map((t) => t.display);
  return {
    type: 'multi_select',
    prompt: `Which of the following complete the statement? Select all that apply. ${cloze(sentence, list)}`,
    choices: shuffled([...right, ...wrong], ctx.random),
    answer: right,
    explanation: inContext(sentence),
    source: { page: sentence.page, quote: sentence.text },
  };
}

/**
 * The longest run of same-kind terms joined only by commas and a final "and"/"or" ("A, B and C", "A and B"),
 * or null. Numbers are left out: "1856 and 1863" is a range, not a list of things.
 */
export function findList(terms: readonly Term[], page: AnalyzedPage): Term[] | null {
  let best: Term[] | null = null;
  let run: Term[] = [];
  // Two nouns joined by "or" are as often a verb mis-tagged as a noun ("remains at rest or moves") as a list.
  const close = () => {
    const long = run.length >= (run[0]?.kind === 'noun' ? 3 : 2);
    if (long && endsWithConjunction(run, page) && (!best || run.length > best.length)) best = run;
  };
  for (const term of terms) {
    const prev = run[run.length - 1];
    if (prev && prev.kind === term.kind && joinedByListSeparator(prev, term, page)) {
      run.push(term);
    } else {
      close();
      run = ['noun', 'person', 'place', 'organization', 'nationality', 'acronym'].includes(term.kind) ? [term] : [];
    }
  }
  close();
  return best;
}

function separator(a: Term, b: Term, page: AnalyzedPage): string[] {
  const out: string[] = [];
  for (let i = a.end + 1; i < b.start; i++) out.push(page.tokens[i]!.normal);
  return out;
}

function joinedByListSeparator(a: Term, b: Term, page: AnalyzedPage): boolean {
  const sep = separator(a, b, page).join(' ');
  return sep === ',' || sep === 'and' || sep === 'or' || sep === ', and' || sep === ', or';
}

function endsWithConjunction(run: Term[], page: AnalyzedPage): boolean {
  const sep = separator(run[run.length - 2]!, run[run.length - 1]!, page);
  return sep.includes('and') || sep.includes('or');
}
