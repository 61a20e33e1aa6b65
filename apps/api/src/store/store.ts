// The Store: documents, jobs, their durable event logs and finished quizzes, on any Sql (PGlite or Postgres).
import {
  type DocumentInfo,
  type DurableEvent,
  type GenerateOptions,
  type JobInfo,
  type JobStatus,
  type Quiz,
  Quiz as QuizSchema,
  type SequencedEvent,
  StreamEvent,
} from '@quizstream/core/schemas';
import { migrate } from './migrations.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';
import type { Sql, SqlExecutor } from './sql.js';

export interface NewJob {
  id: string;
  documentId: string;
  options: GenerateOptions;
  idempotencyKey: string | null;
}

export interface JobOutcome {
  status: Exclude<JobStatus, 'running'>;
  quizId?: string | null;
  error?: { code: string; message: string } | null;
}

type Row = Record<string, unknown>;
const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));

function toDocument(r: Row): DocumentInfo {
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

function toJob(r: Row): JobInfo {
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

const JOB_COLUMNS = `j.*, (select coalesce(max(seq), 0) from job_events e where e.job_id = j.id) as last_event_id`;

export class Store {
  private constructor(private readonly sql: Sql) {}

  /** Opens Postgres when a URL is given, otherwise embedded PGlite in `dataDir` (in memory when undefined). */
  static async open(opts: { databaseUrl?: string; dataDir?: string }): Promise<Store> {
    const sql = opts.databaseUrl ? await openPostgres(opts.databaseUrl) : await openPglite(opts.dataDir);
    await migrate(sql);
    return new Store(sql);
  }

  close(): Promise<void> {
    return this.sql.close();
  }

  async ping(): Promise<void> {
    await this.sql.query('select 1');
  }

  async insertDocument(doc: DocumentInfo): Promise<void> {
    await this.sql.query(
      'insert into documents (id, filename, pages, size, sha256, title, created_at) values ($1,$2,$3,$4,$5,$6,$7)',
      [doc.id, doc.filename, doc.pages, doc.size, doc.sha256, doc.title, doc.createdAt],
    );
  }

  async getDocument(id: string): Promise<DocumentInfo | null> {
    const { rows } = await this.sql.query('select * from documents where id = $1', [id]);
    return rows[0] ? toDocument(rows[0]) : null;
  }

  /**
   * Creates a job, or returns the existing one when the same idempotency key was used for the same
   * document before: a retried POST joins the job instead of starting a second one.
   */
  async createJob(job: NewJob): Promise<{ job: JobInfo; created: boolean }> {
    const { rows } = await this.sql.query(
      `insert into jobs (id, document_id, status, options, idempotency_key)
       values ($1, $2, 'running', $3, $4)
       on conflict (idempotency_key) do nothing
       returning *, 0 as last_event_id`,
      [job.id, job.documentId, JSON.stringify(job.options), job.idempotencyKey],
    );
    if (rows[0]) return { job: toJob(rows[0]), created: true };
    const existing = await this.sql.query(`select ${JOB_COLUMNS} from jobs j where idempotency_key = $1`, [
      job.idempotencyKey,
    ]);
    if (!existing.rows[0]) throw new Error('idempotent job vanished');
    return { job: toJob(existing.rows[0]), created: false };
  }

  async getJob(id: string): Promise<JobInfo | null> {
    const { rows } = await this.sql.query(`select ${JOB_COLUMNS} from jobs j where id = $1`, [id]);
    return rows[0] ? toJob(rows[0]) : null;
  }

  async listJobsByStatus(status: JobStatus): Promise<JobInfo[]> {
    const { rows } = await this.sql.query(`select ${JOB_COLUMNS} from jobs j where status = $1`, [status]);
    return rows.map(toJob);
  }

  /** Appends one durable event with its sequence number. The caller owns the job's sequence. */
  async appendEvent(jobId: string, seq: number, event: DurableEvent): Promise<void> {
    await this.insertEvent(this.sql, jobId, seq, event);
  }

  private async insertEvent(db: SqlExecutor, jobId: string, seq: number, event: DurableEvent) {
    await db.query('insert into job_events (job_id, seq, type, data) values ($1, $2, $3, $4)', [
      jobId,
      seq,
      event.type,
      JSON.stringify(event),
    ]);
  }

  /** Durable events after `afterSeq`, in order, at most `limit` of them. */
  async readEvents(jobId: string, afterSeq: number, limit = 500): Promise<SequencedEvent[]> {
    const { rows } = await this.sql.query<{ seq: number; data: unknown }>(
      'select seq, data from job_events where job_id = $1 and seq > $2 order by seq limit $3',
      [jobId, afterSeq, limit],
    );
    return rows.map((r) => ({ id: Number(r.seq), event: StreamEvent.parse(r.data) as DurableEvent }));
  }

  /**
   * Ends a job in one transaction: saves the quiz (if any), sets the outcome and appends the terminal event,
   * so a client that sees `complete` can always fetch the quiz and the job's final status.
   */
  async finishJob(
    jobId: string,
    outcome: JobOutcome,
    terminal: { seq: number; event: DurableEvent },
    quiz?: Quiz,
  ): Promise<void> {
    await this.sql.transaction(async (tx) => {
      if (quiz) {
        await tx.query(
          `insert into quizzes (id, job_id, document_id, title, options, questions, stats, created_at)
           values ($1,$2,$3,$4,$5,$6,$7,$8)`,
          [
            quiz.id,
            quiz.jobId,
            quiz.documentId,
            quiz.title,
            JSON.stringify(quiz.options),
            JSON.stringify(quiz.questions),
            JSON.stringify(quiz.stats),
            quiz.createdAt,
          ],
        );
      }
      await tx.query('update jobs set status = $2, quiz_id = $3, error = $4, updated_at = now() where id = $1', [
        jobId,
        outcome.status,
        outcome.quizId ?? null,
        outcome.error ? JSON.stringify(outcome.error) : null,
      ]);
      await this.insertEvent(tx, jobId, terminal.seq, terminal.event);
    });
  }

  async getQuiz(id: string): Promise<Quiz | null> {
    const { rows } = await this.sql.query('select * from quizzes where id = $1', [id]);
    const r = rows[0];
    if (!r) return null;
    return QuizSchema.parse({
      id: r.id,
      documentId: r.document_id,
      jobId: r.job_id,
      title: r.title,
      createdAt: iso(r.created_at),
      options: r.options,
      questions: r.questions,
      stats: r.stats,
    });
  }
}
