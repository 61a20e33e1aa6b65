// One question in each language the product writes quizzes in, for the exporters' tests: the same fact about
// photosynthesis, with each language's letters, accents and punctuation; Arabic and Hebrew run right to left.
import { GenerateOptions, type Question, Quiz } from '../schemas/index.js';

export interface LanguageSample {
  lang: string;
  prompt: string;
  choices: [string, string, string, string];
  rightToLeft: boolean;
}

/** Languages written right to left. */
const RIGHT_TO_LEFT = new Set(['ar', 'he']);

function sample(lang: string, prompt: string, choices: LanguageSample['choices']): LanguageSample {
  return { lang, prompt, choices, rightToLeft: RIGHT_TO_LEFT.has(lang) };
}

export const LANGUAGE_SAMPLES: LanguageSample[] = [
  sample('en', 'Photosynthesis takes place in the ____ of plant cells.', [
    'chloroplasts',
    'mitochondria',
    'nuclei',
    'ribosomes',
  ]),
  sample('de', 'Die Photosynthese findet in den ____ der Pflanzenzellen statt.', [
    'Chloroplasten',
    'Mitochondrien',
    'Zellkernen',
    'Ribosomen',
  ]),
  sample('fr', 'La photosynthèse a lieu dans les ____ des cellules végétales.', [
    'chloroplastes',
    'mitochondries',
    'noyaux',
    'ribosomes',
  ]),
  sample('es', '¿Dónde ocurre la fotosíntesis? En los ____ de las células vegetales.', [
    'cloroplastos',
    'mitocondrias',
    'núcleos',
    'ribosomas',
  ]),
  sample('it', 'La fotosintesi avviene nei ____ delle cellule vegetali.', [
    'cloroplasti',
    'mitocondri',
    'nuclei',
    'ribosomi',
  ]),
  sample('pt', 'A fotossíntese ocorre nos ____ das células vegetais.', [
    'cloroplastos',
    'mitocôndrias',
    'núcleos',
    'ribossomos',
  ]),
  sample('ru', 'Фотосинтез происходит в ____ растительных клеток.', [
    'хлоропластах',
    'митохондриях',
    'ядрах',
    'рибосомах',
  ]),
  sample('uk', 'Фотосинтез відбувається у ____ рослинних клітин.', [
    'хлоропластах',
    'мітохондріях',
    'ядрах',
    'рибосомах',
  ]),
  sample('el', 'Η φωτοσύνθεση γίνεται στους ____ των φυτικών κυττάρων.', [
    'χλωροπλάστες',
    'μιτοχόνδρια',
    'πυρήνες',
    'ριβοσώματα',
  ]),
  sample('ar', 'تحدث عملية البناء الضوئي في ____ الخلايا النباتية؟', [
    'البلاستيدات الخضراء',
    'الميتوكوندريا',
    'النواة',
    'الريبوسومات',
  ]),
  sample('he', 'הפוטוסינתזה מתרחשת ב־____ של תאי הצמח.', ['כלורופלסטים', 'מיטוכונדריה', 'גרעינים', 'ריבוזומים']),
  sample('zh-Hans', '光合作用发生在植物细胞的____中。', ['叶绿体', '线粒体', '细胞核', '核糖体']),
  sample('zh-Hant', '光合作用發生在植物細胞的____中。', ['葉綠體', '粒線體', '細胞核', '核糖體']),
  sample('ja', '光合成は植物細胞の「____」で行われる。', ['葉緑体', 'ミトコンドリア', '細胞核', 'リボソーム']),
  sample('ko', '광합성은 식물 세포의 ____에서 일어난다.', ['엽록체', '미토콘드리아', '세포핵', '리보솜']),
];

/** A quiz of one multiple-choice question per language sample, the first choice the right one. */
export function languagesQuiz(): Quiz {
  const questions: Question[] = LANGUAGE_SAMPLES.map((sample, i) => ({
    id: `q-${sample.lang}`,
    type: 'multiple_choice',
    prompt: sample.prompt,
    choices: [...sample.choices],
    answer: [sample.choices[0]],
    explanation: sample.prompt.replace('____', sample.choices[0]),
    difficulty: 'easy',
    source: { page: i + 1, quote: sample.prompt.replace('____', sample.choices[0]) },
  }));
  return Quiz.parse({
    id: 'quiz-languages',
    documentId: 'doc-languages',
    jobId: 'job-languages',
    title: 'Photosynthèse · 光合作用 · البناء الضوئي · פוטוסינתזה',
    createdAt: '2026-01-02T03:04:05.000Z',
    options: GenerateOptions.parse({}),
    questions,
    stats: {
      pages: questions.length,
      pagesWithoutText: 0,
      questions: questions.length,
      dropped: { ungrounded: 0, duplicate: 0, invalid: 0 },
      durationMs: 1,
      generator: 'test',
    },
  });
}
