// What each route takes and answers, in the contract's zod schemas: the one table the OpenAPI document
// (GET /api/openapi.json) is built from. Every route under /api/, /auth/ and the operator's routes must have an
// entry, or the server refuses to start (openapi-routes.ts), as it does for a route without an access rule.
import {
  ApiErrorCodeSchema,
  ClientConfig,
  DocumentInfo,
  DocumentList,
  DocumentPage,
  EXPORT_FORMATS,
  GenerateOptions,
  Health,
  JobInfo,
  JoinRequest,
  LiveAnswerOutcome,
  LiveAnswerRequest,
  LiveControlRequest,
  LiveEvent,
  LiveHostView,
  LiveJoined,
  LiveJoinInfo,
  LiveOpened,
  LiveParticipantView,
  LiveResults,
  LiveSessionList,
  Me,
  OpenLiveRequest,
  PageWords,
  QuestionInput,
  QuestionOrder,
  Quiz,
  QuizList,
  QuizPatch,
  Readiness,
  SharedQuizOrGeneration,
  ShareLink,
  StreamEvent,
} from '@quizstream/core/schemas';
import { z } from 'zod';
import { SHEET_KINDS } from '../print/quiz-sheet.js';

export const TAGS = [
  { name: 'documents', description: 'Upload PDFs, read their pages, list and delete them.' },
  { name: 'generation', description: 'Generate a quiz as a stream of events; follow, resume and cancel jobs.' },
  { name: 'quizzes', description: 'Finished quizzes: read, edit, export, print, delete.' },
  { name: 'sharing', description: 'Share links: a quiz (or a generation still running) for students, no account.' },
  { name: 'live', description: 'Live sessions: a quiz hosted for a class, answered on phones.' },
  { name: 'account', description: 'The server’s settings for clients, who is calling, and signing in.' },
  { name: 'operations', description: 'Health checks, metrics and this description.' },
] as const;
export type Tag = (typeof TAGS)[number]['name'];

/** A response: JSON of a schema, another media type, a stream of events, or nothing (204). */
export interface ResponseSpec {
  description: string;
  json?: z.ZodType;
  /** A media type other than JSON, with its body's schema if it has one (binary bodies have none). */
  media?: { type: string; schema?: z.ZodType };
  /** A file to download, in one of these media types (by what the request asked for). */
  files?: string[];
  /** Server-Sent Events: each event's `data` is JSON of this schema. */
  events?: z.ZodType;
  headers?: Record<string, string>;
}

export interface QueryParameter {
  name: string;
  schema: z.ZodType;
  description: string;
  required?: boolean;
}

export interface Operation {
  summary: string;
  description?: string;
  tag: Tag;
  query?: QueryParameter[];
  /** Request headers a client may send. */
  headers?: QueryParameter[];
  body?: { json?: z.ZodType; multipart?: string; required?: boolean };
  responses: Record<number, ResponseSpec>;
}

/** What a path's parameter is; every parameter of a path is required. */
export const PATH_PARAMETERS: Record<string, string> = {
  id: 'The id of the document, quiz or live session the path names.',
  documentId: 'A document id, as POST /api/documents answered it.',
  jobId: 'A job id, as the `connection` event of its stream gave it.',
  qid: 'The id of a question of the quiz.',
  token: 'A share link’s token.',
  page: 'A page number, counting from 1.',
  code: 'A live session’s join code, as shown on the board (spaces and dashes allowed).',
  participantId: 'A participant of the live session.',
};

/** The one error body: a stable code of the contract, and a message in English. */
export const ApiErrorBody = z.object({
  error: z.object({
    code: ApiErrorCodeSchema,
    message: z.string(),
    details: z.unknown().optional(),
  }),
});

const LAST_EVENT_ID: QueryParameter = {
  name: 'Last-Event-ID',
  schema: z.string(),
  description: 'The id of the last event received: the stream resumes after it (what EventSource sends on reconnect).',
};
const LIVE_HOST_TOKEN: QueryParameter = {
  name: 'hostToken',
  schema: z.string(),
  description: 'The host token, for an EventSource that cannot send X-Live-Host-Token.',
};
const LIVE_TOKEN: QueryParameter = {
  name: 'token',
  schema: z.string(),
  description: 'The participant token, for an EventSource that cannot send X-Live-Token.',
};

const generationEvents: ResponseSpec = {
  description:
    'A stream of Server-Sent Events: `connection` at once, then `progress`, `question` (or `questions`, batched), ' +
    '`warning`, `heartbeat` every HEARTBEAT_MS, and one `complete` or `error` at the end. Each event has an id; ' +
    'reconnecting with Last-Event-ID resumes after it, on any instance.',
  events: StreamEvent,
};

