// The library listings and share links, as GET /api/documents, GET /api/quizzes and POST …/share return them.
import { z } from 'zod';
import { DocumentInfo } from './document.js';

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
});
export type ShareLink = z.infer<typeof ShareLink>;
