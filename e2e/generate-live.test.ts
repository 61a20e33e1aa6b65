// Browser test of the product's main path against the real stack: the API server as a child process serving
// the built web app, driven through Chromium. Upload a PDF, press Generate Live ⚡, watch questions stream in;
// Stop cancels the job on the server; a lost connection or a page reload continues the same job.
import { mkdir } from 'node:fs/promises';
import {
  BLANK_PAGE,
  makeEncryptedPdf,
  makeHostilePdf,
  makePdf,
  makeScannedPdf,
  sampleCoursePages,
} from '@quizstream/core/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/accessibility.js';
import { type ApiServer, startApiServer } from './support/api-server.js';
import { type AppPage, artifacts, openApp, PHONE, shot, uploadPdf } from './support/app-page.js';
import { launchBrowser } from './support/browser.js';
import { recording, waitForConnectionText, waitForFirstCard } from './support/dom-recorder.js';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy.js';
import { ensureWebBuilt } from './support/web-build.js';

const STREAM_PAGES = 20;
const MEDIUM_PAGES = 60;
const LARGE_PAGES = 320;
// Pages that are only images of their text: read with OCR (OCR=auto, the default).
const SCANNED_PAGES = [
  [
    'The mitochondrion is the site of cellular respiration in eukaryotic cells.',
    'Robert Hooke first described cells in 1665 after examining thin slices of cork under a microscope.',
  ],
  [
    'Photosynthesis takes place in the chloroplasts of plant cells, which contain the green pigment chlorophyll.',
    'Charles Darwin published On the Origin of Species in 1859.',
  ],
];
// A French scan, read with Debian's French OCR data (tesseract-ocr-fra, which .ci/run installs).
const FRENCH_SCANNED_PAGES = [
  [
    'Lintian est un programme qui vérifie les paquets Debian et signale les erreurs les plus courantes.',
    'Debian a été fondé par Ian Murdock en 1993.',
  ],
  [
    'Piuparts est un outil qui teste l’installation et la suppression des paquets.',
    'La première version stable de Debian est sortie en 1996.',
  ],
];
const CONNECTED = 'Live';
const RECONNECTING = 'Reconnecting...';
const RUNNING_JOB_KEY = 'quizstream.running-job';

let server: ApiServer | undefined;
let proxy: TcpProxy | undefined;
let browser: Browser | undefined;
let app: AppPage | undefined;
let pdfs: {
  stream: Uint8Array;
  medium: Uint8Array;
  large: Uint8Array;
  scanned: Uint8Array;
  frenchScanned: Uint8Array;
};

beforeAll(async () => {
  await ensureWebBuilt();
  const [stream, medium, large, scanned, frenchScanned] = await Promise.all([
    makePdf({ pages: sampleCoursePages(STREAM_PAGES), title: 'Sample course' }),
    makePdf({ pages: sampleCoursePages(MEDIUM_PAGES), title: 'Medium sample course' }),
    makePdf({ pages: sampleCoursePages(LARGE_PAGES), title: 'Large sample course' }),
    makeScannedPdf({ pages: SCANNED_PAGES }),
    makeScannedPdf({ pages: FRENCH_SCANNED_PAGES }),
  ]);
  pdfs = { stream, medium, large, scanned, frenchScanned };
  // Offline generator only (whatever the environment holds), a fast heartbeat, and a short reconnect delay.
  server = await startApiServer({ HEARTBEAT_MS: '1000', RETRY_MS: '500', QUIZ_GENERATOR: 'offline' });
  proxy = await startTcpProxy(server.url);
  browser = await launchBrowser();
  await mkdir(artifacts, { recursive: true });
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') console.error(`API server output:\n${server?.output() ?? ''}`);
  await app?.context.close();
  app = undefined;
});

afterAll(async () => {
  await browser?.close();
  await proxy?.close();
  await server?.stop();
});

async function open(through = server!.url): Promise<AppPage> {
  app = await openApp(browser!, through);
  await app.page.getByTestId('drop-zone').waitFor();
  return app;
}

