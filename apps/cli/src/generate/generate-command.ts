// `quizstream generate`: each input PDF becomes one quiz, generated here or on a server, rendered in the
// chosen format and written to stdout or --out. Files are done one after another, so the progress display
// stays readable and a failure names its file; a bad file does not stop the others, an unreachable server
// or Ctrl-C does. The exit code is that of the first failure, or of the one that stopped the run.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { isPdfError, type QuestionGenerator } from '@quizstream/core';
import { type CliContext, colorEnabled } from '../cli-context.js';
import { CliError, interrupted, usageError } from '../cli-error.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { BINARY_FORMATS } from '../export/formats.js';
import { renderQuiz } from '../export/render-quiz.js';
import { createReporter, reporterMode } from '../progress/create-reporter.js';
import type { ProgressReporter } from '../progress/reporter.js';
import { type GenerateFlags, type GenerateSettings, generateSettings } from './generate-settings.js';
import { chooseGenerator } from './generator-choice.js';
import { resolveInputs } from './inputs.js';
import { generateLocally } from './local-quiz.js';
import { type OutputTarget, planOutputs } from './output-plan.js';
import { readPdfInput } from './read-input.js';
import { generateOnServer } from './server-quiz.js';
import { writeQuiz } from './write-output.js';

export async function runGenerate(args: string[], flags: GenerateFlags, ctx: CliContext): Promise<ExitCode> {
  const settings = generateSettings(flags, ctx.env);
  const mode = reporterMode(settings, ctx.stderr);
  const reporter = createReporter(mode, ctx.stderr, colorEnabled(ctx, settings.color));
  try {
    const inputs = await resolveInputs(args, ctx.cwd);
    const targets = planOutputs(inputs, settings.out, await isFolder(settings.out, ctx.cwd));
    if (BINARY_FORMATS.has(settings.format) && targets[0]?.kind === 'stdout' && ctx.stdout.isTTY) {
      throw usageError(`${settings.format} files are binary; write one with --out FILE or redirect stdout.`);
    }
    const generator = settings.server ? undefined : await chooseGenerator(settings.generator, ctx.env);
    let exitCode: ExitCode = EXIT.ok;
    for (const [i, file] of inputs.entries()) {
      try {
        await generateOne(file, targets[i]!, { settings, generator, reporter, ctx });
      } catch (error) {
        const failure = asCliError(error, ctx.interrupt);
        reporter.failed(file, failure);
        if (exitCode === EXIT.ok) exitCode = failure.exitCode;
        if (STOPS_THE_RUN.has(failure.exitCode)) return failure.exitCode;
      }
    }
    return exitCode;
  } catch (error) {
    const failure = asCliError(error, ctx.interrupt);
    reporter.failed(undefined, failure);
    return failure.exitCode;
  } finally {
    reporter.close();
  }
}

/** Failures after which the other files would fail the same way, or that the person asked for. */
const STOPS_THE_RUN = new Set<ExitCode>([EXIT.server, EXIT.usage, EXIT.interrupted, EXIT.terminated]);

interface Run {
  settings: GenerateSettings;
  generator: QuestionGenerator | undefined;
  reporter: ProgressReporter;
  ctx: CliContext;
}

async function generateOne(file: string, target: OutputTarget, run: Run): Promise<void> {
  const { settings, reporter, ctx } = run;
  const signal = ctx.interrupt;
  signal.throwIfAborted();
  const started = Date.now();
  reporter.start(file);
  const pdf = await readPdfInput(file, ctx.cwd, signal);
  const onEvent = (event: Parameters<ProgressReporter['event']>[1]) => reporter.event(file, event);
  const quiz = settings.server
    ? await generateOnServer({
        file,
        pdf,
        server: settings.server,
        apiKey: settings.apiKey,
        options: settings.options,
        signal,
        onEvent,
        onWarning: (message) => reporter.warn(file, message),
      })
    : await generateLocally({
        pdf,
        generator: run.generator!,
        options: settings.options,
        ocr: settings.ocr,
        signal,
        onEvent,
      });
  const rendered = await renderQuiz(quiz, settings.format);
  let output: string;
  try {
    output = await writeQuiz(target, rendered, ctx);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(EXIT.generationFailed, 'write_failed', `Cannot write the quiz: ${(error as Error).message}`);
  }
  reporter.done(file, {
    pages: quiz.stats.pages,
    questions: quiz.questions.length,
    output,
    durationMs: Date.now() - started,
  });
}

function asCliError(error: unknown, signal: AbortSignal): CliError {
  if (error instanceof CliError) return error;
  if (signal.aborted) return interrupted(signal);
  // A page that breaks the PDF reader mid-way still makes a bad file; anything else failed generation
  // (an LlmError keeps its code, e.g. llm_auth_failed, for --json readers).
  if (isPdfError(error)) return new CliError(EXIT.badInput, error.code, error.message, { cause: error });
  const { code, message } = error as { code?: unknown; message?: unknown };
  return new CliError(
    EXIT.generationFailed,
    typeof code === 'string' ? code : 'generation_failed',
    typeof message === 'string' && message ? message : String(error),
    { cause: error },
  );
}

async function isFolder(out: string | undefined, cwd: string): Promise<boolean> {
  if (!out || out === '-') return false;
  try {
    return (await stat(path.resolve(cwd, out))).isDirectory();
  } catch {
    return false;
  }
}
