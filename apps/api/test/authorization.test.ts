// Authorization over every route of the API, taken from the app's own route table (so a new route is tested,
// or refused at start-up without a rule): the owner is allowed, another teacher gets 404 as for an id that does
// not exist, nobody gets 401, and a share link opens its quiz and nothing else.
import type { Quiz } from '@quizstream/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessOf, GUARDED_PREFIXES } from '../src/auth/route-access.js';
import { type Client, makeQuiz, type SignInSetup, startSignInServer } from './sign-in-server.js';

interface Owned {
  doc: string;
  job: string;
  quiz: string;
  question: Quiz['questions'][number];
  questionIds: string[];
  share: string;
  /** A live session on the quiz (ended), its host token and code; a participant's token; another participant. */
  live: string;
  hostToken: string;
  code: string;
  player: string;
  participant: string;
}

/** Query strings a route needs to do its work. */
const QUERIES: Record<string, string> = { '/api/quizzes/:id/export': '?format=json' };

/** The route with its parameters filled from what alice owns. */
function concrete(url: string, owned: Owned): string {
  return `${fill(url, owned)}${QUERIES[url] ?? ''}`;
}

function fill(url: string, owned: Owned): string {
  return url
    .replace(/^\/api\/live\/:id/, `/api/live/${owned.live}`)
    .replace(':participantId', owned.participant)
    .replace(':code', owned.code)
    .replace(/^\/api\/documents\/:id/, `/api/documents/${owned.doc}`)
    .replace(/^\/api\/quizzes\/:id/, `/api/quizzes/${owned.quiz}`)
    .replace(':documentId', owned.doc)
    .replace(':jobId', owned.job)
    .replace(':qid', owned.question.id)
    .replace(':token', owned.share)
    .replace(':page', '1');
}

/** A valid body for each route that takes one, so that only ownership decides the answer. */
function body(method: string, url: string, owned: Owned): RequestInit {
  const json = (value: unknown): RequestInit => ({
    body: JSON.stringify(value),
    headers: { 'content-type': 'application/json' },
  });
  const { id: _id, ...written } = owned.question;
  const bodies: Record<string, RequestInit> = {
    'PATCH /api/quizzes/:id': json({ title: 'Renamed by its owner' }),
    'PUT /api/quizzes/:id/questions/:qid': json(owned.question),
    'POST /api/quizzes/:id/questions': json(written),
    'PUT /api/quizzes/:id/order': json({ questionIds: owned.questionIds }),
    'POST /api/quiz/generate-stream/:documentId': json({ questionsPerPage: 1 }),
    'POST /api/live': json({ quizId: owned.quiz }),
    'POST /api/live/:id/control': json({ action: 'end' }),
    'POST /api/join': json({ code: owned.code, nickname: 'Walker' }),
    'POST /api/play/answers': json({ questionId: owned.question.id, answer: [] }),
  };
  return { method, ...bodies[`${method} ${url}`] };
}

/** Deleting goes last (and the document, which takes everything with it, very last). */
const order = (route: { method: string; url: string }) =>
  route.method !== 'DELETE' ? 0 : route.url === '/api/documents/:id' ? 3 : route.url === '/api/quizzes/:id' ? 2 : 1;