/**
 * Runs `test` against a server of its own, started with `env` (the shared one keeps its settings), prints that
 * server's output when the test fails, and closes the test's page and the server after it, whatever happens.
 */
async function withOwnServer(env: Record<string, string>, test: (own: ApiServer) => Promise<void>): Promise<void> {
  const own = await startApiServer({ QUIZ_GENERATOR: 'offline', ...env });
  try {
    await test(own);
  } catch (error) {
    console.error(`API server output:\n${own.output()}`);
    throw error;
  } finally {
    await app?.context.close();
    app = undefined;
    await own.stop();
  }
}

/**
 * Answers the first question of the taker within `scope` while more are written, and waits for its round (of
 * `first` questions) to grow: the question and its feedback stay where they are.
 */
async function answerWhileTheRoundGrows(page: Page, scope: string, first: number): Promise<void> {
  const box = page.locator(scope).getByTestId('take-question');
  const firstId = await box.getAttribute('data-question-id');
  const text = box.getByTestId('take-text');
  if (await text.count()) await text.fill('an answer');
  else await box.locator('input').first().check();
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    ({ selector, before }) => {
      const position = document.querySelector(`${selector} [data-testid="take-position"]`)?.textContent;
      return Number(/(\d+)\D*$/u.exec(position ?? '')?.[1]) > before;
    },
    { selector: scope, before: first },
    { timeout: 60_000 },
  );
  expect(await box.getAttribute('data-question-id')).toBe(firstId);
  expect(await page.locator(scope).getByTestId('feedback').count()).toBe(1);
}

async function cardIds(page: Page): Promise<string[]> {
  return page
    .getByTestId('question-card')
    .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-question-id') ?? ''));
}

