// @quizstream/client as someone outside this repository gets it: built, packed, installed from the tarball into a
// fresh project under the system's temp folder (nothing resolves from the repository's node_modules), its
// declarations type-checked, and a quiz streamed from a real server by a plain `node` process importing it.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coursePdf, uploadOk } from './fixtures.js';
import { startTestServer, type TestServer } from './test-server.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const exec = promisify(execFile);

/**
 * The environment of the commands: npm's variables of the run that started the tests (workspace, prefix, the
 * package being run) could point npm at the repository, and NODE_PATH or NODE_OPTIONS could let the scratch
 * project see it. What says where the registry and the cache are stays.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const keep =
    /^npm_config_(cache|registry|userconfig|globalconfig|proxy|https_proxy|noproxy|strict_ssl|cafile|offline|prefer_online|prefer_offline)$/i;
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_/i.test(key) && !keep.test(key)) continue;
    if (['NODE_PATH', 'NODE_OPTIONS', 'INIT_CWD'].includes(key)) continue;
    env[key] = value;
  }
  return env;
}

async function run(file: string, args: string[], cwd: string, timeout = 150_000): Promise<string> {
  try {
    const { stdout } = await exec(file, args, { cwd, env: cleanEnv(), timeout, maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch (err) {
    const { code, signal, stdout, stderr } = err as {
      code?: unknown;
      signal?: unknown;
      stdout?: string;
      stderr?: string;
    };
    throw new Error(
      `${file} ${args.join(' ')} (in ${cwd}) ended with ${signal ?? code}:\n${stdout ?? ''}\n${stderr ?? ''}`,
    );
  }
}

/** Every file under `dir`, relative to it, with forward slashes. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

const CONSUMER = `// Streams a quiz with the installed @quizstream/client and prints what happened as JSON.
import { generateQuiz } from '@quizstream/client';

const [baseUrl, documentId] = process.argv.slice(2);
const questionIds = [];
const types = [];
const stream = generateQuiz(
  documentId,
  { questionsPerPage: 1 },
  {
    baseUrl,
    onEvent(event) {
      types.push(event.type);
      if (event.type === 'question') questionIds.push(event.question.id);
    },
  },
);
const result = await stream.done;
console.log(
  JSON.stringify({
    resolved: import.meta.resolve('@quizstream/client'),
    jobId: await stream.jobId,
    status: result.status,
    quizId: result.status === 'complete' ? result.quizId : null,
    totalQuestions: result.status === 'complete' ? result.event.totalQuestions : null,
    questionIds,
    types,
  }),
);
`;

/** Fails to compile when the declarations are missing, broken or say nothing (any). */
const TYPED_USE = `import {
  type ConnectionState,
  followJob,
  followLive,
  generateQuiz,
  type LiveStreamEnd,
  QuizStreamError,
  type StreamResult,
} from '@quizstream/client';

const states: ConnectionState[] = [];
const stream = generateQuiz(
  'doc_x',
  { questionsPerPage: 2, types: ['multiple_choice', 'short_answer'], difficulty: 'easy' },
  {
    baseUrl: 'http://127.0.0.1:9',
    headers: { authorization: 'Bearer a-key-of-sixteen-chars' },
    signal: new AbortController().signal,
    onEvent(event, id) {
      const n: number | undefined = id;
      if (event.type === 'question') {
        const prompt: string = event.question.prompt;
        const page: number = event.question.source.page;
        console.log(n, prompt, page);
      }
    },
    onState: (state) => states.push(state),
  },
);
const jobId: Promise<string> = stream.jobId;
const result: StreamResult = await stream.done;
if (result.status === 'complete') {
  const quizId: string = result.quizId;
  const total: number = result.event.totalQuestions;
  console.log(jobId, quizId, total);
}
followJob('job_x', { lastEventId: stream.lastEventId }).close();
const live = followLive({
  as: { participantToken: 'token' },
  onEvent(event) {
    if (event.type === 'state') console.log(event.phase, event.question?.prompt);
  },
});
const end: LiveStreamEnd = await live.done;
const error = new QuizStreamError('not_found', 'No such document.', 404);
console.log(end, error.code, error.status);

// @ts-expect-error: the server refuses unknown generation options, and so do the types.
generateQuiz('doc_x', { questionsPerPag: 2 });
// @ts-expect-error: a job id is a string.
followJob(42);
// @ts-expect-error: no such result status.
if (result.status === 'finished') console.log(result);
`;

