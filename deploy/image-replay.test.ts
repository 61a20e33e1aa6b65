// deploy/Dockerfile replayed without Docker: each stage's COPY and RUN steps run in a folder of its own, from a
// build context filtered by .dockerignore, with the machine's Node.js and npm standing in for the base image.
// Then the runtime stage's CMD starts the server on a free PORT, as a container would. Slow (two `npm ci`s and
// a web build, a few minutes); every step that fails names its Dockerfile line and shows its output.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '@quizstream/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerfilePath, materializeContext } from './testing/build-context.js';
import {
  copySpec,
  healthcheckCommand,
  readDockerfile,
  runCommand,
  type Stage,
  type Step,
  stepsOf,
} from './testing/dockerfile-model.js';

const REPLAY_TIMEOUT_MS = 15 * 60_000;
const START_TIMEOUT_MS = 90_000;
const SIGKILL_AFTER_MS = 10_000; // Cloud Run's grace period after SIGTERM

interface StageState {
  root: string;
  workdir: string;
  env: Record<string, string>;
}

const model = readDockerfile(dockerfilePath);
const runtime = model.stages.at(-1)!;

let work: string;
const stages = new Map<string, StageState>();
let server: ChildProcess | undefined;
let serverOutput = '';
let baseUrl = '';
let port = 0;

/** The machine's environment without what npm, Vitest or the shell add (NODE_ENV=test would change installs). */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|VITEST|NODE_ENV$|NODE_OPTIONS$|INIT_CWD$|TEST$)/i.test(key)) continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

function fail(stage: Stage, step: Step, message: string): never {
  throw new Error(`deploy/Dockerfile line ${step.line} (stage ${stage.name}, ${step.keyword}): ${message}`);
}

function inRoot(state: StageState, target: string): string {
  return path.join(state.root, path.posix.resolve(state.workdir, target));
}

function replayCopy(stage: Stage, step: Step, state: StageState, context: string): void {
  const { from, sources, dest } = copySpec(step);
  const fromState = from ? stages.get(from) : undefined;
  if (from && !fromState) fail(stage, step, `no earlier stage "${from}"`);
  const target = inRoot(state, dest);
  for (const source of sources) {
    const src = fromState ? path.join(fromState.root, source) : path.join(context, source);
    if (!existsSync(src)) fail(stage, step, `${source} is not in ${from ? `stage ${from}` : 'the build context'}`);
    if (statSync(src).isDirectory()) {
      cpSync(src, target, { recursive: true, verbatimSymlinks: true });
    } else {
      const file = dest.endsWith('/') ? path.join(target, path.basename(source)) : target;
      mkdirSync(path.dirname(file), { recursive: true });
      cpSync(src, file);
    }
  }
}

function replayRun(stage: Stage, step: Step, state: StageState, args: Record<string, string>): void {
  const command = runCommand(step);
  const dir = /^mkdir -p (?<dir>\/\S+) && chown \S+ \k<dir>$/.exec(command)?.groups?.dir;
  if (dir) {
    // Ownership cannot be replayed without root; the folder is what the server needs.
    mkdirSync(path.join(state.root, dir), { recursive: true });
    return;
  }
  // The OCR languages' and the fonts' scripts, copied into the image: run from there, with the build argument
  // each is given. The fonts' script installs only what the machine lacks (.ci/run installs the same fonts).
  const groups = /^sh (?<file>\/\S+\/(ocr-langs|pdf-fonts)\.sh) "\$(?<arg>OCR_LANGS|PDF_FONTS)"$/.exec(command)?.groups;
  const script = groups?.file;
  if (!script && !/^npm (ci|run) /.test(command)) fail(stage, step, `cannot replay "${command}" outside Docker`);
  const started = Date.now();
  const argv = script ? [inRoot(state, script), args[groups!.arg!] ?? ''] : ['-c', command];
  const result = spawnSync('sh', argv, {
    cwd: path.join(state.root, state.workdir),
    env: cleanEnv({ ...args, ...state.env }),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-60).join('\n');
    fail(stage, step, `"${command}" failed (exit ${result.status}, ${result.error ?? ''}):\n${output}`);
  }
  console.info(`[replay] ${stage.name}: ${command} (${Math.round((Date.now() - started) / 1000)} s)`);
}

