// Security headers on every answer: the web app's pages get a Content-Security-Policy that allows exactly their
// own inline bootstrap script (by hash) and nothing from elsewhere; API answers and event streams carry the same
// headers, and a stream keeps every header that stops proxies from buffering it.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coursePdf, startStream, uploadOk } from './fixtures.js';
import { collectFrames } from './sse.js';
import { startTestServer, type TestServer } from './test-server.js';

const BOOTSTRAP = 'window.__NUXT__={};window.__NUXT__.config={public:{apiBase:""}}';
const INDEX = `<!DOCTYPE html><html><head><script type="module" src="/_nuxt/entry.js"></script></head>
<body><div id="__nuxt"></div><script>${BOOTSTRAP}</script>
<script type="application/json" id="__NUXT_DATA__">[{"serverRendered":1},false]</script></body></html>`;

describe('security headers', () => {
  let server: TestServer;
  let webDir: string;
  beforeAll(async () => {
    webDir = await mkdtemp(path.join(os.tmpdir(), 'quizstream-web-'));
    await mkdir(path.join(webDir, '_nuxt'));
    await writeFile(path.join(webDir, 'index.html'), INDEX);
    await writeFile(path.join(webDir, '_nuxt', 'entry.js'), 'console.log(1)');
    server = await startTestServer({ WEB_DIR: webDir });
  });
  afterAll(async () => {
    await server.stop();
    await rm(webDir, { recursive: true, force: true });
  });

  it("allows the web app's inline bootstrap script by its hash, and no other inline or foreign script", async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    const directives = Object.fromEntries(
      csp.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    const hash = `'sha256-${createHash('sha256').update(BOOTSTRAP).digest('base64')}'`;
    expect(directives['script-src']).toEqual(["'self'", hash]);
    expect(directives['script-src-attr']).toEqual(["'none'"]);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(page.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  });

  it('puts the same headers on API errors and on event streams, next to every streaming header', async () => {
    const error = await fetch(`${server.url}/api/documents/doc_none`);
    expect(error.status).toBe(404);
    expect(error.headers.get('x-content-type-options')).toBe('nosniff');
    expect(error.headers.get('content-security-policy')).toContain("default-src 'self'");
    const doc = await uploadOk(server.url, await coursePdf(1));
    const stream = await startStream(server.url, doc.id, { questionsPerPage: 1 });
    expect(stream.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(stream.headers.get('cache-control')).toBe('no-cache, no-store, must-revalidate, no-transform');
    expect(stream.headers.get('x-accel-buffering')).toBe('no');
    expect(stream.headers.get('x-content-type-options')).toBe('nosniff');
    expect(stream.headers.get('content-security-policy')).toContain("default-src 'self'");
    await collectFrames(stream);
  });
});