describe('@quizstream/client packed and installed outside the repository', () => {
  let serverReady: Promise<TestServer> | undefined;
  let server: TestServer;
  let work: string;
  let scratch: string;
  let installed: string;
  let tarball: string;

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'quizstream-client-pack-'));
    scratch = await mkdtemp(path.join(os.tmpdir(), 'quizstream-client-consumer-'));
    installed = path.join(scratch, 'node_modules/@quizstream/client');
    serverReady = startTestServer({ QUIZ_GENERATOR: 'offline' });
    serverReady.catch(() => {});

    await run('npm', ['run', 'build', '-w', '@quizstream/client'], ROOT);
    const packed = JSON.parse(
      await run('npm', ['pack', './packages/client/dist/package', '--pack-destination', work, '--json'], ROOT),
    ) as { filename: string }[];
    tarball = path.join(work, packed[0]!.filename);

    await writeFile(
      path.join(scratch, 'package.json'),
      `${JSON.stringify({ name: 'quizstream-client-consumer', private: true, type: 'module' }, null, 2)}\n`,
    );
    // --prefer-offline: zod and eventsource-parser from npm's cache when it has them, else from the registry
    // (without it, an unreachable registry costs minutes of retries before npm falls back on its cache).
    await run('npm', ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline'], scratch);
    server = await serverReady;
  }, 180_000);

  afterAll(async () => {
    await (await serverReady?.catch(() => undefined))?.stop();
    await Promise.all([work, scratch].map((dir) => dir && rm(dir, { recursive: true, force: true })));
  });

  it('is a project outside the repository', () => {
    expect(path.relative(ROOT, scratch).startsWith('..')).toBe(true);
  });

  it('installs a public ES module package with its dependencies, and no workspace package', async () => {
    const pkg = JSON.parse(await readFile(path.join(installed, 'package.json'), 'utf8'));
    expect(pkg.private).toBeUndefined();
    expect(pkg).toMatchObject({ name: '@quizstream/client', type: 'module', license: 'MIT' });
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(pkg.files).toEqual(['dist', 'README.md']);
    expect(pkg.exports['.']).toEqual({ types: './dist/index.d.ts', import: './dist/index.js' });
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['eventsource-parser', 'zod']);
    for (const field of ['devDependencies', 'peerDependencies', 'optionalDependencies', 'scripts']) {
      expect(pkg[field]).toBeUndefined();
    }

    const files = await listFiles(installed);
    expect(files).toContain('README.md');
    expect(files.filter((f) => !f.startsWith('dist/'))).toEqual(['LICENSE', 'README.md', 'package.json']);
    const declarations = files.filter((f) => f.endsWith('.d.ts'));
    expect(declarations.length).toBeGreaterThan(0);
    for (const file of files.filter((f) => f.startsWith('dist/'))) {
      expect(await readFile(path.join(installed, file), 'utf8'), file).not.toContain('@quizstream/core');
    }
    for (const dep of ['zod', 'eventsource-parser']) {
      const depPkg = JSON.parse(await readFile(path.join(scratch, 'node_modules', dep, 'package.json'), 'utf8'));
      expect(depPkg.name).toBe(dep);
    }
    await expect(readdir(path.join(scratch, 'node_modules/@quizstream'))).resolves.toEqual(['client']);
  });

  it('type-checks code that uses it against its declarations', async () => {
    await writeFile(path.join(scratch, 'use.ts'), TYPED_USE);
    const tsconfig = {
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'es2022',
        module: 'nodenext',
        moduleResolution: 'nodenext',
        lib: ['es2022', 'dom', 'dom.iterable'],
        types: [],
        skipLibCheck: false,
      },
      files: ['use.ts'],
    };
    await writeFile(path.join(scratch, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
    const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
    // Node's resolution, then a bundler's (Vite, webpack, esbuild).
    await run(process.execPath, [tsc, '-p', 'tsconfig.json'], scratch, 60_000);
    await run(
      process.execPath,
      [tsc, '-p', 'tsconfig.json', '--module', 'preserve', '--moduleResolution', 'bundler'],
      scratch,
      60_000,
    );
  }, 120_000);

  it('streams a quiz from a real server in a plain node process', async () => {
    const doc = await uploadOk(server.url, await coursePdf(3));
    await writeFile(path.join(scratch, 'consumer.mjs'), CONSUMER);
    const out = await run(process.execPath, ['consumer.mjs', server.url, doc.id], scratch, 60_000);
    const result = JSON.parse(out.trim().split('\n').at(-1)!) as {
      resolved: string;
      jobId: string;
      status: string;
      quizId: string | null;
      totalQuestions: number | null;
      questionIds: string[];
      types: string[];
    };

    expect(fileURLToPath(result.resolved)).toBe(path.join(installed, 'dist/index.js'));
    expect(result.status).toBe('complete');
    expect(result.jobId).toMatch(/^job_/);
    expect(result.quizId).toEqual(expect.any(String));
    expect(result.types[0]).toBe('connection');
    expect(result.types.at(-1)).toBe('complete');
    expect(result.questionIds.length).toBeGreaterThan(0);
    expect(result.totalQuestions).toBe(result.questionIds.length);

    const response = await fetch(`${server.url}/api/quizzes/${result.quizId}`);
    expect(response.status).toBe(200);
    const quiz = (await response.json()) as { jobId: string; questions: { id: string }[] };
    expect(quiz.jobId).toBe(result.jobId);
    expect(quiz.questions.map((q) => q.id)).toEqual(result.questionIds);
  }, 90_000);
});
