// Schema migrations, applied at start-up in order. An advisory lock makes concurrent start-ups safe:
// the second instance waits, then sees the versions already applied.
import type { Sql } from './sql.js';

const MIGRATIONS: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      create table documents (
        id text primary key,
        filename text not null,
        pages integer not null,
        size integer not null,
        sha256 text not null,
        title text,
        created_at timestamptz not null default now()
      );
      create table jobs (
        id text primary key,
        document_id text not null references documents(id) on delete cascade,
        status text not null,
        options jsonb not null,
        quiz_id text,
        error jsonb,
        idempotency_key text unique,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create index jobs_status_idx on jobs(status);
      create table job_events (
        job_id text not null references jobs(id) on delete cascade,
        seq integer not null,
        type text not null,
        data jsonb not null,
        created_at timestamptz not null default now(),
        primary key (job_id, seq)
      );
      create table quizzes (
        id text primary key,
        job_id text not null references jobs(id) on delete cascade,
        document_id text not null references documents(id) on delete cascade,
        title text not null,
        options jsonb not null,
        questions jsonb not null,
        stats jsonb not null,
        created_at timestamptz not null default now()
      );
    `,
  },
];

const LOCK_KEY = 7_413_902_211;

export async function migrate(sql: Sql): Promise<number[]> {
  return sql.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await tx.query(
      'create table if not exists schema_migrations (version integer primary key, applied_at timestamptz not null default now())',
    );
    const { rows } = await tx.query<{ version: number }>('select version from schema_migrations');
    const done = new Set(rows.map((r) => r.version));
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      for (const statement of m.sql.split(';').filter((s) => s.trim())) await tx.query(statement);
      await tx.query('insert into schema_migrations (version) values ($1)', [m.version]);
      applied.push(m.version);
    }
    return applied;
  });
}
