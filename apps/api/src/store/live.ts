// Live sessions in the database, which every instance shares: the session's state, its participants, their
// answers and its event log. Every change of state happens in one transaction on the locked session row and
// appends its event in the same transaction, with a NOTIFY that the other instances receive on commit. Times
// (when a question was shown, when it closes, when an answer came) are the database's clock, the one clock all
// instances agree on.
import { createHash, randomBytes } from 'node:crypto';
import {
  HOST_ONLY_EVENTS,
  type LiveDurableEvent,
  LiveDurableEvent as LiveDurableEventSchema,
  type LiveMode,
  type LivePhase,
  type LiveQuestion,
  type LiveSettings,
  type Question,
} from '@quizstream/core/schemas';
import { type Account, accountFilter, accountParams } from './account.js';
import type { Sql, SqlExecutor } from './sql.js';

export const LIVE_CHANNEL = 'quizstream_live';

/** Who a live event is for: everyone in the session, or only its host. */
export type Audience = 'all' | 'host';

export interface LiveSessionRow {
  id: string;
  code: string;
  account: string | null;
  quizId: string | null;
  jobId: string | null;
  title: string;
  settings: LiveSettings;
  phase: LivePhase;
  paused: boolean;
  index: number;
  /** Epoch ms (database clock) when the shown question closes; null without a countdown. */
  deadline: number | null;
  remainingMs: number | null;
  lastSeq: number;
  createdAt: string;
}

export interface Participant {
  id: string;
  sessionId: string;
  nickname: string;
  removed: boolean;
}

export interface StoredAnswer {
  questionId: string;
  answer: string[];
  correct: boolean;
  ms: number;
}

export interface SequencedLiveEvent {
  id: number;
  event: LiveDurableEvent;
  audience: Audience;
}

const digest = (token: string) => createHash('sha256').update(token, 'utf8').digest('base64url');
export const makeLiveToken = () => randomBytes(24).toString('base64url');
const TOKEN = /^[A-Za-z0-9_-]{32}$/;

/** The database's clock in epoch milliseconds. */
const NOW_MS = `(extract(epoch from clock_timestamp()) * 1000)::bigint`;

function toSession(r: Record<string, unknown>): LiveSessionRow {
  return {
    id: String(r.id),
    code: String(r.code),
    account: (r.account as string | null) ?? null,
    quizId: (r.quiz_id as string | null) ?? null,
    jobId: (r.job_id as string | null) ?? null,
    title: String(r.title ?? ''),
    settings: r.settings as LiveSettings,
    phase: r.phase as LivePhase,
    paused: Boolean(r.paused),
    index: Number(r.idx),
    deadline: r.deadline == null ? null : Number(r.deadline),
    remainingMs: r.remaining_ms == null ? null : Number(r.remaining_ms),
    lastSeq: Number(r.last_seq),
    createdAt: r.created_at instanceof Date ? r.created_at.toISOString() : String(r.created_at),
  };
}

/** A question as participants may see it before its reveal. */
export function publicQuestion(q: Question, index: number): LiveQuestion {
  return { id: q.id, index, type: q.type, prompt: q.prompt, choices: q.choices };
}

export class LiveStore {
  constructor(private readonly sql: Sql) {}

  /** Opens a session in the lobby; returns it and the host token (only its digest is kept). */
  async create(input: {
    id: string;
    code: string;
    account: Account;
    quizId: string | null;
    jobId: string | null;
    title: string;
    settings: LiveSettings;
    /** The questions it starts with (a quiz's, kept as they are now). */
    questions?: Question[];
  }): Promise<{ session: LiveSessionRow; hostToken: string } | 'code_taken'> {
    const hostToken = makeLiveToken();
    return this.sql.transaction(async (tx) => {
      const { rows } = await tx.query(
        `insert into live_sessions (id, code, account, host_token, quiz_id, job_id, title, settings)
         values ($1,$2,$3,$4,$5,$6,$7,$8) on conflict (code) do nothing returning *`,
        [
          input.id,
          input.code,
          input.account ?? null,
          digest(hostToken),
          input.quizId,
          input.jobId,
          input.title,
          JSON.stringify(input.settings),
        ],
      );
      if (!rows[0]) return 'code_taken' as const;
      await this.addQuestions(tx, input.id, 0, input.questions ?? []);
      return { session: toSession(rows[0]), hostToken };
    });
  }

  async get(id: string): Promise<LiveSessionRow | null> {
    const { rows } = await this.sql.query('select * from live_sessions where id = $1', [id]);
    return rows[0] ? toSession(rows[0]) : null;
  }

