// The words around a question in the language it is asked in: "Vrai ou faux :", "Richtig oder falsch:",
// "正しいか誤りか：", with each language's quotation marks and punctuation (a space before the colon in French,
// corner brackets in Japanese, guillemets in Russian). Languages without an entry are asked in English.

import type { EntryKind } from '../entries.js';

export type HintKind = 'year' | 'number' | 'name' | 'word' | 'term';

export interface Wording {
  /** BCP 47 primary tag this wording is for. */
  language: string;
  /** "Fill in the blank (a year): “…”" */
  fillBlank(sentence: string, hint?: HintKind): string;
  /** "True or false: …" */
  trueFalse(statement: string): string;
  /** The two choices of a true/false question, true first. */
  truth: readonly [string, string];
  /** "Page 4 states: “…”" */
  pageStates(page: number, sentence: string): string;
  /** The explanation of a true/false question: "False. Page 4 states: “…”" */
  verdict(truth: boolean, page: number, sentence: string): string;
  /**
   * A prompt of `fillBlank` or `trueFalse` naming what its sentence is about, beside the hint if it has one:
   * "Правильно чи хибно (find): …", "Заповніть пропуск (ssh, рік): …". Any other text is returned as it is.
   */
  about(prompt: string, topic: string): string;
  /** The same, naming the section the sentence is in, in the language's quotation marks. */
  aboutSection(prompt: string, heading: string): string;
  /**
   * "Choose the option of tar described here: “Do not recurse into directories.”": which entry of a manual's
   * list (entries.ts) a description is of, of the program when the manual page names one.
   */
  whichEntry(kind: EntryKind, description: string, program?: string): string;
}

interface Words {
  fill: string;
  hints: Record<HintKind, string>;
  trueFalse: string;
  truth: readonly [string, string];
  states: (page: number) => string;
  /** Opening and closing quotation marks. */
  quotes: readonly [string, string];
  /** What goes between a label and what follows: ": ", " : " (French), "：" (Chinese, Japanese). */
  colon: string;
  /** Around a hint: " (", ")" or "（", "）". */
  parens: readonly [string, string];
  /** Full stop after the verdict: "." or "。". */
  stop?: string;
  /** "Choose the option of tar described here", of a program or of none (entries.ts). */
  entry: Record<EntryKind, (program?: string) => string>;
}

/** The same wording of each kind of entry, the kind's word set in: "Choose the {option} of tar described here". */
function entries(
  words: Record<EntryKind, string>,
  phrase: (word: string, program: string | undefined, kind: EntryKind) => string,
): Record<EntryKind, (program?: string) => string> {
  const of = (kind: EntryKind) => (program?: string) => phrase(words[kind], program, kind);
  return { option: of('option'), variable: of('variable'), setting: of('setting') };
}

