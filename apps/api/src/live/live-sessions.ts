// What a live session does, without HTTP: open one from a quiz or a running job, move it on at the host's word,
// let participants join and answer, and tell the results. Each change is one transaction in the store; what it
// appended goes straight to this instance's streams (the others hear of it by NOTIFY).
import { isCorrect } from '@quizstream/core/grade';
import {
  type ApiErrorCode,
  type LiveAction,
  type LiveAnswerRequest,
  type LiveDurableEvent,
  type LiveQuestion,
  type LiveSettings,
  NICKNAME_MAX,
  type Question,
} from '@quizstream/core/schemas';
import type { z } from 'zod';
import { AppError } from '../errors.js';
import { newId } from '../ids.js';
import type { Account } from '../store/account.js';
import {
  type LiveAppend,
  type LiveColumn,
  type LiveSessionRow,
  type Participant,
  publicQuestion,
} from '../store/live.js';
import type { SqlExecutor } from '../store/sql.js';
import type { Store } from '../store/store.js';
import { formatJoinCode, makeJoinCode, normalizeJoinCode } from './join-code.js';
import type { LiveHub } from './live-hub.js';

export interface LiveLimits {
  maxParticipants: number;
  /** How soon after an answer the host hears the new count (answers are counted together). */
  tallyDelayMs: number;
}

/** What a participant gets back for an answer. */
export type AnswerOutcome =
  | { status: 'recorded' | 'repeated' }
  | {
      status: 'recorded' | 'repeated';
      /** Self-paced: right or wrong, and why, at once. */
      correct: boolean;
      answer: string[];
      explanation: string;
      source: Question['source'];
    };

/** Sessions whose questions are kept in memory between answers. */
const QUESTION_CACHE_SESSIONS = 200;

/** The questions of a session's quiz or job, and whether more may come. */
type Source = { questions: Question[]; generating: boolean };

type Change = { set: Partial<Record<LiveColumn, unknown>>; events: LiveAppend[] };

export class LiveSessions {
  private readonly tallies = new Map<string, NodeJS.Timeout>();
  private readonly questionCache = new Map<string, Question[]>();

  constructor(
    private readonly store: Store,
    private readonly hub: LiveHub,
    private readonly limits: LiveLimits,
  ) {}

  /** Opens a session on a quiz or on a job still writing one, owned by `account`. */
  async open(
    account: Account,
    source: { quizId: string } | { jobId: string },
    settings: LiveSettings,
  ): Promise<{ session: LiveSessionRow; hostToken: string }> {
    let title: string;
    // A quiz's questions are kept as they are when the session opens; a job's as they come.
    let questions: Question[] = [];
    if ('quizId' in source) {
      const quiz = await this.store.getQuiz(source.quizId, account);
      if (!quiz) throw new AppError(404, 'not_found', `No quiz with id "${source.quizId}".`);
      title = quiz.title;
      questions = quiz.questions;
    } else {
      const job = await this.store.getJob(source.jobId, account);
      if (!job) throw new AppError(404, 'not_found', `No job with id "${source.jobId}".`);
      if (job.status !== 'running' && job.status !== 'completed') {
        throw new AppError(409, 'job_ended', `Job "${job.id}" ended (${job.status}) without a quiz to host.`);
      }
      const doc = await this.store.getDocument(job.documentId);
      title = doc?.title || doc?.filename.replace(/\.pdf$/i, '') || 'Quiz';
    }
    for (let attempt = 0; attempt < 5; attempt++) {
      const made = await this.store.live.create({
        id: newId('live'),
        code: makeJoinCode(),
        account,
        quizId: 'quizId' in source ? source.quizId : null,
        jobId: 'jobId' in source ? source.jobId : null,
        title,
        settings,
        questions,
      });
      if (made !== 'code_taken') return made;
    }
    throw new AppError(503, 'no_code', 'No free join code was found; try again.');
  }