  /** The session, when `account` owns it or `hostToken` is its host token (one read). */
  async getAsHost(id: string, account: Account, hostToken: string | undefined): Promise<LiveSessionRow | null> {
    const token = hostToken !== undefined && TOKEN.test(hostToken) ? digest(hostToken) : null;
    const { rows } = await this.sql.query(
      `select *, (host_token = $2::text) is true as bearer from live_sessions where id = $1`,
      [id, token],
    );
    const row = rows[0];
    if (!row) return null;
    const session = toSession(row);
    const owner = account != null && session.account === account;
    return owner || row.bearer === true ? session : null;
  }

  async byCode(code: string): Promise<LiveSessionRow | null> {
    const { rows } = await this.sql.query('select * from live_sessions where code = $1', [code]);
    return rows[0] ? toSession(rows[0]) : null;
  }

  /** The sessions `account` hosts, newest first. */
  async list(account: Account, limit = 50): Promise<LiveSessionRow[]> {
    const { rows } = await this.sql.query(
      `select * from live_sessions where true${accountFilter('account', account, 2)} order by created_at desc limit $1`,
      [limit, ...accountParams(account)],
    );
    return rows.map(toSession);
  }

  /**
   * Changes the session in one transaction on its locked row: `change` sees it as it is and returns the new
   * columns and the events to append, or an error code. The events get the session's next sequence numbers.
   */
  async transition<E extends string>(
    id: string,
    change: (
      session: LiveSessionRow,
      tx: SqlExecutor,
      nowMs: number,
    ) => Promise<{ error: E } | { set: Partial<Record<LiveColumn, unknown>>; events: LiveAppend[] }>,
  ): Promise<{ session: LiveSessionRow; appended: SequencedLiveEvent[] } | { error: E } | null> {
    return this.sql.transaction(async (tx) => {
      const { rows } = await tx.query(`select *, ${NOW_MS} as now_ms from live_sessions where id = $1 for update`, [
        id,
      ]);
      if (!rows[0]) return null;
      const session = toSession(rows[0]);
      const outcome = await change(session, tx, Number(rows[0].now_ms));
      if ('error' in outcome) return { error: outcome.error };
      const columns = Object.keys(outcome.set);
      const assignments = columns.map((c, i) => `${c} = $${i + 2}`);
      const updated = await tx.query(
        `update live_sessions set ${[...assignments, "ended_at = case when phase = 'ended' then coalesce(ended_at, now()) else ended_at end"].join(', ')}
         where id = $1 returning *`,
        [id, ...columns.map((c) => outcome.set[c as keyof typeof outcome.set])],
      );
      const appended = await appendEvents(tx, id, outcome.events);
      return { session: toSession(updated.rows[0]!), appended };
    });
  }

  /** Appends events outside a change of state (tallies, participants). */
  async append(id: string, events: LiveAppend[]): Promise<SequencedLiveEvent[]> {
    return this.sql.transaction((tx) => appendEvents(tx, id, events));
  }

  /** Events after `afterSeq`, in order, at most `limit`. */
  async readEvents(id: string, afterSeq: number, limit = 500): Promise<SequencedLiveEvent[]> {
    const { rows } = await this.sql.query<{ seq: number; data: unknown; audience: Audience }>(
      'select seq, data, audience from live_events where session_id = $1 and seq > $2 order by seq limit $3',
      [id, afterSeq, limit],
    );
    return rows.map((r) => ({
      id: Number(r.seq),
      event: LiveDurableEventSchema.parse(r.data),
      audience: r.audience,
    }));
  }

  /** Tells every instance something of a session (a participant removed). */
  async notify(payload: string): Promise<void> {
    await this.sql.query('select pg_notify($1, $2)', [LIVE_CHANNEL, payload]);
  }

  async lastSeqs(ids: string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const { rows } = await this.sql.query<{ id: string; last_seq: number }>(
      'select id, last_seq from live_sessions where id = any($1::text[])',
      [ids],
    );
    return new Map(rows.map((r) => [r.id, Number(r.last_seq)]));
  }

  // Questions: each is kept as it was when the session first had it, so that a reveal, the results and a
  // participant's reload all see the same question even if the quiz is edited meanwhile.

  async questions(id: string, executor: SqlExecutor = this.sql): Promise<Question[]> {
    const { rows } = await executor.query<{ question: Question }>(
      'select question from live_questions where session_id = $1 order by idx',
      [id],
    );
    return rows.map((r) => r.question);
  }

