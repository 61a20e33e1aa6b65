// After generation: the library lists and deletes, a quiz is edited question by question with every change
// validated and saved, exported in each LMS format, and shared read-only.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { EXPORT_FORMATS, type Question, type Quiz } from '@quizstream/core';
import { parse as parseGift } from 'gift-pegjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coursePdf, startStream, uploadOk } from './fixtures.js';
import { collectFrames } from './sse.js';
import { startTestServer, type TestServer } from './test-server.js';

type ErrorJson = { error: { code: string; message: string; details?: { field: string }[] } };

describe('the quiz library and editor', () => {
  let server: TestServer;
  let doc: { id: string; pages: number };
  let quiz: Quiz;
  const api = (p: string, init?: RequestInit) => fetch(`${server.url}${p}`, init);
  const json = (method: string, body: unknown): RequestInit => ({
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

  beforeAll(async () => {
    server = await startTestServer();
    doc = await uploadOk(server.url, await coursePdf(4));
    const frames = await collectFrames(await startStream(server.url, doc.id, { questionsPerPage: 3 }));
    const complete = frames.at(-1)!.event;
    if (complete.type !== 'complete') throw new Error('generation failed');
    quiz = (await (await api(`/api/quizzes/${complete.quizId}`)).json()) as Quiz;
  });
  afterAll(() => server.stop());

  it('lists documents and quizzes, newest first', async () => {
    const docs = (await (await api('/api/documents')).json()) as { documents: { id: string; quizzes: number }[] };
    expect(docs.documents[0]).toMatchObject({ id: doc.id, quizzes: 1 });
    const quizzes = (await (await api('/api/quizzes')).json()) as { quizzes: { id: string; questionCount: number }[] };
    expect(quizzes.quizzes[0]).toMatchObject({ id: quiz.id, questionCount: quiz.questions.length });
  });

  it('renames a quiz and edits a question, refusing invalid changes with field-level messages', async () => {
    const renamed = (await (await api(`/api/quizzes/${quiz.id}`, json('PATCH', { title: 'Unit 3' }))).json()) as Quiz;
    expect(renamed.title).toBe('Unit 3');

    const q = quiz.questions[0]!;
    const edited = { ...q, prompt: `${q.prompt} (edited)`, explanation: 'Because the page says so.' };
    const saved = (await (await api(`/api/quizzes/${quiz.id}/questions/${q.id}`, json('PUT', edited))).json()) as Quiz;
    expect(saved.questions[0]).toEqual(edited);
    const reread = (await (await api(`/api/quizzes/${quiz.id}`)).json()) as Quiz;
    expect(reread.questions[0]).toEqual(edited);

    const badAnswer = await api(`/api/quizzes/${quiz.id}/questions/${q.id}`, json('PUT', { ...q, answer: [] }));
    expect(badAnswer.status).toBe(400);
    const body = (await badAnswer.json()) as ErrorJson;
    expect(body.error.code).toBe('invalid_question');
    expect(body.error.details?.map((d) => d.field)).toContain('answer');

    const movedQuote = { ...q, source: { page: q.source.page, quote: 'Words that appear on no page at all.' } };
    const notOnPage = await api(`/api/quizzes/${quiz.id}/questions/${q.id}`, json('PUT', movedQuote));
    expect(notOnPage.status).toBe(422);
    expect(((await notOnPage.json()) as ErrorJson).error.code).toBe('quote_not_on_page');

    expect((await api(`/api/quizzes/${quiz.id}/questions/q_nope`, json('PUT', q))).status).toBe(404);
  });

  it('keeps how a quiz marks written answers, forgiving until the teacher chooses exact', async () => {
    expect(quiz.marking).toBe('forgiving');
    const exact = (await (await api(`/api/quizzes/${quiz.id}`, json('PATCH', { marking: 'exact' }))).json()) as Quiz;
    expect(exact.marking).toBe('exact');
    const reread = (await (await api(`/api/quizzes/${quiz.id}`)).json()) as Quiz;
    expect(reread).toMatchObject({ marking: 'exact', title: exact.title });
    for (const bad of [{ marking: 'lenient' }, {}, { marking: 'exact', colour: 'red' }]) {
      const refused = await api(`/api/quizzes/${quiz.id}`, json('PATCH', bad));
      expect([JSON.stringify(bad), refused.status]).toEqual([JSON.stringify(bad), 400]);
      expect(((await refused.json()) as ErrorJson).error.message).not.toBe('');
    }
    const back = (await (await api(`/api/quizzes/${quiz.id}`, json('PATCH', { marking: 'forgiving' }))).json()) as Quiz;
    expect(back.marking).toBe('forgiving');
  });

  it('adds a question by hand only with a quote from its page', async () => {
    const grounded = quiz.questions.find((q) => q.source.page === 2)!;
    const mine: Omit<Question, 'id'> = {
      type: 'true_false',
      prompt: 'True or false: this sentence is on page 2.',
      choices: ['True', 'False'],
      answer: ['True'],
      explanation: 'Written by the teacher.',
      difficulty: 'easy',
      source: grounded.source,
    };
    const created = await api(`/api/quizzes/${quiz.id}/questions`, json('POST', mine));
    expect(created.status).toBe(201);
    const after = (await created.json()) as Quiz;
    expect(after.questions.at(-1)).toMatchObject(mine);
    expect(after.questions.at(-1)?.id).toMatch(/^q_/);
    expect(after.stats.questions).toBe(after.questions.length);
    const page9 = await api(
      `/api/quizzes/${quiz.id}/questions`,
      json('POST', { ...mine, source: { page: 9, quote: 'x'.repeat(20) } }),
    );
    expect(page9.status).toBe(400);
    expect(((await page9.json()) as ErrorJson).error.code).toBe('invalid_page');
  });

  it('puts a question written by hand through the question gate: no second copy, no answer in its own stem', async () => {
    const current = (await (await api(`/api/quizzes/${quiz.id}`)).json()) as Quiz;
    const existing = current.questions[0]!;
    const { id: _id, ...copy } = existing;
    const again = await api(`/api/quizzes/${quiz.id}/questions`, json('POST', copy));
    expect(again.status).toBe(422);
    expect(((await again.json()) as ErrorJson).error.code).toBe('duplicate_question');

    const answers = current.questions.flatMap((q) => q.answer.map((a) => a.toLowerCase()));
    const word = existing.source.quote
      .split(/\s+/)
      .find((w) => /^[A-Za-z]{6,}$/.test(w) && !answers.some((a) => a.includes(w.toLowerCase())))!;
    const leaking: Omit<Question, 'id'> = {
      type: 'short_answer',
      prompt: `Fill in the blank: "${word} is ____, as the page says about ${word}."`,
      choices: [],
      answer: [word],
      explanation: 'Written by the teacher.',
      difficulty: 'easy',
      source: existing.source,
    };
    const leak = await api(`/api/quizzes/${quiz.id}/questions`, json('POST', leaking));
    expect(leak.status).toBe(422);
    expect(((await leak.json()) as ErrorJson).error.code).toBe('answer_in_stem');
  });

  it('adds to a short answer a teacher writes the other ways a person writes it, and keeps a list as edited', async () => {
    const grounded = quiz.questions.find((q) => q.source.page === 2)!;
    const mine: Omit<Question, 'id'> = {
      type: 'short_answer',
      prompt: 'Which organelles make most of the cell’s ATP?',
      choices: [],
      answer: ['the mitochondria'],
      explanation: 'Written by the teacher.',
      difficulty: 'medium',
      source: grounded.source,
    };
    const created = (await (await api(`/api/quizzes/${quiz.id}/questions`, json('POST', mine))).json()) as Quiz;
    const added = created.questions.at(-1)!;
    expect(added.answer).toEqual(['the mitochondria', 'mitochondria', 'mitochondrion']);

    const trimmed = { ...added, answer: ['the mitochondria', 'mitochondria'] };
    const kept = (await (
      await api(`/api/quizzes/${quiz.id}/questions/${added.id}`, json('PUT', trimmed))
    ).json()) as Quiz;
    expect(kept.questions.at(-1)!.answer).toEqual(['the mitochondria', 'mitochondria']);

    const renamed = { ...added, answer: ['ribosomes'] };
    const saved = (await (
      await api(`/api/quizzes/${quiz.id}/questions/${added.id}`, json('PUT', renamed))
    ).json()) as Quiz;
    expect(saved.questions.at(-1)!.answer).toEqual(['ribosomes', 'ribosome']);
    await api(`/api/quizzes/${quiz.id}/questions/${added.id}`, { method: 'DELETE' });
  });

  it('reorders, regenerates and deletes questions', async () => {
    const current = (await (await api(`/api/quizzes/${quiz.id}`)).json()) as Quiz;
    const reversed = current.questions.map((q) => q.id).reverse();
    const reordered = (await (
      await api(`/api/quizzes/${quiz.id}/order`, json('PUT', { questionIds: reversed }))
    ).json()) as Quiz;
    expect(reordered.questions.map((q) => q.id)).toEqual(reversed);
    const missing = await api(`/api/quizzes/${quiz.id}/order`, json('PUT', { questionIds: reversed.slice(1) }));
    expect(missing.status).toBe(400);

    const target = reordered.questions.find((q) => q.type === 'multiple_choice') ?? reordered.questions[0]!;
    const regenerated = await api(`/api/quizzes/${quiz.id}/questions/${target.id}/regenerate`, { method: 'POST' });
    expect(regenerated.status).toBe(200);
    const withNew = (await regenerated.json()) as Quiz;
    const at = reordered.questions.indexOf(target);
    const fresh = withNew.questions[at]!;
    expect(fresh.id).not.toBe(target.id);
    expect(fresh.source.page).toBe(target.source.page);
    expect(fresh.prompt).not.toBe(target.prompt);
    expect(withNew.questions.filter((q) => q.prompt === fresh.prompt)).toHaveLength(1);

    const deleted = (await (
      await api(`/api/quizzes/${quiz.id}/questions/${fresh.id}`, { method: 'DELETE' })
    ).json()) as Quiz;
    expect(deleted.questions.map((q) => q.id)).not.toContain(fresh.id);
    expect(deleted.questions).toHaveLength(withNew.questions.length - 1);
  });

  it('exports every format as a download, and GIFT that a GIFT parser reads back', async () => {
    for (const format of EXPORT_FORMATS) {
      const response = await api(`/api/quizzes/${quiz.id}/export?format=${format}`);
      expect(response.status, format).toBe(200);
      expect(response.headers.get('content-disposition'), format).toMatch(
        /^attachment; filename="[^"]+"; filename\*=UTF-8''/,
      );
      expect((await response.arrayBuffer()).byteLength, format).toBeGreaterThan(0);
    }
    const current = (await (await api(`/api/quizzes/${quiz.id}`)).json()) as Quiz;
    const gift = await (await api(`/api/quizzes/${quiz.id}/export?format=gift`)).text();
    expect(parseGift(gift).filter((q) => q.type !== 'Category')).toHaveLength(current.questions.length);
    const bad = await api(`/api/quizzes/${quiz.id}/export?format=docx`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorJson).error.message).toContain('gift');
  });

  it('shares a quiz read-only through a link that can be revoked', async () => {
    const share = (await (await api(`/api/quizzes/${quiz.id}/share`, { method: 'POST' })).json()) as {
      token: string;
      path: string;
    };
    expect(share.path).toBe(`/take/${share.token}`);
    const again = (await (await api(`/api/quizzes/${quiz.id}/share`, { method: 'POST' })).json()) as { token: string };
    expect(again.token).toBe(share.token);
    const shared = (await (await api(`/api/shared/${share.token}`)).json()) as Quiz;
    expect(shared.id).toBe(quiz.id);
    expect((await api(`/api/quizzes/${quiz.id}/share`, { method: 'DELETE' })).status).toBe(204);
    expect((await api(`/api/shared/${share.token}`)).status).toBe(404);
    expect((await api('/api/shared/..%2F..')).status).toBe(400);
  });

  it('deletes a quiz, and a document with its file', async () => {
    expect((await api(`/api/quizzes/${quiz.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await api(`/api/quizzes/${quiz.id}`)).status).toBe(404);
    expect((await api(`/api/documents/${doc.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await api(`/api/documents/${doc.id}`)).status).toBe(404);
    expect(existsSync(path.join(server.config.DATA_DIR, 'documents', `${doc.id}.pdf`))).toBe(false);
    expect((await api(`/api/documents/${doc.id}`, { method: 'DELETE' })).status).toBe(404);
  });
});
