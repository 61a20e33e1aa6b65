// The Store: documents, jobs, their durable event logs and finished quizzes, on any Sql (PGlite or Postgres).
import {
  type DocumentInfo,
  type DurableEvent,
  type GenerateOptions,
  type JobInfo,
  type JobStatus,
  type Quiz,
  type SequencedEvent,
  StreamEvent,
} from '@quizstream/core/schemas';
import { type Account, accountFilter, accountParams, LOCAL_OWNER } from './account.js';
import { Library } from './library.js';
import { LiveStore } from './live.js';
import { CONTROL_CHANNEL, migrate } from './migrations.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';
import { JOB_COLUMNS, rowToDocument, rowToQuiz, toJob } from './rows.js';
import { Sessions } from './sessions.js';
import type { Sql } from './sql.js';
import { TokenUsage } from './token-usage.js';

export interface NewJob {
  id: string;
  documentId: string;
  /** The API key's name when authentication is on. */
  account?: string | null;
  options: GenerateOptions;
  idempotencyKey: string | null;
  /** The instance that will run it, and for how long its lease holds before it must be renewed. */
  owner: string;
  leaseMs: number;
}

/** The job's owner lost its lease: another instance took the job over. Nothing more may be written. */
export class LeaseLostError extends Error {
  constructor(readonly jobId: string) {
    super(`lease on job ${jobId} was lost`);
    this.name = 'LeaseLostError';
  }
}

export interface JobOutcome {
  status: Exclude<JobStatus, 'running'>;
  quizId?: string | null;
  error?: { code: string; message: string } | null;
}

export class Store {
  /** Listing, editing and sharing what was made. */
  readonly library: Library;
  /** Teachers' sign-in sessions. */
  readonly sessions: Sessions;
  /** LLM tokens used per owner per day. */
  readonly tokenUsage: TokenUsage;
  /** Live sessions: a quiz hosted for a class. */
  readonly live: LiveStore;

  private constructor(private readonly sql: Sql) {
    this.library = new Library(sql);
    this.sessions = new Sessions(sql);
    this.tokenUsage = new TokenUsage(sql);
    this.live = new LiveStore(sql);
  }

  /** Opens Postgres when a URL is given, otherwise embedded PGlite in `dataDir` (in memory when undefined). */
  static async open(opts: { databaseUrl?: string; dataDir?: string; onError?: (err: Error) => void }): Promise<Store> {
    const sql = opts.databaseUrl ? await openPostgres(opts.databaseUrl, opts.onError) : await openPglite(opts.dataDir);
    await migrate(sql);
    return new Store(sql);
  }

  close(): Promise<void> {
    return this.sql.close();
  }

  /**
   * Hands what the local owner made (before authentication was turned on) to `account`; returns how many
   * documents, jobs and quizzes moved.
   */
  async transferLocalData(account: string): Promise<number> {
    return this.sql.transaction(async (tx) => {
      let moved = 0;
      for (const table of ['documents', 'jobs', 'quizzes']) {
        const { rows } = await tx.query(`update ${table} set account = $1 where account = $2 returning id`, [
          account,
          LOCAL_OWNER,
        ]);
        moved += rows.length;
      }
      return moved;
    });
  }

  async ping(): Promise<void> {
    await this.sql.query('select 1');
  }

  async insertDocument(doc: DocumentInfo, account: Account = null): Promise<void> {
    await this.sql.query(
      'insert into documents (id, filename, pages, size, sha256, title, created_at, account) values ($1,$2,$3,$4,$5,$6,$7,$8)',
      [doc.id, doc.filename, doc.pages, doc.size, doc.sha256, doc.title, doc.createdAt, account ?? null],
    );
  }

  /** The document, if it exists and `account` (when given) made it. */
  async getDocument(id: string, account?: Account): Promise<DocumentInfo | null> {
    const { rows } = await this.sql.query(
      `select * from documents where id = $1${accountFilter('account', account, 2)}`,
      [id, ...accountParams(account)],
    );
    return rows[0] ? rowToDocument(rows[0]) : null;
  }

  /**
   * Creates a job, or returns the existing one when the same idempotency key was used for the same
   * document before: a retried POST joins the job instead of starting a second one.
   */
  async createJob(job: NewJob): Promise<{ job: JobInfo; created: boolean }> {
    const { rows } = await this.sql.query(
      `insert into jobs (id, document_id, status, options, idempotency_key, owner, lease_until, account)
       values ($1, $2, 'running', $3, $4, $5, now() + make_interval(secs => $6::double precision / 1000), $7)
       on conflict (idempotency_key) do nothing
       returning *, 0 as last_event_id`,
      [
        job.id,
        job.documentId,
        JSON.stringify(job.options),
        job.idempotencyKey,
        job.owner,
        job.leaseMs,
        job.account ?? null,
      ],
    );
    if (rows[0]) return { job: toJob(rows[0]), created: true };
    const existing = await this.sql.query(`select ${JOB_COLUMNS} from jobs j where idempotency_key = $1`, [
      job.idempotencyKey,
    ]);
    if (!existing.rows[0]) throw new Error('idempotent job vanished');
    return { job: toJob(existing.rows[0]), created: false };
  }