// biome-ignore format: one language a block reads better
const WORDS: Record<string, Words> = {
  en: { fill: 'Fill in the blank', hints: { year: 'a year', number: 'a number', name: 'a name', word: 'one word', term: 'a term' }, trueFalse: 'True or false', truth: ['True', 'False'], states: (p) => `Page ${p} states`, quotes: ['"', '"'], colon: ': ', parens: [' (', ')'], entry: entries({ option: 'option', variable: 'variable', setting: 'setting' }, (k, p) => `Choose the ${k}${p ? ` of ${p}` : ''} described here`) },
  fr: { fill: 'Complétez', hints: { year: 'une année', number: 'un nombre', name: 'un nom', word: 'un mot', term: 'un terme' }, trueFalse: 'Vrai ou faux', truth: ['Vrai', 'Faux'], states: (p) => `La page ${p} indique`, quotes: ['«\u00A0', '\u00A0»'], colon: '\u00A0: ', parens: [' (', ')'], entry: entries({ option: 'l’option', variable: 'la variable', setting: 'le paramètre' }, (k, p, kind) => `Choisissez ${k}${p ? ` de ${p}` : ''} ${kind === 'setting' ? 'décrit' : 'décrite'} ici`) },
  de: { fill: 'Ergänzen Sie die Lücke', hints: { year: 'ein Jahr', number: 'eine Zahl', name: 'ein Name', word: 'ein Wort', term: 'ein Begriff' }, trueFalse: 'Richtig oder falsch', truth: ['Richtig', 'Falsch'], states: (p) => `Seite ${p}`, quotes: ['„', '“'], colon: ': ', parens: [' (', ')'], entry: entries({ option: 'die hier beschriebene Option', variable: 'die hier beschriebene Variable', setting: 'die hier beschriebene Einstellung' }, (k, p) => `Wählen Sie ${k}${p ? ` von ${p}` : ''}`) },
  es: { fill: 'Complete el espacio en blanco', hints: { year: 'un año', number: 'un número', name: 'un nombre', word: 'una palabra', term: 'un término' }, trueFalse: 'Verdadero o falso', truth: ['Verdadero', 'Falso'], states: (p) => `La página ${p} dice`, quotes: ['«', '»'], colon: ': ', parens: [' (', ')'], entry: entries({ option: 'la opción', variable: 'la variable', setting: 'el parámetro' }, (k, p) => `Elija ${k}${p ? ` de ${p}` : ''} que se describe aquí`) },
  it: { fill: 'Completa lo spazio vuoto', hints: { year: 'un anno', number: 'un numero', name: 'un nome', word: 'una parola', term: 'un termine' }, trueFalse: 'Vero o falso', truth: ['Vero', 'Falso'], states: (p) => `La pagina ${p} afferma`, quotes: ['«', '»'], colon: ': ', parens: [' (', ')'], entry: entries({ option: 'l’opzione', variable: 'la variabile', setting: 'il parametro' }, (k, p, kind) => `Scegli ${k}${p ? ` di ${p}` : ''} ${kind === 'setting' ? 'descritto' : 'descritta'} qui`) },
  pt: { fill: 'Preencha a lacuna', hints: { year: 'um ano', number: 'um número', name: 'um nome', word: 'uma palavra', term: 'um termo' }, trueFalse: 'Verdadeiro ou falso', truth: ['Verdadeiro', 'Falso'], states: (p) => `A página ${p} afirma`, quotes: ['«', '»'], colon: ': ', parens: [' (', ')'], entry: entries({ option: 'a opção', variable: 'a variável', setting: 'o parâmetro' }, (k, p, kind) => `Escolha ${k}${p ? ` de ${p}` : ''} ${kind === 'setting' ? 'descrito' : 'descrita'} aqui`) },
  nl: { fill: 'Vul het ontbrekende woord in', hints: { year: 'een jaartal', number: 'een getal', name: 'een naam', word: 'één woord', term: 'een term' }, trueFalse: 'Waar of onwaar', truth: ['Waar', 'Onwaar'], states: (p) => `Pagina ${p} vermeldt`, quotes: ['“', '”'], colon: ': ', parens: [' (', ')'], entry: entries({ option: 'optie', variable: 'variabele', setting: 'instelling' }, (k, p) => `Kies de hier beschreven ${k}${p ? ` van ${p}` : ''}`) },
  ru: { fill: 'Заполните пропуск', hints: { year: 'год', number: 'число', name: 'имя', word: 'одно слово', term: 'термин' }, trueFalse: 'Верно или неверно', truth: ['Верно', 'Неверно'], states: (p) => `На странице ${p} сказано`, quotes: ['«', '»'], colon: ': ', parens: [' (', ')'], entry: entries({ option: 'параметр', variable: 'переменную', setting: 'настройку' }, (k, p, kind) => `Выберите ${k}${p ? ` ${p}` : ''}, ${kind === 'option' ? 'описанный' : 'описанную'} здесь`) },
  uk: { fill: 'Заповніть пропуск', hints: { year: 'рік', number: 'число', name: 'ім’я', word: 'одне слово', term: 'термін' }, trueFalse: 'Правильно чи хибно', truth: ['Правильно', 'Хибно'], states: (p) => `На сторінці ${p} сказано`, quotes: ['«', '»'], colon: ': ', parens: [' (', ')'], entry: entries({ option: 'параметр', variable: 'змінну', setting: 'налаштування' }, (k, p, kind) => `Виберіть ${k}${p ? ` ${p}` : ''}, ${kind === 'option' ? 'описаний' : kind === 'variable' ? 'описану' : 'описане'} тут`) },
  el: { fill: 'Συμπληρώστε το κενό', hints: { year: 'έτος', number: 'αριθμός', name: 'όνομα', word: 'μία λέξη', term: 'όρος' }, trueFalse: 'Σωστό ή λάθος', truth: ['Σωστό', 'Λάθος'], states: (p) => `Η σελίδα ${p} αναφέρει`, quotes: ['«', '»'], colon: ': ', parens: [' (', ')'], entry: entries({ option: 'την επιλογή', variable: 'τη μεταβλητή', setting: 'τη ρύθμιση' }, (k, p) => `Διαλέξτε ${k}${p ? ` του ${p}` : ''} που περιγράφεται εδώ`) },
  ar: { fill: 'املأ الفراغ', hints: { year: 'سنة', number: 'رقم', name: 'اسم', word: 'كلمة واحدة', term: 'مصطلح' }, trueFalse: 'صحيح أم خطأ', truth: ['صحيح', 'خطأ'], states: (p) => `تنص الصفحة ${p}`, quotes: ['«', '»'], colon: ': ', parens: [' (', ')'], entry: entries({ option: 'الخيار', variable: 'المتغير', setting: 'الإعداد' }, (k, p) => (p ? `اختر ${k.slice(2)} ${p} الموصوف هنا` : `اختر ${k} الموصوف هنا`)) },
  he: { fill: 'השלימו את החסר', hints: { year: 'שנה', number: 'מספר', name: 'שם', word: 'מילה אחת', term: 'מונח' }, trueFalse: 'נכון או לא נכון', truth: ['נכון', 'לא נכון'], states: (p) => `בעמוד ${p} נאמר`, quotes: ['"', '"'], colon: ': ', parens: [' (', ')'], entry: entries({ option: 'האפשרות', variable: 'המשתנה', setting: 'ההגדרה' }, (k, p, kind) => `בחרו את ${k}${p ? ` של ${p}` : ''} ${kind === 'variable' ? 'המתואר' : 'המתוארת'} כאן`) },
  zh: { fill: '填空', hints: { year: '年份', number: '数字', name: '名称', word: '一个词', term: '术语' }, trueFalse: '判断正误', truth: ['正确', '错误'], states: (p) => `第 ${p} 页写道`, quotes: ['“', '”'], colon: '：', parens: ['（', '）'], stop: '。', entry: entries({ option: '选项', variable: '环境变量', setting: '设置' }, (k, p) => `选择此处描述的${p ? ` ${p} ` : ''}${k}`) },
  'zh-Hant': { fill: '填空', hints: { year: '年份', number: '數字', name: '名稱', word: '一個詞', term: '術語' }, trueFalse: '判斷正誤', truth: ['正確', '錯誤'], states: (p) => `第 ${p} 頁寫道`, quotes: ['「', '」'], colon: '：', parens: ['（', '）'], stop: '。', entry: entries({ option: '選項', variable: '環境變數', setting: '設定' }, (k, p) => `選擇此處描述的${p ? ` ${p} ` : ''}${k}`) },
  ja: { fill: '空欄を埋めてください', hints: { year: '年', number: '数', name: '名前', word: '一語', term: '用語' }, trueFalse: '正しいか誤りか', truth: ['正しい', '誤り'], states: (p) => `${p}ページの記述`, quotes: ['「', '」'], colon: '：', parens: ['（', '）'], stop: '。', entry: entries({ option: 'オプション', variable: '環境変数', setting: '設定' }, (k, p) => `ここで説明されている${p ? ` ${p} の` : ''}${k}を選んでください`) },
  ko: { fill: '빈칸을 채우세요', hints: { year: '연도', number: '숫자', name: '이름', word: '한 단어', term: '용어' }, trueFalse: '참 또는 거짓', truth: ['참', '거짓'], states: (p) => `${p}쪽의 내용`, quotes: ['“', '”'], colon: ': ', parens: [' (', ')'], entry: entries({ option: '옵션', variable: '환경 변수', setting: '설정' }, (k, p, kind) => `여기에서 설명하는${p ? ` ${p}` : ''} ${k}${kind === 'variable' ? '를' : '을'} 고르세요`) },
};

