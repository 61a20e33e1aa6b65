// Browser test of everything around the stream, in the order a teacher uses it, on a server that offers two
// generators (offline, and an LLM behind a fake OpenAI-compatible provider on loopback): pick the generator
// (the summary names it and the tokens an LLM used); take the quiz (keyboard only, one question at a time,
// then all at once), see the score and retry the wrong ones; edit it
// (prompt, validation errors next to their field, reorder, regenerate, delete, add by hand, rename), every
// change saved on the server; download it (GIFT and a QTI zip); share a read-only link that works in a new
// browser and stops working when revoked; and find, reopen and delete it in the library.
import { readFile } from 'node:fs/promises';
import { EXPORT_FORMATS } from '@quizstream/core';
import type { Question, Quiz } from '@quizstream/core/schemas';
import { type FakeOpenAi, makePdf, sampleCoursePages, startFakeOpenAi } from '@quizstream/core/testing';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ApiServer, startApiServer } from './support/api-server.js';
import { type AppPage, generateToEnd, openApp, PHONE, shot, shotOf, uploadPdf } from './support/app-page.js';
import { launchBrowser } from './support/browser.js';
import { ensureWebBuilt } from './support/web-build.js';

const PAGES = 6;
const EDITED_PROMPT = 'Edited by the teacher which river carried trade for thousands of years';
// Chromium logs every failed request; these are the ones this test provokes on purpose.
const EXPECTED_FAILURES = [/status of 4(00|04|22)/];

let fake: FakeOpenAi | undefined;
let server: ApiServer | undefined;
let browser: Browser | undefined;
let owner: AppPage | undefined;
let visitor: AppPage | undefined;
let quizId = '';
let documentId = '';
let shareUrl = '';

beforeAll(async () => {
  await ensureWebBuilt();
  const pdf = await makePdf({ pages: sampleCoursePages(PAGES), title: 'Course' });
  fake = await startFakeOpenAi();
  server = await startApiServer({
    HEARTBEAT_MS: '1000',
    QUIZ_GENERATOR: 'auto',
    QUIZ_LLM_PROVIDER: 'openai',
    QUIZ_LLM_MODEL: 'fake-model',
    OPENAI_BASE_URL: fake.url,
    OPENAI_API_KEY: 'sk-test',
    LLM_MAX_RETRIES: '0',
  });
  browser = await launchBrowser();
  owner = await openApp(browser, server.url, { acceptDownloads: true, ignore: EXPECTED_FAILURES });
  await owner.page.getByTestId('drop-zone').waitFor();
  documentId = await uploadPdf(owner.page, pdf, 'course.pdf', PAGES);
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') console.error(`API server output:\n${server?.output() ?? ''}`);
});

afterAll(async () => {
  await visitor?.context.close();
  await owner?.context.close();
  await browser?.close();
  await server?.stop();
  await fake?.close();
});