  async question(id: string, index: number): Promise<Question | null> {
    const { rows } = await this.sql.query<{ question: Question }>(
      'select question from live_questions where session_id = $1 and idx = $2',
      [id, index],
    );
    return rows[0]?.question ?? null;
  }

  /** Keeps the questions from position `from` on (those the session did not have yet). */
  async addQuestions(tx: SqlExecutor, id: string, from: number, questions: Question[]): Promise<void> {
    if (questions.length === 0) return;
    await tx.query(
      `insert into live_questions (session_id, idx, question)
       select $1, $2::integer + (q.ordinality - 1)::integer, q.value
       from jsonb_array_elements($3::jsonb) with ordinality as q
       on conflict do nothing`,
      [id, from, JSON.stringify(questions)],
    );
  }

  // Participants

  async join(
    sessionId: string,
    participantId: string,
    nickname: string,
    max: number,
  ): Promise<{ participant: Participant; token: string; count: number } | 'full' | 'nickname_taken' | 'ended'> {
    const token = makeLiveToken();
    return this.sql.transaction(async (tx) => {
      const { rows } = await tx.query<{ phase: string }>('select phase from live_sessions where id = $1 for update', [
        sessionId,
      ]);
      if (rows[0]?.phase === 'ended') return 'ended';
      const counted = await tx.query<{ n: number; taken: boolean }>(
        `select count(*)::int as n, bool_or(lower(nickname) = lower($2)) as taken
         from live_participants where session_id = $1 and not removed`,
        [sessionId, nickname],
      );
      const n = Number(counted.rows[0]?.n ?? 0);
      if (counted.rows[0]?.taken) return 'nickname_taken';
      if (n >= max) return 'full';
      await tx.query('insert into live_participants (id, session_id, nickname, token) values ($1,$2,$3,$4)', [
        participantId,
        sessionId,
        nickname,
        digest(token),
      ]);
      return { participant: { id: participantId, sessionId, nickname, removed: false }, token, count: n + 1 };
    });
  }

  /** The participant a token belongs to (removed ones too, so that they can be told). */
  async participantByToken(token: string): Promise<Participant | null> {
    if (!TOKEN.test(token)) return null;
    const { rows } = await this.sql.query(
      'select id, session_id, nickname, removed from live_participants where token = $1',
      [digest(token)],
    );
    const r = rows[0];
    return r
      ? { id: String(r.id), sessionId: String(r.session_id), nickname: String(r.nickname), removed: Boolean(r.removed) }
      : null;
  }

  async participants(sessionId: string): Promise<Participant[]> {
    const { rows } = await this.sql.query(
      'select id, session_id, nickname, removed from live_participants where session_id = $1 order by joined_at, id',
      [sessionId],
    );
    return rows.map((r) => ({
      id: String(r.id),
      sessionId: String(r.session_id),
      nickname: String(r.nickname),
      removed: Boolean(r.removed),
    }));
  }

  async countParticipants(sessionId: string): Promise<number> {
    const { rows } = await this.sql.query<{ n: number }>(
      'select count(*)::int as n from live_participants where session_id = $1 and not removed',
      [sessionId],
    );
    return Number(rows[0]?.n ?? 0);
  }

  /** Removes a participant (its answers stay out of the results); false when there was none. */
  async remove(sessionId: string, participantId: string): Promise<boolean> {
    const { rows } = await this.sql.query(
      'update live_participants set removed = true where session_id = $1 and id = $2 and not removed returning id',
      [sessionId, participantId],
    );
    return rows.length > 0;
  }

  // Answers

