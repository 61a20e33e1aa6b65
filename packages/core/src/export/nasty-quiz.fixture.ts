// A quiz with every question type and the characters that break naive exporters, for the exporters' tests.
import { acceptedAnswers, acceptedAnswersOf } from '../generate/accepted-answers.js';
import { GenerateOptions, type Question, Quiz } from '../schemas/index.js';

/** Markup, quotes, CSV and spreadsheet syntax, GIFT and Markdown specials, CDATA's end, CJK, emoji and RTL. */
export const NASTY =
  'He said "hi" & \'bye\' <script>alert("x")</script> <b>bold</b> ]]> a,b;c ~ = # { } : \\ \\n ' +
  '*star* _under_ [link](http://x.test) `code` | pipe | $x$ &amp; &copy; %50% 日本語 🧪👩🏽‍🔬 שלום مرحبا';

function question(
  fields: Partial<Question> & Pick<Question, 'id' | 'type' | 'prompt' | 'choices' | 'answer'>,
): Question {
  return {
    explanation: 'Because of ~ = # { } : and <i>this</i> & "that".\nSecond line.',
    difficulty: 'medium',
    source: { page: 3, quote: 'A quote with "quotes", <tags> & ]]> 日本' },
    ...fields,
  };
}

export function nastyQuiz(): Quiz {
  const questions: Question[] = [
    question({
      id: 'q-1',
      type: 'multiple_choice',
      prompt: `First line: ${NASTY}\nSecond\tline with a tab\n# Not a heading\n1. not a list\n- not an item`,
      choices: [`Right ${NASTY}`, '=1+1', '-5', '%50% off', '[html]<i>x</i>'],
      answer: [`Right ${NASTY}`],
      difficulty: 'easy',
    }),
    question({
      id: 'q-2',
      type: 'true_false',
      prompt: 'True or false: {braces} and ~tildes~ are = #special# in GIFT::',
      choices: ['True', 'False'],
      answer: ['False'],
    }),
    question({
      id: 'q-3',
      type: 'true_false',
      prompt: 'Vrai ou faux : la cellule « eucaryote » a un noyau.',
      choices: ['Faux', 'Vrai'],
      answer: ['Vrai'],
      explanation: '',
      difficulty: 'hard',
    }),
    question({
      id: 'q 4/weird:id',
      type: 'short_answer',
      prompt: 'Name the thing — 名前は？ (שם) "quoted", <em>tagged</em>',
      choices: [],
      answer: ['C# & <C++>', 'ß{x}=1:2 ~ #', '日本', 'a*b', 'שלום'],
    }),
    question({
      id: 'q-5',
      type: 'multi_select',
      prompt: 'Select all: emoji 🧪, RTL مرحبا, and "quotes"',
      choices: ['Alpha, "one"', 'Beta\tTwo', 'Gamma <three>', 'Delta & four', 'Epsilon ]]>', '=cmd|x'],
      answer: ['Alpha, "one"', 'Gamma <three>', 'Epsilon ]]>'],
    }),
    question({
      id: 'q-6',
      type: 'multiple_choice',
      prompt: `A very long question ${'that keeps going and going '.repeat(8)}until it ends?`,
      choices: [
        `A very long answer ${'with many words in it '.repeat(5)}one`,
        `A very long answer ${'with many words in it '.repeat(5)}two`,
        'Short',
      ],
      answer: ['Short'],
    }),
    // Short answers with the variants a person writes: article, number, accents, thousands separators.
    question({
      id: 'q-7',
      type: 'short_answer',
      prompt: 'Which organelles make most of the ATP of a cell?',
      choices: [],
      answer: acceptedAnswersOf(['the mitochondria', 'Mitochondrion'], { language: 'en' }),
    }),
    question({
      id: 'q-8',
      type: 'short_answer',
      prompt: 'Wie heißt die Straße, und wie lang ist die Mauer?',
      choices: [],
      answer: [
        ...acceptedAnswers('die Straße', { language: 'de' }),
        ...acceptedAnswers('12.500 km', { language: 'de', kind: 'number' }),
      ],
    }),
  ];
  return Quiz.parse({
    id: 'quiz/1 ~ "x"',
    documentId: 'doc-1',
    jobId: 'job-1',
    title: 'Cells & <Genes>: 1/2 "Bio" 🧬 日本語 עברית',
    createdAt: '2025-01-02T03:04:05.000Z',
    options: GenerateOptions.parse({ language: 'en' }),
    questions,
    stats: {
      pages: 10,
      pagesWithoutText: 0,
      questions: questions.length,
      dropped: { ungrounded: 0, duplicate: 0, invalid: 0 },
      durationMs: 1,
      generator: 'test',
    },
  });
}