  /** The host's word: start, next, reveal, pause, resume, skip, end. */
  async control(session: LiveSessionRow, action: LiveAction): Promise<LiveSessionRow> {
    // A job's questions are read before the transaction (the embedded database has one connection, which the
    // transaction holds); a quiz's are the session's already.
    const source = session.jobId ? await this.sourceQuestions(session) : null;
    const outcome = await this.store.live.transition<ApiErrorCode>(session.id, async (s, tx, now) => {
      if (s.phase === 'ended') return { error: 'session_ended' };
      if (action === 'end') return this.end(s, tx, now);
      const self = s.settings.mode === 'self';
      if (self) {
        if (action !== 'start') return { error: 'self_paced' };
        if (s.phase !== 'lobby') return { error: 'already_started' };
        const { questions, generating } = await this.sync(s, tx, source);
        const state = stateEvent({ ...s, phase: 'question' }, null, questions.length, generating, now);
        return {
          set: { phase: 'question' },
          events: [
            { event: { type: 'questions', questions: questions.map(publicQuestion), generating } },
            { event: state },
          ],
        };
      }
      switch (action) {
        case 'start':
          if (s.phase !== 'lobby') return { error: 'already_started' };
          return this.show(s, tx, 0, now, source);
        case 'next':
        case 'skip':
          if (s.phase === 'lobby') return this.show(s, tx, 0, now, source);
          if (action === 'next' && s.phase === 'question') return { error: 'not_revealed' };
          return this.show(s, tx, s.index + 1, now, source);
        case 'reveal':
          if (s.phase !== 'question') return { error: 'no_open_question' };
          return this.reveal(s, tx, now, source?.generating ?? false);
        case 'pause': {
          if (s.phase !== 'question' || s.paused) return { error: 'not_running' };
          const remainingMs = s.deadline === null ? null : Math.max(0, s.deadline - now);
          const next = { ...s, paused: true, deadline: null, remainingMs };
          return {
            set: { paused: true, deadline: null, remaining_ms: remainingMs },
            events: await this.state(next, tx, now, source?.generating ?? false),
          };
        }
        case 'resume': {
          if (!s.paused) return { error: 'not_paused' };
          const deadline = s.remainingMs === null ? null : now + s.remainingMs;
          const next = { ...s, paused: false, deadline, remainingMs: null };
          return {
            set: { paused: false, deadline, remaining_ms: null },
            events: await this.state(next, tx, now, source?.generating ?? false),
          };
        }
      }
      return { error: 'unknown_action' };
    });
    if (outcome === null) throw new AppError(404, 'not_found', `No live session with id "${session.id}".`);
    if ('error' in outcome) throw controlError(outcome.error, action);
    this.hub.appended(session.id, outcome.appended);
    return outcome.session;
  }

  private async show(
    s: LiveSessionRow,
    tx: SqlExecutor,
    index: number,
    now: number,
    source: Source | null,
  ): Promise<Change | { error: ApiErrorCode }> {
    const { questions, generating } = await this.sync(s, tx, source);
    const question = questions[index];
    if (!question) return { error: generating ? 'no_question_yet' : 'no_more_questions' };
    const seconds = s.settings.secondsPerQuestion;
    const deadline = seconds > 0 ? now + seconds * 1_000 : null;
    const next: LiveSessionRow = { ...s, phase: 'question', paused: false, index, deadline, remainingMs: null };
    return {
      set: {
        phase: 'question',
        paused: false,
        idx: index,
        current_question: question.id,
        shown_at: now,
        deadline,
        remaining_ms: null,
      },
      events: [{ event: stateEvent(next, publicQuestion(question, index), questions.length, generating, now) }],
    };
  }

