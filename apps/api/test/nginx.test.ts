// Through a real nginx on loopback (Debian's package, proxy_buffering on as shipped), events arrive one by one.
// The server's `X-Accel-Buffering: no` is what keeps them so when nginx also compresses event streams (gzip on
// with text/event-stream in gzip_types, a common setting): told to ignore the header, the same nginx holds the
// whole stream back until it ends. With SSE_COMPRESSION the server compresses itself, flushing after every
// event, and the gzipped stream arrives one by one as well.
//
// (Without gzip, nginx 1.22 in buffered mode forwards small chunks at once when the client reads; there the
// header matters for back-pressure: buffered, nginx would soak up a stalled client's backlog into memory and
// temporary files, and the server could not bound it. See docs/security.md.)
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '@quizstream/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coursePdf, slowGenerator, uploadOk } from './fixtures.js';
import { bursts, type RawStream, rawStream } from './raw-stream.js';
import { startTestServer, type TestServer } from './test-server.js';

const NGINX = '/usr/sbin/nginx';
const PAGES = 10;
const PAGE_MS = 250;

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => resolve(true)).once('error', () => resolve(false));
      socket.setTimeout(500, () => resolve(false));
    }).catch(() => false);
    if (open) return;
    if (Date.now() > end) throw new Error(`nginx did not listen on ${port} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * nginx as shipped (proxy_buffering on, 4k/8k buffers), in the foreground, everything in `dir`: `plain` as is,
 * `gzip` compressing event streams itself, `gzipIgnoring` the same but blind to X-Accel-Buffering.
 */
function nginxConfig(dir: string, upstream: number, ports: Record<Proxy, number>): string {
  const gzip = 'gzip on; gzip_types text/event-stream; proxy_set_header Accept-Encoding "";';
  const server = (port: number, extra: string) => `
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://127.0.0.1:${upstream};
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      ${extra}
    }
  }`;
  return `