describe('authorization of every route', () => {
  let setup: SignInSetup;
  let alice: Client;
  let bob: Client;
  let owned: Owned;
  let routes: { method: string; url: string }[];

  beforeAll(async () => {
    setup = await startSignInServer();
    alice = await setup.teacher('alice');
    bob = await setup.teacher('bob');
    const made = await makeQuiz(alice);
    const quiz = (await (await alice.fetch(`/api/quizzes/${made.quiz}`)).json()) as Quiz;
    const shared = await alice.fetch(`/api/quizzes/${made.quiz}/share`, { method: 'POST' });
    // A live session on the quiz, two participants, then ended (so that its streams end after their replay).
    const opened = (await (
      await alice.fetch('/api/live', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ quizId: made.quiz }),
      })
    ).json()) as { id: string; hostToken: string; code: string };
    const join = async (nickname: string) =>
      (await (
        await setup.anonymous.fetch('/api/join', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ code: opened.code, nickname }),
        })
      ).json()) as { token: string; participantId: string };
    const player = await join('Ana');
    const other = await join('Ben');
    const ended = await alice.fetch(`/api/live/${opened.id}/control`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"action":"end"}',
    });
    expect(ended.status).toBe(200);
    owned = {
      ...made,
      question: quiz.questions[0]!,
      questionIds: quiz.questions.map((q) => q.id),
      share: ((await shared.json()) as { token: string }).token,
      live: opened.id,
      hostToken: opened.hostToken,
      code: opened.code,
      player: player.token,
      participant: other.participantId,
    };
    routes = setup.server.routes
      .filter((r) => GUARDED_PREFIXES.some((prefix) => r.url.startsWith(prefix)))
      .sort((a, b) => order(a) - order(b));
  });
  afterAll(async () => {
    await setup?.stop();
  });

  const call = async (client: Client, route: { method: string; url: string }) => {
    const response = await client.fetch(concrete(route.url, owned), body(route.method, route.url, owned));
    const text = await response.text();
    return { status: response.status, text };
  };

  it('covers the routes that hold data: documents, jobs, streams, quizzes, exports and share links', () => {
    const urls = new Set(routes.map((r) => r.url));
    for (const url of [
      '/api/documents/:id',
      '/api/quiz/jobs/:jobId/stream',
      '/api/quizzes/:id/export',
      '/api/quizzes/:id/share',
      '/api/shared/:token',
      '/api/shared/:token/stream',
      '/api/quiz/jobs/:jobId/share',
      '/api/live/:id/stream',
      '/api/live/:id/results',
      '/api/play/stream',
      '/auth/callback',
    ]) {
      expect(urls).toContain(url);
    }
    for (const route of routes) expect(accessOf(route.method, route.url), `${route.method} ${route.url}`).toBeDefined();
  });

  it('answers nobody 401 on every route but the public ones and share links', async () => {
    for (const route of routes) {
      const access = accessOf(route.method, route.url);
      const { status } = await call(setup.anonymous, route);
      const where = `${route.method} ${route.url}`;
      if (access === 'owner' || access === 'signed-in') expect(status, where).toBe(401);
      // A participant's routes want the token joining gave (tested below).
      else if (access === 'live-player') expect(status, where).toBe(401);
      // A live session is its owner's or its host token's: to anyone else, as if it did not exist.
      else if (access === 'live-host') expect(status, where).toBe(404);
      else expect(status, where).not.toBe(401);
    }
  });

  it("answers another teacher 404 on every route of alice's things, and shows her none of them", async () => {
    for (const route of routes) {
      const access = accessOf(route.method, route.url);
      const where = `${route.method} ${route.url}`;
      if (access === 'owner' || access === 'live-host') {
        expect((await call(bob, route)).status, where).toBe(404);
      } else if (access === 'signed-in' && route.method === 'GET') {
        const { status, text } = await call(bob, route);
        expect(status, where).toBe(200);
        for (const id of [owned.doc, owned.quiz, owned.job]) expect(text, where).not.toContain(id);
      }
    }
  });

  it('opens a quiz through its share link to anyone, and a made-up link to nobody', async () => {
    for (const route of routes.filter((r) => accessOf(r.method, r.url) === 'share-link')) {
      const { status, text } = await call(setup.anonymous, route);
      // The quiz, the PDF of its document or the words of one of its pages; a finished quiz has no stream (a job
      // shared while it ran has).
      if (route.url.endsWith('/stream')) {
        expect(status).toBe(409);
        expect(JSON.parse(text)).toMatchObject({ error: { code: 'quiz_ready' } });
      } else if (route.url.endsWith('/words')) {
        // The words OCR reads on a page of that quiz's document.
        expect(status).toBe(200);
        expect((JSON.parse(text) as { page: number; words: unknown[] }).words.length).toBeGreaterThan(0);
      } else if (route.url.endsWith('/file')) {
        expect(status).toBe(200);
        expect(text.startsWith('%PDF-')).toBe(true);
      } else {
        expect(status).toBe(200);
        expect((JSON.parse(text) as Quiz).id).toBe(owned.quiz);
      }
      const madeUp = await setup.anonymous.fetch(route.url.replace(':token', 'A'.repeat(22)));
      expect(madeUp.status).toBe(404);
    }
    // The share token opens nothing but the shared quiz.
    for (const route of routes.filter((r) => accessOf(r.method, r.url) === 'owner')) {
      const response = await fetch(
        `${setup.server.url}${fill(route.url, owned)}?access_token=${owned.share}`,
        body(route.method, route.url, owned),
      );
      await response.arrayBuffer();
      expect(response.status, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it("opens a live session's host routes to its host token, and a participant's routes to its token only", async () => {
    for (const route of routes.filter((r) => accessOf(r.method, r.url) === 'live-host')) {
      if (route.method === 'DELETE') continue;
      const where = `${route.method} ${route.url}`;
      const withToken = await fetch(`${setup.server.url}${fill(route.url, owned)}`, {
        ...body(route.method, route.url, owned),
        headers: { ...(body(route.method, route.url, owned).headers as object), 'x-live-host-token': owned.hostToken },
      });
      await withToken.arrayBuffer();
      // The session has ended: control answers 409, everything else reads it.
      expect(withToken.status, where).toBe(route.url.endsWith('/control') ? 409 : 200);
      const madeUp = await fetch(`${setup.server.url}${fill(route.url, owned)}`, {
        ...body(route.method, route.url, owned),
        headers: { ...(body(route.method, route.url, owned).headers as object), 'x-live-host-token': 'A'.repeat(32) },
      });
      await madeUp.arrayBuffer();
      expect(madeUp.status, where).toBe(404);
    }
    for (const route of routes.filter((r) => accessOf(r.method, r.url) === 'live-player')) {
      const where = `${route.method} ${route.url}`;
      const init = body(route.method, route.url, owned);
      const response = await fetch(`${setup.server.url}${fill(route.url, owned)}`, {
        ...init,
        headers: { ...(init.headers as object), 'x-live-token': owned.player },
      });
      const text = await response.text();
      // An answer to a session that ended is refused as such; the rest is the participant's own.
      if (route.method === 'POST') {
        expect(response.status, where).toBe(410);
        expect(JSON.parse(text)).toMatchObject({ error: { code: 'session_ended' } });
      } else {
        expect(response.status, where).toBe(200);
      }
      // The host token is not a participant's.
      const host = await fetch(`${setup.server.url}${fill(route.url, owned)}`, {
        ...init,
        headers: { ...(init.headers as object), 'x-live-token': owned.hostToken },
      });
      await host.arrayBuffer();
      expect(host.status, where).toBe(401);
    }
  });

  it('lets the owner use every route (deleting last)', async () => {
    for (const route of routes) {
      const access = accessOf(route.method, route.url);
      // A participant's routes are its token's, not a teacher's (tested above).
      if (access === 'public' || access === 'live-player') continue;
      // An earlier route may have replaced or reordered the questions: act on the quiz as it is now.
      const current = await alice.fetch(`/api/quizzes/${owned.quiz}`);
      if (current.ok) {
        const quiz = (await current.json()) as Quiz;
        owned.question = quiz.questions[0]!;
        owned.questionIds = quiz.questions.map((q) => q.id);
      }
      const { status, text } = await call(alice, route);
      const where = `${route.method} ${route.url}: ${status} ${text.slice(0, 200)}`;
      expect([401, 403, 404], where).not.toContain(status);
      expect(status, where).toBeLessThan(500);
    }
  });
});
