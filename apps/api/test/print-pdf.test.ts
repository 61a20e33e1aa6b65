// The PDF of a quiz, made by the server (GET /api/quizzes/:id/print.pdf): a quiz asked in English, French, Greek,
// Russian, Arabic, Hebrew, Chinese, Japanese and Korean prints with a font embedded for each script, and reads
// back (quizstream's own extraction) with every question and choice in it, the answers only in the key. A letter
// no installed font has (Garay, Unicode 16) prints as an empty box and is named in a header. PDFs are kept in
// test-results/.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { extractPages, type Question, type Quiz } from '@quizstream/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MISSING_FONT_HEADER } from '../src/routes/quiz-print.js';
import { type Client, makeQuiz, type SignInSetup, startSignInServer } from './sign-in-server.js';

const artifacts = path.resolve(import.meta.dirname, '../../../test-results');
const TITLE = 'Capitals — Столицы — 首都';
const GARAY = '\u{10D50}';

type Written = Pick<Question, 'type' | 'prompt' | 'choices' | 'answer'>;
// biome-ignore format: one question a line
const QUESTIONS: Written[] = [
  { type: 'multiple_choice', prompt: 'Which gas do plants take in to make sugar?', choices: ['Carbon dioxide', 'Helium'], answer: ['Carbon dioxide'] },
  { type: 'multiple_choice', prompt: 'Où se trouve la cathédrale Notre-Dame de Paris ?', choices: ['Île de la Cité', 'Montmartre'], answer: ['Île de la Cité'] },
  { type: 'multiple_choice', prompt: 'Ποιο είναι το ψηλότερο βουνό της Ελλάδας;', choices: ['Όλυμπος', 'Παρνασσός'], answer: ['Όλυμπος'] },
  { type: 'short_answer', prompt: 'Какая река самая длинная в Европе?', choices: [], answer: ['Волга'] },
  { type: 'multiple_choice', prompt: 'ما هي عاصمة مصر؟', choices: ['القاهرة', 'دمشق'], answer: ['القاهرة'] },
  { type: 'short_answer', prompt: 'מהי בירת ישראל?', choices: [], answer: ['ירושלים'] },
  { type: 'multiple_choice', prompt: '中国的首都是哪座城市？', choices: ['北京', '上海'], answer: ['北京'] },
  { type: 'multiple_choice', prompt: '日本で一番高い山はどれですか。', choices: ['富士山', '北岳'], answer: ['富士山'] },
  { type: 'multi_select', prompt: '다음 중 한국의 도시는 어느 것입니까?', choices: ['서울', '부산', '도쿄'], answer: ['서울', '부산'] },
  { type: 'short_answer', prompt: `Which script is the letter ${GARAY} of?`, choices: [], answer: ['Garay'] },
];

/** The fonts a PDF names, and whether each is embedded (its descriptor carries the font file). */
function fontsOf(pdf: Buffer): { name: string; embedded: boolean }[] {
  const text = pdf.toString('latin1');
  const descriptors = [...text.matchAll(/<<[^<>]*\/Type \/FontDescriptor[^<>]*>>/g)].map((m) => m[0]);
  return descriptors.map((d) => ({
    name: /\/FontName \/(?:[A-Z]{6}\+)?(\S+)/.exec(d)?.[1] ?? '?',
    embedded: /\/FontFile[23]? \d+ 0 R/.test(d),
  }));
}

async function textOf(pdf: Buffer): Promise<string> {
  let text = '';
  for await (const page of extractPages(new Uint8Array(pdf))) text += `${page.text}\n`;
  return text.replace(/\s+/gu, ' ');
}

