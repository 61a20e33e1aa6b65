// The parts of a question's text the detectors read: the statement without the instruction before it, the
// blank, and words. Written from the question format (schemas/question.ts), not from any generator's code.
import type { Question } from '@quizstream/core/schemas';

/** A blank to fill: three or more underscores. */
export const BLANK = /_{3,}/;

/** Instructions that may open a prompt before the statement itself ("True or false: ..."). */
const INSTRUCTION =
  /^\u200F?(?:true or false|true\/false|fill in the blanks?|complete(?: the)? (?:sentence|statement)|vrai ou faux|richtig oder falsch|verdadero o falso|vero o falso|verdadeiro ou falso|waar of onwaar|верно или неверно|правильно чи хибно|σωστό ή λάθος|صحيح أم خطأ|נכון או לא נכון|判断正误|判斷正誤|正しいか誤りか|참 또는 거짓|complétez|ergänzen sie die lücke|complete el espacio en blanco|completa lo spazio vuoto|preencha a lacuna|vul het ontbrekende woord in|заполните пропуск|заповніть пропуск|συμπληρώστε το κενό|املأ الفراغ|השלימו את החסר|填空|空欄を埋めてください|빈칸을 채우세요)(?:\s*[(（][^)）]*[)）])?\s*[:?.：]\s*/iu;

/** The statement a prompt asks about: without its instruction, and unwrapped from quote marks. */
export function stemOf(prompt: string): string {
  let stem = prompt.trim().replace(INSTRUCTION, '');
  const quoted = /^["\u201C\u00AB\u201E\u300C]\s*(.*?)\s*["\u201D\u00BB\u201C\u300D]$/su.exec(stem);
  if (quoted) stem = quoted[1]!;
  return stem.trim();
}

export function hasBlank(question: Pick<Question, 'prompt'>): boolean {
  return BLANK.test(question.prompt);
}

/** Words (letters, with inner digits, apostrophes or hyphens), lowercase. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}[\p{L}\p{M}\p{N}'’-]*/gu) ?? [];
}

/** Crude plural folding, enough to see that "filters" and "filter" are one word. */
export function wordStem(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(?:ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** Text without spaces between words (Chinese, Japanese, Thai...): words cannot be told apart by spaces. */
export function isUnspaced(text: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(text);
}

/** Word count for coverage: Latin-like words, plus CJK characters at two per word. */
export function wordCount(text: string): number {
  const cjk = (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
  const other = text.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, ' ');
  return wordsOf(other).length + Math.floor(cjk / 2);
}

/** For comparing prompts: lowercase words and numbers only. */
export function normalizePrompt(prompt: string): string {
  return (prompt.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}
