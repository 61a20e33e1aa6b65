// The LLM generator through the browser: a quiz written by a model (the loopback fake provider, speaking the
// OpenAI streaming protocol) shows the teacher what it cost at the configured prices, and the tokens it used,
// cached ones included, and the questions dropped for a wrong key, under Details.
import {
  type FakeOpenAi,
  keyPlantingResponder,
  makePdf,
  sampleCoursePages,
  startFakeOpenAi,
} from '@quizstream/core/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/accessibility.js';
import { type ApiServer, startApiServer } from './support/api-server.js';
import { type AppPage, generateToEnd, openApp, shot, uploadPdf } from './support/app-page.js';
import { launchBrowser } from './support/browser.js';
import { ensureWebBuilt } from './support/web-build.js';

let fake: FakeOpenAi | undefined;
let server: ApiServer | undefined;
let browser: Browser | undefined;
let app: AppPage | undefined;

beforeAll(async () => {
  await ensureWebBuilt();
  // A model that caches prompts as OpenAI does, and gets some answer keys wrong.
  fake = await startFakeOpenAi({ tokenDelayMs: 1, promptCaching: true, respond: keyPlantingResponder() });
  server = await startApiServer({
    QUIZ_GENERATOR: 'llm',
    QUIZ_LLM_PROVIDER: 'openai',
    QUIZ_LLM_MODEL: 'fake-model',
    OPENAI_BASE_URL: fake.url,
    OPENAI_API_KEY: 'sk-e2e',
    LLM_MAX_RETRIES: '0',
    LLM_PRICE_INPUT_PER_MTOK: '2.50',
    LLM_PRICE_OUTPUT_PER_MTOK: '10',
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await app?.context.close();
  await browser?.close();
  await server?.stop();
  await fake?.close();
});

describe('a quiz written by a model', () => {
  it('shows the teacher what it cost, and the tokens under Details', async () => {
    app = await openApp(browser!, server!.url);
    const { page, errors } = app;
    await uploadPdf(page, await makePdf({ pages: sampleCoursePages(3), title: 'Course' }), 'course.pdf', 3);
    await generateToEnd(page);
    const cost = page.getByTestId('summary-cost');
    const usd = Number(await cost.getAttribute('data-usd'));
    const tokens = page.getByTestId('summary-tokens');
    const input = Number(await tokens.getAttribute('data-input'));
    const output = Number(await tokens.getAttribute('data-output'));
    expect(input).toBeGreaterThan(0);
    expect(usd).toBeCloseTo((input * 2.5 + output * 10) / 1_000_000, 10);
    // Written as money: cents, or two significant digits below a cent.
    expect(await cost.textContent()).toMatch(/^\$0\.\d{2,4}$/u);
    await page.getByTestId('stream-details').locator('summary').click();
    expect(await tokens.isVisible()).toBe(true);
    // The instructions read from the provider's cache from the second call on, and the questions whose key
    // their quote does not back, counted apart.
    expect(await page.getByTestId('summary-cached').textContent()).toMatch(/of the input from the provider’s cache/u);
    const wrongKeys = page.getByTestId('summary-dropped-key');
    expect(Number(await wrongKeys.getAttribute('data-count'))).toBeGreaterThan(0);
    expect(await wrongKeys.textContent()).toMatch(/\d+ with an answer their quote does not back/u);
    await expectAccessible(page, 'summary of a quiz written by a model');
    await shot(page, 'llm-cost');
    expect(errors).toEqual([]);
  });
});
