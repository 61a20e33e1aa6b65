// Teachers sign in through a real OpenID Provider on loopback (oidc-provider), in Chromium: a teacher is sent to
// sign in, comes back named in the header, makes a quiz and shares it; another teacher sees none of it (her
// library is empty, the first one's quiz is "not found"); a student opens the share link in a fresh browser and
// takes the quiz without any account; a teacher from another school is told why she cannot sign in; signing out
// brings the sign-in page back.
import { freePort, makePdf, sampleCoursePages } from '@quizstream/core/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startIdentityProvider, type TestIdentityProvider } from '../apps/api/test/identity-provider.js';
import { PEOPLE } from '../apps/api/test/sign-in-server.js';
import { type ApiServer, startApiServer } from './support/api-server.js';
import { type AppPage, generateToEnd, openApp, shot, uploadPdf } from './support/app-page.js';
import { launchBrowser } from './support/browser.js';
import { ensureWebBuilt } from './support/web-build.js';

// Chromium logs every refused request: /api/me before sign-in (401), a quiz of someone else (404).
const EXPECTED_FAILURES = [/status of 40[14]/];

let idp: TestIdentityProvider | undefined;
let server: ApiServer | undefined;
let browser: Browser | undefined;
const contexts: AppPage[] = [];
let quizId = '';
let shareUrl = '';

async function open(url: string): Promise<AppPage> {
  const app = await openApp(browser!, url, { ignore: EXPECTED_FAILURES });
  contexts.push(app);
  return app;
}

/** From the app's sign-in page through the provider's form, as the teacher `login`. */
async function signIn(page: Page, login: string): Promise<void> {
  await page.getByTestId('signin-button').click();
  await page.getByLabel('Login').fill(login);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

beforeAll(async () => {
  await ensureWebBuilt();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  idp = await startIdentityProvider({ people: PEOPLE, redirectUris: [`${url}/auth/callback`] });
  server = await startApiServer({
    PORT: String(port),
    PUBLIC_URL: url,
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: idp.clientId,
    OIDC_CLIENT_SECRET: idp.clientSecret,
    ALLOWED_EMAIL_DOMAINS: 'school.example',
    QUIZ_GENERATOR: 'offline',
  });
  browser = await launchBrowser();
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') console.error(`API server output:\n${server?.output() ?? ''}`);
  for (const { errors } of contexts) expect(errors).toEqual([]);
});

afterAll(async () => {
  for (const { context } of contexts) await context.close();
  await browser?.close();
  await server?.stop();
  await idp?.close();
});

describe('teachers sign in, students need no account', () => {
  it('sends a teacher to sign in, then back, named in the header; she makes and shares a quiz', async () => {
    const { page } = await open(`${server!.url}/library`);
    await page.getByTestId('signin').waitFor();
    expect(await page.getByTestId('account').count()).toBe(0);
    await shot(page, 'sign-in', false);
    await signIn(page, 'alice');
    await page.waitForURL(`${server!.url}/library`);
    expect(await page.getByTestId('account-name').textContent()).toBe('Signed in as Alice Teacher');

    await page.getByTestId('nav-generate').click();
    await page.getByTestId('drop-zone').waitFor();
    const pdf = await makePdf({ pages: sampleCoursePages(2), title: 'Course' });
    await uploadPdf(page, pdf, 'course.pdf', 2);
    quizId = (await generateToEnd(page)).quizId;

    await page.goto(`${server!.url}/quizzes/${quizId}`);
    await page.getByTestId('create-share').click();
    const input = page.getByTestId('share-url');
    await input.waitFor();
    shareUrl = await input.inputValue();
    expect(shareUrl).toMatch(new RegExp(`^${server!.url}/take/[A-Za-z0-9_-]{22}$`));
  });

  it("shows another teacher none of it: an empty library, and the first one's quiz not found", async () => {
    const { page } = await open(server!.url);
    await signIn(page, 'bob');
    await page.waitForURL(`${server!.url}/`);
    expect(await page.getByTestId('account-name').textContent()).toBe('Signed in as Bob Teacher');
    await page.getByTestId('nav-library').click();
    await page.getByTestId('quizzes-empty').waitFor();
    await page.goto(`${server!.url}/quizzes/${quizId}`);
    await page.getByTestId('load-error').waitFor();
    expect(await page.getByTestId('editor-list').count()).toBe(0);
  });

  it('lets a student take the shared quiz in a fresh browser without ever asking her to sign in', async () => {
    const { page } = await open(shareUrl);
    await page.getByTestId('quiz-taker').waitFor();
    expect(await page.getByTestId('take-question').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('signin').count()).toBe(0);
    expect(await page.getByTestId('account').count()).toBe(0);
    expect(page.url()).toBe(shareUrl);
  });

  it('tells a teacher from another school why she cannot sign in', async () => {
    const { page } = await open(server!.url);
    await signIn(page, 'eve');
    await page.getByTestId('signin-error').waitFor();
    expect(await page.getByTestId('signin-error').textContent()).toMatch(/one school only/);
    expect(await page.getByTestId('account').count()).toBe(0);
  });

  it('signs out: the sign-in page is back, and the library needs a new sign-in', async () => {
    const { page } = contexts[0]!;
    await page.goto(`${server!.url}/library`);
    await page.getByTestId('sign-out').click();
    await page.getByTestId('signin').waitFor();
    expect(await page.getByTestId('account').count()).toBe(0);
    await page.goto(`${server!.url}/library`);
    await page.getByTestId('signin').waitFor();
    expect(new URL(page.url()).pathname).toBe('/signin');
  });
});