  private async reveal(s: LiveSessionRow, tx: SqlExecutor, now: number, generating: boolean): Promise<Change> {
    const questions = await this.store.live.questions(s.id, tx);
    const question = questions[s.index]!;
    const { rows } = await tx.query<{ answer: string[]; correct: boolean }>(
      `select a.answer, a.correct from live_answers a
       join live_participants p on p.id = a.participant_id and not p.removed
       where a.session_id = $1 and a.question_id = $2`,
      [s.id, question.id],
    );
    const distribution: Record<string, number> = {};
    if (question.type === 'short_answer') {
      distribution.correct = rows.filter((r) => r.correct).length;
      distribution.incorrect = rows.length - distribution.correct;
    } else {
      for (const choice of question.choices) distribution[choice] = 0;
      for (const r of rows) for (const a of r.answer) if (a in distribution) distribution[a]! += 1;
    }
    const leaderboard = s.settings.leaderboard ? await leaderboardIn(tx, s.id) : undefined;
    const next: LiveSessionRow = { ...s, phase: 'reveal', deadline: null, paused: false, remainingMs: null };
    return {
      set: { phase: 'reveal', deadline: null, paused: false, remaining_ms: null },
      events: [
        { event: stateEvent(next, publicQuestion(question, s.index), questions.length, generating, now) },
        {
          event: {
            type: 'reveal',
            index: s.index,
            questionId: question.id,
            answer: question.answer,
            explanation: question.explanation,
            source: question.source,
            distribution,
            answered: rows.length,
            correct: rows.filter((r) => r.correct).length,
            ...(leaderboard ? { leaderboard } : {}),
          },
        },
      ],
    };
  }

  private async end(s: LiveSessionRow, tx: SqlExecutor, now: number): Promise<Change> {
    const leaderboard = s.settings.leaderboard ? await leaderboardIn(tx, s.id) : undefined;
    const questions = await this.store.live.questions(s.id, tx);
    const next: LiveSessionRow = { ...s, phase: 'ended', deadline: null, paused: false };
    return {
      set: { phase: 'ended', deadline: null, paused: false, remaining_ms: null },
      events: [
        { event: stateEvent(next, null, questions.length, false, now) },
        { event: { type: 'ended', ...(leaderboard ? { leaderboard } : {}) } },
      ],
    };
  }

  private async state(s: LiveSessionRow, tx: SqlExecutor, now: number, generating: boolean): Promise<LiveAppend[]> {
    const questions = await this.store.live.questions(s.id, tx);
    const q = questions[s.index];
    return [{ event: stateEvent(s, q ? publicQuestion(q, s.index) : null, questions.length, generating, now) }];
  }

  /** The questions of the session's quiz or job now, and whether more may come. */
  private async sourceQuestions(s: LiveSessionRow): Promise<Source> {
    if (s.quizId) return { questions: (await this.store.getQuiz(s.quizId))?.questions ?? [], generating: false };
    const job = s.jobId ? await this.store.getJob(s.jobId) : null;
    if (!job) return { questions: [], generating: false };
    if (job.status !== 'running' && job.quizId) {
      return { questions: (await this.store.getQuiz(job.quizId))?.questions ?? [], generating: false };
    }
    return { questions: await this.store.jobQuestions(job.id), generating: job.status === 'running' };
  }

  /** Keeps the questions of the source the session does not have yet; returns all the session has. */
  private async sync(s: LiveSessionRow, tx: SqlExecutor, source: Source | null): Promise<Source> {
    const have = await this.store.live.questions(s.id, tx);
    if (!source) return { questions: have, generating: false };
    const known = new Set(have.map((q) => q.id));
    const added = source.questions.filter((q) => !known.has(q.id));
    await this.store.live.addQuestions(tx, s.id, have.length, added);
    return { questions: [...have, ...added], generating: source?.generating ?? false };
  }

  /**
   * Self-paced sessions over a quiz still being written: questions written since the participants last got
   * them are published (asked when a participant has answered every question it has).
   */
  async refresh(session: LiveSessionRow): Promise<void> {
    if (session.settings.mode !== 'self' || session.phase !== 'question' || !session.jobId) return;
    const source = await this.sourceQuestions(session);
    const outcome = await this.store.live.transition<string>(session.id, async (s, tx) => {
      const before = (await this.store.live.questions(s.id, tx)).length;
      const { questions, generating } = await this.sync(s, tx, source);
      const last = await tx.query<{ data: { generating?: boolean } }>(
        `select data from live_events where session_id = $1 and type = 'questions' order by seq desc limit 1`,
        [s.id],
      );
      if (questions.length === before && last.rows[0]?.data.generating === generating) return { error: 'unchanged' };
      return {
        set: {},
        events: [{ event: { type: 'questions', questions: questions.map(publicQuestion), generating } }],
      };
    });
    if (outcome && !('error' in outcome)) this.hub.appended(session.id, outcome.appended);
  }

