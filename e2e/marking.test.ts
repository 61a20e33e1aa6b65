// How a quiz marks written answers is the teacher's setting: forgiving (as a person would accept them) or exact
// (an accepted answer as listed). Chosen on the quiz page, kept on the server, and applied when the quiz is taken.
import type { Quiz } from '@quizstream/core/schemas';
import { makePdf, sampleCoursePages } from '@quizstream/core/testing';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateToEnd, uploadPdf } from './support/app-page.js';
import { offlineApp } from './support/offline-app.js';

const setup = offlineApp();
const server = () => setup.server();

/** Takes the quiz up to its first short answer, typing `typed` there; returns the verdict shown. */
async function answerFirstShortAnswer(page: Page, quiz: Quiz, typed: string): Promise<string | null> {
  await page.goto(`${server().url}/quizzes/${quiz.id}/take`);
  const target = quiz.questions.findIndex((q) => q.type === 'short_answer');
  for (let i = 0; i <= target; i++) {
    const box = page.getByTestId('take-question');
    await box.waitFor();
    if (i === target) await box.getByTestId('take-text').fill(typed);
    else if (quiz.questions[i]!.type === 'short_answer') await box.getByTestId('take-text').fill('no');
    else await box.locator('input').first().check();
    await page.keyboard.press('Enter');
    if (i < target) await page.keyboard.press('Enter');
  }
  return page.getByTestId('feedback').getAttribute('data-correct');
}

describe('marking of written answers', () => {
  it('is forgiving by default, exact once the teacher chooses it, and kept after a reload', async () => {
    const { page, errors } = setup.app();
    await uploadPdf(page, await makePdf({ pages: sampleCoursePages(4), title: 'Course' }), 'course.pdf', 4);
    const { quizId } = await generateToEnd(page);
    const quiz = (await (await fetch(`${server().url}/api/quizzes/${quizId}`)).json()) as Quiz;
    const short = quiz.questions.find((q) => q.type === 'short_answer');
    expect(short, 'a short answer to type').toBeDefined();
    // As a person writes it, not as listed: a leading article and capitals.
    const written = `The ${short!.answer[0]!.replace(/^(?:the|a|an)\s+/iu, '').toUpperCase()}`;
    expect(short!.answer.map((a) => a.toLowerCase())).not.toContain(written.toLowerCase());

    expect(await answerFirstShortAnswer(page, quiz, written)).toBe('true');

    await page.goto(`${server().url}/quizzes/${quizId}`);
    const setting = page.getByTestId('marking-setting');
    expect(await setting.getAttribute('data-marking')).toBe('forgiving');
    await page.getByTestId('marking-select').selectOption('exact');
    await page.locator('[data-testid="marking-setting"][data-marking="exact"]').waitFor();
    await page.reload();
    await page.locator('[data-testid="marking-setting"][data-marking="exact"]').waitFor();

    expect(await answerFirstShortAnswer(page, { ...quiz, marking: 'exact' }, written)).toBe('false');
    // The answer as listed is still right, whatever its case.
    expect(await answerFirstShortAnswer(page, quiz, short!.answer[0]!.toUpperCase())).toBe('true');
    expect(errors).toEqual([]);
  });
});
