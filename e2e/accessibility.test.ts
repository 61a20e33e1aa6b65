// Every screen of the web app passes axe-core's WCAG 2.2 A and AA rules with no serious or critical violation:
// generate (empty, a document chosen, the stream running and done, its Details open), the quiz page (editor,
// share, export), the taker (a question, its feedback, the score), a shared quiz in another browser, the
// library, the Arabic interface from right to left, and the quiz page at phone width and at 200% text size. And
// the whole path from upload to export is taken with the keyboard alone.
import { makePdf, sampleCoursePages } from '@quizstream/core/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/accessibility.js';
import { type ApiServer, startApiServer } from './support/api-server.js';
import { type AppPage, openApp, PHONE, uploadPdf } from './support/app-page.js';
import { launchBrowser } from './support/browser.js';
import { waitForFirstCard } from './support/dom-recorder.js';
import { ensureWebBuilt } from './support/web-build.js';

// Enough pages that the first cards arrive while later pages are still being read.
const PAGES = 30;

let server: ApiServer | undefined;
let browser: Browser | undefined;
let owner: AppPage | undefined;
const others: AppPage[] = [];
let quizId = '';
let shareUrl = '';

beforeAll(async () => {
  await ensureWebBuilt();
  server = await startApiServer({ HEARTBEAT_MS: '1000', QUIZ_GENERATOR: 'offline' });
  browser = await launchBrowser();
  owner = await openApp(browser, server.url);
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') console.error(`API server output:\n${server?.output() ?? ''}`);
});

afterAll(async () => {
  for (const { context } of others) await context.close();
  await owner?.context.close();
  await browser?.close();
  await server?.stop();
});

async function open(url: string, options: Parameters<typeof openApp>[2] = {}): Promise<Page> {
  const app = await openApp(browser!, url, options);
  others.push(app);
  return app.page;
}

/** Presses Tab until the element `testid` has the focus (at most `max` times); fails if it never does. */
async function tabTo(page: Page, testid: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
    if (focused === testid) return;
  }
  throw new Error(`Tab never reached ${testid}`);
}

describe('accessibility of every screen (axe-core, WCAG 2.2 A and AA)', () => {
  it('generate: empty, with a document, while streaming, done, and its Details open', async () => {
    const { page } = owner!;
    await page.getByTestId('drop-zone').waitFor();
    await expectAccessible(page, 'generate, empty');
    const pdf = await makePdf({ pages: sampleCoursePages(PAGES), title: 'Course' });
    await uploadPdf(page, pdf, 'course.pdf', PAGES);
    await expectAccessible(page, 'generate, a document chosen');
    await page.getByTestId('generate-button').click();
    await waitForFirstCard(page);
    await expectAccessible(page, 'generate, streaming');
    await page.getByTestId('quiz-summary').waitFor({ timeout: 90_000 });
    quizId = (await page.getByTestId('quiz-summary').getAttribute('data-quiz-id'))!;
    await expectAccessible(page, 'generate, done');
    await page.getByTestId('stream-details').locator('summary').click();
    await expectAccessible(page, 'generate, Details open');
  });

  it('the quiz page: editor, share link, export', async () => {
    const { page } = owner!;
    await page.goto(`${server!.url}/quizzes/${quizId}`);
    await page.getByTestId('editor-item').first().waitFor();
    await expectAccessible(page, 'quiz page');
    await page.getByTestId('create-share').click();
    await page.getByTestId('share-url').waitFor();
    shareUrl = await page.getByTestId('share-url').inputValue();
    await expectAccessible(page, 'quiz page, shared');
  });

  it('the taker: a question, its feedback, and the score', async () => {
    const { page } = owner!;
    await page.goto(`${server!.url}/quizzes/${quizId}/take`);
    const box = page.getByTestId('take-question');
    await box.waitFor();
    await expectAccessible(page, 'taker, a question');
    const total = await page.getByTestId('take-position').textContent();
    const count = Number(/of (\d+)/u.exec(total ?? '')?.[1]);
    for (let i = 0; i < count; i++) {
      const text = page.getByTestId('take-question').getByTestId('take-text');
      if (await text.count()) await text.fill('not the answer');
      else await page.getByTestId('take-question').locator('input').first().check();
      await page.keyboard.press('Enter');
      if (i === 0) await expectAccessible(page, 'taker, feedback');
      await page.keyboard.press('Enter');
    }
    await page.getByTestId('quiz-score').waitFor();
    await expectAccessible(page, 'taker, score');
  });

  it('a shared quiz in another browser, and the library', async () => {
    const visitor = await open(shareUrl);
    await visitor.getByTestId('take-question').first().waitFor();
    await expectAccessible(visitor, 'shared quiz');
    const { page } = owner!;
    await page.goto(`${server!.url}/library`);
    await page.getByTestId('quiz-list').waitFor();
    await expectAccessible(page, 'library');
  });

  it('the Arabic interface from right to left, the quiz page at phone width and at 200% text size', async () => {
    const arabic = await open(`${server!.url}/quizzes/${quizId}/take`, { locale: 'ar' });
    await arabic.getByTestId('take-question').waitFor();
    expect(await arabic.locator('html').getAttribute('dir')).toBe('rtl');
    await expectAccessible(arabic, 'taker in Arabic');
    const phone = await open(`${server!.url}/quizzes/${quizId}`, { viewport: PHONE });
    await phone.getByTestId('editor-item').first().waitFor();
    await expectAccessible(phone, 'quiz page at phone width');
    // 200% zoom: a 1100-pixel window at twice the scale is a 550-pixel layout of twice the size.
    const zoomed = await open(`${server!.url}/quizzes/${quizId}`, { viewport: { width: 550, height: 450 } });
    await zoomed.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    await zoomed.getByTestId('editor-item').first().waitFor();
    await expectAccessible(zoomed, 'quiz page at 200% text size');
  });

  it('takes the whole path from upload to export with the keyboard alone', async () => {
    const page = await open(server!.url, { acceptDownloads: true });
    await page.getByTestId('drop-zone').waitFor();
    // The file input under the drop zone takes the focus; Enter opens the file chooser. (Listened for before the
    // focus moves: Playwright starts intercepting file choosers only once someone listens, which takes a moment.)
    const choosing = page.waitForEvent('filechooser', { timeout: 60_000 });
    await tabTo(page, 'file-input');
    const pdf = await makePdf({ pages: sampleCoursePages(3), title: 'Keyboard course' });
    await page.keyboard.press('Enter');
    const chooser = await choosing;
    await chooser.setFiles({ name: 'keys.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
    await page.getByTestId('document-info').waitFor();
    await tabTo(page, 'generate-button');
    await page.keyboard.press('Enter');
    await page.getByTestId('quiz-summary').waitFor({ timeout: 90_000 });
    await tabTo(page, 'open-quiz-link');
    await page.keyboard.press('Enter');
    await page.getByTestId('export-menu').waitFor();
    await tabTo(page, 'export-gift', 400);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.gift\.txt$/u);
  }, 180_000);
});