  async join(typedCode: string, typedNickname: string) {
    const code = normalizeJoinCode(typedCode);
    const session = code ? await this.store.live.byCode(code) : null;
    if (!session) throw new AppError(404, 'not_found', 'No live session has this code: check it on the board.');
    const nickname = cleanNickname(typedNickname);
    const joined = await this.store.live.join(session.id, newId('p'), nickname, this.limits.maxParticipants);
    if (joined === 'ended') throw new AppError(410, 'session_ended', 'This live session has ended.');
    if (joined === 'full') {
      throw new AppError(
        409,
        'session_full',
        `This live session has its ${this.limits.maxParticipants} participants already (LIVE_MAX_PARTICIPANTS).`,
      );
    }
    if (joined === 'nickname_taken') {
      throw new AppError(
        409,
        'nickname_taken',
        `Someone in this session is called "${nickname}" already: pick another name.`,
      );
    }
    const appended = await this.store.live.append(session.id, [
      {
        event: {
          type: 'participants',
          count: joined.count,
          joined: { id: joined.participant.id, nickname: joined.participant.nickname },
        },
      },
    ]);
    this.hub.appended(session.id, appended);
    if (session.settings.mode === 'self') await this.refresh(session);
    return { session, participant: joined.participant, token: joined.token };
  }

  async answer(participant: Participant, request: z.infer<typeof LiveAnswerRequest>): Promise<AnswerOutcome> {
    const session = await this.store.live.get(participant.sessionId);
    if (!session) throw new AppError(404, 'not_found', 'This live session no longer exists.');
    if (session.phase === 'ended') throw new AppError(410, 'session_ended', 'This live session has ended.');
    const questions = await this.questionsOf(session.id, request.questionId);
    const question = questions.find((q) => q.id === request.questionId);
    if (!question) throw new AppError(404, 'not_found', `No question "${request.questionId}" in this session.`);
    const given = request.answer.map((a) => a.normalize('NFC'));
    if (question.type !== 'short_answer') {
      const unknown = given.find((a) => !question.choices.includes(a));
      if (unknown !== undefined) {
        throw new AppError(400, 'invalid_answer', `"${unknown.slice(0, 80)}" is not one of this question's choices.`);
      }
    }
    const correct = isCorrect(question, given);
    const status = await this.store.live.answer({
      sessionId: session.id,
      participantId: participant.id,
      questionId: question.id,
      answer: given,
      correct,
      mode: session.settings.mode,
    });
    if (status === 'closed') {
      throw new AppError(409, 'question_closed', 'This question is closed: the time is up or the host moved on.');
    }
    if (status === 'recorded') this.scheduleTally(session);
    if (session.settings.mode !== 'self') return { status };
    // Self-paced: the verdict of the answer first given, at once.
    const first = (await this.store.live.answersOf(participant.id)).find((a) => a.questionId === question.id)!;
    if (status === 'recorded' && questions.at(-1)?.id === question.id) await this.refresh(session);
    return {
      status,
      correct: first.correct,
      answer: question.answer,
      explanation: question.explanation,
      source: question.source,
    };
  }

  /**
   * A session's questions, kept here between answers: a class answers a question a thousand times, and a
   * question the session has is never changed (only more are added, so one not kept sends back to the store).
   */
  private async questionsOf(sessionId: string, questionId: string): Promise<Question[]> {
    const kept = this.questionCache.get(sessionId);
    if (kept?.some((q) => q.id === questionId)) return kept;
    const questions = await this.store.live.questions(sessionId);
    this.questionCache.delete(sessionId);
    this.questionCache.set(sessionId, questions);
    // The sessions answered most recently: a Map keeps insertion order, the oldest goes first.
    if (this.questionCache.size > QUESTION_CACHE_SESSIONS)
      this.questionCache.delete(this.questionCache.keys().next().value!);
    return questions;
  }

