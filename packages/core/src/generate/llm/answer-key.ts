// Whether a model's answer key follows from the sentence it quotes. Models write wrong keys (reviews of quizzes
// made by language models found about one in seven), and a wrong key taught to a class is worse than no
// question, so a key the quote does not state is refused:
// - the answer of a multiple choice, each answer of a multi-select, and at least one accepted answer of a short
//   answer must be stated in the quote: compared without case, accents, punctuation or thousands separators,
//   word by word (a word may differ from the quote's by an ending: "merchant", "merchants");
// - a "False" key needs a statement that is not what the quote says, and an explanation that corrects it with the
//   quote's own words (a word of the quote the statement lacks, or most of the quote).
import type { QuestionDraft } from '../../schemas/question.js';

/** Why the key does not follow from the quote, or null when it does. */
export function unsupportedKey(draft: QuestionDraft): string | null {
  const quote = draft.source.quote;
  switch (draft.type) {
    case 'multiple_choice':
    case 'multi_select': {
      const missing = draft.answer.find((a) => !statedIn(a, quote));
      return missing === undefined ? null : `the quote does not state the key "${missing.slice(0, 60)}"`;
    }
    case 'short_answer':
      return draft.answer.some((a) => statedIn(a, quote))
        ? null
        : `the quote states none of the accepted answers ("${(draft.answer[0] ?? '').slice(0, 60)}")`;
    case 'true_false':
      return draft.answer[0] === draft.choices[1] ? unsupportedFalse(draft, quote) : null;
  }
}

function unsupportedFalse(draft: QuestionDraft, quote: string): string | null {
  const statement = plain(statementOf(draft.prompt));
  const truth = plain(quote);
  if (statement === truth || ` ${truth} `.includes(` ${statement} `)) {
    return 'marked false, though the quote says the same';
  }
  const said = contentWords(statement);
  const correction = contentWords(truth).filter((w) => !said.some((s) => sameWord(s, w)));
  const explained = contentWords(plain(draft.explanation));
  const named = (w: string) => explained.some((e) => sameWord(e, w));
  if (correction.length > 0 ? correction.some(named) : contentWords(truth).filter(named).length * 2 >= said.length) {
    return null;
  }
  return 'marked false without a correction from the quote in its explanation';
}

/** The statement of a true-or-false prompt, without its label ("True or false:", "Vrai ou faux :"). */
function statementOf(prompt: string): string {
  const label = /^[^:：]{1,40}[:：]\s*/u.exec(prompt);
  return label ? prompt.slice(label[0].length) : prompt;
}

/** Whether `answer` is stated in `quote` (see the file's comment). */
export function statedIn(answer: string, quote: string): boolean {
  const a = plain(answer);
  const q = plain(quote);
  if (a === '') return false;
  if (` ${q} `.includes(` ${a} `)) return true;
  // Scripts written without spaces: a plain substring.
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(a)) {
    return q.replace(/ /g, '').includes(a.replace(/ /g, ''));
  }
  const words = contentWords(a);
  if (words.length === 0) return false;
  const quoted = q.split(' ');
  return words.every((w) => quoted.some((qw) => sameWord(qw, w)));
}

/** Lower case, no accents, no punctuation, digits without their thousands separators; words split by one space. */
function plain(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(?<=\d)[,.\u00A0\u202F' ](?=\d{3}(?!\d))/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words that carry meaning: three letters or more, or any number. */
function contentWords(text: string): string[] {
  return text.split(' ').filter((w) => w.length >= 3 || /\d/u.test(w));
}

/**
 * The same word, or one with a different ending (plural, case ending) on a stem of four letters or more; a
 * number only as itself.
 */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (/\d/u.test(a) || /\d/u.test(b)) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 3;
}
