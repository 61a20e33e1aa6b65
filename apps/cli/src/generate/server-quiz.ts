// Generates a quiz on a running quizstream server: uploads the PDF, streams the job through the shared
// client (connect timeout, heartbeat watchdog, resume with Last-Event-ID), and fetches the finished quiz.
// Ctrl-C cancels the job on the server before the command ends: nobody pays for questions nobody reads.
import path from 'node:path';
import { generateQuiz, QuizStreamError } from '@quizstream/client';
import { DocumentInfo, ErrorBody, type GenerateOptions, Quiz, type StreamEvent } from '@quizstream/core/schemas';
import { CliError, interrupted } from '../cli-error.js';
import { EXIT } from '../exit-codes.js';
import type { PdfInput } from './read-input.js';

export interface ServerQuizInput {
  file: string;
  pdf: PdfInput;
  /** The server's base URL, without a trailing slash. */
  server: string;
  apiKey: string | undefined;
  options: GenerateOptions;
  signal: AbortSignal;
  onEvent: (event: StreamEvent) => void;
  onWarning: (message: string) => void;
}

/** Upload refusals that are about the file, not the server: reported as bad input (exit 3). */
const BAD_INPUT_CODES = new Set([
  'not_pdf',
  'encrypted',
  'corrupt',
  'no_pages',
  'empty_file',
  'file_too_large',
  'too_many_pages',
]);

export async function generateOnServer(input: ServerQuizInput): Promise<Quiz> {
  const { server, signal } = input;
  const headers: Record<string, string> = input.apiKey ? { authorization: `Bearer ${input.apiKey}` } : {};
  const document = await upload(input, headers);
  signal.throwIfAborted();

  const stream = generateQuiz(document.id, input.options, { baseUrl: server, headers, onEvent: input.onEvent });
  let cancelling: Promise<void> | undefined;
  const cancel = () => {
    cancelling = stream.cancel();
  };
  signal.addEventListener('abort', cancel, { once: true });
  try {
    const result = await stream.done;
    if (signal.aborted) {
      try {
        await cancelling;
      } catch (error) {
        input.onWarning(`The job could not be cancelled on the server: ${(error as Error).message}`);
        throw interrupted(signal);
      }
      throw interrupted(signal, ' The job was cancelled on the server.');
    }
    switch (result.status) {
      case 'complete':
        return await getQuiz(server, result.quizId, headers);
      case 'error':
        throw new CliError(EXIT.generationFailed, result.code, result.message);
      case 'cancelled':
        throw new CliError(EXIT.generationFailed, 'cancelled', 'The job was cancelled on the server.');
      case 'closed':
        throw new CliError(EXIT.server, 'closed', 'The stream was closed before the quiz was finished.');
    }
  } catch (error) {
    if (error instanceof QuizStreamError) throw new CliError(EXIT.server, error.code, error.message, { cause: error });
    throw error;
  } finally {
    signal.removeEventListener('abort', cancel);
  }
}

async function upload(input: ServerQuizInput, headers: Record<string, string>): Promise<DocumentInfo> {
  const form = new FormData();
  const blob = new Blob([input.pdf.bytes], { type: 'application/pdf' });
  form.append('file', blob, path.basename(input.file));
  const response = await request(input.server, '/api/documents', {
    method: 'POST',
    headers,
    body: form,
    signal: input.signal,
  });
  if (response.status !== 201) {
    const error = await errorOf(response);
    const exitCode = BAD_INPUT_CODES.has(error.code) ? EXIT.badInput : EXIT.server;
    throw new CliError(exitCode, error.code, error.message);
  }
  return DocumentInfo.parse(await response.json());
}

async function getQuiz(server: string, quizId: string, headers: Record<string, string>): Promise<Quiz> {
  const response = await request(server, `/api/quizzes/${encodeURIComponent(quizId)}`, { headers });
  if (!response.ok) {
    const error = await errorOf(response);
    throw new CliError(EXIT.server, error.code, error.message);
  }
  const parsed = Quiz.safeParse(await response.json());
  if (!parsed.success) throw new CliError(EXIT.server, 'bad_response', 'The server sent a quiz of unexpected shape.');
  return parsed.data;
}

async function request(server: string, route: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(`${server}${route}`, init);
  } catch (error) {
    if (init.signal?.aborted) throw error;
    // undici reports "fetch failed" and keeps the reason (ECONNREFUSED, ENOTFOUND...) in `cause`.
    const cause = (error as Error).cause as { code?: string; message?: string } | undefined;
    const reason = cause?.code ?? cause?.message ?? (error as Error).message;
    throw new CliError(EXIT.server, 'unreachable', `Cannot reach the server at ${server} (${reason}).`, {
      cause: error,
    });
  }
}

async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  const fallback = { code: `http_${response.status}`, message: `The server answered ${response.status}.` };
  try {
    const parsed = ErrorBody.safeParse(await response.json());
    return parsed.success ? parsed.data.error : fallback;
  } catch {
    return fallback;
  }
}