  /** The host hears how many answered, a moment after the answers come (one count for many answers). */
  private scheduleTally(session: LiveSessionRow): void {
    if (this.tallies.has(session.id)) return;
    const timer = setTimeout(() => {
      this.tallies.delete(session.id);
      void this.tally(session.id).catch(() => {});
    }, this.limits.tallyDelayMs);
    timer.unref();
    this.tallies.set(session.id, timer);
  }

  private async tally(sessionId: string): Promise<void> {
    const session = await this.store.live.get(sessionId);
    if (!session || session.phase === 'ended') return;
    const participants = await this.store.live.countParticipants(sessionId);
    let event: LiveDurableEvent;
    if (session.settings.mode === 'self') {
      const all = await this.store.live.allAnswers(sessionId);
      const present = await this.store.live.participants(sessionId);
      const progress = present
        .filter((p) => !p.removed)
        .map((p) => {
          const mine = all.filter((a) => a.participantId === p.id);
          return {
            id: p.id,
            nickname: p.nickname,
            answered: mine.length,
            correct: mine.filter((a) => a.correct).length,
          };
        });
      event = { type: 'tally', questionId: null, answered: all.length, participants, progress };
    } else {
      const questionId = (await this.store.live.question(sessionId, session.index))?.id ?? null;
      const answered = questionId ? await this.store.live.answeredCount(sessionId, questionId) : 0;
      event = { type: 'tally', questionId, answered, participants };
    }
    this.hub.appended(sessionId, await this.store.live.append(sessionId, [{ event }]));
  }

  /** Removes a participant: its streams end, its token no longer works, its answers leave the results. */
  async remove(session: LiveSessionRow, participantId: string): Promise<void> {
    if (!(await this.store.live.remove(session.id, participantId))) {
      throw new AppError(404, 'not_found', `No participant "${participantId}" in this session.`);
    }
    await this.hub.kick(session.id, participantId);
    const count = await this.store.live.countParticipants(session.id);
    this.hub.appended(
      session.id,
      await this.store.live.append(session.id, [{ event: { type: 'participants', count, removed: participantId } }]),
    );
  }

  /** Everything about a session for its host. */
  async hostView(session: LiveSessionRow) {
    const [questions, participants, source] = await Promise.all([
      this.store.live.questions(session.id),
      this.store.live.participants(session.id),
      session.jobId ? this.sourceQuestions(session) : { questions: [], generating: false },
    ]);
    return {
      id: session.id,
      code: session.code,
      displayCode: formatJoinCode(session.code),
      joinPath: `/join/${session.code}`,
      title: session.title,
      quizId: session.quizId,
      jobId: session.jobId,
      settings: session.settings,
      phase: session.phase,
      paused: session.paused,
      index: session.index,
      deadline: session.deadline,
      remainingMs: session.remainingMs,
      /** Questions the session can show: those it has, and those its source has that it will take. */
      total: Math.max(questions.length, source.questions.length),
      generating: source?.generating ?? false,
      current: questions[session.index] ?? null,
      participants: participants.filter((p) => !p.removed).map((p) => ({ id: p.id, nickname: p.nickname })),
      lastEventId: session.lastSeq,
      createdAt: session.createdAt,
    };
  }

  /** What a participant needs after a reload: who it is and what it answered. */
  async participantView(participant: Participant) {
    const session = await this.store.live.get(participant.sessionId);
    if (!session) throw new AppError(404, 'not_found', 'This live session no longer exists.');
    return {
      sessionId: session.id,
      title: session.title,
      mode: session.settings.mode,
      nickname: participant.nickname,
      participantId: participant.id,
      answers: await this.store.live.answersOf(participant.id),
    };
  }

