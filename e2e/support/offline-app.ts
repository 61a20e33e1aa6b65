// The setup most browser tests of one screen share: the API server with the offline generator, Chromium, and
// one page of the app, made before the file's tests and closed after them (the server's output printed when a
// test fails).
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type ApiServer, startApiServer } from './api-server.js';
import { type AppPage, openApp } from './app-page.js';
import { launchBrowser } from './browser.js';
import { ensureWebBuilt } from './web-build.js';

export interface OfflineApp {
  server(): ApiServer;
  browser(): Browser;
  /** The page opened at the app's start, and the errors it logged. */
  app(): AppPage;
}

export function offlineApp(): OfflineApp {
  let server: ApiServer | undefined;
  let browser: Browser | undefined;
  let app: AppPage | undefined;
  beforeAll(async () => {
    await ensureWebBuilt();
    server = await startApiServer({ HEARTBEAT_MS: '1000', QUIZ_GENERATOR: 'offline' });
    browser = await launchBrowser();
    app = await openApp(browser, server.url);
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') console.error(`API server output:\n${server?.output() ?? ''}`);
  });
  afterAll(async () => {
    await app?.context.close();
    await browser?.close();
    await server?.stop();
  });
  return { server: () => server!, browser: () => browser!, app: () => app! };
}
