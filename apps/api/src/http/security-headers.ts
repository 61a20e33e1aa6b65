// Security headers on every response (helmet's), with a Content-Security-Policy the built web app works
// under: scripts only from this origin plus the web app's own inline bootstrap scripts, allowed by their SHA-256
// hashes read from the built HTML at start-up (no 'unsafe-inline' for scripts); connections only to this origin;
// no framing by other sites. Styles may be inline (Vue sets style attributes).
// None of these headers depends on the request, so helmet runs once, at start-up, and every response gets the
// same shared strings: nothing is rebuilt per request, nor kept per open event stream beyond the header block.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

const PAGES = ['index.html', '200.html', '404.html'];
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/** CSP hash sources ('sha256-…') of the inline scripts the browser runs in the built pages of `webDir`. */
export async function inlineScriptHashes(webDir: string): Promise<string[]> {
  const hashes = new Set<string>();
  for (const page of PAGES) {
    const html = await readFile(path.join(webDir, page), 'utf8').catch(() => '');
    for (const [, attributes = '', body = ''] of html.matchAll(INLINE_SCRIPT)) {
      if (/\bsrc\s*=/i.test(attributes) || body === '') continue;
      // Data blocks (JSON payloads) are never executed, so CSP does not apply to them.
      const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
      if (type && type !== 'module' && type !== 'text/javascript' && type !== 'importmap') continue;
      hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
    }
  }
  return [...hashes].sort();
}

/** The headers helmet sets with `options`, by lower-case name. Only for options with no per-request part. */
export function staticHelmetHeaders(options: HelmetOptions): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string) {
      headers[name.toLowerCase()] = value;
    },
    // X-Powered-By: never set here in the first place.
    removeHeader() {},
  };
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (err?: unknown) => {
    if (err) throw err;
  });
  return Object.freeze(headers);
}

/** The security headers of every response, the web app's inline scripts in `webDir` allowed by their hashes. */
export async function securityHeaders(webDir: string): Promise<Readonly<Record<string, string>>> {
  const scriptHashes = await inlineScriptHashes(webDir);
  return staticHelmetHeaders({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'", ...scriptHashes],
        'script-src-attr': ["'none'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        // Would turn http://localhost into https:// and break a local server; HSTS covers deployments.
        'upgrade-insecure-requests': null,
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
  });
}

/**
 * Adds `headers` to every answer as it goes out, unless its route set one of them itself. Event streams leave
 * Fastify (hijack) before that point and set them with their own headers (stream/stream-job.ts), so a long-lived
 * stream keeps no per-request copy of them.
 */
export function registerSecurityHeaders(app: FastifyInstance, headers: Readonly<Record<string, string>>): void {
  const entries = Object.entries(headers);
  app.addHook('onSend', (_request, reply, payload, done) => {
    for (const [name, value] of entries) if (!reply.hasHeader(name)) reply.header(name, value);
    done(null, payload);
  });
}