  /**
   * Records a participant's answer, once: a second answer to the same question changes nothing and says so.
   * `open` is checked in the same statement against the session as it is now (the question still shown, not
   * paused, before its deadline with a second's grace for the network).
   */
  async answer(input: {
    sessionId: string;
    participantId: string;
    questionId: string;
    answer: string[];
    correct: boolean;
    /** Host-paced: the question must be the one shown and open. Self-paced: any question the session has. */
    mode: LiveMode;
  }): Promise<'recorded' | 'repeated' | 'closed'> {
    const hostPaced = input.mode === 'host';
    const { rows } = await this.sql.query(
      `with s as (
         select s.id, ${NOW_MS} as now_ms, s.shown_at
         from live_sessions s
         join live_participants p on p.session_id = s.id and p.id = $2 and not p.removed
         where s.id = $1 and s.phase <> 'ended'
           and (not $6::boolean or (
             s.phase = 'question' and not s.paused
             and s.current_question = $3
             and (s.deadline is null or ${NOW_MS} <= s.deadline + 1000)))
           and (
             $6::boolean or exists (select 1 from live_questions q where q.session_id = s.id and q.question->>'id' = $3))
       )
       insert into live_answers (session_id, participant_id, question_id, answer, correct, ms)
       select s.id, $2, $3, $4::jsonb, $5, greatest(0, least(2147483647, s.now_ms - coalesce(s.shown_at, s.now_ms)))::integer
       from s
       on conflict (participant_id, question_id) do nothing
       returning 1 as recorded`,
      [input.sessionId, input.participantId, input.questionId, JSON.stringify(input.answer), input.correct, hostPaced],
    );
    if (rows.length > 0) return 'recorded';
    const { rows: existing } = await this.sql.query(
      'select 1 from live_answers where participant_id = $1 and question_id = $2',
      [input.participantId, input.questionId],
    );
    return existing.length > 0 ? 'repeated' : 'closed';
  }

  async answersOf(participantId: string): Promise<StoredAnswer[]> {
    const { rows } = await this.sql.query(
      'select question_id, answer, correct, ms from live_answers where participant_id = $1 order by answered_at',
      [participantId],
    );
    return rows.map((r) => ({
      questionId: String(r.question_id),
      answer: r.answer as string[],
      correct: Boolean(r.correct),
      ms: Number(r.ms),
    }));
  }

  /** Every answer of the session's present participants, with their nicknames. */
  async allAnswers(sessionId: string): Promise<(StoredAnswer & { participantId: string; nickname: string })[]> {
    const { rows } = await this.sql.query(
      `select a.participant_id, p.nickname, a.question_id, a.answer, a.correct, a.ms
       from live_answers a join live_participants p on p.id = a.participant_id and not p.removed
       where a.session_id = $1 order by a.answered_at, p.nickname`,
      [sessionId],
    );
    return rows.map((r) => ({
      participantId: String(r.participant_id),
      nickname: String(r.nickname),
      questionId: String(r.question_id),
      answer: r.answer as string[],
      correct: Boolean(r.correct),
      ms: Number(r.ms),
    }));
  }

  /** How many present participants answered a question. */
  async answeredCount(sessionId: string, questionId: string): Promise<number> {
    const { rows } = await this.sql.query<{ n: number }>(
      `select count(*)::int as n from live_answers a join live_participants p on p.id = a.participant_id and not p.removed
       where a.session_id = $1 and a.question_id = $2`,
      [sessionId, questionId],
    );
    return Number(rows[0]?.n ?? 0);
  }

  /** Deletes sessions (with their participants, answers and events) created more than `retentionMs` ago. */
  async prune(retentionMs: number): Promise<number> {
    const { rows } = await this.sql.query(
      `delete from live_sessions where created_at < now() - make_interval(secs => $1::double precision / 1000)
       returning id`,
      [retentionMs],
    );
    return rows.length;
  }
}

/** The columns a change of state may set. */
export type LiveColumn = 'phase' | 'paused' | 'idx' | 'current_question' | 'shown_at' | 'deadline' | 'remaining_ms';

export interface LiveAppend {
  event: LiveDurableEvent;
  audience?: Audience;
}

/** Appends events with the session's next sequence numbers and notifies the instances (on commit). */
async function appendEvents(tx: SqlExecutor, id: string, events: LiveAppend[]): Promise<SequencedLiveEvent[]> {
  if (events.length === 0) return [];
  const { rows } = await tx.query<{ last_seq: number }>(
    'update live_sessions set last_seq = last_seq + $2 where id = $1 returning last_seq',
    [id, events.length],
  );
  if (!rows[0]) return [];
  const first = Number(rows[0].last_seq) - events.length + 1;
  const appended = events.map((e, i) => ({
    id: first + i,
    event: e.event,
    audience: e.audience ?? (HOST_ONLY_EVENTS.includes(e.event.type) ? 'host' : 'all'),
  }));
  await tx.query(
    `insert into live_events (session_id, seq, type, audience, data)
     select $1, e.seq, e.type, e.audience, e.data
     from jsonb_to_recordset($2::jsonb) as e(seq integer, type text, audience text, data jsonb)`,
    [id, JSON.stringify(appended.map((a) => ({ seq: a.id, type: a.event.type, audience: a.audience, data: a.event })))],
  );
  await tx.query('select pg_notify($1, $2)', [LIVE_CHANNEL, `${id}:${appended.at(-1)!.id}`]);
  return appended;
}
