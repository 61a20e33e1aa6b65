// Live sessions: a quiz hosted for a class, each question streamed to every participant's phone. The wire
// shapes shared by the server, the web app and the client. A participant never sees a key before its reveal.
import { z } from 'zod';
import { QuestionSource, QuestionType } from './question.js';

/** `host`: everyone on the question the host shows; `self`: each participant moves on alone. */
export const LIVE_MODES = ['host', 'self'] as const;
export const LiveMode = z.enum(LIVE_MODES);
export type LiveMode = z.infer<typeof LiveMode>;

/** What a teacher sets when opening a session. */
export const LiveSettings = z
  .object({
    mode: LiveMode.default('host'),
    /** Seconds each question is open in host-paced mode; 0: until the host reveals it. */
    secondsPerQuestion: z.number().int().min(0).max(3_600).default(30),
    /** Show a leaderboard of nicknames at each reveal and at the end. */
    leaderboard: z.boolean().default(true),
  })
  .strict();
export type LiveSettings = z.infer<typeof LiveSettings>;
export type LiveSettingsInput = z.input<typeof LiveSettings>;

/** A question as participants see it while it is open: no key, no explanation, no quote. */
export const LiveQuestion = z.object({
  id: z.string(),
  /** 0-based position in the session. */
  index: z.number().int().min(0),
  type: QuestionType,
  prompt: z.string(),
  choices: z.array(z.string()),
});
export type LiveQuestion = z.infer<typeof LiveQuestion>;

export const LIVE_PHASES = ['lobby', 'question', 'reveal', 'ended'] as const;
export const LivePhase = z.enum(LIVE_PHASES);
export type LivePhase = z.infer<typeof LivePhase>;

export const LeaderboardEntry = z.object({
  nickname: z.string(),
  correct: z.number().int().min(0),
  /** Milliseconds taken over the right answers (less is better, for a tie). */
  ms: z.number().int().min(0),
});
export type LeaderboardEntry = z.infer<typeof LeaderboardEntry>;

/** The session as everyone sees it now; every change is a new `state` event. */
export const LiveStateEvent = z.object({
  type: z.literal('state'),
  phase: LivePhase,
  mode: LiveMode,
  paused: z.boolean(),
  /** The question shown (host-paced), -1 before the first. */
  index: z.number().int().min(-1),
  question: LiveQuestion.nullable(),
  /** When the shown question closes, in the server's epoch milliseconds; null without a countdown or paused. */
  deadline: z.number().nullable(),
  /** Time left on the countdown when it was paused. */
  remainingMs: z.number().int().min(0).nullable(),
  secondsPerQuestion: z.number().int().min(0),
  /** Questions the session has so far (it grows while its quiz is still being written). */
  total: z.number().int().min(0),
  /** Its quiz is still being written: more questions may come. */
  generating: z.boolean(),
  /** The server's clock when this was sent, to show the countdown right on a phone whose clock is off. */
  serverTime: z.number(),
});

/** The shown question's answer, after the host reveals it: the key, why, the quote, how the class answered. */
export const LiveRevealEvent = z.object({
  type: z.literal('reveal'),
  index: z.number().int().min(0),
  questionId: z.string(),
  answer: z.array(z.string()),
  explanation: z.string(),
  source: QuestionSource,
  /** How many chose each choice (short answers: right and wrong). */
  distribution: z.record(z.string(), z.number().int().min(0)),
  answered: z.number().int().min(0),
  correct: z.number().int().min(0),
  /** The first ten, when the leaderboard is on. */
  leaderboard: z.array(LeaderboardEntry).optional(),
});

/** Self-paced: the questions there are (all of them to everyone; each participant goes through them alone). */
export const LiveQuestionsEvent = z.object({
  type: z.literal('questions'),
  questions: z.array(LiveQuestion),
  generating: z.boolean(),
});

/** For the host only: who is in the session. */
export const LiveParticipantsEvent = z.object({
  type: z.literal('participants'),
  count: z.number().int().min(0),
  joined: z.object({ id: z.string(), nickname: z.string() }).optional(),
  removed: z.string().optional(),
});