  /** Per-question and per-student results. */
  async results(session: LiveSessionRow) {
    const [questions, participants, answers] = await Promise.all([
      this.store.live.questions(session.id),
      this.store.live.participants(session.id),
      this.store.live.allAnswers(session.id),
    ]);
    const present = participants.filter((p) => !p.removed);
    return {
      session: { id: session.id, title: session.title, code: session.code, mode: session.settings.mode },
      questions: questions.map((q, index) => {
        const of = answers.filter((a) => a.questionId === q.id);
        return {
          index,
          id: q.id,
          prompt: q.prompt,
          answer: q.answer,
          answered: of.length,
          correct: of.filter((a) => a.correct).length,
        };
      }),
      participants: present.map((p) => {
        const mine = answers.filter((a) => a.participantId === p.id);
        return {
          id: p.id,
          nickname: p.nickname,
          answered: mine.length,
          correct: mine.filter((a) => a.correct).length,
          ms: mine.filter((a) => a.correct).reduce((sum, a) => sum + a.ms, 0),
        };
      }),
      answers: answers.map((a) => ({
        nickname: a.nickname,
        questionIndex: questions.findIndex((q) => q.id === a.questionId),
        questionId: a.questionId,
        answer: a.answer,
        correct: a.correct,
        ms: a.ms,
      })),
    };
  }
}

function stateEvent(
  s: Pick<LiveSessionRow, 'phase' | 'paused' | 'index' | 'deadline' | 'remainingMs' | 'settings'>,
  question: LiveQuestion | null,
  total: number,
  generating: boolean,
  now: number,
): LiveDurableEvent {
  return {
    type: 'state',
    phase: s.phase,
    mode: s.settings.mode,
    paused: s.paused,
    index: s.index,
    question: s.phase === 'ended' ? null : question,
    deadline: s.deadline,
    remainingMs: s.remainingMs,
    secondsPerQuestion: s.settings.secondsPerQuestion,
    total,
    generating,
    serverTime: now,
  };
}

async function leaderboardIn(tx: SqlExecutor, sessionId: string) {
  const { rows } = await tx.query(
    `select p.nickname, count(a.*) filter (where a.correct)::int as correct,
       coalesce(sum(a.ms) filter (where a.correct), 0)::bigint as ms
     from live_participants p left join live_answers a on a.participant_id = p.id
     where p.session_id = $1 and not p.removed
     group by p.id, p.nickname order by correct desc, ms asc, p.nickname limit 10`,
    [sessionId],
  );
  return rows.map((r) => ({ nickname: String(r.nickname), correct: Number(r.correct), ms: Number(r.ms) }));
}

/** A nickname as shown: one line of printable text, trimmed, at most NICKNAME_MAX characters. */
export function cleanNickname(typed: string): string {
  const nickname = typed
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  if (nickname.length === 0) throw new AppError(400, 'invalid_nickname', 'Choose a nickname to join.');
  if ([...nickname].length > NICKNAME_MAX) {
    throw new AppError(400, 'invalid_nickname', `A nickname has at most ${NICKNAME_MAX} characters.`);
  }
  return nickname;
}

const CONTROL_ERRORS: Partial<Record<ApiErrorCode, [number, string]>> = {
  session_ended: [409, 'This live session has ended.'],
  self_paced: [409, 'In a self-paced session each participant moves on alone: the host only starts and ends it.'],
  already_started: [409, 'This live session has started already.'],
  not_revealed: [409, 'Reveal the answer before moving on (or skip the question).'],
  no_open_question: [409, 'No question is open to reveal.'],
  not_running: [409, 'No running question to pause.'],
  not_paused: [409, 'The session is not paused.'],
  no_question_yet: [409, 'The next question is still being written: try again in a moment.'],
  no_more_questions: [409, 'There are no more questions: end the session.'],
};

function controlError(code: ApiErrorCode, action: LiveAction): AppError {
  const [status, message] = CONTROL_ERRORS[code] ?? [400, `Unknown action "${action}".`];
  return new AppError(status, code, message);
}
