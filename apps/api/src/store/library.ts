// The library: past documents and quizzes, listed, edited and shared. Every edit of a quiz happens in one
// transaction on a locked row, and the result is validated with the Quiz schema before it is saved.
import {
  type JobInfo,
  type LibraryDocument,
  type LibraryQuiz,
  type Quiz,
  Quiz as QuizSchema,
} from '@quizstream/core/schemas';
import { type Account, accountFilter, accountParams } from './account.js';
import { iso, JOB_COLUMNS, rowToDocument, rowToQuiz, toJob } from './rows.js';
import type { Sql, SqlExecutor } from './sql.js';

/** A share link of a job: `quizId` is set when the job had completed and the link is its quiz's. */
export interface JobShare {
  token: string;
  quizId: string | null;
}

export class Library {
  constructor(private readonly sql: Sql) {}

  async listDocuments(account?: Account, limit = 200): Promise<LibraryDocument[]> {
    const { rows } = await this.sql.query(
      `select d.*, (select count(*)::int from quizzes q where q.document_id = d.id) as quizzes
       from documents d where true${accountFilter('d.account', account, 2)} order by d.created_at desc limit $1`,
      [limit, ...accountParams(account)],
    );
    return rows.map((r) => ({ ...rowToDocument(r), quizzes: Number(r.quizzes) }));
  }

  async listQuizzes(account?: Account, limit = 200): Promise<LibraryQuiz[]> {
    const { rows } = await this.sql.query(
      `select id, title, document_id, created_at, updated_at, jsonb_array_length(questions) as n,
         stats->>'generator' as generator, share_token is not null as shared
       from quizzes where true${accountFilter('account', account, 2)} order by created_at desc limit $1`,
      [limit, ...accountParams(account)],
    );
    return rows.map((r) => ({
      id: String(r.id),
      title: String(r.title),
      documentId: String(r.document_id),
      createdAt: iso(r.created_at),
      updatedAt: iso(r.updated_at),
      questionCount: Number(r.n),
      generator: String(r.generator ?? ''),
      shared: Boolean(r.shared),
    }));
  }

  /** Deletes a document with its jobs, events and quizzes; false when there was none. */
  async deleteDocument(id: string, account?: Account): Promise<boolean> {
    const { rows } = await this.sql.query(
      `delete from documents where id = $1${accountFilter('account', account, 2)} returning id`,
      [id, ...accountParams(account)],
    );
    return rows.length > 0;
  }

  async deleteQuiz(id: string, account?: Account): Promise<boolean> {
    const { rows } = await this.sql.query(
      `delete from quizzes where id = $1${accountFilter('account', account, 2)} returning id`,
      [id, ...accountParams(account)],
    );
    return rows.length > 0;
  }

  /**
   * Applies `change` to the quiz under a row lock and saves the result, which must still be a valid quiz.
   * `change` is synchronous: nothing else may query while the lock is held (PGlite has one connection).
   * Returns null when the quiz does not exist.
   */
  async updateQuiz(id: string, change: (quiz: Quiz) => Quiz, account?: Account): Promise<Quiz | null> {
    return this.sql.transaction(async (tx: SqlExecutor) => {
      const { rows } = await tx.query(
        `select * from quizzes where id = $1${accountFilter('account', account, 2)} for update`,
        [id, ...accountParams(account)],
      );
      if (!rows[0]) return null;
      const updated = QuizSchema.parse(change(rowToQuiz(rows[0])));
      await tx.query(
        `update quizzes set title = $2, questions = $3, stats = $4, marking = $5, updated_at = now() where id = $1`,
        [id, updated.title, JSON.stringify(updated.questions), JSON.stringify(updated.stats), updated.marking],
      );
      return updated;
    });
  }

  /** The quiz's share token, made on first use. */
  async shareToken(id: string, makeToken: () => string, account?: Account): Promise<string | null> {
    const { rows } = await this.sql.query<{ share_token: string }>(
      `update quizzes set share_token = coalesce(share_token, $2)
       where id = $1${accountFilter('account', account, 3)} returning share_token`,
      [id, makeToken(), ...accountParams(account)],
    );
    return rows[0]?.share_token ?? null;
  }

  /** Revokes the quiz's link, and the link of the job that made it if it was shared while it ran. */
  async unshare(id: string, account?: Account): Promise<boolean> {
    return this.sql.transaction(async (tx) => {
      const { rows } = await tx.query(
        `update quizzes set share_token = null where id = $1${accountFilter('account', account, 2)} returning id`,
        [id, ...accountParams(account)],
      );
      if (rows.length === 0) return false;
      await tx.query('update jobs set share_token = null where quiz_id = $1', [id]);
      return true;
    });
  }

  async quizByShareToken(token: string): Promise<Quiz | null> {
    const { rows } = await this.sql.query('select * from quizzes where share_token = $1', [token]);
    return rows[0] ? rowToQuiz(rows[0]) : null;
  }

  /**
   * A share link of a job: while it runs, the job's own (made on first use), which its quiz takes over when it is
   * saved; once it completed, its quiz's. Null when the job is not the account's, or ended without a quiz.
   */
  async shareJob(jobId: string, makeToken: () => string, account?: Account): Promise<JobShare | null> {
    const { rows } = await this.sql.query<{ share_token: string }>(
      `update jobs set share_token = coalesce(share_token, $2)
       where id = $1 and status = 'running'${accountFilter('account', account, 3)} returning share_token`,
      [jobId, makeToken(), ...accountParams(account)],
    );
    if (rows[0]) return { token: rows[0].share_token, quizId: null };
    const ended = await this.sql.query<{ quiz_id: string | null }>(
      `select quiz_id from jobs where id = $1 and status = 'completed'${accountFilter('account', account, 2)}`,
      [jobId, ...accountParams(account)],
    );
    const quizId = ended.rows[0]?.quiz_id;
    if (!quizId) return null;
    const token = await this.shareToken(quizId, makeToken, account);
    return token ? { token, quizId } : null;
  }

  /** Revokes a job's link; its quiz's link, if the job completed, is the quiz's to revoke (unshare). */
  async unshareJob(jobId: string, account?: Account): Promise<boolean> {
    const { rows } = await this.sql.query(
      `update jobs set share_token = null where id = $1${accountFilter('account', account, 2)} returning id`,
      [jobId, ...accountParams(account)],
    );
    return rows.length > 0;
  }

  /** The job a share link was made for while it ran, and the title of its document. */
  async jobByShareToken(token: string): Promise<{ job: JobInfo; title: string } | null> {
    const { rows } = await this.sql.query(
      `select ${JOB_COLUMNS}, d.title as document_title, d.filename as document_filename
       from jobs j join documents d on d.id = j.document_id where j.share_token = $1`,
      [token],
    );
    const row = rows[0];
    if (!row) return null;
    const title = (row.document_title as string | null) || String(row.document_filename).replace(/\.pdf$/i, '');
    return { job: toJob(row), title };
  }
}
