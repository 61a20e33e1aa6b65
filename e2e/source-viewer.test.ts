// The source, one click away: a question's page opens the PDF page itself in the browser (pdf.js), the quote
// highlighted through the page's text layer and scrolled into view, with zoom and the pages around it; from the
// live cards, in the editor, after answering in the taker and on a shared quiz. On a scanned page the quote is
// highlighted over the words OCR reads there.
import { makePdf, makeScannedPdf, sampleCoursePages } from '@quizstream/core/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/accessibility.js';
import { type ApiServer, startApiServer } from './support/api-server.js';
import { type AppPage, generateToEnd, openApp, shot, uploadPdf } from './support/app-page.js';
import { launchBrowser } from './support/browser.js';
import { ensureWebBuilt } from './support/web-build.js';

const PAGES = 4;

let server: ApiServer | undefined;
let browser: Browser | undefined;
const apps: AppPage[] = [];
let quizId = '';

beforeAll(async () => {
  await ensureWebBuilt();
  server = await startApiServer({ HEARTBEAT_MS: '1000', QUIZ_GENERATOR: 'offline' });
  browser = await launchBrowser();
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') console.error(`API server output:\n${server?.output() ?? ''}`);
});

afterAll(async () => {
  for (const { context } of apps) await context.close();
  await browser?.close();
  await server?.stop();
});

async function open(url: string): Promise<AppPage> {
  const app = await openApp(browser!, url);
  apps.push(app);
  return app;
}

const squeeze = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[\s\u00AD-]/gu, '')
    .toLowerCase();

/** Opens the viewer from `button`, waits for the page to be drawn, and checks what is highlighted. */
async function openViewer(page: Page, button: ReturnType<Page['getByTestId']>, quote: string): Promise<void> {
  const wanted = Number(await button.getAttribute('data-page'));
  await button.click();
  const viewer = page.getByTestId('source-viewer');
  await page.locator('[data-testid="source-viewer"][data-state="ready"]').waitFor({ timeout: 30_000 });
  expect(await viewer.getAttribute('data-page')).toBe(String(wanted));
  expect(await viewer.getAttribute('data-found')).toBe('whole');
  // The highlighted runs of the text layer are the quote, and nothing but the quote.
  const hits = await viewer.locator('.hit').allTextContents();
  expect(hits.length).toBeGreaterThan(0);
  expect(squeeze(hits.join(''))).toBe(squeeze(quote));
  // The page is drawn: the canvas holds dark pixels (text), not a blank sheet.
  const inked = await viewer.getByTestId('viewer-canvas').evaluate((c: HTMLCanvasElement) => {
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 100 && data[i + 3]! > 0) dark++;
    return dark;
  });
  expect(inked).toBeGreaterThan(100);
}

