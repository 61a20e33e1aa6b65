// Rows of the database as the schemas' objects: timestamps as ISO strings, numbers as numbers.
import { type DocumentInfo, type Quiz, Quiz as QuizSchema } from '@quizstream/core/schemas';

export type Row = Record<string, unknown>;

export const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));

export function rowToDocument(r: Row): DocumentInfo {
  return {
    id: String(r.id),
    filename: String(r.filename),
    pages: Number(r.pages),
    size: Number(r.size),
    sha256: String(r.sha256),
    title: (r.title as string | null) ?? null,
    createdAt: iso(r.created_at),
  };
}

export function rowToQuiz(r: Row): Quiz {
  return QuizSchema.parse({
    id: r.id,
    documentId: r.document_id,
    jobId: r.job_id,
    title: r.title,
    createdAt: iso(r.created_at),
    options: r.options,
    questions: r.questions,
    stats: r.stats,
    marking: r.marking,
  });
}
