// Uploaded documents, jobs and finished quizzes as the API returns them.
import { z } from 'zod';
import { GenerateOptions } from './options.js';
import { Question, QuizStats } from './question.js';

export const DocumentInfo = z.object({
  id: z.string(),
  filename: z.string(),
  pages: z.number().int().min(0),
  size: z.number().int().min(0),
  sha256: z.string(),
  title: z.string().nullable(),
  createdAt: z.string(),
});
export type DocumentInfo = z.infer<typeof DocumentInfo>;

export const JOB_STATUSES = ['running', 'completed', 'failed', 'cancelled'] as const;
export const JobStatus = z.enum(JOB_STATUSES);
export type JobStatus = z.infer<typeof JobStatus>;

export const JobInfo = z.object({
  id: z.string(),
  documentId: z.string(),
  status: JobStatus,
  options: GenerateOptions,
  quizId: z.string().nullable(),
  lastEventId: z.number().int().min(0),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type JobInfo = z.infer<typeof JobInfo>;

/**
 * How a quiz marks a written (short) answer: `forgiving` as a person would accept it (case, accents, spacing,
 * punctuation, a leading article, singular or plural, a keyboard slip in a long word); `exact` only an accepted
 * answer as listed, its case and spacing aside.
 */
export const MARKINGS = ['forgiving', 'exact'] as const;
export const Marking = z.enum(MARKINGS);
export type Marking = z.infer<typeof Marking>;

export const Quiz = z.object({
  id: z.string(),
  documentId: z.string(),
  jobId: z.string(),
  title: z.string(),
  createdAt: z.string(),
  options: GenerateOptions,
  questions: z.array(Question),
  stats: QuizStats,
  /** How written answers are marked when the quiz is taken; forgiving unless the teacher chose otherwise. */
  marking: Marking.default('forgiving'),
});
export type Quiz = z.infer<typeof Quiz>;

/** The one error body every route returns: `{ error: { code, message, details? } }`. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** `GET /api/config`: what a client needs to know about a server before it starts. */
export const ClientConfig = z.object({
  /** The generators a client may choose from, with the name shown to users. */
  generators: z.array(z.object({ id: z.enum(['offline', 'llm']), name: z.string() })).min(1),
  defaultGenerator: z.enum(['offline', 'llm']),
  limits: z.object({ maxUploadMb: z.number().positive(), maxPages: z.number().int().positive() }),
  heartbeatMs: z.number().int().positive(),
  /**
   * How teachers sign in: `none` (a local server, or API keys only), `oidc` (the web app sends them to
   * `loginPath`), or `iap` (Identity-Aware Proxy signed them in before the page loaded). Optional for servers
   * older than sign-in.
   */
  auth: z.object({ signIn: z.enum(['none', 'oidc', 'iap']), loginPath: z.string() }).optional(),
});
export type ClientConfig = z.infer<typeof ClientConfig>;

/** Who the caller is (`GET /api/me`): a teacher, an API key, or the local owner of a server without sign-in. */
export const Me = z.object({
  via: z.enum(['oidc', 'iap', 'key', 'local']),
  name: z.string(),
  email: z.string().nullable(),
});
export type Me = z.infer<typeof Me>;
