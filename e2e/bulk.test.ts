// Bulk work in the editor: filter the questions by page, type, difficulty and OCR; select those shown (or some
// of them) and set their difficulty, move them to the bottom or the top, regenerate or delete them at once.
// Every change is checked on the server.
import type { Quiz } from '@quizstream/core/schemas';
import { makePdf, sampleCoursePages } from '@quizstream/core/testing';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/accessibility.js';
import { generateToEnd, shot, uploadPdf } from './support/app-page.js';
import { offlineApp } from './support/offline-app.js';

const setup = offlineApp();
const server = () => setup.server();

const stored = async (id: string) => (await (await fetch(`${server().url}/api/quizzes/${id}`)).json()) as Quiz;

describe('bulk work in the editor', () => {
  it('filters, then sets the difficulty of, moves and deletes the questions selected', async () => {
    const { page, errors } = setup.app();
    await uploadPdf(page, await makePdf({ pages: sampleCoursePages(6), title: 'Course' }), 'course.pdf', 6);
    const { quizId } = await generateToEnd(page);
    const quiz = await stored(quizId);
    const onPage2 = quiz.questions.filter((q) => q.source.page === 2);
    expect(onPage2.length).toBeGreaterThan(0);
    expect(onPage2.length).toBeLessThan(quiz.questions.length);

    await page.goto(`${server().url}/quizzes/${quizId}`);
    await page.getByTestId('editor-item').first().waitFor();
    await page.getByTestId('filter-page').selectOption('2');
    const items = page.getByTestId('editor-item');
    expect(await items.count()).toBe(onPage2.length);
    for (const item of await items.all())
      expect(await item.getByTestId('question-source').getAttribute('data-page')).toBe('2');
    expect(await page.getByTestId('editor-shown').textContent()).toBe(
      `${onPage2.length} of ${quiz.questions.length} questions`,
    );

    // All shown selected: their difficulty set to hard, on the server too.
    await page.getByTestId('select-all').check();
    expect(await page.getByTestId('bulk-bar').getAttribute('data-count')).toBe(String(onPage2.length));
    await expectAccessible(page, 'editor with a selection');
    await shot(page, 'editor-bulk', false);
    await page.getByTestId('bulk-difficulty-select').selectOption('hard');
    await page.getByTestId('bulk-difficulty').click();
    await page.getByTestId('bulk-working').waitFor({ state: 'detached' });
    const hard = await stored(quizId);
    for (const q of hard.questions) {
      if (q.source.page === 2) expect(q.difficulty).toBe('hard');
      else expect(q.difficulty).toBe(quiz.questions.find((o) => o.id === q.id)!.difficulty);
    }

    // Moved to the bottom in their order; the others keep theirs.
    await page.getByTestId('bulk-bottom').click();
    await page.getByTestId('bulk-working').waitFor({ state: 'detached' });
    const moved = (await stored(quizId)).questions.map((q) => q.id);
    const ids = onPage2.map((q) => q.id);
    expect(moved.slice(-ids.length)).toEqual(ids);
    expect(moved.slice(0, -ids.length)).toEqual(quiz.questions.map((q) => q.id).filter((id) => !ids.includes(id)));

    // Regenerated from a selection of one: a new question from the same page in its place.
    await page.getByTestId('select-all').uncheck();
    await page.getByTestId('filter-page').selectOption('');
    const first = await stored(quizId).then((q) => q.questions[0]!);
    await items.first().getByTestId('select-question').check();
    await page.getByTestId('bulk-regenerate').click();
    await expect.poll(async () => (await stored(quizId)).questions[0]!.id, { timeout: 30_000 }).not.toBe(first.id);
    const regenerated = (await stored(quizId)).questions[0]!;
    expect(regenerated.source.page).toBe(first.source.page);
    await page.getByTestId('bulk-bar').waitFor({ state: 'detached' });

    // The filter by difficulty finds the hard questions again; deleted after asking first.
    const before = await stored(quizId);
    const hardNow = before.questions.filter((q) => q.difficulty === 'hard').map((q) => q.id);
    await page.getByTestId('filter-difficulty').selectOption('hard');
    await page.getByTestId('select-all').check();
    expect(await page.getByTestId('bulk-bar').getAttribute('data-count')).toBe(String(hardNow.length));
    await page.getByTestId('bulk-delete').click();
    await page.getByTestId('bulk-delete-confirm').click();
    await page.getByTestId('bulk-bar').waitFor({ state: 'detached' });
    const left = await stored(quizId);
    expect(left.questions.map((q) => q.id)).toEqual(
      before.questions.map((q) => q.id).filter((id) => !hardNow.includes(id)),
    );
    expect(errors).toEqual([]);
  });
});
