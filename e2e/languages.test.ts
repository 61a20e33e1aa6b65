// Browser test of the interface in the teacher's language: a browser set to Japanese gets the whole path in
// Japanese (generate, take, export), one set to Arabic gets it in Arabic laid out from the right; the switch in
// the header changes the language at once and keeps it after a reload. The expected words come from the
// catalogs themselves, so the test checks that each one reaches the page, not a copy of them.
import { readFile } from 'node:fs/promises';
import type { Question, Quiz } from '@quizstream/core/schemas';
import { MULTILINGUAL_SAMPLES, makePdf } from '@quizstream/core/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ar } from '../apps/web/app/i18n/ar.js';
import type { Messages } from '../apps/web/app/i18n/en.js';
import { ja } from '../apps/web/app/i18n/ja.js';
import { ru } from '../apps/web/app/i18n/ru.js';
import { type ApiServer, startApiServer } from './support/api-server.js';
import { type AppPage, openApp, shot, uploadPdf } from './support/app-page.js';
import { launchBrowser } from './support/browser.js';
import { ensureWebBuilt } from './support/web-build.js';

let server: ApiServer | undefined;
let browser: Browser | undefined;
let app: AppPage | undefined;

beforeAll(async () => {
  await ensureWebBuilt();
  server = await startApiServer({ QUIZ_GENERATOR: 'offline' });
  browser = await launchBrowser();
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') console.error(`API server output:\n${server?.output() ?? ''}`);
  await app?.context.close();
  app = undefined;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The page's visible text, spaces folded. */
async function textOf(page: Page, testId: string): Promise<string> {
  return ((await page.getByTestId(testId).first().textContent()) ?? '').replace(/\s+/gu, ' ').trim();
}

/** Waits until the app has taken the browser's language (it is detected once the app is mounted). */
async function waitForLanguage(page: Page, lang: string, dir: 'ltr' | 'rtl'): Promise<void> {
  await page.waitForFunction(([l, d]) => document.documentElement.lang === l && document.documentElement.dir === d, [
    lang,
    dir,
  ] as const);
}

/** Upload, Generate Live ⚡, take every question right, then download the GIFT export: all in one language. */
async function wholePath(page: Page, m: Messages, pdf: Uint8Array, name: string): Promise<Quiz> {
  expect(await page.getByTestId('drop-zone').textContent()).toContain(m.upload.prompt);
  await uploadPdf(page, pdf, name, 1);
  await page.getByRole('button', { name: m.options.generate }).click();
  const summary = page.getByTestId('quiz-summary');
  await summary.waitFor({ timeout: 90_000 });
  expect(await summary.textContent()).toContain(m.summary.heading);
  expect(await summary.textContent()).toContain(m.summary.take);
  const quizId = (await summary.getAttribute('data-quiz-id'))!;
  const res = await fetch(`${server!.url}/api/quizzes/${quizId}`);
  const quiz = (await res.json()) as Quiz;
  expect(res.status, JSON.stringify(quiz)).toBe(200);
  expect(quiz.questions.length).toBeGreaterThan(0);

  await page.getByTestId('take-quiz-link').click();
  await page.waitForURL(`**/quizzes/${quizId}/take`);
  const n = quiz.questions.length;
  for (const [i, q] of quiz.questions.entries()) {
    expect(await textOf(page, 'take-position')).toBe(m.take.progress(i + 1, n));
    await answerRight(page, q);
    await page.getByTestId('check-answer').click();
    const feedback = page.getByTestId('feedback');
    expect(await feedback.getAttribute('data-correct')).toBe('true');
    expect(await feedback.textContent()).toContain(m.take.correct);
    await page.getByTestId('next-question').click();
  }
  const score = page.getByTestId('quiz-score');
  await score.waitFor();
  expect(await score.textContent()).toContain(m.take.score(n, n));
  expect(await score.textContent()).toContain(m.take.allRight);

  await page.goto(`${server!.url}/quizzes/${quizId}`);
  const gift = page.getByTestId('export-gift');
  await gift.waitFor();
  // Its name is the words it shows, in the interface's language.
  expect(await gift.getAttribute('aria-label')).toBeNull();
  expect(await gift.textContent()).toContain(m.exporting.formats.gift);
  expect(await page.getByText(m.exporting.intro, { exact: true }).count()).toBe(1);
  const [download] = await Promise.all([page.waitForEvent('download'), gift.click()]);
  const text = await readFile((await download.path())!, 'utf8');
  // The export carries the questions in the document's script, untouched.
  expect(text).toContain(quiz.questions[0]!.source.quote.slice(0, 12));
  return quiz;
}

async function answerRight(page: Page, q: Question): Promise<void> {
  const box = page.getByTestId('take-question');
  if (q.type === 'short_answer') {
    await box.getByTestId('take-text').fill(q.answer[0]!);
    return;
  }
  for (const choice of q.answer) {
    await box.locator(`input[data-testid="take-choice"][value=${JSON.stringify(choice)}]`).check();
  }
}

describe('the interface in the teacher’s language', () => {
  it('speaks Japanese to a browser set to Japanese, from upload through taking to export', async () => {
    app = await openApp(browser!, server!.url, { locale: 'ja-JP', acceptDownloads: true });
    const { page, errors } = app;
    await waitForLanguage(page, 'ja', 'ltr');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('quizstream');
    expect(await page.locator('.tagline').textContent()).toBe(ja.app.tagline);
    expect(await page.getByTestId('nav-library').textContent()).toBe(ja.nav.library);
    expect(await page.getByTestId('language-switch').inputValue()).toBe('ja');

    const pdf = await makePdf({ font: 'noto', pages: [MULTILINGUAL_SAMPLES.ja] });
    await wholePath(page, ja, pdf, '日本の地理.pdf');
    await shot(page, 'interface-ja');
    expect(errors).toEqual([]);
  });

  it('lays out the Arabic interface from the right, through generate, take and export', async () => {
    app = await openApp(browser!, server!.url, { locale: 'ar-EG', acceptDownloads: true });
    const { page, errors } = app;
    await waitForLanguage(page, 'ar', 'rtl');
    expect(await page.locator('.tagline').textContent()).toBe(ar.app.tagline);
    // Right to left: the header starts from the right, the product's name on the right of the navigation.
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
    const brand = await page.getByRole('heading', { level: 1 }).boundingBox();
    const nav = await page.getByTestId('nav-generate').boundingBox();
    expect(brand!.x).toBeGreaterThan(nav!.x);

    // A Hebrew page: a right-to-left document in a right-to-left interface.
    const pdf = await makePdf({ font: 'noto', pages: [MULTILINGUAL_SAMPLES.he] });
    const quiz = await wholePath(page, ar, pdf, 'גאוגרפיה.pdf');
    // Questions in a right-to-left script lay out from the right wherever they are shown.
    await page.goto(`${server!.url}/quizzes/${quiz.id}/take`);
    const prompt = page.getByTestId('take-prompt');
    await prompt.waitFor();
    expect(await prompt.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await shot(page, 'interface-ar');
    expect(errors).toEqual([]);
  });

  it('switches the language in the header at once, and keeps it after a reload', async () => {
    app = await openApp(browser!, server!.url, { locale: 'ar' });
    const { page, errors } = app;
    await waitForLanguage(page, 'ar', 'rtl');
    await page.getByTestId('language-switch').selectOption('ru');
    await waitForLanguage(page, 'ru', 'ltr');
    expect(await page.locator('.tagline').textContent()).toBe(ru.app.tagline);
    expect(await page.getByTestId('nav-generate').textContent()).toBe(ru.nav.generate);
    await page.reload({ waitUntil: 'load' });
    await waitForLanguage(page, 'ru', 'ltr');
    expect(await page.getByTestId('nav-library').textContent()).toBe(ru.nav.library);
    expect(errors).toEqual([]);
  });
});
