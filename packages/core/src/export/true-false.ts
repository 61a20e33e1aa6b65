// Which choice of a true/false question means "true": Moodle and GIFT store the answer as a boolean, while
// the generators write the two choices in the question's own language ("Vrai"/"Faux", "正确"/"错误").

// Words for true and false in the languages the generators are asked for, lower-cased.
// biome-ignore format: word lists read better packed
const TRUE_WORDS = new Set([
  'true', 't', 'yes', 'vrai', 'wahr', 'richtig', 'verdadero', 'cierto', 'vero', 'verdadeiro', 'waar', 'prawda',
  'pravda', 'sant', 'rigtigt', 'riktig', 'igaz', 'doğru', 'totta', 'adevărat', 'αληθές', 'σωστό', 'верно',
  'правда', 'правильно', 'так', '正确', '正確', '对', '對', '是', '正しい', '正', '참', '맞음', 'נכון', 'صحيح',
  'सत्य', 'सही', 'benar', 'đúng', 'จริง',
]);
// biome-ignore format: word lists read better packed
const FALSE_WORDS = new Set([
  'false', 'f', 'no', 'faux', 'falsch', 'falso', 'sbagliato', 'onwaar', 'fałsz', 'nepravda', 'falskt', 'falsk',
  'forkert', 'hamis', 'yanlış', 'epätosi', 'fals', 'ψευδές', 'λάθος', 'неверно', 'ложь', 'неправильно', 'хибно',
  '错误', '錯誤', '错', '錯', '否', '誤り', '偽', '誤', '거짓', '틀림', 'לא נכון', 'خطأ', 'असत्य', 'गलत', 'salah',
  'sai', 'เท็จ',
]);

function normalize(word: string): string {
  return word
    .trim()
    .toLowerCase()
    .replace(/[.!。！]+$/u, '');
}

/**
 * Whether the question's answer is "true", or null when its choices are not a true/false pair (then the
 * exporters fall back to a multiple-choice question, which loses nothing).
 */
export function answerIsTrue(choices: readonly string[], answer: string): boolean | null {
  if (choices.length !== 2) return null;
  const [first, second] = choices as [string, string];
  const other = answer === first ? second : first;
  if (TRUE_WORDS.has(normalize(answer)) || FALSE_WORDS.has(normalize(other))) return true;
  if (FALSE_WORDS.has(normalize(answer)) || TRUE_WORDS.has(normalize(other))) return false;
  // The generators list "True" first in whatever language they write it.
  return answer === first;
}
