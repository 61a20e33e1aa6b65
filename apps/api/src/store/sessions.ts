// Teachers' sign-in sessions. The browser holds a random token in an httpOnly cookie; only its SHA-256 is
// stored, so a copy of the database signs nobody in. Shared by every instance through the database.
import { createHash, randomBytes } from 'node:crypto';
import type { Sql } from './sql.js';

export interface Teacher {
  /** Who owns what she makes: `email:<address>` (see account.ts). */
  account: string;
  email: string;
  name: string;
}

const digest = (token: string) => createHash('sha256').update(token, 'utf8').digest('base64url');

export class Sessions {
  constructor(private readonly sql: Sql) {}

  /** Starts a session; returns the token for the cookie. */
  async create(teacher: Teacher, maxAgeMs: number): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.sql.query(
      `insert into sessions (id, account, email, name, expires_at)
       values ($1, $2, $3, $4, now() + make_interval(secs => $5::double precision / 1000))`,
      [digest(token), teacher.account, teacher.email, teacher.name, maxAgeMs],
    );
    return token;
  }

  /** The teacher of a session that exists and has not expired. */
  async find(token: string): Promise<Teacher | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const { rows } = await this.sql.query<{ account: string; email: string; name: string }>(
      'select account, email, name from sessions where id = $1 and expires_at > now()',
      [digest(token)],
    );
    const row = rows[0];
    return row ? { account: row.account, email: row.email, name: row.name } : null;
  }

  async delete(token: string): Promise<void> {
    await this.sql.query('delete from sessions where id = $1', [digest(token)]);
  }

  async pruneExpired(): Promise<number> {
    const { rows } = await this.sql.query('delete from sessions where expires_at <= now() returning id');
    return rows.length;
  }
}
