// Sharing a job while it runs, over a real port: the link opens the generation to anyone holding it, its stream
// brings the questions written before and after the student came, and once the job completes the same link
// opens the quiz it made. Revoking, other teachers and jobs that ended without a quiz, as for quizzes.
import { followSharedJob } from '@quizstream/client';
import type { Quiz, SharedGeneration, StreamEvent } from '@quizstream/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coursePdf, slowGenerator } from './fixtures.js';
import { type Client, type SignInSetup, startSignInServer } from './sign-in-server.js';
import { collectFrames, type ReceivedFrame, readFrames } from './sse.js';

interface Running {
  doc: string;
  job: string;
  /** The owner's stream, read in the background to its end. */
  frames: Promise<ReceivedFrame[]>;
  /** Resolves when the owner's stream has brought its first question. */
  firstQuestion: Promise<void>;
}

const questionsOf = (frames: ReceivedFrame[]) =>
  frames.flatMap(({ event }) =>
    event.type === 'question' ? [event.question] : event.type === 'questions' ? event.questions : [],
  );

const errorCode = async (response: Response) => ((await response.json()) as { error: { code: string } }).error.code;

describe('a share link of a job still being written', () => {
  let setup: SignInSetup;
  let alice: Client;
  let bob: Client;

  beforeAll(async () => {
    // Slow enough that a student comes in while pages are still being read.
    setup = await startSignInServer({}, { generator: slowGenerator(250) });
    alice = await setup.teacher('alice');
    bob = await setup.teacher('bob');
  });
  afterAll(async () => {
    await setup?.stop();
  });

  async function startJob(client: Client, pages: number): Promise<Running> {
    const form = new FormData();
    form.append('file', new Blob([Buffer.from(await coursePdf(pages))], { type: 'application/pdf' }), 'course.pdf');
    const uploaded = await client.fetch('/api/documents', { method: 'POST', body: form });
    expect(uploaded.status).toBe(201);
    const doc = ((await uploaded.json()) as { id: string }).id;
    const stream = await client.fetch(`/api/quiz/generate-stream/${doc}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"questionsPerPage":2}',
    });
    expect(stream.status).toBe(200);
    let sawQuestion: () => void = () => {};
    const firstQuestion = new Promise<void>((resolve) => {
      sawQuestion = resolve;
    });
    const frames = (async () => {
      const all: ReceivedFrame[] = [];
      for await (const frame of readFrames(stream)) {
        all.push(frame);
        if (frame.event.type === 'question' || frame.event.type === 'questions') sawQuestion();
      }
      return all;
    })();
    return { doc, job: stream.headers.get('x-job-id')!, frames, firstQuestion };
  }

  it('streams the questions to a student as they are written, then opens the finished quiz', async () => {
    const run = await startJob(alice, 8);
    await run.firstQuestion;

    const shared = await alice.fetch(`/api/quiz/jobs/${run.job}/share`, { method: 'POST' });
    expect(shared.status).toBe(200);
    const link = (await shared.json()) as { token: string; path: string; quizId: string | null };
    expect(link.path).toBe(`/take/${link.token}`);
    expect(link.quizId).toBeNull();
    // Asking again gives the same link.
    const again = (await (await alice.fetch(`/api/quiz/jobs/${run.job}/share`, { method: 'POST' })).json()) as {
      token: string;
    };
    expect(again.token).toBe(link.token);

    const opened = await setup.anonymous.fetch(`/api/shared/${link.token}`);
    expect(opened.status).toBe(200);
    const generation = (await opened.json()) as SharedGeneration;
    expect(generation).toEqual({ kind: 'generation', status: 'running', title: expect.any(String), options: {} });

    // The student's stream: what was written before they came, then the rest as it is written.
    const joinedAt = Date.now();
    const studentStream = await setup.anonymous.fetch(`/api/shared/${link.token}/stream`);
    expect(studentStream.status).toBe(200);
    expect(studentStream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const student = await collectFrames(studentStream);
    const owner = await run.frames;

    expect(student[0]!.event.type).toBe('connection');
    const last = student.at(-1)!.event as Extract<StreamEvent, { type: 'complete' }>;
    expect(last.type).toBe('complete');
    expect(questionsOf(student).map((q) => q.id)).toEqual(questionsOf(owner).map((q) => q.id));
    const later = student.filter(
      (f) => (f.event.type === 'question' || f.event.type === 'questions') && f.at > joinedAt + 100,
    );
    expect(later.length).toBeGreaterThan(0);

    // The job completed: the same link now opens its quiz, whose questions the student already has.
    const quiz = (await (await setup.anonymous.fetch(`/api/shared/${link.token}`)).json()) as Quiz;
    expect(quiz.id).toBe(last.quizId);
    expect(generation.title).toBe(quiz.title);
    expect(quiz.questions.map((q) => q.id)).toEqual(questionsOf(student).map((q) => q.id));
    const file = await setup.anonymous.fetch(`/api/shared/${link.token}/file`);
    expect(file.status).toBe(200);
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    // A quiz's link has no stream: the quiz may be edited, its job's events are not.
    const noStream = await setup.anonymous.fetch(`/api/shared/${link.token}/stream`);
    expect(noStream.status).toBe(409);
    expect(await errorCode(noStream)).toBe('quiz_ready');
    // The library lists the quiz as shared; sharing the job now gives the quiz's link.
    const listed = (await (await alice.fetch('/api/quizzes')).json()) as { quizzes: { id: string; shared: boolean }[] };
    expect(listed.quizzes.find((q) => q.id === quiz.id)?.shared).toBe(true);
    const late = (await (await alice.fetch(`/api/quiz/jobs/${run.job}/share`, { method: 'POST' })).json()) as {
      token: string;
      quizId: string;
    };
    expect(late).toMatchObject({ token: link.token, quizId: quiz.id });

    // Revoking the quiz's link closes it for good, the job's way in too.
    expect((await alice.fetch(`/api/quizzes/${quiz.id}/share`, { method: 'DELETE' })).status).toBe(204);
    expect((await setup.anonymous.fetch(`/api/shared/${link.token}`)).status).toBe(404);
    expect((await setup.anonymous.fetch(`/api/shared/${link.token}/file`)).status).toBe(404);
    expect((await setup.anonymous.fetch(`/api/shared/${link.token}/stream`)).status).toBe(404);
  });

  it("is the owner's alone to make and revoke, and a revoked link opens nothing", async () => {
    const run = await startJob(alice, 6);
    expect((await bob.fetch(`/api/quiz/jobs/${run.job}/share`, { method: 'POST' })).status).toBe(404);
    expect((await setup.anonymous.fetch(`/api/quiz/jobs/${run.job}/share`, { method: 'POST' })).status).toBe(401);
    const { token } = (await (await alice.fetch(`/api/quiz/jobs/${run.job}/share`, { method: 'POST' })).json()) as {
      token: string;
    };
    expect((await bob.fetch(`/api/quiz/jobs/${run.job}/share`, { method: 'DELETE' })).status).toBe(404);
    expect((await setup.anonymous.fetch(`/api/shared/${token}`)).status).toBe(200);

    expect((await alice.fetch(`/api/quiz/jobs/${run.job}/share`, { method: 'DELETE' })).status).toBe(204);
    const gone = await setup.anonymous.fetch(`/api/shared/${token}/stream`);
    expect(gone.status).toBe(404);
    expect(await errorCode(gone)).toBe('not_found');
    // Its quiz, when it is made, is not shared either.
    const owner = await run.frames;
    const done = owner.at(-1)!.event as Extract<StreamEvent, { type: 'complete' }>;
    expect(done.type).toBe('complete');
    const listed = (await (await alice.fetch('/api/quizzes')).json()) as { quizzes: { id: string; shared: boolean }[] };
    expect(listed.quizzes.find((q) => q.id === done.quizId)?.shared).toBe(false);
  });

  it('keeps the questions of a job stopped early open to its link, and refuses to share a stopped job', async () => {
    const run = await startJob(alice, 12);
    await run.firstQuestion;
    const { token } = (await (await alice.fetch(`/api/quiz/jobs/${run.job}/share`, { method: 'POST' })).json()) as {
      token: string;
    };
    expect((await alice.fetch(`/api/quiz/jobs/${run.job}`, { method: 'DELETE' })).status).toBe(200);
    const owner = await run.frames;
    expect(owner.at(-1)!.event).toMatchObject({ type: 'error', code: 'cancelled' });

    const opened = (await (await setup.anonymous.fetch(`/api/shared/${token}`)).json()) as SharedGeneration;
    expect(opened).toMatchObject({ kind: 'generation', status: 'cancelled' });
    const student = await collectFrames(await setup.anonymous.fetch(`/api/shared/${token}/stream`));
    expect(questionsOf(student).length).toBeGreaterThan(0);
    expect(questionsOf(student).map((q) => q.id)).toEqual(questionsOf(owner).map((q) => q.id));
    expect(student.at(-1)!.event).toMatchObject({ type: 'error', code: 'cancelled' });

    // A job that ended without a quiz has nothing to share from now on.
    const other = await startJob(alice, 12);
    expect((await alice.fetch(`/api/quiz/jobs/${other.job}`, { method: 'DELETE' })).status).toBe(200);
    await other.frames;
    const refused = await alice.fetch(`/api/quiz/jobs/${other.job}/share`, { method: 'POST' });
    expect(refused.status).toBe(409);
    expect(await errorCode(refused)).toBe('job_ended');
  });

  it('is followed by the client, which resumes after the last event it had and cannot cancel the job', async () => {
    const run = await startJob(alice, 8);
    await run.firstQuestion;
    const { token } = (await (await alice.fetch(`/api/quiz/jobs/${run.job}/share`, { method: 'POST' })).json()) as {
      token: string;
    };
    const seen: string[] = [];
    const first = followSharedJob(token, {
      baseUrl: setup.server.url,
      onEvent: (event) => {
        if (event.type === 'question') seen.push(event.question.id);
        if (event.type === 'questions') seen.push(...event.questions.map((q) => q.id));
      },
    });
    expect(await first.jobId).toBe(run.job);
    while (seen.length === 0) await new Promise((r) => setTimeout(r, 20));
    // A student's "cancel" only leaves: the job goes on.
    await first.cancel();
    expect(await first.done).toEqual({ status: 'closed' });
    expect(((await (await alice.fetch(`/api/quiz/jobs/${run.job}`)).json()) as { status: string }).status).not.toBe(
      'cancelled',
    );

    const rest = followSharedJob(token, {
      baseUrl: setup.server.url,
      lastEventId: first.lastEventId,
      onEvent: (event) => {
        if (event.type === 'question') seen.push(event.question.id);
        if (event.type === 'questions') seen.push(...event.questions.map((q) => q.id));
      },
    });
    const outcome = await rest.done;
    expect(outcome.status).toBe('complete');
    expect(seen).toEqual(questionsOf(await run.frames).map((q) => q.id));
  });

  it('answers a malformed link 400 and a made-up one 404, on every shared route', async () => {
    for (const route of ['', '/file', '/stream']) {
      const malformed = await setup.anonymous.fetch(`/api/shared/not-a-token${route}`);
      expect(malformed.status).toBe(400);
      expect(await errorCode(malformed)).toBe('invalid_token');
      const madeUp = await setup.anonymous.fetch(`/api/shared/${'B'.repeat(22)}${route}`);
      expect(madeUp.status).toBe(404);
    }
  });
});