async function jobStatus(jobId: string): Promise<string> {
  const res = await fetch(`${server!.url}/api/quiz/jobs/${jobId}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { status: string }).status;
}

/** Every POST that starts a generation job, from now on. */
function countJobStarts(page: Page): string[] {
  const starts: string[] = [];
  page.on('request', (req) => {
    if (req.method() === 'POST' && req.url().includes('/api/quiz/generate-stream/')) starts.push(req.url());
  });
  return starts;
}

describe('Generate Live ⚡ in the browser', () => {
  it('streams question cards page by page, then shows a summary that matches them', async () => {
    const { page, errors } = await open();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('quizstream');
    await uploadPdf(page, pdfs.stream, 'course.pdf', STREAM_PAGES);

    // One generator on this server: it is named, and there is nothing to choose.
    const inUse = page.getByTestId('generator-in-use');
    expect(await inUse.getAttribute('data-generator')).toBe('offline');
    expect(await inUse.textContent()).toContain('Offline');
    expect(await page.getByTestId('generator-select').count()).toBe(0);

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
    expect(await page.getByTestId('summary-generator').textContent()).toBe('offline');
    // The offline generator uses no tokens, so none are reported.
    expect(await page.getByTestId('summary-tokens').count()).toBe(0);

    // A card carries its prompt, a marked answer and its grounding quote; these pages had text, so no OCR mark.
    expect(await page.getByTestId('question-ocr').count()).toBe(0);
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

    // The job is over: nothing is left to resume after a reload.
    expect(await page.evaluate((key) => sessionStorage.getItem(key), RUNNING_JOB_KEY)).toBeNull();

    await shot(page, 'generate-live');
    await page.setViewportSize(PHONE);
    await page.getByTestId('stream-panel').evaluate((el) => el.scrollIntoView());
    await shot(page, 'generate-live-phone', false);
    expect(errors).toEqual([]);
  });

  it('speaks to the teacher in plain words: how far it got, warnings in the open, internals under Details', async () => {
    const { page, errors } = await open();
    // Two pages without any text among five: one warning line naming both, not two lines or a folded list.
    const [first, second, third] = sampleCoursePages(3);
    const pdf = await makePdf({ pages: [first!, BLANK_PAGE, second!, BLANK_PAGE, third!], title: 'Gaps' });
    await uploadPdf(page, pdf, 'gaps.pdf', 5);
    await page.getByTestId('generate-button').click();
    await page.getByTestId('quiz-summary').waitFor({ timeout: 90_000 });

    const { activityTexts } = await recording(page);
    expect(
      activityTexts.some((t) => /\b\d+ questions? so far$/u.test(t)),
      activityTexts.join(' | '),
    ).toBe(true);
    const panel = page.getByTestId('stream-panel');
    // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered, without what a closed Details holds, is the point
    const seen = await panel.innerText();
    for (const internal of [/\bJob\b/u, /job_/u, /ungrounded/u, /generation stream/u, /Stream closed/u, /^offline$/mu])
      expect(seen).not.toMatch(internal);

    const warnings = page.getByTestId('warning');
    const pagesOf = await warnings.evaluateAll((items) =>
      items.map(
        (li) => `${li.getAttribute('data-code')} ${li.querySelector('[data-testid="warning-pages"]')?.textContent}`,
      ),
    );
    expect(pagesOf.filter((w) => w.includes('Pages 2 and 4:'))).toHaveLength(1);
    for (const w of await warnings.all()) expect(await w.isVisible()).toBe(true);

    // What the system did is one click away: the job, what was set aside and why, the generator.
    const details = page.getByTestId('stream-details');
    expect(await details.getByTestId('summary-generator').isVisible()).toBe(false);
    await details.locator('summary').click();
    expect(await details.getByTestId('summary-generator').textContent()).toBe('offline');
    expect(await details.textContent()).toMatch(/Job \S+/u);
    expect(await details.getByTestId('summary-dropped').textContent()).toMatch(/not found on their page/u);
    await shot(page, 'generate-live-plain-words');
    expect(errors).toEqual([]);
  });

  it('Start now takes the questions written so far, and those written after join the round', async () => {
    const { page, errors } = await open();
    // Long enough that the job still runs while the first question is answered, on a slow machine too.
    await uploadPdf(page, pdfs.large, 'large.pdf', LARGE_PAGES);
    await page.getByTestId('generate-button').click();
    await waitForFirstCard(page);
    await page.getByTestId('start-now').click();
    const taker = page.getByTestId('take-now');
    await taker.getByTestId('take-question').waitFor();
    // The cards below show the answers: hidden while the quiz is taken.
    expect(await page.getByTestId('cards-hidden').isVisible()).toBe(true);
    expect(await page.getByTestId('question-list').count()).toBe(0);
    const total = async () =>
      Number(/(\d+)\D*$/u.exec((await taker.getByTestId('take-position').textContent()) ?? '')?.[1]);
    const first = await total();
    expect(first).toBeGreaterThan(0);
    expect(await taker.getByTestId('take-live').isVisible()).toBe(true);

    // Answer the first question while the rest is written: the round grows under it, the answer stays.
    await answerWhileTheRoundGrows(page, '[data-testid="take-now"]', first);

    // Stopped: the taker keeps every question that came, and is no longer live.
    await page.getByTestId('stop-button').click();
    await page.getByTestId('stream-cancelled').waitFor({ timeout: 30_000 });
    expect(await taker.getByTestId('take-live').count()).toBe(0);
    expect(await total()).toBeGreaterThan(first);
    // Screen readers heard the questions arrive in batches, never more than once in ten seconds.
    const { announcements } = await recording(page);
    const arrivals = announcements.filter((a) => /questions? so far$/u.test(a.text));
    expect(arrivals.length, JSON.stringify(announcements)).toBeGreaterThanOrEqual(1);
    for (let i = 1; i < arrivals.length; i++) expect(arrivals[i]!.at - arrivals[i - 1]!.at).toBeGreaterThan(9_500);
    await shot(page, 'generate-live-start-now');
    expect(errors).toEqual([]);
  });

  it('shares the quiz while it is written: a student starts on a link, new questions join, Stop ends the writing', async () => {
    const { page, errors } = await open();
    await uploadPdf(page, pdfs.large, 'large.pdf', LARGE_PAGES);
    await page.getByTestId('generate-button').click();
    await waitForFirstCard(page);
    const sharing = page.getByTestId('share-live');
    await sharing.locator('summary').click();
    await sharing.getByTestId('create-share').click();
    const link = await sharing.getByTestId('share-url').inputValue();
    expect(link).toMatch(/\/take\/[A-Za-z0-9_-]{22}$/);

    // The student: another browser, no account, the link alone.
    const student = await openApp(browser!, link);
    try {
      const sp = student.page;
      const live = sp.getByTestId('shared-live');
      await sp.getByTestId('take-question').waitFor();
      expect(await live.getAttribute('data-state')).toBe('writing');
      expect(await sp.getByTestId('take-live').isVisible()).toBe(true);
      expect(await sp.getByTestId('take-title').textContent()).toBeTruthy();
      const total = async () =>
        Number(/(\d+)\D*$/u.exec((await sp.getByTestId('take-position').textContent()) ?? '')?.[1]);
      const first = await total();
      expect(first).toBeGreaterThan(0);
      await expectAccessible(sp, 'shared link of a quiz being written');

      // Answers the first question while the rest is written: the round grows under it.
      await answerWhileTheRoundGrows(sp, '[data-testid="shared-quiz"]', first);

      // The teacher stops: the student keeps every question that came, told that no more will come.
      await page.getByTestId('stop-button').click();
      await page.getByTestId('stream-cancelled').waitFor({ timeout: 30_000 });
      await sp.locator('[data-testid="shared-live"][data-state="stopped"]').waitFor({ timeout: 30_000 });
      expect(await sp.getByTestId('take-live').count()).toBe(0);
      expect(await sp.getByTestId('shared-live-status').textContent()).toMatch(/No more questions will be written/);
      expect(await total()).toBeGreaterThan(first);
      await shot(sp, 'shared-link-while-written');
      expect(student.errors).toEqual([]);
    } finally {
      await student.context.close();
    }
    expect(errors).toEqual([]);
  });

  it('reads a scanned PDF with OCR, saying so while it reads, and every card marked OCR', async () => {
    const { page, errors } = await open();
    await uploadPdf(page, pdfs.scanned, 'scan.pdf', SCANNED_PAGES.length);
    await page.getByTestId('generate-button').click();
    await page
      .getByText(/^Reading with OCR: page [12] of 2…/)
      .first()
      .waitFor({ timeout: 60_000 });
    await page.getByTestId('quiz-summary').waitFor({ timeout: 90_000 });
    const cards = page.getByTestId('question-card');
    const count = await cards.count();
    expect(count).toBeGreaterThan(0);
    expect(await page.getByTestId('question-ocr').count()).toBe(count);
    const quotes = await page.getByTestId('question-source').locator('blockquote').allTextContents();
    expect(quotes.length).toBe(count);
    for (const quote of quotes) {
      const text = quote.replace(/\s+/g, ' ').trim();
      expect(SCANNED_PAGES.flat().some((sentence) => sentence.includes(text))).toBe(true);
    }
    expect(await page.getByTestId('question-ocr').first().getAttribute('title')).toMatch(/OCR/);
    await shot(page, 'generate-live-scanned');
    expect(errors).toEqual([]);
  });

  it('reads a French scan with French OCR data: French questions, each marked OCR, quoting the page', async () => {
    await withOwnServer({ OCR_LANGS: 'eng+fra' }, async (french) => {
      const { page, errors } = await open(french.url);
      await uploadPdf(page, pdfs.frenchScanned, 'debian-fr.pdf', FRENCH_SCANNED_PAGES.length);
      await page.getByTestId('generate-button').click();
      await page.getByTestId('quiz-summary').waitFor({ timeout: 90_000 });
      const count = await page.getByTestId('question-card').count();
      expect(count).toBeGreaterThan(0);
      expect(await page.getByTestId('question-ocr').count()).toBe(count);
      const prompts = await page.getByTestId('question-prompt').allTextContents();
      // Worded in French, with a French hint where the blank has one ("Complétez (une année) :").
      for (const prompt of prompts)
        expect(prompt).toMatch(
          /^(Complétez|Vrai ou faux)(?: \((?:une année|un nombre|un nom|un mot|un terme)\))?[\s\u00a0\u202f]?:/u,
        );
      const quotes = await page.getByTestId('question-source').locator('blockquote').allTextContents();
      const sentences = FRENCH_SCANNED_PAGES.flat();
      for (const quote of quotes) {
        const text = quote.replace(/\s+/g, ' ').trim();
        // Read with the French model: accents and the founder's name as printed.
        expect(
          sentences.some((sentence) => sentence.includes(text)),
          text,
        ).toBe(true);
      }
      await shot(page, 'generate-live-scanned-french');
      expect(errors).toEqual([]);
    });
  });

  it('waits out a server too busy to take the upload, saying so, and sends it again by itself', async () => {
    // A server that checks one PDF at a time, busy with a slow one (a glyph flood, read until its page timeout):
    // the browser's upload gets the real 503 with Retry-After.
    await withOwnServer({ MAX_CONCURRENT_UPLOADS: '1', PDF_PAGE_TIMEOUT_MS: '2500' }, async (busy) => {
      const form = new FormData();
      form.append('file', new Blob([Buffer.from(makeHostilePdf({ kind: 'glyph-flood' }))]), 'slow.pdf');
      const slow = fetch(`${busy.url}/api/documents`, { method: 'POST', body: form });
      // Chromium logs the refused request; that one is provoked on purpose.
      app = await openApp(browser!, busy.url, { ignore: [/status of 503/] });
      const { page, errors } = app;
      await page.getByTestId('drop-zone').waitFor();
      await new Promise((r) => setTimeout(r, 400));
      await page
        .getByTestId('file-input')
        .setInputFiles({ name: 'course.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdfs.stream) });
      const status = page.getByTestId('upload-status');
      await page.getByText(/The server is busy; sending again in \d+ seconds?…/).waitFor({ timeout: 30_000 });
      expect(await status.getAttribute('role')).toBe('status');
      expect(await page.getByTestId('upload-error').count()).toBe(0);
      expect((await slow).status).toBe(422);
      await page.getByTestId('document-info').waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('document-pages').getAttribute('data-pages')).toBe(String(STREAM_PAGES));
      expect(await page.getByTestId('upload-error').count()).toBe(0);
      expect(busy.output()).toContain('"statusCode":503');
      expect(errors).toEqual([]);
    });
  });

  it('explains a refused upload in words, by its content whatever its name, and takes a good PDF next', async () => {
    const { page, errors } = await open();
    const input = page.getByTestId('file-input');
    const alert = page.getByTestId('upload-error');
    const html = Buffer.from('<!doctype html><title>x</title><script>alert(1)</script>');
    await input.setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: html });
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toMatch(/not a PDF/i);
    expect(await page.getByTestId('document-info').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Generate Live ⚡' }).isDisabled()).toBe(true);

    const locked = Buffer.from(makeEncryptedPdf({ text: 'A protected page.' }));
    await input.setInputFiles({ name: 'locked.pdf', mimeType: 'application/pdf', buffer: locked });
    await page
      .getByText(/password/i)
      .first()
      .waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toMatch(/password/i);
    await shot(page, 'upload-refused');

    await uploadPdf(page, pdfs.stream, 'course.pdf', STREAM_PAGES);
    expect(await alert.count()).toBe(0);
    await shot(page, 'upload-refused-then-accepted');
    // The browser logs the refused uploads' 4xx answers as failed resources; nothing else may be logged.
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });

  it('Stop cancels the job on the server', async () => {
    const { page, errors } = await open();
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
      status = await jobStatus(jobId!);
      if (status !== 'running') break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe('cancelled');
    expect(await page.evaluate((key) => sessionStorage.getItem(key), RUNNING_JOB_KEY)).toBeNull();
    await shot(page, 'generate-live-stopped');
    expect(errors).toEqual([]);
  });

  it('shows Reconnecting... when the connection drops and continues the same job by itself', async () => {
    const { page, errors } = await open(proxy!.url);
    await uploadPdf(page, pdfs.medium, 'medium.pdf', MEDIUM_PAGES);
    const starts = countJobStarts(page);

    await page.getByTestId('generate-button').click();
    await waitForFirstCard(page);
    const jobId = await page.getByTestId('stream-panel').getAttribute('data-job-id');

    // The network goes away: the open stream dies and the first attempts to resume fail too.
    proxy!.blocked = true;
    proxy!.cut();
    await waitForConnectionText(page, RECONNECTING, 15_000);
    expect(await page.getByTestId('connection-status').getAttribute('data-state')).toBe('reconnecting');
    await shot(page, 'generate-live-reconnecting', false);
    proxy!.blocked = false;

    await page.getByTestId('quiz-summary').waitFor({ timeout: 90_000 });
    expect(await page.getByTestId('stream-panel').getAttribute('data-job-id')).toBe(jobId);
    const ids = await cardIds(page);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Number(await page.getByTestId('summary-questions').textContent())).toBe(ids.length);
    const quiz = (await (await fetch(`${server!.url}/api/quiz/jobs/${jobId}`)).json()) as { quizId: string };
    const stored = (await (await fetch(`${server!.url}/api/quizzes/${quiz.quizId}`)).json()) as {
      questions: unknown[];
    };
    expect(stored.questions).toHaveLength(ids.length);
    expect(starts).toHaveLength(1);
    const texts = (await recording(page)).connectionTexts;
    expect(texts.indexOf(RECONNECTING)).toBeLessThan(texts.lastIndexOf(CONNECTED));
    // Chromium logs the requests that failed while the network was away.
    expect(errors.filter((e) => !/ERR_|Failed to load resource|Failed to fetch/.test(e))).toEqual([]);
  });

  it('a page reload follows the same job again: no second job, every card once, summary matches', async () => {
    const { page, errors } = await open();
    const documentId = await uploadPdf(page, pdfs.large, 'large.pdf', LARGE_PAGES);
    const starts = countJobStarts(page);

    await page.getByTestId('generate-button').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="question-card"]').length >= 3);
    const jobId = (await page.getByTestId('stream-panel').getAttribute('data-job-id'))!;
    const before = await page.getByTestId('question-card').count();
    const saved = JSON.parse((await page.evaluate((key) => sessionStorage.getItem(key), RUNNING_JOB_KEY)) ?? '{}');
    expect(saved).toMatchObject({ jobId, documentId });
    expect(await jobStatus(jobId)).toBe('running');

    // The first resume attempt after the reload fails (a proxy hiccup): the app says so and tries again itself.
    let failedOnce = false;
    await page.route('**/api/quiz/jobs/*/stream', async (route) => {
      if (failedOnce) return route.continue();
      failedOnce = true;
      await route.fulfill({ status: 503, headers: { 'retry-after': '1' }, body: '' });
    });

    await page.reload({ waitUntil: 'load' });
    await page.getByTestId('stream-resumed').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('stream-panel').getAttribute('data-job-id')).toBe(jobId);
    expect(await page.getByTestId('document-info').getAttribute('data-document-id')).toBe(documentId);
    await waitForConnectionText(page, RECONNECTING, 15_000);
    await shot(page, 'generate-live-resumed', false);

    await page.getByTestId('quiz-summary').waitFor({ timeout: 90_000 });
    expect(await page.getByTestId('stream-panel').getAttribute('data-job-id')).toBe(jobId);
    const ids = await cardIds(page);
    expect(ids.length).toBeGreaterThan(before);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Number(await page.getByTestId('summary-questions').textContent())).toBe(ids.length);

    // One job only: no second POST, and the document has exactly one quiz, made by that job.
    expect(starts).toHaveLength(1);
    const { quizzes } = (await (await fetch(`${server!.url}/api/quizzes`)).json()) as {
      quizzes: { id: string; documentId: string; questionCount: number }[];
    };
    const mine = quizzes.filter((q) => q.documentId === documentId);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.questionCount).toBe(ids.length);
    const quiz = (await (await fetch(`${server!.url}/api/quizzes/${mine[0]!.id}`)).json()) as { jobId: string };
    expect(quiz.jobId).toBe(jobId);
    expect(await page.evaluate((key) => sessionStorage.getItem(key), RUNNING_JOB_KEY)).toBeNull();
    expect(errors.filter((e) => !/503/.test(e))).toEqual([]);
  });
});
