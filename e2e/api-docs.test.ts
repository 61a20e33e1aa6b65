// The API reference at /api/docs: Swagger UI, served by the server itself (no CDN), under the server's own
// Content-Security-Policy, shows every operation of /api/openapi.json and the schemas of the contract.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiServer, startApiServer } from './support/api-server.js';
import { type AppPage, openApp } from './support/app-page.js';
import { launchBrowser } from './support/browser.js';

let server: ApiServer;
let browser: Browser;
let app: AppPage | undefined;

beforeAll(async () => {
  server = await startApiServer({ QUIZ_GENERATOR: 'offline' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await app?.context.close();
  await browser?.close();
  await server?.stop();
});

describe('the API reference', () => {
  it('shows every operation of the OpenAPI document, with nothing loaded from elsewhere', async () => {
    const document = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { summary: string }>>;
    };
    const requested: string[] = [];
    app = await openApp(browser, `${server.url}/api/docs`);
    const { page, errors } = app;
    page.on('request', (request) => requested.push(request.url()));
    await page.reload({ waitUntil: 'load' });
    await page.locator('.opblock').first().waitFor({ timeout: 30_000 });

    const operations = Object.values(document.paths).flatMap((item) => Object.values(item));
    expect(await page.locator('.opblock').count()).toBe(operations.length);
    const summaries = await page.locator('.opblock-summary-description').allTextContents();
    for (const op of operations) expect(summaries).toContain(op.summary);
    await expect.poll(() => page.locator('.info .title').textContent()).toContain('quizstream API');

    // An operation opened shows its streamed events' schema.
    await page.locator('#operations-generation-postQuizGenerateStreamDocumentId .opblock-summary').click();
    await expect
      .poll(() => page.locator('#operations-generation-postQuizGenerateStreamDocumentId').textContent())
      .toContain('text/event-stream');

    expect(requested.filter((url) => !url.startsWith(server.url))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
