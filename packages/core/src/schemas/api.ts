// The request bodies and answers of the API routes that have no shape of their own elsewhere in the contract:
// what the server validates, what docs/openapi.json publishes, and what clients may parse answers with.
import { z } from 'zod';
import { Marking } from './document.js';
import { LibraryDocument, LibraryQuiz } from './library.js';
import { LiveMode, LivePhase, LiveSettings } from './live.js';
import { Question, QuestionFields, QuestionSource } from './question.js';

/** GET /api/documents. */
export const DocumentList = z.object({ documents: z.array(LibraryDocument) });
export type DocumentList = z.infer<typeof DocumentList>;

/** GET /api/quizzes. */
export const QuizList = z.object({ quizzes: z.array(LibraryQuiz) });
export type QuizList = z.infer<typeof QuizList>;

/** PATCH /api/quizzes/:id: its title, how it marks written answers, or both. */
export const QuizPatch = z
  .object({ title: z.string().trim().min(1).max(200), marking: Marking })
  .partial()
  .strict()
  .refine((patch) => patch.title !== undefined || patch.marking !== undefined, {
    message: 'Send a title, a marking ("forgiving" or "exact"), or both.',
  });
export type QuizPatch = z.infer<typeof QuizPatch>;

/** PUT /api/quizzes/:id/order: every question's id, in the new order. */
export const QuestionOrder = z.object({ questionIds: z.array(z.string()).min(1) }).strict();
export type QuestionOrder = z.infer<typeof QuestionOrder>;

/**
 * PUT and POST of one question: a question without its id (the URL's, or a new one), checked as a Question (a
 * key among the choices, distinct choices...).
 */
export const QuestionInput = QuestionFields.omit({ id: true });
export type QuestionInput = z.infer<typeof QuestionInput>;

/** GET /healthz: the process answers. */
export const Health = z.object({ status: z.literal('ok') });

/** GET /readyz: ready for requests, or why not (503). */
export const Readiness = z.union([
  z.object({ status: z.literal('ready'), runningJobs: z.number().int().min(0), openStreams: z.number().int().min(0) }),
  z.object({ status: z.enum(['shutting_down', 'store_unreachable']) }),
]);

/** POST /api/live: a live session from a quiz, or from a job still writing it. */
export const OpenLiveRequest = z
  .object({
    quizId: z.string().min(1).max(64).optional(),
    jobId: z.string().min(1).max(64).optional(),
    settings: LiveSettings.optional(),
  })
  .strict()
  .refine((body) => (body.quizId === undefined) !== (body.jobId === undefined), {
    message: 'give either quizId or jobId',
  });
export type OpenLiveRequest = z.infer<typeof OpenLiveRequest>;

/** A live session and its join code, as stored ("KADRW2PU") and as shown on the board ("KADR-W2PU"). */
const LiveSessionCode = z.object({ id: z.string(), code: z.string(), displayCode: z.string() });

/** The answer to POST /api/live: the join code for the board, and the host token for a projector. */
export const LiveOpened = LiveSessionCode.extend({
  joinPath: z.string(),
  hostPath: z.string(),
  hostToken: z.string(),
  settings: LiveSettings,
});
export type LiveOpened = z.infer<typeof LiveOpened>;

/** GET /api/live: the caller's sessions. */
export const LiveSessionList = z.object({
  sessions: z.array(
    LiveSessionCode.extend({
      title: z.string(),
      mode: LiveMode,
      phase: LivePhase,
      quizId: z.string().nullable(),
      jobId: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
});
export type LiveSessionList = z.infer<typeof LiveSessionList>;

/** GET /api/live/:id and POST /api/live/:id/control: everything about a session, for its host. */
export const LiveHostView = LiveSessionCode.extend({
  joinPath: z.string(),
  title: z.string(),
  quizId: z.string().nullable(),
  jobId: z.string().nullable(),
  settings: LiveSettings,
  phase: LivePhase,
  paused: z.boolean(),
  /** 0-based position of the current question; -1 before the first. */
  index: z.number().int().min(-1),
  /** When the open question closes (ms since the epoch), in host-paced mode with a timer. */
  deadline: z.number().nullable(),
  /** What was left of the timer when the host paused. */
  remainingMs: z.number().nullable(),
  /** Questions the session can show: those it has, and those its job will still give it. */
  total: z.number().int().min(0),
  /** Its job is still writing questions. */
  generating: z.boolean(),
  current: Question.nullable(),
  participants: z.array(z.object({ id: z.string(), nickname: z.string() })),
  lastEventId: z.number().int().min(0),
  createdAt: z.string(),
});
export type LiveHostView = z.infer<typeof LiveHostView>;

/** GET /api/join/:code: what a student sees before choosing a nickname. */
export const LiveJoinInfo = z.object({ title: z.string(), mode: LiveMode, phase: LivePhase });
export type LiveJoinInfo = z.infer<typeof LiveJoinInfo>;

/** The answer to POST /api/join: the participant's token, sent as X-Live-Token from then on. */
export const LiveJoined = z.object({
  sessionId: z.string(),
  participantId: z.string(),
  nickname: z.string(),
  token: z.string(),
  mode: LiveMode,
  title: z.string(),
});
export type LiveJoined = z.infer<typeof LiveJoined>;

/** GET /api/play: who the participant is and what it answered, after a reload. */
export const LiveParticipantView = z.object({
  sessionId: z.string(),
  title: z.string(),
  mode: LiveMode,
  nickname: z.string(),
  participantId: z.string(),
  answers: z.array(
    z.object({ questionId: z.string(), answer: z.array(z.string()), correct: z.boolean(), ms: z.number().int() }),
  ),
});
export type LiveParticipantView = z.infer<typeof LiveParticipantView>;

/** The answer to POST /api/play/answers; in a self-paced session, right or wrong and why, at once. */
export const LiveAnswerOutcome = z.union([
  z.object({
    status: z.enum(['recorded', 'repeated']),
    correct: z.boolean(),
    answer: z.array(z.string()),
    explanation: z.string(),
    source: QuestionSource,
  }),
  z.object({ status: z.enum(['recorded', 'repeated']) }),
]);
export type LiveAnswerOutcome = z.infer<typeof LiveAnswerOutcome>;
