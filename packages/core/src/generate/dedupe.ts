// Drops questions a quiz already has, across pages and across generators.
// Two questions are duplicates when their prompts are the same once case, punctuation and blanks are
// ignored, or when they test the same answer from the same source sentence (a multiple-choice and a
// short-answer question blanking the same term of the same sentence teach the same thing once).
import type { QuestionDraft } from '../schemas/question.js';

/** Prompts sharing this fraction of their words (and the same answer) are near-duplicates. */
const NEAR_DUPLICATE_OVERLAP = 0.85;

type Comparable = Pick<QuestionDraft, 'type' | 'prompt' | 'answer' | 'source'>;

export class QuestionDeduper {
  readonly #prompts = new Set<string>();
  readonly #sourceAnswers = new Set<string>();
  /** Prompt word sets by bucket (mostly the answer): near-duplicates are looked for only within a bucket. */
  readonly #wordsByBucket = new Map<string, Set<string>[]>();

  /** Starts with the questions a job already emitted (e.g. when it resumes from a checkpoint). */
  constructor(existing: Iterable<Comparable> = []) {
    for (const q of existing) this.add(q);
  }

  get size(): number {
    return this.#prompts.size;
  }

  /** True when `draft` duplicates a question seen before; otherwise remembers it and returns false. */
  isDuplicate(draft: Comparable): boolean {
    const k = keys(draft);
    if (this.#has(k)) return true;
    this.#add(k);
    return false;
  }

  /** True when `draft` duplicates a question seen before, without remembering it. */
  has(draft: Comparable): boolean {
    return this.#has(keys(draft));
  }

  /** Remembers `draft` unconditionally. */
  add(draft: Comparable): void {
    this.#add(keys(draft));
  }

  #has(k: Keys): boolean {
    if (this.#prompts.has(k.prompt) || this.#sourceAnswers.has(k.sourceAnswer)) return true;
    const bucket = this.#wordsByBucket.get(k.bucket) ?? [];
    return bucket.some((seen) => overlap(seen, k.words) >= NEAR_DUPLICATE_OVERLAP);
  }

  #add(k: Keys): void {
    this.#prompts.add(k.prompt);
    this.#sourceAnswers.add(k.sourceAnswer);
    const list = this.#wordsByBucket.get(k.bucket);
    if (list) list.push(k.words);
    else this.#wordsByBucket.set(k.bucket, [k.words]);
  }
}

interface Keys {
  prompt: string;
  sourceAnswer: string;
  words: Set<string>;
  bucket: string;
}

function keys(draft: Comparable): Keys {
  const prompt = promptKey(draft.prompt);
  const words = wordSet(prompt);
  return { prompt, sourceAnswer: sourceAnswerKey(draft), words, bucket: bucketKey(draft, words) };
}

/** Letters and digits only, lowercased: quotes, dashes, blanks and spacing never make two questions differ. */
function canonical(text: string): string {
  if (text === lastCanonical.text) return lastCanonical.value;
  const value = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  lastCanonical = { text, value };
  return value;
}

/** Consecutive questions usually share their quote; remembering the last one halves the work. */
let lastCanonical = { text: '', value: '' };

function promptKey(prompt: string): string {
  return canonical(prompt);
}

/** What the question asks for: a short answer's first entry is the term, the rest are accepted variants. */
function answerKey(draft: Comparable): string {
  const answers = draft.type === 'short_answer' ? draft.answer.slice(0, 1) : draft.answer;
  return answers.map(canonical).sort().join('|');
}

/** A true and a false statement made from the same sentence test the same fact, so the truth value is ignored. */
function sourceAnswerKey(draft: Comparable): string {
  const answer = draft.type === 'true_false' ? 'true_false' : answerKey(draft);
  return `${draft.source.page}\u0000${canonical(draft.source.quote)}\u0000${answer}`;
}

/**
 * Near-duplicates share their answer, so that is the bucket; true/false answers are shared by half the quiz,
 * so those are bucketed by the prompt's three longest words instead, which near-identical prompts share too.
 */
function bucketKey(draft: Comparable, words: Set<string>): string {
  if (draft.type !== 'true_false') return `a:${answerKey(draft)}`;
  const longest = [...words].sort((x, y) => y.length - x.length || (x < y ? -1 : 1)).slice(0, 3);
  return `w:${longest.sort().join('|')}`;
}

function wordSet(key: string): Set<string> {
  return new Set(key.split(' ').filter((w) => w.length > 0));
}

/** Overlap coefficient: shared words over the smaller set, so a prompt with an extra clause still matches. */
function overlap(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}
