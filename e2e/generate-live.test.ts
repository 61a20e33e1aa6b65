// Browser test of the product's main path against the real stack: the API server as a child process serving
// the built web app, driven through Chromium. Upload a PDF, press Generate Live ⚡, watch questions stream in;
// and Stop cancels the job on the server.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { makePdf, sampleCoursePages } from '@quizstream/core/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ApiServer, startApiServer } from './support/api-server.js';
import { launchBrowser } from './support/browser.js';
import { recordLiveView, waitForConnectionText, waitForFirstCard } from './support/dom-recorder.js';
import { repoRoot } from './support/repo-root.js';
import { ensureWebBuilt } from './support/web-build.js';

const STREAM_PAGES = 20;
const LARGE_PAGES = 400;
const CONNECTED = 'Connected to quiz generation stream...';
const artifacts = path.join(repoRoot, 'test-results');

let server: ApiServer | undefined;
let browser: Browser | undefined;
let context: BrowserContext | undefined;
let pdfs: { stream: Uint8Array; large: Uint8Array };

beforeAll(async () => {
  await ensureWebBuilt();
  const [stream, large] = await Promise.all([
    makePdf({ pages: sampleCoursePages(STREAM_PAGES), title: 'Sample course' }),
    makePdf({ pages: sampleCoursePages(LARGE_PAGES), title: 'Large sample course' }),
  ]);
  pdfs = { stream, large };
  server = await startApiServer({ HEARTBEAT_MS: '1000' });
  browser = await launchBrowser();
  await mkdir(artifacts, { recursive: true });
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') console.error(`API server output:\n${server?.output() ?? ''}`);
  await context?.close();
  context = undefined;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A fresh page on the app; any uncaught error or console error in it fails the test at the end. */
async function openApp(viewport = { width: 1100, height: 900 }): Promise<{ page: Page; errors: string[] }> {
  context = await browser!.newContext({ viewport });
  const page = await context.newPage();
  await recordLiveView(page);
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  await page.goto(server!.url, { waitUntil: 'load' });
  await page.getByTestId('drop-zone').waitFor();
  return { page, errors };
}

async function uploadPdf(page: Page, bytes: Uint8Array, name: string, pages: number): Promise<void> {
  await page.getByTestId('file-input').setInputFiles({ name, mimeType: 'application/pdf', buffer: Buffer.from(bytes) });
  const info = page.getByTestId('document-info');
  await info.waitFor({ timeout: 60_000 });
  expect(await page.getByTestId('document-filename').textContent()).toBe(name);
  expect(await page.getByTestId('document-pages').getAttribute('data-pages')).toBe(String(pages));
  expect(await page.getByTestId('document-pages').textContent()).toContain(`${pages} pages`);
}

describe('Generate Live ⚡ in the browser', () => {
  it('streams question cards page by page, then shows a summary that matches them', async () => {
    const { page, errors } = await openApp();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('quizstream');
    await uploadPdf(page, pdfs.stream, 'course.pdf', STREAM_PAGES);

    await page.getByRole('button', { name: 'Generate Live ⚡' }).click();
    await waitForConnectionText(page, CONNECTED);

    // Streaming, not a page of results at the end: the first card shows while pages are still being processed.
    const atFirstCard = await waitForFirstCard(page);
    expect(atFirstCard.summaryShown).toBe(false);
    expect(atFirstCard.totalPages).toBe(STREAM_PAGES);
    expect(atFirstCard.pagesDone).toBeLessThan(STREAM_PAGES);

    const summary = page.getByTestId('quiz-summary');
    await summary.waitFor({ timeout: 90_000 });

    const bar = page.getByRole('progressbar', { name: 'Pages processed' });
    expect(await bar.getAttribute('aria-valuemax')).toBe(String(STREAM_PAGES));
    expect(await bar.getAttribute('aria-valuenow')).toBe(String(STREAM_PAGES));

    const cards = page.getByTestId('question-card');
    const cardCount = await cards.count();
    expect(cardCount).toBeGreaterThan(0);
    expect(Number(await page.getByTestId('summary-questions').textContent())).toBe(cardCount);
    expect(Number(await page.getByTestId('summary-pages').textContent())).toBe(STREAM_PAGES);

    // A card carries its prompt, a marked answer and its grounding quote.
    const card = cards.first();
    expect((await card.getByTestId('question-prompt').textContent())?.trim()).not.toBe('');
    expect(await card.getByTestId('question-source').getAttribute('data-page')).toMatch(/^\d+$/);
    const marked = await card.locator('[data-answer]').count();
    const accepted = await card.getByTestId('question-answer').count();
    expect(marked + accepted).toBeGreaterThan(0);

    // The JSON link leads to the stored quiz with the same questions.
    const href = await page.getByTestId('quiz-json-link').getAttribute('href');
    expect(href).toMatch(/^\/api\/quizzes\/.+/);
    const quiz = (await (await fetch(`${server!.url}${href}`)).json()) as { questions: unknown[] };
    expect(quiz.questions).toHaveLength(cardCount);

    await page.screenshot({ path: path.join(artifacts, 'generate-live.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('stream-panel').evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: path.join(artifacts, 'generate-live-phone.png') });
    expect(errors).toEqual([]);
  });

  it('Stop cancels the job on the server', async () => {
    const { page, errors } = await openApp();
    await uploadPdf(page, pdfs.large, 'large.pdf', LARGE_PAGES);

    await page.getByTestId('generate-button').click();
    await waitForConnectionText(page, CONNECTED);
    await waitForFirstCard(page);

    const jobId = await page.getByTestId('stream-panel').getAttribute('data-job-id');
    expect(jobId).toBeTruthy();
    const deleted = page.waitForRequest(
      (req) => req.method() === 'DELETE' && req.url().endsWith(`/api/quiz/jobs/${jobId}`),
    );
    await page.getByTestId('stop-button').click();
    await deleted;
    await page.getByTestId('stream-cancelled').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('summary-questions').count()).toBe(0);

    let status = '';
    for (const deadline = Date.now() + 15_000; Date.now() < deadline; ) {
      const res = await fetch(`${server!.url}/api/quiz/jobs/${jobId}`);
      expect(res.status).toBe(200);
      status = ((await res.json()) as { status: string }).status;
      if (status !== 'running') break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe('cancelled');
    await page.screenshot({ path: path.join(artifacts, 'generate-live-stopped.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