/** Right-to-left scripts: a question starts with a right-to-left mark so that it lays out from the right. */
const RIGHT_TO_LEFT = new Set(['ar', 'he']);
const RLM = '\u200F';

/** The text without an opening quote mark that nothing closes ("«Debian 0.91 fue publicada ..."), cut with its quote. */
export function withoutStrayQuote(text: string): string {
  const open = /^[«“„"]/u.exec(text)?.[0];
  if (!open) return text;
  const close = open === '«' ? '»' : open === '"' ? '"' : '”';
  return text.slice(1).includes(close) || (open === '„' && text.includes('“', 1)) ? text : text.slice(1);
}

/** Quotation marks inside a question's quoted sentence, where they differ from “…”. */
const INNER_QUOTES: Record<string, readonly [string, string]> = {
  de: ['‚', '‘'],
  ru: ['„', '“'],
  uk: ['„', '“'],
  ja: ['『', '』'],
  'zh-Hant': ['『', '』'],
  zh: ['‘', '’'],
  ko: ['‘', '’'],
};
/** Marks that quote in a sentence of the language, where they differ from “…”. */
const OWN_QUOTES: Record<string, readonly [string, string]> = {
  de: ['„', '“'],
  fr: ['«\u00A0', '\u00A0»'],
  es: ['«', '»'],
  it: ['«', '»'],
  pt: ['«', '»'],
  ru: ['«', '»'],
  uk: ['«', '»'],
  el: ['«', '»'],
  ar: ['«', '»'],
  ja: ['「', '」'],
  'zh-Hant': ['「', '」'],
};

/**
 * A sentence typeset with the closing mark on both sides of what it quotes ("set in ”/etc/fstab”.", "die
 * ”deb”-Zeile") with the language's quotation marks instead ("set in “/etc/fstab”.", "die „deb“-Zeile"); `nested`,
 * for a sentence the question quotes, with the marks that go inside the question's own ("„… ‚deb‘-Zeile …“",
 * "“‘/etc/fstab’中包含了……”"), the sentence's own marks of the question's kind too. Only the question's text: the
 * quote from the page stays as the page has it.
 */
export function pairedQuotes(text: string, tag = 'en', nested = false): string {
  const key = keyOf(tag);
  const [open, close] = (nested ? INNER_QUOTES[key] : OWN_QUOTES[key]) ?? ['\u201C', '\u201D'];
  let out = text;
  if (!out.includes('\u201C') && (out.match(/\u201D/gu)?.length ?? 0) % 2 === 0) {
    let opening = true;
    out = out.replace(/\u201D/gu, () => {
      const mark = opening ? open : close;
      opening = !opening;
      return mark;
    });
  }
  // Inside the question's marks, the sentence's own marks of the same kind become the inner ones.
  const outer = WORDS[key]?.quotes;
  if (nested && outer && INNER_QUOTES[key] && outer[0].trim() !== open) {
    const [o, c] = [outer[0].trim(), outer[1].trim()];
    out = out.replace(new RegExp(`${o}([^${o}${c}]*)${c}`, 'gu'), `${open}$1${close}`);
  }
  return CJK_PUNCTUATED.has(key) ? cjkPunctuation(out, key) : out;
}

/** Languages written without spaces, whose questions take full-width punctuation (cjkPunctuation). */
const CJK_PUNCTUATED = new Set(['zh', 'zh-Hant', 'ja']);
const CJK_CHAR = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}]';
const CJK_COMMA = new RegExp(`(?<=${CJK_CHAR}|[’”」』])\\s*,\\s*(?=${CJK_CHAR}|[‘“「『])`, 'gu');
const CJK_SPACE_BEFORE = new RegExp(`(?<=${CJK_CHAR}|[，、。])\\s+(?=[‘“「『]|${CJK_CHAR})`, 'gu');
const CJK_SPACE_AFTER = new RegExp(`(?<=[’”」』]|${CJK_CHAR})\\s+(?=${CJK_CHAR}|[，、。])`, 'gu');
const CJK_FULL_STOP = new RegExp(`(?<=${CJK_CHAR}|[’”」』])\\.$`, 'u');

