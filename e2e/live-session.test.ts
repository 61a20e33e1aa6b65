// A live session in the browser: a teacher hosts a quiz from its page, and three phones (separate Chromium
// contexts) take part: two join with the code at /join, one reloads its page mid-question, one joins late by the
// link. The presenter shows the code, the QR code, who answered, the answer and how the class answered; each
// phone shows one question at a time, then whether it was right and why; the results count what was sent.
import type { Quiz } from '@quizstream/core/schemas';
import { makePdf, sampleCoursePages } from '@quizstream/core/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ar } from '../apps/web/app/i18n/ar.js';
import { expectAccessible } from './support/accessibility.js';
import { type ApiServer, startApiServer } from './support/api-server.js';
import { type AppPage, openApp, PHONE, shot } from './support/app-page.js';
import { launchBrowser } from './support/browser.js';
import { ensureWebBuilt } from './support/web-build.js';

let server: ApiServer | undefined;
let browser: Browser | undefined;
const opened: AppPage[] = [];
let quiz: Quiz;

beforeAll(async () => {
  await ensureWebBuilt();
  server = await startApiServer();
  browser = await launchBrowser();
  const form = new FormData();
  const pdf = await makePdf({ pages: sampleCoursePages(3), title: 'Rivers and capitals' });
  form.append('file', new Blob([Buffer.from(pdf)], { type: 'application/pdf' }), 'rivers.pdf');
  const doc = (await (await fetch(`${server.url}/api/documents`, { method: 'POST', body: form })).json()) as {
    id: string;
  };
  const stream = await fetch(`${server.url}/api/quiz/generate-stream/${doc.id}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ questionsPerPage: 2, types: ['multiple_choice', 'true_false'] }),
  });
  const text = await stream.text();
  const quizId = /"quizId":"([^"]+)"/.exec(text)![1]!;
  quiz = (await (await fetch(`${server.url}/api/quizzes/${quizId}`)).json()) as Quiz;
  expect(quiz.questions.length).toBeGreaterThanOrEqual(3);
});

afterAll(async () => {
  for (const app of opened) await app.context.close();
  await browser?.close();
  await server?.stop();
});

async function phone(url: string, locale = 'en-US'): Promise<AppPage> {
  const app = await openApp(browser!, url, { viewport: PHONE, locale });
  opened.push(app);
  return app;
}

async function joinAs(page: Page, nickname: string): Promise<void> {
  await page.getByTestId('join-nickname').fill(nickname);
  await page.getByTestId('join-submit').click();
  await page.getByTestId('live-player').waitFor();
}

const shownPrompt = (page: Page) => page.getByTestId('live-question').textContent();

async function tap(page: Page, choice: string): Promise<void> {
  await page.getByTestId('live-choice').filter({ hasText: choice }).first().click();
  await page.getByTestId('live-sent').or(page.getByTestId('live-verdict')).first().waitFor();
}

describe('a live session through the browser', () => {
  it('runs a whole session: host, two phones, one reloaded, one late', async () => {
    const teacher = await openApp(browser!, `${server!.url}/quizzes/${quiz.id}`);
    opened.push(teacher);
    const presenter = teacher.page;
    await presenter.getByTestId('live-launcher').waitFor();
    await presenter.getByTestId('live-seconds').fill('0');
    await presenter.getByTestId('live-open').click();
    await presenter.waitForURL(/\/live\/live_[\w-]+\?host=/u);
    const code = (await presenter.getByTestId('live-code').textContent())!.trim();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/u);
    expect(await presenter.getByTestId('live-join-url').textContent()).toMatch(/\/join\/[A-Z2-9]{8}$/u);
    expect(await presenter.locator('[data-testid="live-qr"] svg').count()).toBe(1);
    await expectAccessible(presenter, 'presenter in the lobby');

    // Two phones join with the code typed at /join.
    const ana = await phone(`${server!.url}/join`);
    const ben = await phone(`${server!.url}/join`);
    for (const [app, name] of [
      [ana, 'Ana'],
      [ben, 'Ben'],
    ] as const) {
      await app.page.getByTestId('join-code').fill(code.toLowerCase());
      await app.page.getByTestId('join-code-go').click();
      await joinAs(app.page, name);
      await app.page.getByTestId('live-lobby').waitFor();
    }
    await expectAccessible(ana.page, 'phone in the lobby');
    await presenter.locator('[data-testid="live-participants"][data-count="2"]').waitFor();
    await shot(presenter, 'live-presenter-lobby');

    // Question 1: both answer; everyone has, so the presenter reveals it by itself.
    await presenter.getByTestId('live-start').click();
    const [q0, q1] = quiz.questions;
    for (const app of [ana, ben]) expect(await shownPrompt(app.page)).toBe(q0!.prompt);
    const wrong0 = q0!.choices.find((c) => !q0!.answer.includes(c))!;
    await tap(ana.page, q0!.answer[0]!);
    await tap(ben.page, wrong0);
    await presenter.getByTestId('live-reveal').waitFor();
    expect(await presenter.getByTestId('live-answer').textContent()).toBe(q0!.answer.join(', '));
    await ana.page.locator('[data-testid="live-verdict"][data-correct="true"]').waitFor();
    await ben.page.locator('[data-testid="live-verdict"][data-correct="false"]').waitFor();
    expect(await ben.page.getByTestId('live-quote').textContent()).toContain(q0!.source.quote);
    await shot(ana.page, 'live-phone-right');
    await expectAccessible(ben.page, 'phone after a wrong answer');
    await shot(presenter, 'live-presenter-reveal');

    // Question 2: Ben's page reloads before he answers; Cy joins late by the link.
    await presenter.getByTestId('live-next').click();
    await ana.page.getByText(q1!.prompt).waitFor();
    await ben.page.getByText(q1!.prompt).waitFor();
    await ben.page.reload({ waitUntil: 'load' });
    await ben.page.getByText(q1!.prompt).waitFor();
    expect(await ben.page.getByTestId('live-nickname').textContent()).toContain('Ben');
    // Cy's phone speaks Arabic: the page is laid out right to left, in Arabic.
    const cy = await phone(`${server!.url}/join/${code.replace('-', '')}`, 'ar');
    await joinAs(cy.page, 'Cy');
    await cy.page.getByText(q1!.prompt).waitFor();
    expect(await cy.page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await cy.page.getByTestId('live-nickname').textContent()).toBe(ar.live.you('Cy'));
    await presenter.locator('[data-testid="live-participants"][data-count="3"]').waitFor();
    for (const app of [ana, ben, cy]) await tap(app.page, q1!.answer[0]!);
    await presenter.getByTestId('live-reveal').waitFor();
    for (const app of [ana, ben, cy])
      await app.page.locator('[data-testid="live-verdict"][data-correct="true"]').waitFor();

    // Ana reloads after the reveal: her answers and the reveal come back.
    await ana.page.reload({ waitUntil: 'load' });
    await ana.page.locator('[data-testid="live-verdict"][data-correct="true"]').waitFor();

    await presenter.getByTestId('live-end').click();
    await presenter.getByTestId('live-ended').waitFor();
    await presenter.getByTestId('live-leaderboard').waitFor();
    // The results on the presenter: per question, and per participant.
    await presenter.getByTestId('live-results').waitFor();
    expect(await presenter.getByTestId('live-result-row').allTextContents()).toEqual([
      'Ana2 of 2',
      'Ben1 of 2',
      'Cy1 of 1',
    ]);
    for (const [app, right] of [
      [ana, 2],
      [ben, 1],
    ] as const) {
      await app.page.getByTestId('live-ended').waitFor();
      expect(await app.page.getByTestId('live-score').textContent()).toBe(`You got ${right} of 2 right.`);
    }
    await cy.page.getByTestId('live-ended').waitFor();
    expect(await cy.page.getByTestId('live-score').textContent()).toBe(ar.live.score(1, 2));
    await shot(cy.page, 'live-phone-ended-arabic');
    await expectAccessible(cy.page, 'Arabic phone at the end');
    await shot(ana.page, 'live-phone-ended');
    await expectAccessible(presenter, 'presenter at the end');

    // The results the presenter offers are what the phones sent.
    const csvHref = await presenter.getByTestId('live-results-csv').getAttribute('href');
    const json = await (await fetch(new URL(csvHref!.replace('format=csv', 'format=json'), server!.url))).json();
    expect(json.participants.map((p: { nickname: string; correct: number }) => [p.nickname, p.correct])).toEqual([
      ['Ana', 2],
      ['Ben', 1],
      ['Cy', 1],
    ]);
    for (const app of [teacher, ana, ben, cy]) expect(app.errors).toEqual([]);
  });
});
