// Puts a rendered quiz where the plan says: stdout, or a file written whole (a temporary file renamed into
// place), so a script never picks up half a quiz and an interrupted run leaves no truncated file behind.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type CliContext, writeAll } from '../cli-context.js';
import type { RenderedQuiz } from '../export/render-quiz.js';
import { type OutputTarget, targetPath } from './output-plan.js';

/** Writes the quiz and returns where it went ("stdout" or the file's path) for the summary line. */
export async function writeQuiz(target: OutputTarget, quiz: RenderedQuiz, ctx: CliContext): Promise<string> {
  const file = targetPath(target, quiz.extension);
  if (file === undefined) {
    await writeAll(ctx.stdout, quiz.body);
    return 'stdout';
  }
  const absolute = path.resolve(ctx.cwd, file);
  await mkdir(path.dirname(absolute), { recursive: true });
  const temporary = `${absolute}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, quiz.body);
    await rename(temporary, absolute);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return file;
}
