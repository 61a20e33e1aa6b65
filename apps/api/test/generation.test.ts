// The use cases behind the generation and quiz-edit routes, called directly with the server's own parts (store,
// files, generators, job hub): no HTTP request, plain results and AppErrors with the contract's codes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuizEdits } from '../src/generation/quiz-edits.js';
import { type StartGeneration, startGeneration } from '../src/generation/start-generation.js';
import { coursePdf, slowGenerator, uploadOk } from './fixtures.js';
import { refusal } from './refusal.js';
import { startTestServer, type TestServer } from './test-server.js';

let server: TestServer;
let documentId: string;
/** Places held among the open streams, and those given back. */
let held = 0;
let released = 0;

beforeAll(async () => {
  server = await startTestServer({ MAX_CONCURRENT_JOBS: '1' }, { generator: slowGenerator(20) });
  documentId = (await uploadOk(server.url, await coursePdf(3))).id;
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

function request(overrides: Partial<StartGeneration> = {}): StartGeneration {
  return {
    documentId,
    options: { questionsPerPage: 2 },
    idempotencyKey: null,
    account: null,
    holdStream: () => {
      held++;
      const place = server.ctx.streams.reserve('generation-test', 100);
      return {
        release: () => {
          released++;
          place.release();
        },
      } as typeof place;
    },
    ...overrides,
  };
}

async function finished(jobId: string) {
  for (let i = 0; i < 600; i++) {
    const job = await server.ctx.store.getJob(jobId);
    if (job && job.status !== 'running') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`job ${jobId} did not finish`);
}

describe('starting a generation', () => {
  it('refuses bad options, an unknown document, pages past its end and a missing generator before holding a stream', async () => {
    const bad = await refusal(startGeneration(server.ctx, request({ options: { questionsPerPage: 0 } })));
    expect([bad.status, bad.code]).toEqual([400, 'invalid_options']);
    expect(bad.details).toEqual([expect.objectContaining({ field: 'questionsPerPage' })]);
    expect((await refusal(startGeneration(server.ctx, request({ documentId: 'doc_none' })))).code).toBe('not_found');
    expect((await refusal(startGeneration(server.ctx, request({ documentId: '../etc' })))).code).toBe('invalid_id');
    const past = await refusal(startGeneration(server.ctx, request({ options: { pageTo: 9 } })));
    expect(past.message).toContain('the document has 3 pages');
    const llm = await refusal(startGeneration(server.ctx, request({ options: { generator: 'llm' } })));
    expect([llm.status, llm.code]).toEqual([400, 'generator_unavailable']);
    expect(held).toBe(0);
  });

  it('creates and runs a job, joins it again by its key, and refuses past the server’s limit', async () => {
    const first = await startGeneration(server.ctx, request({ idempotencyKey: 'lesson-1' }));
    expect(first.created).toBe(true);
    expect(first.job).toMatchObject({ documentId, status: 'running' });
    const again = await startGeneration(server.ctx, request({ idempotencyKey: 'lesson-1' }));
    expect([again.created, again.job.id]).toEqual([false, first.job.id]);
    // MAX_CONCURRENT_JOBS is 1: another job waits for the first to end, and the stream it held is given back.
    const before = released;
    const busy = await refusal(startGeneration(server.ctx, request()));
    expect([busy.status, busy.code]).toEqual([503, 'overloaded']);
    expect(released).toBe(before + 1);
    first.place.release();
    again.place.release();
    const job = await finished(first.job.id);
    expect(job.status).toBe('completed');
    expect(job.quizId).toBeTruthy();
  });

  it('refuses a key used for another document, and gives its stream back', async () => {
    const other = (await uploadOk(server.url, await coursePdf(2))).id;
    const start = await startGeneration(server.ctx, request({ idempotencyKey: 'lesson-2', documentId: other }));
    start.place.release();
    await finished(start.job.id);
    const before = released;
    const reused = await refusal(startGeneration(server.ctx, request({ idempotencyKey: 'lesson-2' })));
    expect([reused.status, reused.code]).toEqual([409, 'idempotency_key_reused']);
    expect(released).toBe(before + 1);
  });
});

describe('editing a quiz', () => {
  let quizId: string;
  let edits: QuizEdits;

  beforeAll(async () => {
    const start = await startGeneration(server.ctx, request());
    start.place.release();
    quizId = (await finished(start.job.id)).quizId!;
    edits = new QuizEdits(server.ctx);
  }, 60_000);

  it('renames, reorders and deletes, refusing what is not valid with its code', async () => {
    expect((await edits.patch(null, quizId, { title: 'Rivers' })).title).toBe('Rivers');
    expect((await refusal(edits.patch(null, quizId, {}))).code).toBe('invalid_question');
    const quiz = (await server.ctx.store.getQuiz(quizId))!;
    const ids = quiz.questions.map((q) => q.id);
    expect((await edits.reorder(null, quizId, { questionIds: [...ids].reverse() })).questions.map((q) => q.id)).toEqual(
      [...ids].reverse(),
    );
    expect((await refusal(edits.reorder(null, quizId, { questionIds: ids.slice(1) }))).code).toBe('invalid_order');
    expect((await refusal(edits.deleteQuestion(null, quizId, 'q_none'))).code).toBe('not_found');
    expect((await refusal(edits.patch('email:someone@else.example', quizId, { title: 'x' }))).code).toBe('not_found');
  });

  it('checks a written question against its page: its quote there, not asked twice', async () => {
    const quiz = (await server.ctx.store.getQuiz(quizId))!;
    const { id: _id, ...copy } = quiz.questions[0]!;
    expect((await refusal(edits.addQuestion(null, quizId, copy))).code).toBe('duplicate_question');
    const elsewhere = {
      ...copy,
      prompt: 'Which is right?',
      source: { ...copy.source, quote: 'Not a sentence of this page at all.' },
    };
    expect((await refusal(edits.addQuestion(null, quizId, elsewhere))).code).toBe('quote_not_on_page');
    expect((await refusal(edits.addQuestion(null, quizId, { prompt: 1 }))).code).toBe('invalid_question');
    const removed = await edits.deleteQuestion(null, quizId, quiz.questions[0]!.id);
    const added = await edits.addQuestion(null, quizId, copy);
    expect(added.questions).toHaveLength(removed.questions.length + 1);
    expect(added.questions.at(-1)).toMatchObject({ prompt: copy.prompt, source: copy.source });
  });

  it('regenerates a question from its page, in its place', async () => {
    const quiz = (await server.ctx.store.getQuiz(quizId))!;
    const old = quiz.questions[0]!;
    // The course's pages hold more than the quiz asked: a new question is found.
    const regenerated = await edits.regenerate(null, quizId, old.id);
    const replacement = regenerated.questions[0]!;
    expect(replacement.id).not.toBe(old.id);
    expect(replacement.prompt).not.toBe(old.prompt);
    expect(replacement.source.page).toBe(old.source.page);
    expect(regenerated.questions).toHaveLength(quiz.questions.length);
    expect((await refusal(edits.regenerate(null, quizId, 'q_none'))).code).toBe('not_found');
  });
});
