// The library listings and share links, as GET /api/documents, GET /api/quizzes and POST …/share return them.
import { z } from 'zod';
import { DocumentInfo, JobStatus, Quiz } from './document.js';

export const LibraryDocument = DocumentInfo.extend({
  /** How many quizzes were made from it. */
  quizzes: z.number().int().min(0),
});
export type LibraryDocument = z.infer<typeof LibraryDocument>;

export const LibraryQuiz = z.object({
  id: z.string(),
  title: z.string(),
  documentId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  questionCount: z.number().int().min(0),
  generator: z.string(),
  shared: z.boolean(),
});
export type LibraryQuiz = z.infer<typeof LibraryQuiz>;

export const ShareLink = z.object({
  token: z.string(),
  /** e.g. "/take/<token>", on the web app's origin. */
  path: z.string(),
  /** POST /api/quiz/jobs/:jobId/share of a job that had completed: the link is its quiz's. */
  quizId: z.string().nullable().optional(),
});
export type ShareLink = z.infer<typeof ShareLink>;

/**
 * What a share link of a job still being written opens (GET /api/shared/:token): the questions come over
 * GET /api/shared/:token/stream, as they are written. Once the job completed the link opens its quiz instead.
 */
export const SharedGeneration = z.object({
  kind: z.literal('generation'),
  status: JobStatus,
  /** The document's title (or file name). */
  title: z.string(),
  /** The language asked for, if any: how the questions' written answers are read. */
  options: z.object({ language: z.string().optional() }),
});
export type SharedGeneration = z.infer<typeof SharedGeneration>;

/** GET /api/shared/:token: the quiz, or the generation still making it. */
export const SharedQuizOrGeneration = z.union([SharedGeneration, Quiz]);
export type SharedQuizOrGeneration = z.infer<typeof SharedQuizOrGeneration>;
