// A live session through the real server on a port: a host opens it on a quiz, three participants join with
// the code, the host shows, reveals and moves on, participants answer, drop and resume, one is removed; the
// keys stay hidden until their reveal, every answer counts once, and the results are what was sent.
import { followLive } from '@quizstream/client';
import type { LiveEvent, LiveEventOf, Quiz } from '@quizstream/core/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCutProxy } from './cut-proxy.js';
import { coursePdf, slowGenerator, startStream, uploadOk } from './fixtures.js';
import { Host, json, type LiveFrame, Player } from './live-client.js';
import { collectFrames, readFrames } from './sse.js';
import { startTestServer, type TestServer } from './test-server.js';

let server: TestServer;
let quiz: Quiz;

const isState = (f: LiveFrame): f is LiveFrame & { event: LiveEventOf<'state'> } => f.event.type === 'state';
const shows = (index: number) => (f: LiveFrame) =>
  isState(f) && f.event.phase === 'question' && f.event.index === index;
const reveals = (index: number) => (f: LiveFrame) => f.event.type === 'reveal' && f.event.index === index;

beforeAll(async () => {
  server = await startTestServer({ LIVE_TALLY_MS: '50', HEARTBEAT_MS: '1000' });
  const doc = await uploadOk(server.url, await coursePdf(3));
  const frames = await collectFrames(
    await startStream(server.url, doc.id, { questionsPerPage: 2, types: ['multiple_choice', 'true_false'] }),
  );
  const complete = frames.at(-1)!.event;
  if (complete.type !== 'complete') throw new Error('no quiz');
  quiz = (await (await fetch(`${server.url}/api/quizzes/${complete.quizId}`)).json()) as Quiz;
  expect(quiz.questions.length).toBeGreaterThanOrEqual(3);
});
afterAll(async () => {
  await server?.stop();
});

/** A right and a wrong answer to a question with choices. */
function answers(q: Quiz['questions'][number]) {
  return { right: q.answer, wrong: [q.choices.find((c) => !q.answer.includes(c))!] };
}