async function api<T>(path: string): Promise<T> {
  const res = await fetch(`${server!.url}${path}`);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

const storedQuiz = () => api<Quiz>(`/api/quizzes/${quizId}`);

/**
 * An accepted answer as a person might type it rather than as it is listed: its leading article dropped (or
 * "the" added), in capitals, with stray spaces and a full stop.
 */
function asAPersonWrites(answer: string): string {
  const article = /^(?:the|a|an)\s+/i;
  const toggled = article.test(answer) ? answer.replace(article, '') : `the ${answer}`;
  return `  ${toggled.toUpperCase()}. `;
}

/** Answers the question on screen with the keyboard alone: a number key or typing, then Enter. */
async function answerByKeyboard(page: Page, q: Question, right: boolean): Promise<void> {
  const box = page.getByTestId('take-question');
  expect(await box.getAttribute('data-question-id')).toBe(q.id);
  if (q.type === 'short_answer') {
    await box.getByTestId('take-text').focus();
    await page.keyboard.type(right ? asAPersonWrites(q.answer[0]!) : 'not the answer');
  } else {
    await box.locator('input').first().focus();
    const index = right ? q.choices.indexOf(q.answer[0]!) : q.choices.findIndex((c) => !q.answer.includes(c));
    await page.keyboard.press(String(index + 1));
  }
  await page.keyboard.press('Enter');
}

function item(page: Page, index: number): Locator {
  return page.getByTestId('editor-item').nth(index);
}

async function editorIds(page: Page): Promise<string[]> {
  return page.getByTestId('editor-item').evaluateAll((els) => els.map((el) => el.getAttribute('data-question-id')!));
}

/** Generate Live ⚡ with the generator chosen now; returns the quiz id and the request's options. */
async function generateWith(page: Page): Promise<{ quizId: string; options: Record<string, unknown> }> {
  const request = page.waitForRequest((r) => r.method() === 'POST' && r.url().includes('/generate-stream/'));
  const { quizId } = await generateToEnd(page);
  return { quizId, options: (await request).postDataJSON() };
}

describe('a quiz from generation to sharing', () => {
  it('offers both generators, uses the chosen one, and shows the tokens an LLM used', async () => {
    const { page } = owner!;
    const select = page.getByLabel('Generator', { exact: true });
    await expect.poll(() => select.inputValue()).toBe('llm');
    const options = await select
      .locator('option')
      .evaluateAll((els) =>
        els.map((el) => ({ value: (el as HTMLOptionElement).value, text: el.textContent?.trim() })),
      );
    expect(options).toEqual([
      { value: 'offline', text: 'Offline (built in, no AI)' },
      { value: 'llm', text: 'AI model (openai/fake-model)' },
    ]);
    expect(await page.getByTestId('generator-in-use').count()).toBe(0);

    // The LLM (the server's default): its name and token usage are in the summary.
    const calls = fake!.requests.length;
    expect((await generateWith(page)).options).toMatchObject({ generator: 'llm' });
    expect(fake!.requests.length).toBeGreaterThan(calls);
    expect(await page.getByTestId('summary-generator').textContent()).toBe('llm:openai/fake-model');
    const tokens = page.getByTestId('summary-tokens');
    expect(Number(await tokens.getAttribute('data-input'))).toBeGreaterThan(0);
    expect(Number(await tokens.getAttribute('data-output'))).toBeGreaterThan(0);
    expect(await tokens.textContent()).toMatch(/^\s*[\d,]+ in · [\d,]+ out\s*$/);
    await page.getByTestId('quiz-summary').evaluate((el) => el.scrollIntoView());
    await shot(page, 'generator-llm', false);

    // Then the offline one, picked by hand: no provider call, no tokens. The rest of this file uses its quiz.
    await select.selectOption('offline');
    const before = fake!.requests.length;
    const offline = await generateWith(page);
    expect(offline.options).toMatchObject({ generator: 'offline' });
    expect(fake!.requests.length).toBe(before);
    expect(await page.getByTestId('summary-generator').textContent()).toBe('offline');
    expect(await page.getByTestId('summary-tokens').count()).toBe(0);
    quizId = offline.quizId;
  });

  it('takes the quiz with the keyboard: feedback per question, score, retry of the wrong ones', async () => {
    const { page } = owner!;
    const quiz = await storedQuiz();
    const n = quiz.questions.length;
    expect(n).toBeGreaterThan(3);
    expect(quiz.questions.some((q, i) => i !== 1 && q.type === 'short_answer')).toBe(true);

    await page.getByTestId('take-quiz-link').click();
    await page.waitForURL(`**/quizzes/${quizId}/take`);
    expect(await page.getByTestId('take-title').textContent()).toBe(quiz.title);
    expect(await page.getByTestId('quiz-taker').getAttribute('data-mode')).toBe('one');

    // Question 2 wrong, every other right (a short answer typed with or without its article, in other case,
    // spacing and punctuation counts as right; one long word typed with two letters swapped, a slip, too).
    const slipIndex = quiz.questions.findIndex(
      (q, i) => i !== 1 && q.type === 'short_answer' && /^\p{L}{8,}$/u.test(q.answer[0]!),
    );
    expect(slipIndex, 'a short answer of one long word to type with a slip').toBeGreaterThanOrEqual(0);
    for (const [i, q] of quiz.questions.entries()) {
      expect(await page.getByTestId('take-position').textContent()).toBe(`Question ${i + 1} of ${n}`);
      if (i === slipIndex) {
        const word = q.answer[0]!;
        const slipped = `${word.slice(0, 3)}${word[4]}${word[3]}${word.slice(5)}`;
        await page.getByTestId('take-question').getByTestId('take-text').focus();
        await page.keyboard.type(slipped);
        await page.keyboard.press('Enter');
        expect(await page.getByTestId('feedback-slip').textContent()).toContain(word);
      } else {
        await answerByKeyboard(page, q, i !== 1);
      }
      const feedback = page.getByTestId('feedback');
      expect(await feedback.getAttribute('data-correct')).toBe(String(i !== 1));
      expect(await feedback.getByTestId('feedback-source').textContent()).toContain(`page ${q.source.page}`);
      expect(await feedback.getByTestId('feedback-source').textContent()).toContain(q.source.quote);
      if (i === 1) {
        expect(await feedback.textContent()).toContain('Not quite');
        expect(await feedback.textContent()).toContain(q.answer[0]);
        await shot(page, 'take-feedback-wrong');
        await page.emulateMedia({ colorScheme: 'dark' });
        await shot(page, 'take-feedback-wrong-dark');
        await page.emulateMedia({ colorScheme: 'light' });
      }
      // The focus is on Next (or See my score): Enter goes on.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('next-question');
      await page.keyboard.press('Enter');
    }

    const score = page.getByTestId('quiz-score');
    await score.waitFor();
    expect(await score.getAttribute('data-score')).toBe(String(n - 1));
    expect(await score.getAttribute('data-total')).toBe(String(n));
    expect(await page.getByTestId('score-text').textContent()).toBe(`${n - 1} of ${n} correct`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('score-heading');
    await shot(page, 'take-score');

    // Retry the wrong one: a round of one question, answered right this time.
    await page.getByTestId('retry-wrong').click();
    expect(await page.getByTestId('take-position').textContent()).toBe('Question 1 of 1');
    await answerByKeyboard(page, quiz.questions[1]!, true);
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('score-text').textContent()).toBe('1 of 1 correct');

    // All at once (switching starts over): answer two by clicking, submit, get a score and feedback on each.
    await page.getByTestId('mode-all').check();
    const boxes = page.getByTestId('take-question');
    expect(await boxes.count()).toBe(n);
    for (const i of [0, 1]) {
      const q = quiz.questions[i]!;
      if (q.type === 'short_answer') await boxes.nth(i).getByTestId('take-text').fill(q.answer[0]!);
      else
        await boxes
          .nth(i)
          .locator(`input[value=${JSON.stringify(q.answer[0])}]`)
          .check();
    }
    await page.getByTestId('submit-all').click();
    expect(await page.getByTestId('quiz-score').getAttribute('data-score')).toBe('2');
    expect(await page.getByTestId('feedback').count()).toBe(n);
    await page.setViewportSize(PHONE);
    await shot(page, 'take-all-phone', false);
    await page.setViewportSize({ width: 1100, height: 900 });
  });

  it('edits the quiz: every change is saved, validation errors are shown next to their field', async () => {
    const { page } = owner!;
    await page.goto(`${server!.url}/quizzes/${quizId}`);
    await page.getByTestId('editor-list').waitFor();
    const quiz = await storedQuiz();
    expect(await page.getByTestId('editor-item').count()).toBe(quiz.questions.length);

    // Change a prompt, save; a reload (a deep link served by the API) shows it, and so does the API.
    await item(page, 0).getByTestId('edit-question').click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('field-prompt');
    await item(page, 0).getByTestId('field-prompt').fill(EDITED_PROMPT);
    await item(page, 0).getByTestId('save-question').click();
    await item(page, 0).getByTestId('edit-question').waitFor();
    await page.reload();
    await page.getByTestId('editor-list').waitFor();
    expect(await item(page, 0).getByTestId('question-prompt').textContent()).toBe(EDITED_PROMPT);
    expect((await storedQuiz()).questions[0]!.prompt).toBe(EDITED_PROMPT);

    // An empty prompt is refused by the server; the message sits next to the prompt, which gets the focus.
    const second = item(page, 1);
    await second.getByTestId('edit-question').click();
    await second.getByTestId('field-prompt').fill('');
    await second.getByTestId('save-question').click();
    await second.getByTestId('error-prompt').waitFor();
    expect(await second.getByTestId('field-prompt').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('field-prompt');
    // A quote that is not on the page is refused too, next to the quote.
    await second.getByTestId('field-prompt').fill('A fine prompt');
    await second.getByTestId('field-quote').fill('This sentence is nowhere in the document.');
    await second.getByTestId('save-question').click();
    await second.getByTestId('error-quote').waitFor();
    expect(await second.getByTestId('error-quote').textContent()).toContain('not on page');
    await shotOf(second, 'edit-validation');
    await second.getByTestId('cancel-question').click();
    expect((await storedQuiz()).questions[1]).toEqual(quiz.questions[1]);

    // Reorder with the keyboard: Move down on the first question, the focus follows the question.
    const before = await editorIds(page);
    await item(page, 0).getByTestId('move-down').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => editorIds(page)).toEqual([before[1], before[0], ...before.slice(2)]);
    expect(
      await page.evaluate(() =>
        document.activeElement?.closest('[data-question-id]')?.getAttribute('data-question-id'),
      ),
    ).toBe(before[0]);
    expect((await storedQuiz()).questions.map((q) => q.id)).toEqual([before[1], before[0], ...before.slice(2)]);

    // Regenerate the third question: a new question from the same page takes its place.
    const third = (await storedQuiz()).questions[2]!;
    await item(page, 2).getByTestId('regenerate-question').click();
    await expect.poll(async () => (await editorIds(page))[2], { timeout: 30_000 }).not.toBe(third.id);
    const replaced = (await storedQuiz()).questions[2]!;
    expect(replaced.id).not.toBe(third.id);
    expect(replaced.source.page).toBe(third.source.page);

    // Delete the last question, after confirming.
    const count = await page.getByTestId('editor-item').count();
    const last = item(page, count - 1);
    await last.getByTestId('delete-question').click();
    await last.getByTestId('delete-question-confirm').click();
    await expect.poll(() => page.getByTestId('editor-item').count()).toBe(count - 1);
    expect((await storedQuiz()).questions).toHaveLength(count - 1);

    // Add a question by hand: a quote not on the page is refused, one copied from the page is accepted.
    const onPage1 = (await storedQuiz()).questions.find((q) => q.source.page === 1) ?? quiz.questions[0]!;
    await page.getByTestId('add-question').click();
    const form = page.getByTestId('add-question-form');
    await form.getByTestId('field-type').selectOption('short_answer');
    await form.getByTestId('field-prompt').fill('Name the page this question was written from');
    await form.getByTestId('field-choice').first().fill('one');
    await form.getByTestId('field-explanation').fill('Written by hand.');
    await form.getByTestId('field-page').fill(String(onPage1.source.page));
    await form.getByTestId('field-quote').fill('Not a sentence of this page.');
    await form.getByTestId('save-question').click();
    await form.getByTestId('error-quote').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('field-quote');
    await shotOf(form, 'add-question-error');
    await form.getByTestId('field-quote').fill(onPage1.source.quote);
    await form.getByTestId('save-question').click();
    await expect.poll(() => page.getByTestId('editor-item').count()).toBe(count);
    const added = (await storedQuiz()).questions.at(-1)!;
    expect(added).toMatchObject({ type: 'short_answer', answer: ['one'], source: onPage1.source });
    // "Why" shows what an explanation adds, never the quote printed right below it again.
    await expect
      .poll(() =>
        item(page, count - 1)
          .getByTestId('question-explanation')
          .textContent(),
      )
      .toContain('Written by hand.');
    for (const card of await page.getByTestId('question-card').all()) {
      const quote = (await card.getByTestId('question-source').locator('blockquote').textContent())!.trim();
      const why = card.getByTestId('question-explanation');
      if ((await why.count()) > 0) expect(await why.textContent()).not.toContain(quote);
    }

    // Rename the quiz.
    await page.getByTestId('rename-quiz').click();
    await page.getByTestId('field-title').fill('Course quiz (edited)');
    await page.getByTestId('save-title').click();
    await page.getByTestId('rename-quiz').waitFor();
    expect(await page.getByTestId('quiz-title').textContent()).toBe('Course quiz (edited)');
    expect((await storedQuiz()).title).toBe('Course quiz (edited)');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'edit-quiz', false);
    await page.setViewportSize(PHONE);
    await shotOf(item(page, 0), 'edit-item-phone');
    await page.setViewportSize({ width: 1100, height: 900 });
  });

  it('downloads every export format; GIFT has the edited prompt, QTI is a zip', async () => {
    const { page } = owner!;
    // The menu offers every format of the contract (the web app's list is the contract's).
    for (const format of EXPORT_FORMATS) {
      expect(await page.getByTestId(`export-${format}`).getAttribute('href')).toBe(
        `/api/quizzes/${quizId}/export?format=${format}`,
      );
    }

    const [gift] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-gift').click()]);
    expect(gift.suggestedFilename()).toMatch(/\.gift\.txt$/);
    expect(await readFile((await gift.path())!, 'utf8')).toContain(EDITED_PROMPT);

    const [qti] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-qti').click()]);
    expect(qti.suggestedFilename()).toMatch(/\.zip$/);
    const zip = await readFile((await qti.path())!);
    expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('shares a read-only link that a new browser can take, until it is revoked', async () => {
    const { page } = owner!;
    await page.getByTestId('create-share').click();
    const input = page.getByTestId('share-url');
    await input.waitFor();
    shareUrl = await input.inputValue();
    expect(shareUrl).toMatch(new RegExp(`^${server!.url}/take/[A-Za-z0-9_-]{22}$`));
    await shot(page, 'share-link', false);

    // Someone else, in another browser context, on a phone.
    visitor = await openApp(browser!, shareUrl, { viewport: PHONE });
    const shared = visitor.page;
    await shared.getByTestId('quiz-taker').waitFor();
    expect(await shared.getByTestId('take-title').textContent()).toBe('Course quiz (edited)');
    expect(await shared.getByTestId('take-prompt').textContent()).toBe((await storedQuiz()).questions[0]!.prompt);
    // Read only: nothing of the editor is reachable from here.
    expect(await shared.getByTestId('rename-quiz').count()).toBe(0);
    expect(await shared.getByTestId('editor-list').count()).toBe(0);
    expect(await shared.locator(`a[href*="/quizzes/"]`).count()).toBe(0);
    const first = (await storedQuiz()).questions[0]!;
    await answerByKeyboard(shared, first, true);
    expect(await shared.getByTestId('feedback').getAttribute('data-correct')).toBe('true');
    await shot(shared, 'shared-take-phone');
    expect(visitor.errors).toEqual([]);

    // Revoked: the same link now says so.
    await page.getByTestId('revoke-share').click();
    await page.getByTestId('revoke-share-confirm').click();
    await page.getByTestId('create-share').waitFor();
    await shared.reload();
    await shared.getByTestId('load-error').waitFor();
    expect(await shared.getByTestId('load-error').textContent()).toContain('does not exist or was revoked');
  });

  it('lists the quiz and its document in the library; deleting asks first and removes them', async () => {
    const { page, errors } = owner!;
    await page.getByTestId('nav-library').click();
    await page.waitForURL('**/library');
    const quizRow = page.locator(`[data-testid="library-quiz"][data-quiz-id="${quizId}"]`);
    await quizRow.waitFor();
    expect(await quizRow.textContent()).toContain('Course quiz (edited)');
    expect(await quizRow.textContent()).toContain('course.pdf');
    const docRow = page.locator(`[data-testid="library-document"][data-document-id="${documentId}"]`);
    expect(await docRow.textContent()).toContain('6 pages');
    await shot(page, 'library');
    await page.setViewportSize(PHONE);
    await shot(page, 'library-phone', false);
    await page.setViewportSize({ width: 1100, height: 900 });

    // Reopen from the library.
    await quizRow.getByTestId('library-quiz-link').click();
    await page.waitForURL(`**/quizzes/${quizId}`);
    await page.getByTestId('editor-list').waitFor();
    await page.goBack();
    await quizRow.waitFor();

    // Delete asks first; Cancel keeps it.
    await quizRow.getByTestId('delete-quiz').click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await quizRow.count()).toBe(1);
    const quizzes = await api<{ quizzes: { id: string }[] }>('/api/quizzes');
    const others = quizzes.quizzes.filter((q) => q.id !== quizId).length;
    await quizRow.getByTestId('delete-quiz').click();
    await quizRow.getByTestId('delete-quiz-confirm').click();
    await quizRow.waitFor({ state: 'detached' });
    expect((await api<{ quizzes: unknown[] }>('/api/quizzes')).quizzes).toHaveLength(others);
    expect((await fetch(`${server!.url}/api/quizzes/${quizId}`)).status).toBe(404);

    await docRow.getByTestId('delete-document').click();
    await docRow.getByTestId('delete-document-confirm').click();
    await docRow.waitFor({ state: 'detached' });
    expect((await fetch(`${server!.url}/api/documents/${documentId}`)).status).toBe(404);

    // Deep links to what is gone, and to nowhere, say so.
    await page.goto(`${server!.url}/quizzes/${quizId}`);
    await page.getByTestId('load-error').waitFor();
    expect(await page.getByTestId('load-error').textContent()).toContain('does not exist');
    await page.goto(`${server!.url}/no/such/page`);
    await page.getByTestId('not-found').waitFor();
    expect(errors).toEqual([]);
  });
});