const PDF: ResponseSpec['media'] = { type: 'application/pdf' };

export const OPERATIONS: Readonly<Record<string, Operation>> = {
  'GET /healthz': {
    summary: 'Liveness: the process answers',
    tag: 'operations',
    responses: { 200: { description: 'Alive.', json: Health } },
  },
  'GET /readyz': {
    summary: 'Readiness: the database answers and the server is not shutting down',
    tag: 'operations',
    responses: {
      200: { description: 'Ready, with its running jobs and open streams.', json: Readiness },
      503: { description: 'Not ready: shutting down, or the database is out of reach.', json: Readiness },
    },
  },
  'GET /metrics': {
    summary: 'Prometheus metrics (a bearer token when METRICS_TOKEN is set)',
    tag: 'operations',
    responses: { 200: { description: 'Metrics in the Prometheus text format.', media: { type: 'text/plain' } } },
  },
  'GET /api/openapi.json': {
    summary: 'This description of the API (OpenAPI 3.1)',
    tag: 'operations',
    responses: { 200: { description: 'The OpenAPI document.', json: z.record(z.string(), z.unknown()) } },
  },
  'GET /api/config': {
    summary: 'What a client needs to know about this server before it starts',
    tag: 'account',
    responses: { 200: { description: 'Generators, limits, heartbeat, how to sign in.', json: ClientConfig } },
  },
  'GET /api/me': {
    summary: 'Who the caller is',
    tag: 'account',
    responses: { 200: { description: 'The signed-in teacher or API key.', json: Me } },
  },
  'GET /auth/login': {
    summary: 'Sign in with the identity provider (a browser redirect)',
    tag: 'account',
    query: [{ name: 'returnTo', schema: z.string(), description: 'The web app page to come back to.' }],
    responses: { 302: { description: 'To the identity provider.' } },
  },
  'GET /auth/callback': {
    summary: 'Where the identity provider sends the browser back',
    tag: 'account',
    responses: {
      303: {
        description: 'Signed in: back to the page it came from, with a session cookie (or to /signin with why not).',
      },
    },
  },
  'POST /auth/logout': {
    summary: 'Sign out',
    tag: 'account',
    responses: { 204: { description: 'The session is ended and its cookie cleared.' } },
  },
  'POST /api/documents': {
    summary: 'Upload a PDF',
    description: 'Its first pages are read at once: a PDF that cannot be read is refused now, with its reason.',
    tag: 'documents',
    body: { multipart: 'The PDF, in a field named `file`.', required: true },
    responses: { 201: { description: 'The document.', json: DocumentInfo } },
  },
  'GET /api/documents': {
    summary: 'The caller’s documents, newest first',
    tag: 'documents',
    responses: { 200: { description: 'The documents, with how many quizzes each gave.', json: DocumentList } },
  },
  'GET /api/documents/:id': {
    summary: 'One document',
    tag: 'documents',
    responses: { 200: { description: 'The document.', json: DocumentInfo } },
  },
  'DELETE /api/documents/:id': {
    summary: 'Delete a document and its file (its quizzes stay)',
    tag: 'documents',
    responses: { 204: { description: 'Deleted.' } },
  },
  'GET /api/documents/:id/pages/:page': {
    summary: 'One page’s text, and the role of each block (body prose is what questions are asked about)',
    tag: 'documents',
    responses: { 200: { description: 'The page.', json: DocumentPage } },
  },
  'GET /api/documents/:id/file': {
    summary: 'The PDF itself (ranges allowed)',
    tag: 'documents',
    responses: {
      200: { description: 'The PDF.', media: PDF },
      206: { description: 'The range asked for.', media: PDF },
    },
  },
  'GET /api/documents/:id/pages/:page/words': {
    summary: 'The words of a page and where each lies (read with OCR on a scanned page)',
    tag: 'documents',
    responses: { 200: { description: 'The words.', json: PageWords } },
  },
  'POST /api/quiz/generate-stream/:documentId': {
    summary: 'Generate a quiz from a document, as a stream of events',
    description:
      'Starts a job (or joins the one an Idempotency-Key already started) and streams its events. Closing the ' +
      'stream does not stop the job: follow it again with GET /api/quiz/jobs/{jobId}/stream.',
    tag: 'generation',
    headers: [
      {
        name: 'Idempotency-Key',
        schema: z.string().max(200),
        description: 'The same key twice joins the same job instead of starting another.',
      },
      LAST_EVENT_ID,
    ],
    body: { json: GenerateOptions },
    responses: { 200: generationEvents },
  },
  'GET /api/quiz/jobs/:jobId': {
    summary: 'A job’s status',
    tag: 'generation',
    responses: { 200: { description: 'The job.', json: JobInfo } },
  },
  'DELETE /api/quiz/jobs/:jobId': {
    summary: 'Cancel a job (a finished job stays as it is)',
    tag: 'generation',
    responses: { 200: { description: 'The job after the cancel.', json: JobInfo } },
  },
  'GET /api/quiz/jobs/:jobId/stream': {
    summary: 'Follow a job’s events, from the start or after Last-Event-ID',
    tag: 'generation',
    headers: [LAST_EVENT_ID],
    query: [
      {
        name: 'access_token',
        schema: z.string(),
        description: 'An API key, for an EventSource that cannot send Authorization.',
      },
    ],
    responses: { 200: generationEvents },
  },
  'GET /api/quizzes': {
    summary: 'The caller’s quizzes, newest first',
    tag: 'quizzes',
    responses: { 200: { description: 'The quizzes.', json: QuizList } },
  },
  'GET /api/quizzes/:id': {
    summary: 'A quiz',
    tag: 'quizzes',
    responses: { 200: { description: 'The quiz with its questions.', json: Quiz } },
  },
  'PATCH /api/quizzes/:id': {
    summary: 'Rename a quiz, or change how it marks written answers',
    tag: 'quizzes',
    body: { json: QuizPatch, required: true },
    responses: { 200: { description: 'The quiz.', json: Quiz } },
  },
  'DELETE /api/quizzes/:id': {
    summary: 'Delete a quiz',
    tag: 'quizzes',
    responses: { 204: { description: 'Deleted.' } },
  },
  'POST /api/quizzes/:id/questions': {
    summary: 'Add a question (its quote must be on its page)',
    tag: 'quizzes',
    body: { json: QuestionInput, required: true },
    responses: { 201: { description: 'The quiz with the question added.', json: Quiz } },
  },
  'PUT /api/quizzes/:id/questions/:qid': {
    summary: 'Replace a question (its quote must be on its page)',
    tag: 'quizzes',
    body: { json: QuestionInput, required: true },
    responses: { 200: { description: 'The quiz.', json: Quiz } },
  },
  'DELETE /api/quizzes/:id/questions/:qid': {
    summary: 'Delete a question',
    tag: 'quizzes',
    responses: { 200: { description: 'The quiz without it.', json: Quiz } },
  },
  'PUT /api/quizzes/:id/order': {
    summary: 'Reorder the questions',
    tag: 'quizzes',
    body: { json: QuestionOrder, required: true },
    responses: { 200: { description: 'The quiz.', json: Quiz } },
  },
  'POST /api/quizzes/:id/questions/:qid/regenerate': {
    summary: 'Replace a question with a new one from the same page',
    tag: 'quizzes',
    responses: { 200: { description: 'The quiz.', json: Quiz } },
  },
  'GET /api/quizzes/:id/export': {
    summary: 'Download a quiz for an LMS or a flashcard app',
    tag: 'quizzes',
    query: [{ name: 'format', schema: z.enum(EXPORT_FORMATS), description: 'The format.', required: true }],
    responses: {
      200: {
        description: 'The file, as an attachment (Moodle XML, GIFT, a QTI zip, CSV, Anki, Markdown or JSON).',
        files: ['application/xml', 'text/plain', 'application/zip', 'text/csv', 'text/markdown', 'application/json'],
        headers: { 'Content-Disposition': 'attachment; filename="…"' },
      },
    },
  },
  'GET /api/quizzes/:id/print.pdf': {
    summary: 'A printable worksheet or answer key',
    tag: 'quizzes',
    query: [{ name: 'kind', schema: z.enum(SHEET_KINDS), description: 'Worksheet (default) or key.' }],
    responses: { 200: { description: 'The PDF.', media: PDF } },
  },
  'POST /api/quizzes/:id/share': {
    summary: 'A share link to take the quiz (the same link each time)',
    tag: 'sharing',
    responses: { 200: { description: 'The link.', json: ShareLink } },
  },
  'DELETE /api/quizzes/:id/share': {
    summary: 'Revoke the quiz’s share link',
    tag: 'sharing',
    responses: { 204: { description: 'Revoked.' } },
  },
  'POST /api/quiz/jobs/:jobId/share': {
    summary: 'A share link to a generation still running (its quiz’s once it completed)',
    tag: 'sharing',
    responses: { 200: { description: 'The link.', json: ShareLink } },
  },
  'DELETE /api/quiz/jobs/:jobId/share': {
    summary: 'Revoke a running generation’s share link',
    tag: 'sharing',
    responses: { 204: { description: 'Revoked.' } },
  },
  'GET /api/shared/:token': {
    summary: 'What a share link opens: the quiz, or the generation still writing it',
    tag: 'sharing',
    responses: { 200: { description: 'The quiz, or the generation.', json: SharedQuizOrGeneration } },
  },
  'GET /api/shared/:token/stream': {
    summary: 'The questions of a shared generation as they are written',
    tag: 'sharing',
    headers: [LAST_EVENT_ID],
    responses: { 200: generationEvents },
  },
  'GET /api/shared/:token/file': {
    summary: 'The PDF of a shared quiz',
    tag: 'sharing',
    responses: {
      200: { description: 'The PDF.', media: PDF },
      206: { description: 'The range asked for.', media: PDF },
    },
  },
  'GET /api/shared/:token/pages/:page/words': {
    summary: 'The words of a page of a shared quiz’s PDF',
    tag: 'sharing',
    responses: { 200: { description: 'The words.', json: PageWords } },
  },
  'POST /api/live': {
    summary: 'Open a live session for a class',
    tag: 'live',
    body: { json: OpenLiveRequest, required: true },
    responses: { 201: { description: 'The session, its join code and host token.', json: LiveOpened } },
  },
  'GET /api/live': {
    summary: 'The caller’s live sessions',
    tag: 'live',
    responses: { 200: { description: 'The sessions.', json: LiveSessionList } },
  },
  'GET /api/live/:id': {
    summary: 'A live session, for its host',
    tag: 'live',
    query: [LIVE_HOST_TOKEN],
    responses: { 200: { description: 'The session.', json: LiveHostView } },
  },
  'POST /api/live/:id/control': {
    summary: 'The host’s word: start, next, reveal, pause, resume, skip, end',
    tag: 'live',
    query: [LIVE_HOST_TOKEN],
    body: { json: LiveControlRequest, required: true },
    responses: { 200: { description: 'The session after it.', json: LiveHostView } },
  },
  'GET /api/live/:id/stream': {
    summary: 'A live session’s events, for its host',
    tag: 'live',
    query: [LIVE_HOST_TOKEN],
    headers: [LAST_EVENT_ID],
    responses: {
      200: {
        description: 'Server-Sent Events of the session (state, reveal, participants, tally...).',
        events: LiveEvent,
      },
    },
  },
  'GET /api/live/:id/results': {
    summary: 'A live session’s results',
    tag: 'live',
    query: [
      LIVE_HOST_TOKEN,
      { name: 'format', schema: z.enum(['json', 'csv']), description: 'JSON (default) or a CSV download.' },
    ],
    responses: {
      200: {
        description: 'Per question, per participant and every answer.',
        json: LiveResults,
        media: { type: 'text/csv' },
      },
    },
  },
  'DELETE /api/live/:id/participants/:participantId': {
    summary: 'Remove a participant (a nickname the class should not see)',
    tag: 'live',
    query: [LIVE_HOST_TOKEN],
    responses: { 204: { description: 'Removed.' } },
  },
  'GET /api/join/:code': {
    summary: 'The session a join code opens',
    tag: 'live',
    responses: { 200: { description: 'Its title, mode and phase.', json: LiveJoinInfo } },
  },
  'POST /api/join': {
    summary: 'Join a live session with its code and a nickname',
    tag: 'live',
    body: { json: JoinRequest, required: true },
    responses: { 201: { description: 'The participant and its token.', json: LiveJoined } },
  },
  'GET /api/play': {
    summary: 'The participant, and what it answered',
    tag: 'live',
    query: [LIVE_TOKEN],
    responses: { 200: { description: 'The participant.', json: LiveParticipantView } },
  },
  'GET /api/play/stream': {
    summary: 'A live session’s events, for a participant (no key before its reveal)',
    tag: 'live',
    query: [LIVE_TOKEN],
    headers: [LAST_EVENT_ID],
    responses: { 200: { description: 'Server-Sent Events of the session.', events: LiveEvent } },
  },
  'POST /api/play/answers': {
    summary: 'Answer a question',
    tag: 'live',
    query: [LIVE_TOKEN],
    body: { json: LiveAnswerRequest, required: true },
    responses: { 200: { description: 'Recorded (or repeated: the first answer counts).', json: LiveAnswerOutcome } },
  },
};