function replayStage(stage: Stage, context: string): void {
  const state: StageState = { root: path.join(work, 'stages', stage.name), workdir: '/', env: {} };
  mkdirSync(state.root, { recursive: true });
  stages.set(stage.name, state);
  const args: Record<string, string> = {};
  for (const step of stage.steps) {
    switch (step.keyword) {
      case 'WORKDIR':
        state.workdir = path.posix.resolve(state.workdir, step.args[0]!);
        mkdirSync(path.join(state.root, state.workdir), { recursive: true });
        break;
      case 'ARG': {
        const [name, value = ''] = step.args[0]!.split(/=(.*)/s);
        args[name!] = value.replace(/^(["'])(.*)\1$/, '$2');
        break;
      }
      case 'ENV':
        for (const arg of step.args) {
          const [name, value = ''] = arg.split(/=(.*)/s);
          // "${OCR_LANGS}": a build argument's value, as Docker substitutes it.
          state.env[name!] = value
            .replace(/^(["'])(.*)\1$/, '$2')
            .replace(/\$\{(\w+)\}/g, (_, arg: string) => args[arg] ?? '');
        }
        break;
      case 'COPY':
        replayCopy(stage, step, state, context);
        break;
      case 'RUN':
        replayRun(stage, step, state, args);
        break;
      default:
        // USER, EXPOSE, HEALTHCHECK, CMD: metadata, checked by the tests below and dockerfile.test.ts.
        break;
    }
  }
}

async function waitForHealth(): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server?.exitCode !== null) {
      throw new Error(`the server exited (code ${server?.exitCode}) before answering:\n${serverOutput.slice(-4000)}`);
    }
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no answer from /healthz within ${START_TIMEOUT_MS / 1000} s:\n${serverOutput.slice(-4000)}`);
}

function runtimeState(): StageState {
  return stages.get(runtime.name)!;
}

function folderSize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += folderSize(full);
    else if (entry.isFile()) total += statSync(full).size;
  }
  return total;
}

const imageMajor = /^node:(\d+)/.exec(runtime.image)?.[1];
const hostMajor = process.versions.node.split('.')[0];
// The replay only tells on the image's Node.js. .ci/run runs the tests a second time on it (from the npm
// registry) with REQUIRE_IMAGE_NODE=1, which makes a mismatch fail instead of skipping.
const onImageNode = imageMajor === hostMajor || process.env.REQUIRE_IMAGE_NODE === '1';

describe.runIf(onImageNode)('deploy/Dockerfile replayed outside Docker', () => {
  beforeAll(async () => {
    if (imageMajor !== hostMajor) {
      throw new Error(
        `the image runs Node.js ${imageMajor} but this machine has ${hostMajor}: the replay would not tell`,
      );
    }
    work = mkdtempSync(path.join(os.tmpdir(), 'quizstream-image-'));
    const context = path.join(work, 'context');
    const files = materializeContext(context);
    console.info(`[replay] build context: ${files.length} files`);
    for (const stage of model.stages) replayStage(stage, context);

    // CMD, as the container would run it; DATA_DIR is the image's folder, HOST stays on loopback here.
    const cmd = stepsOf(runtime, 'CMD')[0]?.json;
    if (cmd?.[0] !== 'node') throw new Error(`the runtime CMD is not an exec-form node command: ${cmd}`);
    const state = runtimeState();
    port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, cmd.slice(1), {
      cwd: path.join(state.root, state.workdir),
      env: cleanEnv({
        ...state.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: path.join(state.root, state.env.DATA_DIR ?? '/data'),
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.on('data', (chunk: Buffer) => {
      serverOutput += chunk.toString();
    });
    server.stderr?.on('data', (chunk: Buffer) => {
      serverOutput += chunk.toString();
    });
    await waitForHealth();
  }, REPLAY_TIMEOUT_MS);

  afterAll(() => {
    if (server && server.exitCode === null) server.kill('SIGKILL');
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('puts production dependencies only into the runtime, and no sources but the API and core', () => {
    const app = path.join(runtimeState().root, 'app');
    const modules = path.join(app, 'node_modules');
    for (const dep of ['tsx', 'fastify', 'pg', '@electric-sql/pglite', 'pdfjs-dist']) {
      expect(existsSync(path.join(modules, dep)), dep).toBe(true);
    }
    for (const dev of ['nuxt', 'vite', 'vitest', 'typescript', '@biomejs/biome', 'vue-tsc', 'playwright-core']) {
      expect(existsSync(path.join(modules, dev)), `${dev} must not be in the image`).toBe(false);
    }
    expect(existsSync(path.join(app, 'packages/client'))).toBe(false);
    expect(existsSync(path.join(app, 'apps/web/app'))).toBe(false);
    const mb = folderSize(app) / 2 ** 20;
    console.info(`[replay] runtime /app: ${mb.toFixed(0)} MB`);
    expect(mb).toBeLessThan(400);
  });

  it("runs the OCR languages' script and gives the server its list: the server, which checks it, started", () => {
    const state = runtimeState();
    expect(existsSync(path.join(state.root, 'usr/local/lib/quizstream/ocr-langs.sh'))).toBe(true);
    expect(state.env.OCR_LANGS).toBe('eng');
    expect(serverOutput).not.toMatch(/no OCR data/);
  });

  it("runs the fonts' script: the server, which looks for the fonts at start, found them", () => {
    expect(existsSync(path.join(runtimeState().root, 'usr/local/lib/quizstream/pdf-fonts.sh'))).toBe(true);
    expect(serverOutput).not.toMatch(/PDF downloads lack fonts/);
  });

  it('starts with the image CMD on the PORT it is given and logs JSON lines with a severity', async () => {
    const res = await fetch(`${baseUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    const first = serverOutput.split('\n').find((l) => l.trim().startsWith('{'));
    expect(JSON.parse(first ?? '{}')).toHaveProperty('severity');
    expect(serverOutput).toContain(`:${port}`);
  });

  it('is ready: /readyz answers 200 once the store answers', async () => {
    const res = await fetch(`${baseUrl}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ready' });
  });

  it('serves the built web app at / with its assets', async () => {
    const res = await fetch(`${baseUrl}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('<title>quizstream</title>');
    const script = /src="(\/_nuxt\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script, 'the page loads a script from /_nuxt/').toBeDefined();
    const asset = await fetch(`${baseUrl}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toContain('javascript');
  });

  it("passes the image's HEALTHCHECK command", () => {
    const command = healthcheckCommand(stepsOf(runtime, 'HEALTHCHECK')[0]!);
    expect(command?.[0]).toBe('node');
    const result = spawnSync(process.execPath, command!.slice(1), {
      env: cleanEnv({ PORT: String(port) }),
      encoding: 'utf8',
      timeout: 10_000,
    });
    expect(result.status, result.stderr).toBe(0);
  });

  it("stops on SIGTERM with exit code 0 within Cloud Run's 10 seconds", async () => {
    const exited = new Promise<number | null>((resolve) => server!.once('exit', (code) => resolve(code)));
    const started = Date.now();
    server!.kill('SIGTERM');
    const code = await Promise.race([
      exited,
      new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), SIGKILL_AFTER_MS)),
    ]);
    expect(code, serverOutput.slice(-2000)).toBe(0);
    expect(Date.now() - started).toBeLessThan(SIGKILL_AFTER_MS);
  });
});