describe('a quiz printed to PDF by the server', () => {
  let setup: SignInSetup;
  let alice: Client;
  let bob: Client;
  let quizId: string;
  const sheets: Record<string, { response: Response; pdf: Buffer; text: string }> = {};

  beforeAll(async () => {
    setup = await startSignInServer();
    alice = await setup.teacher('alice');
    bob = await setup.teacher('bob');
    quizId = (await makeQuiz(alice, 1)).quiz;
    const json = (method: string, body: unknown): RequestInit => ({
      method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const made = (await (await alice.fetch(`/api/quizzes/${quizId}`)).json()) as Quiz;
    // Every question cites the page the generated ones came from: the editor checks quotes, not languages.
    const source = made.questions[0]!.source;
    for (const q of QUESTIONS) {
      const added = await alice.fetch(
        `/api/quizzes/${quizId}/questions`,
        json('POST', { ...q, explanation: '', difficulty: 'easy', source }),
      );
      if (added.status !== 201) throw new Error(`adding "${q.prompt}": ${added.status} ${await added.text()}`);
    }
    for (const q of made.questions) await alice.fetch(`/api/quizzes/${quizId}/questions/${q.id}`, { method: 'DELETE' });
    await alice.fetch(`/api/quizzes/${quizId}`, json('PATCH', { title: TITLE }));
    await mkdir(artifacts, { recursive: true });
    for (const kind of ['worksheet', 'key']) {
      const response = await alice.fetch(`/api/quizzes/${quizId}/print.pdf?kind=${kind}`);
      const pdf = Buffer.from(await response.arrayBuffer());
      await writeFile(path.join(artifacts, `server-${kind}.pdf`), pdf);
      sheets[kind] = { response, pdf, text: await textOf(pdf) };
    }
  }, 120_000);
  afterAll(async () => {
    await setup?.stop();
  });

  it('answers a PDF download named after the quiz, worksheet and key', () => {
    const names = { worksheet: `${TITLE}.pdf`, key: `${TITLE} answer key.pdf` };
    for (const [kind, name] of Object.entries(names)) {
      const { response, pdf } = sheets[kind]!;
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      const disposition = response.headers.get('content-disposition') ?? '';
      expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
      expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe(name);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    }
  });

  it('embeds a font for every script of the quiz, and no font it does not embed', () => {
    const fonts = fontsOf(sheets.worksheet!.pdf);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    const names = fonts.map((f) => f.name);
    for (const face of [
      'NotoSans-Regular',
      'NotoSansArabic-Regular',
      'NotoSansHebrew-Regular',
      'NotoSansCJKsc-Regular',
      'NotoSansCJKjp-Regular',
      'NotoSansCJKkr-Regular',
    ]) {
      expect(names).toContain(face);
    }
    // Nothing drawn with a standard font, which a PDF names without embedding it.
    expect(sheets.worksheet!.pdf.toString('latin1')).not.toMatch(/\/Subtype \/Type1/);
  });

  it('prints every prompt and choice, in every script, on the worksheet, and no written answer', () => {
    const { text } = sheets.worksheet!;
    expect(text).toContain(TITLE);
    expect(text).toContain('Name');
    for (const q of QUESTIONS.filter((q) => !q.prompt.includes(GARAY))) {
      if (q.prompt === 'מהי בירת ישראל?') {
        // Read back from a right-to-left line, the question mark may come out on the other side of the words.
        expect(text).toContain('מהי בירת ישראל');
      } else {
        expect(text).toContain(q.prompt);
      }
      for (const c of q.choices) expect(text).toContain(c);
    }
    for (const q of QUESTIONS.filter((q) => q.type === 'short_answer')) expect(text).not.toContain(q.answer[0]);
  });

  it('reads Arabic back in logical order, its joined letters as the letters they are', () => {
    // Drawn with its letters in their joining forms and from the right; extracted as written.
    expect(sheets.worksheet!.text).toContain('ما هي عاصمة مصر');
    expect(sheets.key!.text).toContain('القاهرة');
  });

  it('lists each answer with its letter and its page in the key', () => {
    const { text } = sheets.key!;
    expect(text).toContain(`${TITLE}: answer key`);
    for (const answer of ['A. Carbon dioxide', 'A. Île de la Cité', 'A. Όλυμπος', 'Волга', 'ירושלים', 'A. 北京']) {
      expect(text).toContain(answer);
    }
    expect(text).toContain('A. 서울, B. 부산');
    expect(text).toContain('A. 富士山');
    expect(text).toContain('Garay');
    expect(text).toMatch(/\(page \d+\)/);
    expect(text).not.toContain('Which gas');
  });

  it('still makes the PDF when no installed font has a letter, and names its script', () => {
    expect(sheets.worksheet!.response.headers.get(MISSING_FONT_HEADER)).toBe('Garay');
    // The key prints answers only, and none of them is written in Garay.
    expect(sheets.key!.response.headers.get(MISSING_FONT_HEADER)).toBeNull();
    expect(sheets.worksheet!.text).toContain('Which script is the letter');
  });

  it("answers another teacher 404 for alice's quiz, and an unknown kind of sheet 400", async () => {
    const other = await bob.fetch(`/api/quizzes/${quizId}/print.pdf?kind=key`);
    expect(other.status).toBe(404);
    expect(((await other.json()) as { error: { code: string } }).error.code).toBe('not_found');
    const bad = await alice.fetch(`/api/quizzes/${quizId}/print.pdf?kind=answers`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/json');
    const body = (await bad.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('invalid_kind');
    expect(body.error.message).toContain('worksheet, key');
  });
});
