// Live sessions over HTTP (docs/live.md). The host is the session's owner, or whoever holds its host token (a
// projector that is not signed in); a participant is whoever holds the token it got on joining. Routes only
// translate HTTP: what a session does is in live/live-sessions.ts.
import { liveResultsCsv } from '@quizstream/core';
import {
  JoinRequest,
  LiveAnswerRequest,
  LiveControlRequest,
  LiveSettings,
  type LiveSettingsInput,
  OpenLiveRequest,
} from '@quizstream/core/schemas';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AppContext } from '../app-context.js';
import { AppError, checkId } from '../errors.js';
import { formatJoinCode, normalizeJoinCode } from '../live/join-code.js';
import { streamLive } from '../live/live-stream.js';
import type { LiveSessionRow, Participant } from '../store/live.js';
import { readLastEventId } from '../stream/event-stream.js';

/** A header, or the query parameter of the same purpose (an EventSource cannot send headers). */
function credential(request: FastifyRequest, header: string, query: string): string | undefined {
  const fromHeader = request.headers[header];
  if (typeof fromHeader === 'string' && fromHeader) return fromHeader;
  const fromQuery = (request.query as Record<string, unknown> | undefined)?.[query];
  return typeof fromQuery === 'string' && fromQuery ? fromQuery : undefined;
}

function parse<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    throw new AppError(400, 'invalid_body', `Invalid ${what}: ${where}${issue.message}`);
  }
  return parsed.data;
}

export async function liveRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const { live, config } = ctx;
  const store = ctx.store.live;

  /** The session, when the request's account owns it or it carries the host token; 404 otherwise. */
  async function hostSession(request: FastifyRequest<{ Params: { id: string } }>): Promise<LiveSessionRow> {
    const id = checkId('live session', request.params.id);
    const token = credential(request, 'x-live-host-token', 'hostToken');
    const session = await store.getAsHost(id, request.account, token);
    if (!session) throw new AppError(404, 'not_found', `No live session with id "${id}".`);
    return session;
  }

  /** The participant of the request's token; 401 without a valid one, 403 once removed. */
  async function participantOf(request: FastifyRequest): Promise<Participant> {
    const token = credential(request, 'x-live-token', 'token');
    const participant = token ? await store.participantByToken(token) : null;
    if (!participant) {
      throw new AppError(401, 'not_joined', 'Join the session first (POST /api/join with its code and a nickname).');
    }
    if (participant.removed) throw new AppError(403, 'removed', 'The host removed you from this session.');
    return participant;
  }

  // Participants are counted each by its own token, not by address: a class behind one school router is one
  // address for thirty phones.
  const perParticipant = (request: FastifyRequest) =>
    `live:${credential(request, 'x-live-token', 'token') ?? request.ip}`;
  // Each join route allows LIVE_JOIN_RATE_LIMIT a minute from one address (the limiter counts per route).
  const joinLimit = { rateLimit: { max: config.LIVE_JOIN_RATE_LIMIT, timeWindow: 60_000 } };
  const playLimit = {
    rateLimit: { max: config.LIVE_ANSWER_RATE_LIMIT, timeWindow: 60_000, keyGenerator: perParticipant },
  };

  app.post('/api/live', async (request, reply) => {
    const body = parse(OpenLiveRequest, request.body, 'live session');
    const settings = LiveSettings.parse(body.settings ?? ({} satisfies LiveSettingsInput));
    const source = body.quizId ? { quizId: checkId('quiz', body.quizId) } : { jobId: checkId('job', body.jobId!) };
    const { session, hostToken } = await live.open(request.account, source, settings);
    return reply.status(201).send({
      id: session.id,
      code: session.code,
      displayCode: formatJoinCode(session.code),
      joinPath: `/join/${session.code}`,
      hostPath: `/live/${session.id}`,
      hostToken,
      settings: session.settings,
    });
  });

  app.get('/api/live', async (request) => {
    const sessions = await store.list(request.account);
    return {
      sessions: sessions.map((s) => ({
        id: s.id,
        title: s.title,
        code: s.code,
        displayCode: formatJoinCode(s.code),
        mode: s.settings.mode,
        phase: s.phase,
        quizId: s.quizId,
        jobId: s.jobId,
        createdAt: s.createdAt,
      })),
    };
  });

  app.get<{ Params: { id: string } }>('/api/live/:id', async (request) => live.hostView(await hostSession(request)));

  app.post<{ Params: { id: string } }>('/api/live/:id/control', async (request) => {
    const session = await hostSession(request);
    const { action } = parse(LiveControlRequest, request.body, 'control');
    await live.control(session, action);
    return live.hostView((await store.get(session.id))!);
  });

  app.get<{ Params: { id: string } }>('/api/live/:id/stream', async (request, reply) => {
    const afterId = readLastEventId(request);
    const session = await hostSession(request);
    const place = ctx.streams.reserve(`live-host:${session.id}`, config.RATE_LIMIT_STREAMS);
    streamLive(ctx, request, reply, { sessionId: session.id, role: 'host' }, afterId, place);
  });

  app.get<{ Params: { id: string }; Querystring: { format?: string } }>(
    '/api/live/:id/results',
    async (request, reply) => {
      const session = await hostSession(request);
      const format = request.query.format ?? 'json';
      if (format !== 'json' && format !== 'csv') {
        throw new AppError(400, 'invalid_format', `Results come as json or csv, not "${String(format).slice(0, 20)}".`);
      }
      const results = await live.results(session);
      if (format === 'json') return results;
      const name = `live-${session.code}-results.csv`;
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(liveResultsCsv(results));
    },
  );

  app.delete<{ Params: { id: string; participantId: string } }>(
    '/api/live/:id/participants/:participantId',
    async (request, reply) => {
      const session = await hostSession(request);
      await live.remove(session, checkId('participant', request.params.participantId));
      return reply.status(204).send();
    },
  );

  app.get<{ Params: { code: string } }>('/api/join/:code', { config: joinLimit }, async (request) => {
    const { session } = await findByCode(request.params.code);
    return { title: session.title, mode: session.settings.mode, phase: session.phase };
  });

  async function findByCode(typed: string) {
    const code = normalizeJoinCode(typed);
    const session = code ? await store.byCode(code) : null;
    if (!session) throw new AppError(404, 'not_found', 'No live session has this code: check it on the board.');
    return { session };
  }

  app.post('/api/join', { config: joinLimit }, async (request, reply) => {
    const { code, nickname } = parse(JoinRequest, request.body, 'join request');
    const joined = await live.join(code, nickname);
    return reply.status(201).send({
      sessionId: joined.session.id,
      participantId: joined.participant.id,
      nickname: joined.participant.nickname,
      token: joined.token,
      mode: joined.session.settings.mode,
      title: joined.session.title,
    });
  });

  app.get('/api/play', { config: playLimit }, async (request) => live.participantView(await participantOf(request)));

  app.get('/api/play/stream', { config: playLimit }, async (request, reply) => {
    const afterId = readLastEventId(request);
    const participant = await participantOf(request);
    const place = ctx.streams.reserve(`live:${participant.id}`, 3);
    streamLive(
      ctx,
      request,
      reply,
      { sessionId: participant.sessionId, role: 'participant', participantId: participant.id },
      afterId,
      place,
    );
  });

  app.post('/api/play/answers', { config: playLimit }, async (request) => {
    const participant = await participantOf(request);
    return live.answer(participant, parse(LiveAnswerRequest, request.body, 'answer'));
  });
}