/**
 * A Chinese or Japanese sentence of a question with the punctuation of its language where the PDF left Latin
 * punctuation or spaces between characters ("的内容, 显示" -> "的内容，显示", "进入到 普通模式" -> "进入到普通模式",
 * "用 ‘____’来描述" -> "用‘____’来描述", "端口用途." -> "端口用途。"). Spaces beside a Latin word stay.
 */
function cjkPunctuation(text: string, key: string): string {
  return text
    .replace(CJK_COMMA, key === 'ja' ? '、' : '，')
    .replace(CJK_SPACE_BEFORE, '')
    .replace(CJK_SPACE_AFTER, '')
    .replace(CJK_FULL_STOP, '。');
}

/** The wording for a BCP 47 tag ("fr", "pt-BR", "zh-TW"), English for a language without one. */
export function wordingFor(tag: string | undefined): Wording {
  const key = keyOf(tag ?? 'en');
  const w = WORDS[key] ?? WORDS.en!;
  const language = WORDS[key] ? key : 'en';
  const mark = RIGHT_TO_LEFT.has(language) ? RLM : '';
  // «Debian 0.91 ... cut from a quotation: its opening mark, which nothing closes, would be doubled.
  const quote = (text: string) => `${w.quotes[0]}${withoutStrayQuote(text)}${w.quotes[1]}`;
  const comma = CJK_PUNCTUATED.has(language) ? '、' : language === 'ar' ? '، ' : ', ';
  const about = (prompt: string, topic: string): string => {
    for (const label of [w.fill, w.trueFalse]) {
      const head = `${mark}${label}`;
      if (!prompt.startsWith(head)) continue;
      const rest = prompt.slice(head.length);
      if (rest.startsWith(w.parens[0])) return `${head}${w.parens[0]}${topic}${comma}${rest.slice(w.parens[0].length)}`;
      if (rest.startsWith(w.colon)) return `${head}${w.parens[0]}${topic}${w.parens[1]}${rest}`;
    }
    return prompt;
  };
  return {
    language,
    fillBlank: (sentence, hint) =>
      `${mark}${w.fill}${hint ? `${w.parens[0]}${w.hints[hint]}${w.parens[1]}` : ''}${w.colon}${quote(pairedQuotes(sentence, language, true))}`,
    trueFalse: (statement) => `${mark}${w.trueFalse}${w.colon}${pairedQuotes(statement, language)}`,
    truth: w.truth,
    pageStates: (page, sentence) => `${mark}${w.states(page)}${w.colon}${quote(sentence)}`,
    verdict: (truth, page, sentence) =>
      `${mark}${truth ? w.truth[0] : w.truth[1]}${w.stop ?? '.'}${w.stop ? '' : ' '}${w.states(page)}${w.colon}${quote(sentence)}`,
    about,
    aboutSection: (prompt, heading) => about(prompt, `${w.quotes[0]}${heading}${w.quotes[1]}`),
    whichEntry: (kind, description, program) =>
      `${mark}${w.entry[kind](program)}${w.colon}${quote(pairedQuotes(description, language, true))}`,
  };
}

/** Whether the project has question wording of its own for this language. */
export function hasWording(tag: string): boolean {
  return WORDS[keyOf(tag)] !== undefined;
}

/** Whether questions can be worded in the language of `tag` (BCP 47), rather than in English. */
export function writesIn(tag: string): boolean {
  return WORDS[keyOf(tag)] !== undefined;
}

function keyOf(tag: string): string {
  const [primary = '', ...rest] = tag.split('-');
  const lower = primary.toLowerCase();
  // Traditional Chinese by script, or by the regions that write it.
  if (lower === 'zh' && rest.some((p) => /^(?:Hant|TW|HK|MO)$/i.test(p))) return 'zh-Hant';
  return lower;
}
