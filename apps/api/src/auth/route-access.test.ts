import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { accessOf, enforceRouteRules } from './route-access.js';

describe('route access rules', () => {
  it('refuses to register an /api or /auth route that has no rule', async () => {
    const app = Fastify();
    enforceRouteRules(app);
    expect(() => app.get('/api/quizzes/:id/secret-new-thing', async () => 'x')).toThrow(/no access rule/);
    expect(() => app.post('/auth/new-thing', async () => 'x')).toThrow(/no access rule/);
    app.get('/api/quizzes/:id', async () => 'x');
    app.get('/healthz', async () => 'ok');
    await app.close();
  });

  it('gives HEAD the rule of its GET and lets CORS preflights and non-API paths through', () => {
    expect(accessOf('HEAD', '/api/quizzes/:id')).toBe('owner');
    expect(accessOf('OPTIONS', '/api/quizzes/:id')).toBe('public');
    expect(accessOf('GET', '/healthz')).toBe('public');
    expect(accessOf('GET', '/api/shared/:token')).toBe('share-link');
    expect(accessOf('GET', '/api/no-such-route')).toBeUndefined();
    expect(accessOf('GET', undefined)).toBeUndefined();
  });
});