/** For the host only: how many answered the shown question so far (host-paced), or each one's progress. */
export const LiveTallyEvent = z.object({
  type: z.literal('tally'),
  questionId: z.string().nullable(),
  answered: z.number().int().min(0),
  participants: z.number().int().min(0),
  /** Self-paced: questions answered and right per participant. */
  progress: z
    .array(z.object({ id: z.string(), nickname: z.string(), answered: z.number().int(), correct: z.number().int() }))
    .optional(),
});

export const LiveEndedEvent = z.object({
  type: z.literal('ended'),
  leaderboard: z.array(LeaderboardEntry).optional(),
});

/** Events stored in a session's log (ids are the session's sequence numbers). */
export const LiveDurableEvent = z.discriminatedUnion('type', [
  LiveStateEvent,
  LiveRevealEvent,
  LiveQuestionsEvent,
  LiveParticipantsEvent,
  LiveTallyEvent,
  LiveEndedEvent,
]);
export type LiveDurableEvent = z.infer<typeof LiveDurableEvent>;

export const LiveConnectionEvent = z.object({
  type: z.literal('connection'),
  sessionId: z.string(),
  resumeFrom: z.number().int().min(0),
  serverTime: z.number(),
});

/** A participant the host removed: the stream ends and the token is no longer valid. */
export const LiveRemovedEvent = z.object({ type: z.literal('removed') });

export const LiveEvent = z.discriminatedUnion('type', [
  ...LiveDurableEvent.options,
  LiveConnectionEvent,
  LiveRemovedEvent,
  z.object({ type: z.literal('heartbeat'), timestamp: z.string() }),
  z.object({ type: z.literal('reconnect'), reason: z.string(), retryMs: z.number() }),
]);
export type LiveEvent = z.infer<typeof LiveEvent>;
export type LiveEventOf<T extends LiveEvent['type']> = Extract<LiveEvent, { type: T }>;

/** Events only the host's stream carries. */
export const HOST_ONLY_EVENTS: readonly LiveDurableEvent['type'][] = ['participants', 'tally'];

export const NICKNAME_MAX = 24;

/** Joining: the code on the board and a nickname, no account. */
export const JoinRequest = z
  .object({
    code: z.string().min(1).max(32),
    nickname: z.string().max(200),
  })
  .strict();

/** One answer to one question; a second answer to the same question is ignored (idempotent). */
export const LiveAnswerRequest = z
  .object({
    questionId: z.string().min(1).max(100),
    answer: z.array(z.string().max(500)).max(8),
  })
  .strict();

export const LIVE_ACTIONS = ['start', 'next', 'reveal', 'pause', 'resume', 'skip', 'end'] as const;
export const LiveControlRequest = z.object({ action: z.enum(LIVE_ACTIONS) }).strict();
export type LiveAction = (typeof LIVE_ACTIONS)[number];

/** A session's results: per question, per participant, and every answer (GET /api/live/:id/results). */
export const LiveResults = z.object({
  session: z.object({ id: z.string(), title: z.string(), code: z.string(), mode: LiveMode }),
  questions: z.array(
    z.object({
      index: z.number().int().min(0),
      id: z.string(),
      prompt: z.string(),
      answer: z.array(z.string()),
      answered: z.number().int().min(0),
      correct: z.number().int().min(0),
    }),
  ),
  participants: z.array(
    z.object({
      id: z.string(),
      nickname: z.string(),
      answered: z.number().int().min(0),
      correct: z.number().int().min(0),
      ms: z.number().int().min(0),
    }),
  ),
  answers: z.array(
    z.object({
      nickname: z.string(),
      questionIndex: z.number().int(),
      questionId: z.string(),
      answer: z.array(z.string()),
      correct: z.boolean(),
      ms: z.number().int().min(0),
    }),
  ),
});
export type LiveResults = z.infer<typeof LiveResults>;
