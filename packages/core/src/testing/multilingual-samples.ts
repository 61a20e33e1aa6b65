// Short course texts in scripts other than Latin, for `makePdf({ font: 'noto', pages: [...] })`: Japanese mixes
// kanji, kana and Latin digits in one line; Russian and Greek carry accents and punctuation of their own; Hebrew
// is written right to left, with left-to-right numbers inside its lines.

export const MULTILINGUAL_SAMPLES = {
  ja: [
    '光合成は、植物が光のエネルギーを使って二酸化炭素と水からブドウ糖と酸素をつくる働きである。',
    '富士山の高さは3,776メートルで、日本で最も高い山である。',
    '明治維新は1868年に始まり、日本の近代化が急速に進んだ。',
  ],
  ru: [
    'Фотосинтез — это процесс, при котором растения используют энергию света для образования глюкозы.',
    'Волга — самая длинная река Европы, её длина около 3530 километров.',
    'Дмитрий Менделеев опубликовал периодическую таблицу химических элементов в 1869 году.',
  ],
  el: [
    'Η φωτοσύνθεση είναι η διαδικασία με την οποία τα φυτά χρησιμοποιούν την ενέργεια του φωτός.',
    'Ο Όλυμπος είναι το ψηλότερο βουνό της Ελλάδας, με ύψος 2.918 μέτρα.',
    'Η μάχη του Μαραθώνα έγινε το 490 π.Χ. και έληξε με νίκη των Αθηναίων.',
  ],
  he: [
    'פוטוסינתזה היא התהליך שבו צמחים משתמשים באנרגיית האור כדי לייצר סוכר.',
    'ים המלח הוא המקום הנמוך ביותר על פני כדור הארץ.',
    'מדינת ישראל הוכרזה בשנת 1948 בתל אביב.',
  ],
} as const satisfies Record<string, readonly string[]>;

export type SampleLanguage = keyof typeof MULTILINGUAL_SAMPLES;
