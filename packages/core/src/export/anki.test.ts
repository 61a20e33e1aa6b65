import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { renderAnki } from './anki.js';
import { readHtml } from './html.fixture.js';
import { nastyQuiz } from './nasty-quiz.fixture.js';
import { sourceNote } from './plain-text.js';
import { distinctAnswers } from './shown-answers.js';

describe('Anki export', () => {
  it('starts with the headers Anki reads: tab separator, HTML fields, tags and GUID columns', () => {
    const lines = renderAnki(nastyQuiz()).split('\n');
    expect(lines.slice(0, 6)).toEqual([
      '#separator:tab',
      '#html:true',
      '#notetype:Basic',
      `#deck:${nastyQuiz().title}`,
      '#tags column:3',
      '#guid column:4',
    ]);
  });

  it('reads back, as Anki reads it, one note per question with its text, answers, explanation and page', () => {
    const quiz = nastyQuiz();
    // Anki parses with a CSV reader: tab delimiter, double-quote quoting, lines starting with "#" skipped.
    const rows: string[][] = parse(renderAnki(quiz), { delimiter: '\t', comment: '#', comment_no_infix: true });
    expect(rows).toHaveLength(quiz.questions.length);
    const guids = new Set<string>();
    quiz.questions.forEach((question, i) => {
      const [front, back, tags, guid] = rows[i]!;
      const shownFront = readHtml(front!);
      const shownBack = readHtml(back!);
      for (const shown of [shownFront, shownBack]) {
        expect(shown.elements.filter((e) => !['br', 'b', 'i', 'small'].includes(e))).toEqual([]);
      }
      expect(shownFront.text.startsWith(question.prompt)).toBe(true);
      for (const choice of question.type === 'true_false' ? [] : question.choices) {
        expect(shownFront.text).toContain(choice);
      }
      for (const answer of distinctAnswers(question, quiz.options.language)) expect(shownBack.text).toContain(answer);
      expect(shownBack.text).toContain(question.explanation.trim());
      expect(shownBack.text).toContain(sourceNote(question));
      expect(tags!.split(' ')).toEqual(['quizstream', question.type, question.difficulty]);
      guids.add(guid!);
    });
    expect(guids.size).toBe(quiz.questions.length);
  });

  it('shows a short answer once, not with each variant a person would write', () => {
    // No declared language: each question is read in the language it is written in.
    const quiz = nastyQuiz();
    quiz.options.language = undefined;
    const rows: string[][] = parse(renderAnki(quiz), { delimiter: '\t', comment: '#', comment_no_infix: true });
    const answerLine = (id: string) => readHtml(rows[quiz.questions.findIndex((q) => q.id === id)]![1]!).text;
    expect(answerLine('q-7').startsWith('the mitochondria\n\n')).toBe(true);
    expect(answerLine('q-7')).not.toMatch(/mitochondrion/i);
    expect(answerLine('q-8').startsWith('die Straße\n12.500 km\n\n')).toBe(true);
    expect(answerLine('q-8')).not.toMatch(/Strasse|12500/);
  });

  it('writes no field that a tab, line break, quote, "#" or "[sound:" could split or reinterpret', () => {
    const quiz = nastyQuiz();
    quiz.questions[0]!.prompt = '#not a comment\t"quoted"\n[sound:x.mp3] [latex]x[/latex]';
    const text = renderAnki(quiz);
    const notes = text.split('\n').filter((line) => line && !line.startsWith('#'));
    expect(notes).toHaveLength(quiz.questions.length);
    for (const note of notes) {
      expect(note.split('\t')).toHaveLength(4);
      expect(note).not.toMatch(/["[]/);
    }
    expect(readHtml(notes[0]!.split('\t')[0]!).text.startsWith(quiz.questions[0]!.prompt)).toBe(true);
  });
});