daemon off;
master_process off;
worker_processes 1;
error_log ${dir}/error.log warn;
pid ${dir}/nginx.pid;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  ${server(ports.plain, '')}
  ${server(ports.gzip, gzip)}
  ${server(ports.gzipIgnoring, `${gzip} proxy_ignore_headers X-Accel-Buffering;`)}
}
`;
}

type Proxy = 'plain' | 'gzip' | 'gzipIgnoring';

describe('SSE through nginx with proxy_buffering on', () => {
  let server: TestServer;
  let nginx: ChildProcess | undefined;
  let dir: string;
  const ports = {} as Record<Proxy, number>;
  let documentId: string;

  beforeAll(async () => {
    if (!existsSync(NGINX)) {
      throw new Error(
        `nginx is not installed (${NGINX}): this test proves streaming through a buffering proxy and must not be skipped. Install it with "apt-get install -y nginx" (.ci/run does).`,
      );
    }
    server = await startTestServer({ SSE_COMPRESSION: 'true' }, { generator: slowGenerator(PAGE_MS) });
    documentId = (await uploadOk(server.url, await coursePdf(PAGES))).id;
    dir = await mkdtemp(path.join(os.tmpdir(), 'quizstream-nginx-'));
    for (const proxy of ['plain', 'gzip', 'gzipIgnoring'] as const) ports[proxy] = await freePort();
    await writeFile(path.join(dir, 'nginx.conf'), nginxConfig(dir, Number(new URL(server.url).port), ports));
    nginx = spawn(NGINX, ['-c', path.join(dir, 'nginx.conf'), '-p', dir, '-e', path.join(dir, 'error.log')], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    nginx.stderr?.on('data', (chunk) => {
      stderr += String(chunk);
    });
    try {
      await Promise.all(Object.values(ports).map((port) => waitForPort(port, 10_000)));
    } catch (error) {
      const log = await readFile(path.join(dir, 'error.log'), 'utf8').catch(() => '');
      throw new Error(`${(error as Error).message}\n${stderr}\n${log}`);
    }
  });

  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((resolve) => nginx?.once('exit', resolve));
      nginx.kill('SIGTERM');
      await exited;
    }
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** One slow job (a page every 250 ms), followed at once by several clients through the proxies. */
  async function followOneJob(
    clients: Record<string, [Proxy, 'identity' | 'gzip']>,
  ): Promise<Record<string, RawStream>> {
    const started = await fetch(`${server.url}/api/quiz/generate-stream/${documentId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'identity' },
      body: JSON.stringify({ questionsPerPage: 1 }),
    });
    const jobId = started.headers.get('x-job-id')!;
    const names = Object.keys(clients);
    const streams = await Promise.all(
      names.map((name) => {
        const [proxy, encoding] = clients[name]!;
        return rawStream(`http://127.0.0.1:${ports[proxy]}/api/quiz/jobs/${jobId}/stream`, {
          headers: { 'accept-encoding': encoding },
        });
      }),
    );
    await started.text();
    for (const [i, stream] of streams.entries()) {
      expect([names[i], stream.status, stream.frames.at(-1)?.event.type]).toEqual([names[i], 200, 'complete']);
    }
    return Object.fromEntries(names.map((name, i) => [name, streams[i]!]));
  }

  const durable = (s: RawStream) => s.frames.filter((f) => f.id !== undefined).map((f) => [f.id, f.event.type]);
  const firstQuestion = (s: RawStream) => s.frames.find((f) => f.event.type === 'question')!.at;

  it('delivers events one by one through nginx, and through an nginx that gzips event streams', async () => {
    const { plain, gzip } = await followOneJob({ plain: ['plain', 'identity'], gzip: ['gzip', 'gzip'] });
    expect(gzip!.headers['content-encoding']).toBe('gzip'); // nginx compressed it: the server was asked for identity
    expect(durable(gzip!)).toEqual(durable(plain!));
    for (const stream of [plain!, gzip!]) {
      // One page every 250 ms: (nearly) every page's events arrive on their own, as they are made.
      expect(bursts(stream.frames)).toBeGreaterThanOrEqual(PAGES - 1);
      expect(stream.frames.at(-1)!.at - firstQuestion(stream)).toBeGreaterThan((PAGES - 3) * PAGE_MS);
    }
  });

  it('would deliver them in one lump at the end without X-Accel-Buffering: no (the same nginx ignoring it)', async () => {
    const { honoured, ignored } = await followOneJob({
      honoured: ['gzip', 'gzip'],
      ignored: ['gzipIgnoring', 'gzip'],
    });
    expect(durable(ignored!)).toEqual(durable(honoured!));
    expect(bursts(honoured!.frames)).toBeGreaterThanOrEqual(PAGES - 1);
    expect(bursts(ignored!.frames)).toBeLessThanOrEqual(2);
    expect(firstQuestion(ignored!) - firstQuestion(honoured!)).toBeGreaterThan((PAGES - 3) * PAGE_MS);
  });

  it('delivers a stream the server gzips itself (SSE_COMPRESSION) one event at a time, and smaller', async () => {
    const { plain, compressed } = await followOneJob({
      plain: ['plain', 'identity'],
      compressed: ['plain', 'gzip'],
    });
    expect(compressed!.headers['content-encoding']).toBe('gzip');
    expect(compressed!.headers.vary).toMatch(/Accept-Encoding/i);
    expect(plain!.headers['content-encoding']).toBeUndefined();
    expect(durable(compressed!)).toEqual(durable(plain!));
    expect(bursts(compressed!.frames)).toBeGreaterThanOrEqual(PAGES - 1);
    // Each frame arrived decodable on its own; flushing after every event costs part of the gain, not all of it.
    expect(compressed!.textBytes).toBe(plain!.textBytes);
    expect(compressed!.wireBytes).toBeLessThan(plain!.wireBytes * 0.7);
  });
});
