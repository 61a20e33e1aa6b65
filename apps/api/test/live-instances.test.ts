// A live session whose people land on different instances sharing one Postgres, as on Cloud Run: the host on
// one, participants on both; every stream sees the same events in the same order, answers sent to either
// instance are counted once, a participant removed on one is cut off on the other, and a phone that moves from
// one instance to the other resumes where it was.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Quiz } from '@quizstream/core/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coursePdf, startStream, uploadOk } from './fixtures.js';
import { Host, json, type LiveFrame, Player } from './live-client.js';
import { freshDatabase } from './postgres.js';
import { type ServerProcess, spawnServer } from './server-process.js';
import { collectFrames } from './sse.js';

let dataDir: string;
let db: { url: string; drop(): Promise<void> };
const running: ServerProcess[] = [];
let a: string;
let b: string;
let quiz: Quiz;

async function instance(name: string): Promise<string> {
  const proc = spawnServer({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DATABASE_URL: db.url,
    INSTANCE_ID: name,
    // Long enough that only NOTIFY, not the poll, can carry an event across in the time the test waits.
    FOLLOW_POLL_MS: '60000',
    LIVE_TALLY_MS: '50',
    LOG_LEVEL: 'info',
  });
  running.push(proc);
  return proc.ready();
}

beforeAll(async () => {
  db = await freshDatabase();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'quizstream-live-instances-'));
  [a, b] = await Promise.all([instance('a'), instance('b')]);
  const doc = await uploadOk(a, await coursePdf(3));
  const frames = await collectFrames(await startStream(a, doc.id, { questionsPerPage: 2, types: ['multiple_choice'] }));
  const complete = frames.at(-1)!.event;
  if (complete.type !== 'complete') throw new Error('no quiz');
  quiz = await json<Quiz>(await fetch(`${b}/api/quizzes/${complete.quizId}`));
}, 120_000);
afterAll(async () => {
  for (const s of running) if (s.child.exitCode === null) s.child.kill('SIGKILL');
  await db?.drop();
  await rm(dataDir, { recursive: true, force: true });
});

const shows = (index: number) => (f: LiveFrame) =>
  f.event.type === 'state' && f.event.phase === 'question' && f.event.index === index;
const ids = (frames: LiveFrame[]) => frames.filter((f) => f.id !== undefined).map((f) => f.id);

describe('a live session over two instances', () => {
  it('shows every participant the same session, whichever instance they reach', async () => {
    const host = await Host.open(a, { quizId: quiz.id, settings: { secondsPerQuestion: 0 } });
    const board = host.stream();
    // Two join on A, two on B (the join itself on either).
    const players = await Promise.all(
      ['Ana', 'Ben', 'Cy', 'Dee'].map((name, i) => Player.join(i < 2 ? a : b, host.code, name)),
    );
    const phones = players.map((p, i) => p.stream(0, i < 2 ? a : b));
    await board.waitFor((f) => f.event.type === 'participants' && f.event.count === 4);

    await host.controlOk('start');
    const q0 = quiz.questions[0]!;
    for (const phone of phones) await phone.waitFor(shows(0));
    // Answers to both instances, each counted once (Dee taps twice, on each instance).
    const wrong = q0.choices.find((c) => !q0.answer.includes(c))!;
    const sent = await Promise.all([
      players[0]!.answer(q0.id, q0.answer, a),
      players[1]!.answer(q0.id, [wrong], b),
      players[2]!.answer(q0.id, q0.answer, b),
      players[3]!.answer(q0.id, [wrong], b),
      players[3]!.answer(q0.id, q0.answer, a),
    ]);
    const statuses = await Promise.all(sent.map((r) => json<{ status: string }>(r)));
    expect(statuses.map((s) => s.status).sort()).toEqual(['recorded', 'recorded', 'recorded', 'recorded', 'repeated']);
    await board.waitFor((f) => f.event.type === 'tally' && f.event.answered === 4);

    // Reveal on B: the host's word counts on any instance.
    await host.controlOk('reveal', b);
    const reveals = await Promise.all(phones.map((p) => p.waitFor((f) => f.event.type === 'reveal')));
    for (const r of reveals)
      expect(r.event).toMatchObject({ answered: 4, correct: 2 + (statuses[4]!.status === 'recorded' ? 1 : 0) });

    // Cy's phone moves from B to A (another instance after a reconnect), Dee is removed on A while on B.
    phones[2]!.close();
    const cyAgain = players[2]!.stream(phones[2]!.lastId, a);
    expect((await host.remove(players[3]!.joined.participantId)).status).toBe(204);
    await phones[3]!.waitFor((f) => f.event.type === 'removed');
    await phones[3]!.ended;

    await host.controlOk('next', b);
    await cyAgain.waitFor(shows(1));
    for (const phone of [phones[0]!, phones[1]!]) await phone.waitFor(shows(1));
    await host.controlOk('end');
    for (const phone of [phones[0]!, phones[1]!, cyAgain]) {
      await phone.waitFor((f) => f.event.type === 'ended');
      await phone.ended;
    }
    await board.ended;

    // The same events, in the same order, on every phone, whichever instance it was on; Cy's two streams
    // together are Ana's.
    expect(ids(phones[1]!.frames)).toEqual(ids(phones[0]!.frames));
    expect([...ids(phones[2]!.frames), ...ids(cyAgain.frames)]).toEqual(ids(phones[0]!.frames));
    const results = await json<{ questions: { answered: number }[]; answers: unknown[] }>(await host.results());
    // Dee was removed: her answer leaves the results.
    expect(results.questions[0]!.answered).toBe(3);
    expect(results.answers).toHaveLength(3);
  });
});