describe('a host-paced live session', () => {
  it('streams each question to every participant without its key, counts each answer once, and reveals', async () => {
    const host = await Host.open(server.url, { quizId: quiz.id, settings: { secondsPerQuestion: 0 } });
    expect(host.code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/u);
    const info = await json(await fetch(`${server.url}/api/join/${host.code.toLowerCase().replace(/(.{4})/, '$1-')}`));
    expect(info).toMatchObject({ title: quiz.title, mode: 'host', phase: 'lobby' });

    const ana = await Player.join(server.url, host.code, 'Ana');
    const ben = await Player.join(server.url, host.code, '  Ben  ');
    const cy = await Player.join(server.url, host.code, '=cmd|" /C calc"!A0');
    expect(ben.joined.nickname).toBe('Ben');
    const same = await fetch(`${server.url}/api/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: host.code, nickname: 'ana' }),
    });
    expect(same.status).toBe(409);
    expect((await json(same)).error).toMatchObject({ code: 'nickname_taken' });

    const board = host.stream();
    const phones = [ana, ben, cy].map((p) => p.stream());
    await board.waitFor((f) => f.event.type === 'participants' && f.event.count === 3);

    await host.controlOk('start');
    const q0 = quiz.questions[0]!;
    for (const phone of phones) {
      const shown = await phone.waitFor(shows(0));
      if (!isState(shown)) throw new Error('not a state');
      // The question, without its key, explanation or quote.
      expect(shown.event.question).toEqual({
        id: q0.id,
        index: 0,
        type: q0.type,
        prompt: q0.prompt,
        choices: q0.choices,
      });
      expect(JSON.stringify(phone.frames)).not.toContain(q0.explanation);
    }

    const a0 = answers(q0);
    expect(await json(await ana.answer(q0.id, a0.right))).toEqual({ status: 'recorded' });
    expect(await json(await ben.answer(q0.id, a0.wrong))).toEqual({ status: 'recorded' });
    expect(await json(await cy.answer(q0.id, a0.wrong))).toEqual({ status: 'recorded' });
    // A second answer (a double tap, a retry after a lost response) changes nothing.
    expect(await json(await cy.answer(q0.id, a0.right))).toEqual({ status: 'repeated' });
    const bad = await ana.answer(q0.id, ['not a choice']);
    expect(bad.status).toBe(400);
    expect((await json(bad)).error).toMatchObject({ code: 'invalid_answer' });

    const tally = await board.waitFor((f) => f.event.type === 'tally' && f.event.answered === 3);
    expect(tally.event).toMatchObject({ questionId: q0.id, participants: 3 });
    // Host-only events never reach a phone.
    for (const phone of phones)
      expect(phone.frames.some((f) => ['tally', 'participants'].includes(f.event.type))).toBe(false);

    const early = await host.control('next');
    expect(early.status).toBe(409);
    expect((await json(early)).error).toMatchObject({ code: 'not_revealed' });
    await host.controlOk('reveal');
    for (const phone of phones) {
      const revealed = await phone.waitFor(reveals(0));
      expect(revealed.event).toMatchObject({
        answer: q0.answer,
        explanation: q0.explanation,
        source: q0.source,
        answered: 3,
        correct: 1,
      });
      if (revealed.event.type !== 'reveal') throw new Error('not a reveal');
      expect(revealed.event.distribution[a0.right[0]!]).toBe(1);
      expect(revealed.event.distribution[a0.wrong[0]!]).toBe(2);
    }
    // Dee joins late: her phone gets the session as it is (the reveal), and an answer now is too late.
    const dee = await Player.join(server.url, host.code, 'Dee');
    const deePhone = dee.stream();
    await deePhone.waitFor(reveals(0));
    const late = await dee.answer(q0.id, a0.right);
    expect(late.status).toBe(409);
    expect((await json(late)).error).toMatchObject({ code: 'question_closed' });

    // Ben's phone locks: his stream drops, and the next question is shown meanwhile.
    phones[1]!.close();
    const benLast = phones[1]!.lastId;
    await host.controlOk('next');
    const q1 = quiz.questions[1]!;
    await phones[0]!.waitFor(shows(1));
    const benAgain = ben.stream(benLast);
    const resumed = await benAgain.waitFor(shows(1));
    // He gets what he missed, from where he was, nothing twice: with what he had, what Ana's phone got (host-only
    // events leave gaps in a phone's ids).
    expect(benAgain.durable[0]!.id).toBeGreaterThan(benLast);
    const upTo = (frames: LiveFrame[]) =>
      frames.filter((f) => f.id !== undefined && f.id <= resumed.id!).map((f) => f.id);
    expect([...upTo(phones[1]!.frames), ...upTo(benAgain.frames)]).toEqual(upTo(phones[0]!.frames));

    // Cy reloads the page: the whole session again from the start, and her answers from the server.
    phones[2]!.close();
    const cyAgain = cy.stream();
    await cyAgain.waitFor(shows(1));
    expect(cyAgain.durable.map((f) => f.id)).toEqual(
      phones[2]!.durable.map((f) => f.id).concat(cyAgain.durable.slice(phones[2]!.durable.length).map((f) => f.id)),
    );
    const me = await json<{ answers: { questionId: string; answer: string[] }[] }>(await cy.me());
    expect(me.answers).toEqual([expect.objectContaining({ questionId: q0.id, answer: a0.wrong })]);

    // The host removes Cy: her stream ends, her token no longer works, her answers leave the results.
    expect((await host.remove(cy.joined.participantId)).status).toBe(204);
    await cyAgain.waitFor((f) => f.event.type === 'removed');
    await cyAgain.ended;
    expect((await cy.answer(q1.id, answers(q1).right)).status).toBe(403);
    await board.waitFor((f) => f.event.type === 'participants' && f.event.removed === cy.joined.participantId);

    const a1 = answers(q1);
    await ana.answer(q1.id, a1.wrong);
    await ben.answer(q1.id, a1.right, server.url);
    await host.controlOk('reveal');
    await host.controlOk('end');
    for (const phone of [phones[0]!, benAgain]) {
      const ended = await phone.waitFor((f) => f.event.type === 'ended');
      if (ended.event.type !== 'ended') throw new Error('not the end');
      // Ana and Ben one right each (the faster first), Dee none; Cy was removed.
      expect(ended.event.leaderboard?.map((e) => [e.nickname, e.correct]).sort()).toEqual([
        ['Ana', 1],
        ['Ben', 1],
        ['Dee', 0],
      ]);
      expect(ended.event.leaderboard?.at(-1)?.nickname).toBe('Dee');
      await phone.ended;
    }
    await board.ended;
    // Ids on every stream are the session's, in order, none repeated.
    for (const reader of [board, phones[0]!, benAgain]) {
      const ids = reader.durable.map((f) => f.id!);
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      expect(new Set(ids).size).toBe(ids.length);
    }

    const results = await json<{
      questions: { id: string; answered: number; correct: number }[];
      participants: { nickname: string; answered: number; correct: number }[];
      answers: unknown[];
    }>(await host.results());
    expect(results.questions.slice(0, 2)).toEqual([
      expect.objectContaining({ id: q0.id, answered: 2, correct: 1 }),
      expect.objectContaining({ id: q1.id, answered: 2, correct: 1 }),
    ]);
    expect(results.participants).toEqual([
      expect.objectContaining({ nickname: 'Ana', answered: 2, correct: 1 }),
      expect.objectContaining({ nickname: 'Ben', answered: 2, correct: 1 }),
      expect.objectContaining({ nickname: 'Dee', answered: 0, correct: 0 }),
    ]);
    deePhone.close();
    expect(results.answers).toHaveLength(4);
    const csv = await host.results('csv');
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/u);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    // A byte order mark first, for spreadsheets to read UTF-8.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n')[0]).toBe('nickname,question,prompt,answer,correct,seconds');
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(5);
  });

  it('refuses what a class could get wrong or abuse, with clear errors', async () => {
    const host = await Host.open(server.url, { quizId: quiz.id, settings: { secondsPerQuestion: 1 } });
    const post = (body: unknown) =>
      fetch(`${server.url}/api/join`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    for (const [body, code] of [
      [{ code: 'ZZZZ-ZZZZ', nickname: 'Ana' }, 'not_found'],
      [{ code: 'nonsense', nickname: 'Ana' }, 'not_found'],
      [{ code: host.code, nickname: '   ' }, 'invalid_nickname'],
      [{ code: host.code, nickname: 'x'.repeat(25) }, 'invalid_nickname'],
      [{ code: host.code }, 'invalid_body'],
    ] as const) {
      const response = await post(body);
      expect(response.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect((await json(response)).error).toMatchObject({ code });
    }
    // A nickname of control characters and bidirectional overrides keeps only its text.
    const odd = await Player.join(server.url, host.code, 'Zoe\u202E\u0000\n');
    expect(odd.joined.nickname).toBe('Zoe');
    // Without a token, or with a made-up one, nobody answers or streams.
    expect((await fetch(`${server.url}/api/play`)).status).toBe(401);
    expect((await fetch(`${server.url}/api/play`, { headers: { 'x-live-token': 'A'.repeat(32) } })).status).toBe(401);
    // Without its host token or ownership a session is not found (the local owner of this server is everyone
    // on loopback, so the host token is what is checked here: a made-up session id).
    expect((await fetch(`${server.url}/api/live/live_nope/control`, { method: 'POST' })).status).toBe(404);
    const unknown = await host.control('dance');
    expect(unknown.status).toBe(400);

    // The countdown closes the question: an answer after the deadline (and its second of grace) is refused.
    await host.controlOk('start');
    const q0 = quiz.questions[0]!;
    await new Promise((r) => setTimeout(r, 2_200));
    const late = await odd.answer(q0.id, answers(q0).right);
    expect(late.status).toBe(409);
    // Paused and resumed, the time left is kept.
    await host.controlOk('reveal');
    await host.controlOk('next');
    const paused = await host.controlOk('pause');
    expect(paused).toMatchObject({ paused: true, deadline: null });
    expect(paused.remainingMs as number).toBeGreaterThan(0);
    expect(paused.remainingMs as number).toBeLessThanOrEqual(1_000);
    const q1 = quiz.questions[1]!;
    expect((await odd.answer(q1.id, answers(q1).right)).status).toBe(409);
    const resumed = await host.controlOk('resume');
    expect(resumed).toMatchObject({ paused: false });
    expect(await json(await odd.answer(q1.id, answers(q1).right))).toEqual({ status: 'recorded' });
    await host.controlOk('end');
    const ended = await Player.join(server.url, host.code, 'Late').catch((e: Error) => e.message);
    expect(ended).toMatch(/410/u);
  });
});

describe('a self-paced live session', () => {
  it('gives every participant all the questions, and the verdict of each answer at once', async () => {
    const host = await Host.open(server.url, { quizId: quiz.id, settings: { mode: 'self' } });
    const board = host.stream();
    const ana = await Player.join(server.url, host.code, 'Ana');
    const phone = ana.stream();
    expect((await host.control('next')).status).toBe(409);
    await host.controlOk('start');
    const got = await phone.waitFor((f) => f.event.type === 'questions');
    if (got.event.type !== 'questions') throw new Error('no questions');
    expect(got.event.questions.map((q) => q.id)).toEqual(quiz.questions.map((q) => q.id));
    expect(JSON.stringify(got.event)).not.toContain('"answer"');
    const q = quiz.questions[2]!;
    const verdict = await json(await ana.answer(q.id, answers(q).right));
    expect(verdict).toMatchObject({ status: 'recorded', correct: true, answer: q.answer, explanation: q.explanation });
    expect(await json(await ana.answer(q.id, answers(q).wrong))).toMatchObject({ status: 'repeated', correct: true });
    const progress = await board.waitFor((f) => f.event.type === 'tally' && f.event.answered === 1);
    expect(progress.event).toMatchObject({ progress: [{ nickname: 'Ana', answered: 1, correct: 1 }] });
    await host.controlOk('end');
    await phone.ended;
    board.close();
  });
});

describe('followLive (@quizstream/client)', () => {
  it('comes back by itself after the network cuts a phone off, with every event once, in order', async () => {
    const host = await Host.open(server.url, { quizId: quiz.id, settings: { secondsPerQuestion: 0 } });
    const proxy = await startCutProxy(server.url);
    const ana = await Player.join(server.url, host.code, 'Ana');
    const got: { event: LiveEvent; id: number | undefined }[] = [];
    const states: string[] = [];
    const stream = followLive({
      baseUrl: proxy.url,
      as: { participantToken: ana.joined.token },
      maxBackoffMs: 200,
      onEvent: (event, id) => got.push({ event, id }),
      onState: (state) => states.push(state),
    });
    const until = async (match: () => boolean) => {
      for (let i = 0; i < 200 && !match(); i++) await new Promise((r) => setTimeout(r, 25));
      expect(match()).toBe(true);
    };
    await until(() => got.some((g) => g.event.type === 'connection'));
    await host.controlOk('start');
    await until(() => got.some((g) => g.event.type === 'state' && g.event.index === 0));
    proxy.cutAll();
    // While it is cut off: the reveal and the next question.
    await host.controlOk('reveal');
    await host.controlOk('next');
    await until(() => got.some((g) => g.event.type === 'state' && g.event.index === 1 && g.event.phase === 'question'));
    expect(states).toContain('reconnecting');
    await host.controlOk('end');
    expect(await stream.done).toBe('ended');
    const ids = got.flatMap((g) => (g.id === undefined ? [] : [g.id]));
    expect(ids).toEqual([...new Set(ids)].sort((x, y) => x - y));
    expect(got.filter((g) => g.event.type === 'reveal')).toHaveLength(1);
    // Two connections: the first, cut, and the one that resumed.
    expect(got.filter((g) => g.event.type === 'connection')).toHaveLength(2);
    await proxy.close();
  });
});

describe('rate limits of live sessions', () => {
  it('limits guesses of join codes per address, and each participant on its own, not the class behind one address', async () => {
    const limited = await startTestServer({ LIVE_JOIN_RATE_LIMIT: '4', LIVE_ANSWER_RATE_LIMIT: '3' });
    try {
      const doc = await uploadOk(limited.url, await coursePdf(2));
      const frames = await collectFrames(await startStream(limited.url, doc.id, { questionsPerPage: 2 }));
      const complete = frames.at(-1)!.event;
      if (complete.type !== 'complete') throw new Error('no quiz');
      const host = await Host.open(limited.url, { quizId: complete.quizId });
      const ana = await Player.join(limited.url, host.code, 'Ana');
      const ben = await Player.join(limited.url, host.code, 'Ben');
      // Two joins were allowed, and the next two: the fifth is refused (each join route counts on its own).
      const joins = [];
      for (const name of ['Cy', 'Dee', 'Eve']) {
        const response = await fetch(`${limited.url}/api/join`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ code: host.code, nickname: name }),
        });
        joins.push(response.status);
      }
      expect(joins).toEqual([201, 201, 429]);
      // Guesses of a code: four a minute, then refused, with when to come back.
      const guesses = [];
      for (const code of ['AAAA-AAAA', 'BBBB-BBBB', 'CCCC-CCCC', 'DDDD-DDDD', host.code]) {
        guesses.push((await fetch(`${limited.url}/api/join/${code}`)).status);
      }
      expect(guesses).toEqual([404, 404, 404, 404, 429]);
      const refused = await fetch(`${limited.url}/api/join/EEEE-EEEE`);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/u);
      expect((await json(refused)).error).toMatchObject({ code: 'rate_limited' });
      // The session is full at LIVE_MAX_PARTICIPANTS.
      const full = await startTestServer({ LIVE_MAX_PARTICIPANTS: '1' });
      try {
        const fullDoc = await uploadOk(full.url, await coursePdf(2));
        const made = await collectFrames(await startStream(full.url, fullDoc.id, { questionsPerPage: 1 }));
        const done = made.at(-1)!.event;
        if (done.type !== 'complete') throw new Error('no quiz');
        const small = await Host.open(full.url, { quizId: done.quizId });
        await Player.join(full.url, small.code, 'One');
        const second = await fetch(`${full.url}/api/join`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ code: small.code, nickname: 'Two' }),
        });
        expect(second.status).toBe(409);
        expect((await json(second)).error).toMatchObject({ code: 'session_full' });
      } finally {
        await full.stop();
      }
      // Ana uses up her own allowance; Ben, from the same address, still has his.
      const anas = [];
      for (let i = 0; i < 4; i++) anas.push((await ana.me()).status);
      expect(anas).toEqual([200, 200, 200, 429]);
      expect((await ben.me()).status).toBe(200);
    } finally {
      await limited.stop();
    }
  });
});

describe('a live session on a quiz still being written', () => {
  it('plays the questions that exist, waits for the next, and goes on with the quiz once it is saved', async () => {
    const slow = await startTestServer({ LIVE_TALLY_MS: '50' }, { generator: slowGenerator(700) });
    try {
      const doc = await uploadOk(slow.url, await coursePdf(4));
      const job = await startStream(slow.url, doc.id, { questionsPerPage: 1, types: ['multiple_choice'] });
      const jobId = job.headers.get('x-job-id')!;
      // The session opens once the first question is written; the rest of the job is read on in the background.
      const frames = readFrames(job)[Symbol.asyncIterator]();
      for (let next = await frames.next(); !next.done && next.value.event.type !== 'question'; )
        next = await frames.next();
      const reading = (async () => {
        for (let next = await frames.next(); !next.done; ) next = await frames.next();
      })();
      const host = await Host.open(slow.url, { jobId, settings: { secondsPerQuestion: 0 } });
      const ana = await Player.join(slow.url, host.code, 'Ana');
      const phone = ana.stream();
      const started = await host.controlOk('start');
      expect(started).toMatchObject({ phase: 'question', index: 0, generating: true });
      const shown = await phone.waitFor(shows(0));
      expect(shown.event).toMatchObject({ generating: true });
      await host.controlOk('reveal');
      // Asked for the next question before it is written: told to wait, not an error of the session.
      let waited = false;
      for (let i = 1; i < 4; i++) {
        for (;;) {
          const next = await host.control('next');
          if (next.status === 200) break;
          expect(next.status).toBe(409);
          expect((await json(next)).error).toMatchObject({ code: 'no_question_yet' });
          waited = true;
          await new Promise((r) => setTimeout(r, 200));
        }
        await phone.waitFor(shows(i));
        await host.controlOk('reveal');
      }
      expect(waited).toBe(true);
      await reading;
      // The quiz is saved: no more questions to come, and the session says so.
      const last = await host.control('next');
      expect(last.status).toBe(409);
      expect((await json(last)).error).toMatchObject({ code: 'no_more_questions' });
      const view = await json<{ generating: boolean; total: number }>(await host.view());
      expect(view).toMatchObject({ generating: false, total: 4 });
      await host.controlOk('end');
      await phone.ended;
    } finally {
      await slow.stop();
    }
  });
});
