// Rows of the database as the schemas' objects: timestamps as ISO strings, numbers as numbers.
import {
  type DocumentInfo,
  type GenerateOptions,
  type JobInfo,
  type JobStatus,
  type Quiz,
  Quiz as QuizSchema,
} from '@quizstream/core/schemas';

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

export function toJob(r: Row): JobInfo {
  return {
    id: String(r.id),
    documentId: String(r.document_id),
    status: r.status as JobStatus,
    options: r.options as GenerateOptions,
    quizId: (r.quiz_id as string | null) ?? null,
    lastEventId: Number(r.last_event_id ?? 0),
    error: (r.error as JobInfo['error']) ?? null,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

/** A job's columns with the id of its last event, for toJob (the jobs table as `j`). */
export const JOB_COLUMNS = `j.*, (select coalesce(max(seq), 0) from job_events e where e.job_id = j.id) as last_event_id`;
