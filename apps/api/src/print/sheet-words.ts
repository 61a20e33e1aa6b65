// The few words a printed sheet adds to the quiz's own (Name, Date, "answer key", "page 4"), in the quiz's
// language when the web app speaks it (the same words as its print page), in English otherwise. A true/false
// question prints its own two choices, which the generators write in the quiz's language.

export interface SheetWords {
  /** BCP 47 primary tag, also the PDF's declared language. */
  language: string;
  name: string;
  date: string;
  keyTitle(quiz: string): string;
  page(page: number): string;
}

const WORDS: Readonly<Record<string, Omit<SheetWords, 'language'>>> = {
  en: { name: 'Name', date: 'Date', keyTitle: (q) => `${q}: answer key`, page: (n) => `page ${n}` },
  de: { name: 'Name', date: 'Datum', keyTitle: (q) => `${q}: Lösungen`, page: (n) => `Seite ${n}` },
  fr: { name: 'Nom', date: 'Date', keyTitle: (q) => `${q}\u00a0: corrigé`, page: (n) => `page ${n}` },
  es: { name: 'Nombre', date: 'Fecha', keyTitle: (q) => `${q}: solucionario`, page: (n) => `página ${n}` },
  ja: { name: '名前', date: '日付', keyTitle: (q) => `${q}：解答`, page: (n) => `${n}ページ` },
  zh: { name: '姓名', date: '日期', keyTitle: (q) => `${q}：答案`, page: (n) => `第 ${n} 页` },
  ru: { name: 'Имя', date: 'Дата', keyTitle: (q) => `${q}: ответы`, page: (n) => `страница ${n}` },
  ar: { name: 'الاسم', date: 'التاريخ', keyTitle: (q) => `${q}: مفتاح الإجابات`, page: (n) => `الصفحة ${n}` },
  he: { name: 'שם', date: 'תאריך', keyTitle: (q) => `${q}: מפתח תשובות`, page: (n) => `עמוד ${n}` },
};

/** The words for a quiz asked in `tag` (its generation language, if one was chosen). */
export function sheetWords(tag: string | undefined): SheetWords {
  const primary = tag?.split('-')[0]?.toLowerCase() ?? 'en';
  const language = primary in WORDS ? primary : 'en';
  return { language, ...WORDS[language]! };
}
