import { describe, expect, it } from 'vitest';
import type { QuestionDraft } from '../schemas/question.js';
import { QuestionGate, questionProblem, statementOf } from './question-gate.js';

const PAGE =
  'The Red River Compact was approved by Congress in 1980. It allocates water among four states. ' +
  'Arkansas, Louisiana, Oklahoma and Texas signed the Compact. ' +
  'The \\numtoName command writes a number in words.';

function mc(prompt: string, answer: string, choices: string[], quote: string): QuestionDraft {
  return {
    type: 'multiple_choice',
    prompt,
    choices,
    answer: [answer],
    explanation: '',
    difficulty: 'medium',
    source: { page: 1, quote },
  };
}

const good = mc(
  'Fill in the blank: "The Red River Compact was approved by Congress in ____."',
  '1980',
  ['1978', '1980', '1985', '1991'],
  'The Red River Compact was approved by Congress in 1980.',
);

describe('QuestionGate', () => {
  it('admits a grounded, well-formed question and then refuses it as a duplicate', () => {
    const gate = new QuestionGate();
    const verdict = gate.check({ ...good, id: 'q1' }, PAGE);
    expect(verdict.ok).toBe(true);
    gate.admit(good);
    expect(gate.check({ ...good, id: 'q2' }, PAGE)).toMatchObject({ ok: false, reason: 'duplicate' });
  });

  it.each([
    ['invalid', { ...good, answer: ['1999'] }],
    ['ungrounded', { ...good, source: { page: 1, quote: 'The Compact was signed by five states in 1921.' } }],
    [
      'quality',
      mc(
        'Fill in the blank: "____ allocates water among four states."',
        'It',
        ['It', 'He', 'She', 'They'],
        'It allocates water among four states.',
      ),
    ],
  ])('refuses an %s question', (reason, draft) => {
    expect(new QuestionGate().check({ ...draft, id: 'q' }, PAGE)).toMatchObject({ ok: false, reason });
  });

  it('holds a teacher only to shape, grounding, duplicates and a stem that gives the answer away', () => {
    const teacher = new QuestionGate([], { author: 'teacher' });
    const twoChoices = mc(
      'Fill in the blank: "It allocates water among ____ states."',
      'four',
      ['four', 'five'],
      'It allocates water among four states.',
    );
    expect(teacher.check({ ...twoChoices, id: 'q' }, PAGE).ok).toBe(true);
    expect(new QuestionGate().check({ ...twoChoices, id: 'q' }, PAGE).ok).toBe(false);
  });
});

describe('questionProblem', () => {
  it.each([
    [good, null],
    [
      mc(
        'Fill in the blank: "The ____ command writes a number in words."',
        '\\numtoName',
        ['\\numtoName', '\\NumToName', '\\section', '\\label'],
        'The \\numtoName command writes a number in words.',
      ),
      null,
    ],
    [
      mc(
        'Fill in the blank: "The \\numtoName ____ writes a number in words."',
        'command',
        ['command', 'package', 'option', 'macro'],
        'The \\numtoName command writes a number in words.',
      ),
      'the stem carries markup or code',
    ],
    [
      mc(
        'Fill in the blank: "The Red River Compact was approved by Congress in ____."',
        '1980',
        ['1980', '1978'],
        'The Red River Compact was approved by Congress in 1980.',
      ),
      'a multiple-choice question needs 3 wrong choices',
    ],
    [
      mc(
        'Fill in the blank: "____ signed the Compact in the following table."',
        'Arkansas',
        ['Arkansas', 'Ohio', 'Iowa', 'Utah'],
        'Arkansas signed the Compact.',
      ),
      'the stem points at a figure, table or text the student cannot see',
    ],
  ])('%#: %s', (draft, problem) => {
    expect(questionProblem(draft)).toBe(problem);
  });

  it('lets "Which of the following" through: it points at the choices, which the student sees', () => {
    const q = mc('Which of the following states signed the Compact?', 'Texas', ['Texas', 'Ohio', 'Iowa', 'Utah'], 'x');
    expect(questionProblem(q)).toBeNull();
  });
});

describe('statementOf', () => {
  it.each([
    ['True or false: The Compact was approved in 1980.', 'The Compact was approved in 1980.'],
    ['Fill in the blank (a year): "The Compact was approved in ____."', 'The Compact was approved in ____.'],
    ['Which state signed the Compact last?', 'Which state signed the Compact last?'],
    [
      'True or false (about “Caca”): Rotated enhanced text, and transparency are supported.',
      'Rotated enhanced text, and transparency are supported.',
    ],
    // The instructions of other languages, with their colons and quotation marks.
    ['空欄を埋めてください：「____年に公開された。」', '____年に公開された。'],
    [
      'ここで説明されている find のオプションを選んでください：「find のバージョンを表示して終了します。」',
      'find のバージョンを表示して終了します。',
    ],
    ['选择此处描述的 tar 选项：“解压归档中的文件。”', '解压归档中的文件。'],
    ['Choisissez l’option de tar décrite ici\u00A0: «\u00A0Extraire les fichiers.\u00A0»', 'Extraire les fichiers.'],
    [
      'Wählen Sie die hier beschriebene Option von tar: „entpackt Dateien aus einem Archiv.“',
      'entpackt Dateien aus einem Archiv.',
    ],
    ['Виберіть параметр tar, описаний тут: «Не заходити у каталоги.»', 'Не заходити у каталоги.'],
  ])('%s', (prompt, statement) => {
    expect(statementOf(prompt)).toBe(statement);
  });
});
