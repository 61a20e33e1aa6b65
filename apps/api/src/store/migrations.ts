// Schema migrations, applied at start-up in order. An advisory lock makes concurrent start-ups safe:
// the second instance waits, then sees the versions already applied.
import { LOCAL_OWNER } from './account.js';
import type { Sql } from './sql.js';

const MIGRATIONS: { version: number; statements: string[] }[] = [
  {
    version: 1,
    statements: [
      `create table documents (
          id text primary key,
          filename text not null,
          pages integer not null,
          size integer not null,
          sha256 text not null,
          title text,
          created_at timestamptz not null default now()
        )`,
      `create table jobs (
          id text primary key,
          document_id text not null references documents(id) on delete cascade,
          status text not null,
          options jsonb not null,
          quiz_id text,
          error jsonb,
          idempotency_key text unique,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now()
        )`,
      `create index jobs_status_idx on jobs(status)`,
      `create table job_events (
          job_id text not null references jobs(id) on delete cascade,
          seq integer not null,
          type text not null,
          data jsonb not null,
          created_at timestamptz not null default now(),
          primary key (job_id, seq)
        )`,
      `create table quizzes (
          id text primary key,
          job_id text not null references jobs(id) on delete cascade,
          document_id text not null references documents(id) on delete cascade,
          title text not null,
          options jsonb not null,
          questions jsonb not null,
          stats jsonb not null,
          created_at timestamptz not null default now()
        )`,
    ],
  },
  {
    // Leases let several instances share jobs; followed_at lets the owner see followers on other
    // instances; the trigger wakes followers everywhere when an event is stored.
    version: 2,
    statements: [
      'alter table jobs add column owner text',
      'alter table jobs add column lease_until timestamptz',
      'alter table jobs add column followed_at timestamptz not null default now()',
      'alter table jobs add column finished_at timestamptz',
      'alter table jobs add column events_pruned boolean not null default false',
      'alter table jobs add column cancel_requested boolean not null default false',
      "create index jobs_running_lease_idx on jobs(lease_until) where status = 'running'",
      'create index jobs_finished_idx on jobs(finished_at) where events_pruned = false',
      `create function quizstream_notify_event() returns trigger language plpgsql as $$
        begin
          perform pg_notify('quizstream_events', new.job_id || ':' || new.seq);
          return null;
        end $$`,
      `create trigger job_events_notify after insert on job_events
        for each row execute function quizstream_notify_event()`,
    ],
  },
  {
    // Quizzes are edited after generation, and can be shared read-only through an unguessable token.
    version: 3,
    statements: [
      'alter table quizzes add column updated_at timestamptz not null default now()',
      'alter table quizzes add column share_token text unique',
      'create index quizzes_created_idx on quizzes(created_at desc)',
      'create index documents_created_idx on documents(created_at desc)',
    ],
  },
  {
    // With API_KEYS, documents, jobs and quizzes belong to the key (by its name) that made them; null when
    // made without authentication. (jobs.owner is the instance holding a job's lease, not a person.)
    version: 4,
    statements: [
      'alter table documents add column account text',
      'alter table jobs add column account text',
      'alter table quizzes add column account text',
      'create index documents_account_idx on documents(account, created_at desc)',
      'create index quizzes_account_idx on quizzes(account, created_at desc)',
    ],
  },
  {
    // Teachers sign in: their sessions, and the LLM tokens each owner used per day (for an optional budget).
    // What was made without authentication belongs to the local owner from now on, not to nobody.
    version: 5,
    statements: [
      `create table sessions (
          id text primary key,
          account text not null,
          email text not null,
          name text not null,
          created_at timestamptz not null default now(),
          expires_at timestamptz not null
        )`,
      'create index sessions_expires_idx on sessions(expires_at)',
      `create table token_usage (
          account text not null,
          day date not null,
          tokens bigint not null default 0,
          primary key (account, day)
        )`,
      `update documents set account = '${LOCAL_OWNER}' where account is null`,
      `update jobs set account = '${LOCAL_OWNER}' where account is null`,
      `update quizzes set account = '${LOCAL_OWNER}' where account is null`,
    ],
  },
  {
    // How a quiz marks written answers, a teacher's choice: as a person would accept them, or as listed.
    version: 6,
    statements: [
      `alter table quizzes add column marking text not null default 'forgiving' check (marking in ('forgiving', 'exact'))`,
    ],
  },
  {
    // A share link of a job still running ("Start now" for a class): its quiz takes the token over when it is saved.
    version: 7,
    statements: ['alter table jobs add column share_token text unique'],
  },
  {
    // Live sessions (store/live.ts): times are epoch milliseconds of the database's clock.
    version: 8,
    statements: [
      `create table live_sessions (
          id text primary key,
          code text not null unique,
          account text,
          host_token text not null,
          quiz_id text references quizzes(id) on delete cascade,
          job_id text references jobs(id) on delete cascade,
          title text not null default '',
          settings jsonb not null,
          phase text not null default 'lobby',
          paused boolean not null default false,
          idx integer not null default -1,
          current_question text,
          shown_at bigint,
          deadline bigint,
          remaining_ms integer,
          last_seq integer not null default 0,
          created_at timestamptz not null default now(),
          ended_at timestamptz
        )`,
      'create index live_sessions_account_idx on live_sessions(account, created_at)',
      'create index live_sessions_created_idx on live_sessions(created_at)',
      `create table live_questions (
          session_id text not null references live_sessions(id) on delete cascade,
          idx integer not null,
          question jsonb not null,
          primary key (session_id, idx)
        )`,
      `create table live_participants (
          id text primary key,
          session_id text not null references live_sessions(id) on delete cascade,
          nickname text not null,
          token text not null unique,
          removed boolean not null default false,
          joined_at timestamptz not null default now()
        )`,
      'create index live_participants_session_idx on live_participants(session_id)',
      `create table live_answers (
          session_id text not null references live_sessions(id) on delete cascade,
          participant_id text not null references live_participants(id) on delete cascade,
          question_id text not null,
          answer jsonb not null,
          correct boolean not null,
          ms integer not null,
          answered_at timestamptz not null default clock_timestamp(),
          primary key (participant_id, question_id)
        )`,
      'create index live_answers_question_idx on live_answers(session_id, question_id)',
      `create table live_events (
          session_id text not null references live_sessions(id) on delete cascade,
          seq integer not null,
          type text not null,
          audience text not null,
          data jsonb not null,
          created_at timestamptz not null default now(),
          primary key (session_id, seq)
        )`,
    ],
  },
];

const LOCK_KEY = 7_413_902_211;

export const EVENTS_CHANNEL = 'quizstream_events';
export const CONTROL_CHANNEL = 'quizstream_control';

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
      for (const statement of m.statements) await tx.query(statement);
      await tx.query('insert into schema_migrations (version) values ($1)', [m.version]);
      applied.push(m.version);
    }
    return applied;
  });
}
