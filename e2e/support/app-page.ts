// Opening the web app in a fresh browser context and the steps every browser test shares: upload a PDF,
// generate, wait for the summary. Any uncaught error or console error in a page is collected for the test.
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { recordLiveView } from './dom-recorder.js';
import { repoRoot } from './repo-root.js';

export const artifacts = path.join(repoRoot, 'test-results');
export const DESKTOP = { width: 1100, height: 900 };
export const PHONE = { width: 390, height: 844 };

export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** Page errors and console errors seen so far, in every page of the context. */
  errors: string[];
}

export function watchErrors(page: Page, errors: string[], ignore: RegExp[] = []): void {
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !ignore.some((re) => re.test(msg.text()))) errors.push(`console: ${msg.text()}`);
  });
}

/**
 * A new context and page at `url` (the app's start page by default). `ignore`: console errors a test provokes
 * on purpose (Chromium logs every failed request, e.g. a 422 the test asked for). `locale`: the browser's
 * language (navigator.languages and Accept-Language), English by default.
 */
export async function openApp(
  browser: Browser,
  url: string,
  { viewport = DESKTOP, ignore = [] as RegExp[], acceptDownloads = false, locale = 'en-US' } = {},
): Promise<AppPage> {
  const context = await browser.newContext({ viewport, acceptDownloads, locale });
  const page = await context.newPage();
  await recordLiveView(page);
  const errors: string[] = [];
  watchErrors(page, errors, ignore);
  await page.goto(url, { waitUntil: 'load' });
  return { page, context, errors };
}

export async function uploadPdf(page: Page, bytes: Uint8Array, name: string, pages: number): Promise<string> {
  await page.getByTestId('file-input').setInputFiles({ name, mimeType: 'application/pdf', buffer: Buffer.from(bytes) });
  const info = page.getByTestId('document-info');
  await info.waitFor({ timeout: 60_000 });
  expect(await page.getByTestId('document-filename').textContent()).toBe(name);
  expect(await page.getByTestId('document-pages').getAttribute('data-pages')).toBe(String(pages));
  return (await info.getAttribute('data-document-id'))!;
}

/** Presses Generate Live ⚡ and waits for the summary; returns the quiz id and the number of cards. */
export async function generateToEnd(page: Page, timeout = 90_000): Promise<{ quizId: string; cards: number }> {
  await page.getByTestId('generate-button').click();
  const summary = page.getByTestId('quiz-summary');
  await summary.waitFor({ timeout });
  const cards = await page.getByTestId('question-card').count();
  expect(Number(await page.getByTestId('summary-questions').textContent())).toBe(cards);
  return { quizId: (await summary.getAttribute('data-quiz-id'))!, cards };
}

export function shot(page: Page, name: string, fullPage = true): Promise<Buffer> {
  return page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage });
}

/** A screenshot of one part of the page (long pages shrink too much to be looked at whole). */
export function shotOf(locator: Locator, name: string): Promise<Buffer> {
  return locator.screenshot({ path: path.join(artifacts, `${name}.png`) });
}
