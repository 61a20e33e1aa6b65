// Security headers on every response (@fastify/helmet), with a Content-Security-Policy the built web app works
// under: scripts only from this origin plus the web app's own inline bootstrap scripts, allowed by their SHA-256
// hashes read from the built HTML at start-up (no 'unsafe-inline' for scripts); connections only to this origin;
// no framing by other sites. Styles may be inline (Vue sets style attributes).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

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

export async function registerSecurityHeaders(app: FastifyInstance, webDir: string): Promise<void> {
  const scriptHashes = await inlineScriptHashes(webDir);
  await app.register(helmet, {
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