describe('the source viewer', () => {
  it('opens a live card’s page with its quote highlighted; zoom, the next page, and back with Escape', async () => {
    const { page, errors } = await open(server!.url);
    const pdf = await makePdf({ pages: sampleCoursePages(PAGES), title: 'Course' });
    await uploadPdf(page, pdf, 'course.pdf', PAGES);
    ({ quizId } = await generateToEnd(page));

    const card = page.getByTestId('question-card').first();
    const quote = (await card.getByTestId('question-source').locator('blockquote').textContent())!.trim();
    const button = card.getByTestId('source-button');
    await openViewer(page, button, quote);
    await expectAccessible(page, 'source viewer');
    await shot(page, 'source-viewer');

    const viewer = page.getByTestId('source-viewer');
    const width = async () => viewer.getByTestId('viewer-canvas').evaluate((c: HTMLCanvasElement) => c.clientWidth);
    const before = await width();
    await viewer.getByTestId('viewer-zoom-in').click();
    await page.locator('[data-testid="source-viewer"][data-state="ready"]').waitFor();
    expect(await width()).toBeGreaterThan(before);

    const at = Number(await viewer.getAttribute('data-page'));
    const other = at < PAGES ? 'viewer-next' : 'viewer-previous';
    await viewer.getByTestId(other).click();
    await page
      .locator(`[data-testid="source-viewer"][data-page="${at < PAGES ? at + 1 : at - 1}"][data-state="ready"]`)
      .waitFor();
    expect(await viewer.getByTestId('viewer-status').textContent()).toBe(`The quote is on page ${at}.`);
    expect(await viewer.locator('.hit').count()).toBe(0);

    await page.keyboard.press('Escape');
    await viewer.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('source-button');
    expect(errors).toEqual([]);
  });

  it('opens it from the editor, after answering in the taker, and on a shared quiz', async () => {
    const { page, errors } = await open(`${server!.url}/quizzes/${quizId}`);
    const item = page.getByTestId('editor-item').first();
    await item.waitFor();
    const quote = (await item.getByTestId('question-source').locator('blockquote').textContent())!.trim();
    await openViewer(page, item.getByTestId('source-button'), quote);
    await page.getByTestId('viewer-close').click();

    await page.goto(`${server!.url}/quizzes/${quizId}/take`);
    const box = page.getByTestId('take-question');
    await box.waitFor();
    const text = box.getByTestId('take-text');
    if (await text.count()) await text.fill('not the answer');
    else await box.locator('input').first().check();
    await page.keyboard.press('Enter');
    const feedback = page.getByTestId('feedback-source');
    const asked = (await feedback.locator('q').textContent())!.trim();
    await openViewer(page, feedback.getByTestId('source-button'), asked);
    await page.getByTestId('viewer-close').click();

    await page.goto(`${server!.url}/quizzes/${quizId}`);
    await page.getByTestId('create-share').click();
    const shareUrl = await page.getByTestId('share-url').inputValue();
    const student = await open(shareUrl);
    const shared = student.page.getByTestId('take-question');
    await shared.waitFor();
    const input = shared.getByTestId('take-text');
    if (await input.count()) await input.fill('not the answer');
    else await shared.locator('input').first().check();
    await student.page.keyboard.press('Enter');
    const source = student.page.getByTestId('feedback-source');
    await openViewer(
      student.page,
      source.getByTestId('source-button'),
      (await source.locator('q').textContent())!.trim(),
    );
    expect(errors).toEqual([]);
    expect(student.errors).toEqual([]);
  });

  it('highlights a scanned page’s quote over the words OCR reads there, on a sheet scanned sideways too', async () => {
    const { page, errors } = await open(server!.url);
    const upright = [
      'The mitochondrion is the site of cellular respiration in eukaryotic cells.',
      'Robert Hooke first described cells in 1665 after examining thin slices of cork.',
    ];
    const turned = [
      'Photosynthesis takes place in the chloroplasts of plant cells, which contain the green pigment chlorophyll.',
      'Charles Darwin published On the Origin of Species in 1859.',
    ];
    // A sheet upright, then one turned on the scanner: OCR reads it upright, the viewer shows it as scanned.
    const scan = await makeScannedPdf({ pages: [upright, turned], turned: [0, 90] });
    await uploadPdf(page, scan, 'scan.pdf', 2);
    await generateToEnd(page);
    const cards = page.getByTestId('question-card');
    const onPage = async (n: number) => {
      for (let i = 0; i < (await cards.count()); i++) {
        const card = cards.nth(i);
        if ((await card.getByTestId('source-button').getAttribute('data-page')) === String(n)) return card;
      }
      throw new Error(`no question from page ${n}`);
    };
    for (const [n, sideways] of [
      [1, false],
      [2, true],
    ] as const) {
      const card = await onPage(n);
      const quote = (await card.getByTestId('question-source').locator('blockquote').textContent())!.trim();
      await card.getByTestId('source-button').click();
      const viewer = page.locator('[data-testid="source-viewer"][data-state="ready"][data-found]');
      await viewer.waitFor({ timeout: 60_000 });
      expect(await viewer.getAttribute('data-found')).toBe('whole');
      expect(await viewer.getByTestId('viewer-status').textContent()).toBe('The quote is highlighted on the page.');
      // The highlighted words are the quote's, and each lies on ink: the words themselves on the scanned image.
      const marks = viewer.getByTestId('viewer-ocr').locator('mark');
      const words = await marks.evaluateAll((all) => all.map((m) => (m as HTMLElement).dataset.word ?? ''));
      expect(squeeze(words.join(''))).toBe(squeeze(quote));
      const placed = await viewer.evaluate((root) => {
        const canvas = root.querySelector('canvas')!;
        const frame = canvas.getBoundingClientRect();
        const scaleX = canvas.width / frame.width;
        const scaleY = canvas.height / frame.height;
        const context = canvas.getContext('2d')!;
        return [...root.querySelectorAll<HTMLElement>('[data-testid="viewer-ocr"] mark')].map((mark) => {
          const r = mark.getBoundingClientRect();
          const x = Math.round((r.left - frame.left) * scaleX);
          const y = Math.round((r.top - frame.top) * scaleY);
          const w = Math.max(1, Math.round(r.width * scaleX));
          const h = Math.max(1, Math.round(r.height * scaleY));
          const data = context.getImageData(x, y, w, h).data;
          let dark = 0;
          for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark++;
          const inside =
            r.left >= frame.left - 1 &&
            r.right <= frame.right + 1 &&
            r.top >= frame.top - 1 &&
            r.bottom <= frame.bottom + 1;
          return { ink: dark / (w * h), inside, tall: r.height > r.width };
        });
      });
      for (const mark of placed) {
        expect(mark.inside).toBe(true);
        expect(mark.ink).toBeGreaterThan(0.05);
      }
      // Upright words are wider than tall; on the sheet turned sideways, most are taller than wide.
      const tall = placed.filter((m) => m.tall).length;
      if (sideways) expect(tall).toBeGreaterThan(placed.length / 2);
      else expect(tall).toBeLessThan(placed.length / 2);
      await shot(page, `source-viewer-ocr-page-${n}`);
      if (n === 1) await expectAccessible(page, 'source viewer on a scanned page');
      await page.getByTestId('viewer-close').click();
      await page.getByTestId('source-viewer').waitFor({ state: 'detached' });
    }
    expect(errors).toEqual([]);
  });
});