  /** The job a POST with this idempotency key started, if any. */
  async findJobByIdempotencyKey(key: string): Promise<JobInfo | null> {
    const { rows } = await this.sql.query(`select ${JOB_COLUMNS} from jobs j where idempotency_key = $1`, [key]);
    return rows[0] ? toJob(rows[0]) : null;
  }

  /** The job, if it exists and `account` (when given) started it. */
  async getJob(id: string, account?: Account): Promise<JobInfo | null> {
    const { rows } = await this.sql.query(
      `select ${JOB_COLUMNS} from jobs j where id = $1${accountFilter('j.account', account, 2)}`,
      [id, ...accountParams(account)],
    );
    return rows[0] ? toJob(rows[0]) : null;
  }

  /**
   * Appends one durable event with its sequence number, only while `owner` holds the job: a process that
   * lost its lease (paused, partitioned) can never write into a job another instance has taken over.
   */
  async appendEvent(jobId: string, seq: number, event: DurableEvent, owner: string): Promise<void> {
    await this.appendEvents(jobId, [{ id: seq, event }], owner);
  }

  /**
   * Appends durable events in one statement (one commit), fenced like appendEvent: all of them or none. A job
   * producing events faster than they can be committed one by one stores them in batches this way.
   */
  async appendEvents(jobId: string, events: readonly SequencedEvent[], owner: string): Promise<void> {
    if (events.length === 0) return;
    const rows = events.map(({ id, event }) => ({ seq: id, type: event.type, data: event }));
    const result = await this.sql.query(
      `insert into job_events (job_id, seq, type, data)
       select $1, e.seq, e.type, e.data from jsonb_to_recordset($2::jsonb) as e(seq integer, type text, data jsonb)
       where exists (select 1 from jobs where id = $1 and owner = $3 and status = 'running')`,
      [jobId, JSON.stringify(rows), owner],
    );
    if (result.rowCount === 0) throw new LeaseLostError(jobId);
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
    owner: string | null,
    outcome: JobOutcome,
    terminal: { seq?: number; event: DurableEvent },
    quiz?: Quiz,
  ): Promise<number> {
    return this.sql.transaction(async (tx) => {
      // Fenced like appendEvent. `owner: null` ends a job nobody runs (its owner died, its lease expired).
      const claimed = await tx.query(
        `update jobs set status = $3, quiz_id = $4, error = $5, updated_at = now(), finished_at = now(),
           owner = null, lease_until = null
         where id = $1 and status = 'running'
           and (owner = $2 or ($2::text is null and (owner is null or lease_until is null or lease_until < now())))
         returning id`,
        [jobId, owner, outcome.status, outcome.quizId ?? null, outcome.error ? JSON.stringify(outcome.error) : null],
      );
      if (claimed.rows.length === 0) throw new LeaseLostError(jobId);
      if (quiz) {
        await tx.query(
          // A job shared while it ran hands its link on to its quiz (read after the update above locked the row,
          // so a share made at the same moment is either seen here or finds the job ended).
          `insert into quizzes (id, job_id, document_id, title, options, questions, stats, created_at, account, share_token)
           values ($1,$2,$3,$4,$5,$6,$7,$8, (select account from jobs where id = $2), (select share_token from jobs where id = $2))`,
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
        const usage = quiz.stats.usage;
        if (usage) {
          // Counted toward the owner's daily LLM budget (LLM_DAILY_TOKEN_BUDGET).
          await tx.query(
            `insert into token_usage (account, day, tokens)
             select account, (now() at time zone 'utc')::date, $2 from jobs where id = $1 and account is not null
             on conflict (account, day) do update set tokens = token_usage.tokens + excluded.tokens`,
            [jobId, usage.inputTokens + usage.outputTokens],
          );
        }
      }
      const inserted = await tx.query<{ seq: number }>(
        `insert into job_events (job_id, seq, type, data)
         values ($1, coalesce($2::integer, (select coalesce(max(seq), 0) + 1 from job_events where job_id = $1)), $3, $4)
         returning seq`,
        [jobId, terminal.seq ?? null, terminal.event.type, JSON.stringify(terminal.event)],
      );
      return Number(inserted.rows[0]!.seq);
    });
  }

  /** Extends the leases `owner` holds on `jobIds`; returns those it still holds and whether each was asked to stop. */
  async renewLeases(owner: string, jobIds: string[], leaseMs: number): Promise<Map<string, { cancel: boolean }>> {
    if (jobIds.length === 0) return new Map();
    const { rows } = await this.sql.query<{ id: string; cancel_requested: boolean }>(
      `update jobs set lease_until = now() + make_interval(secs => $3::double precision / 1000)
       where id = any($2::text[]) and owner = $1 and status = 'running'
       returning id, cancel_requested`,
      [owner, jobIds, leaseMs],
    );
    return new Map(rows.map((r) => [r.id, { cancel: r.cancel_requested }]));
  }

  /**
   * Takes over one running job whose owner let its lease lapse (it died, or released it on shutdown).
   * SKIP LOCKED lets instances claim different jobs at once without waiting on each other.
   */
  async claimExpiredJob(owner: string, leaseMs: number): Promise<{ job: JobInfo; cancelRequested: boolean } | null> {
    const { rows } = await this.sql.query(
      `update jobs j set owner = $1, lease_until = now() + make_interval(secs => $2::double precision / 1000),
         updated_at = now()
       where j.id = (
         select id from jobs
         where status = 'running' and (lease_until is null or lease_until < now())
         order by created_at
         for update skip locked
         limit 1
       )
       returning ${JOB_COLUMNS}, cancel_requested`,
      [owner, leaseMs],
    );
    return rows[0] ? { job: toJob(rows[0]), cancelRequested: Boolean(rows[0].cancel_requested) } : null;
  }

  /** Lets go of every job `owner` runs, so another instance can take them over at once. */
  async releaseLeases(owner: string): Promise<number> {
    const { rows } = await this.sql.query(
      `update jobs set owner = null, lease_until = null where owner = $1 and status = 'running' returning id`,
      [owner],
    );
    return rows.length;
  }

  /** Records that someone follows these jobs now (from any instance), for the owners' orphan checks. */
  async touchFollowed(jobIds: string[]): Promise<void> {
    if (jobIds.length === 0) return;
    await this.sql.query('update jobs set followed_at = now() where id = any($1::text[]) and status = $2', [
      jobIds,
      'running',
    ]);
  }

  /** Of the jobs `owner` runs, those nobody anywhere has followed for `timeoutMs`. */
  async orphanedJobs(owner: string, jobIds: string[], timeoutMs: number): Promise<string[]> {
    if (jobIds.length === 0) return [];
    const { rows } = await this.sql.query<{ id: string }>(
      `select id from jobs
       where id = any($2::text[]) and owner = $1 and status = 'running'
         and followed_at < now() - make_interval(secs => $3::double precision / 1000)`,
      [owner, jobIds, timeoutMs],
    );
    return rows.map((r) => r.id);
  }

  /** Asks whichever instance runs the job to cancel it. */
  async requestCancel(jobId: string): Promise<void> {
    await this.sql.query(`update jobs set cancel_requested = true where id = $1 and status = 'running'`, [jobId]);
    await this.sql.query('select pg_notify($1, $2)', [CONTROL_CHANNEL, `cancel:${jobId}`]);
  }

  /** Deletes the event logs of jobs that ended more than `retentionMs` ago; returns how many jobs. */
  async pruneEvents(retentionMs: number): Promise<number> {
    return this.sql.transaction(async (tx) => {
      const { rows } = await tx.query<{ id: string }>(
        `update jobs set events_pruned = true
         where status <> 'running' and events_pruned = false
           and finished_at < now() - make_interval(secs => $1::double precision / 1000)
         returning id`,
        [retentionMs],
      );
      if (rows.length > 0) {
        await tx.query('delete from job_events where job_id = any($1::text[])', [rows.map((r) => r.id)]);
      }
      return rows.length;
    });
  }

  async eventsPruned(jobId: string): Promise<boolean> {
    const { rows } = await this.sql.query<{ events_pruned: boolean }>('select events_pruned from jobs where id = $1', [
      jobId,
    ]);
    return Boolean(rows[0]?.events_pruned);
  }

  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>> {
    return this.sql.listen(channel, onNotify);
  }

  /** The questions a job has streamed so far, in order (from its event log). */
  async jobQuestions(jobId: string): Promise<Quiz['questions']> {
    const { rows } = await this.sql.query<{ data: { type: string; question?: unknown; questions?: unknown[] } }>(
      `select data from job_events where job_id = $1 and type in ('question', 'questions') order by seq`,
      [jobId],
    );
    return rows.flatMap(({ data }) =>
      data.type === 'question' ? [data.question] : (data.questions ?? []),
    ) as Quiz['questions'];
  }

  /** The quiz, if it exists and `account` (when given) made it. */
  async getQuiz(id: string, account?: Account): Promise<Quiz | null> {
    const { rows } = await this.sql.query(
      `select * from quizzes where id = $1${accountFilter('account', account, 2)}`,
      [id, ...accountParams(account)],
    );
    return rows[0] ? rowToQuiz(rows[0]) : null;
  }
}
