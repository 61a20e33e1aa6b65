// Every error leaves as `{ error: { code, message } }` with a 4xx or 5xx status; nothing leaks a stack.
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { ApiErrorCode } from '@quizstream/core/schemas';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isOutOfSpace, outOfSpace } from '../documents/document-files.js';
import { AppError, errorBody } from '../errors.js';
import { isDatabaseOutOfSpace, isDatabaseUnavailable } from '../store/database-errors.js';

const FASTIFY_CODES: Record<string, { code: ApiErrorCode; message?: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'unsupported_media_type' },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'invalid_body',
    message: 'The body is empty; send JSON such as {} or omit Content-Type.',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'invalid_json' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'body_too_large' },
  FST_REQ_FILE_TOO_LARGE: { code: 'file_too_large' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { code: 'not_multipart', message: 'Send the PDF as multipart/form-data.' },
  FST_FILES_LIMIT: { code: 'too_many_files', message: 'Send exactly one file.' },
  FST_PARTS_LIMIT: { code: 'too_many_parts' },
};

export function installErrorHandler(app: FastifyInstance, maxUploadMb: number): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) {
      // A full data folder is the operator's to fix: logged as an error (the Terraform alert counts the line).
      if (err.status === 507) request.log.error({ err }, 'no space left in DATA_DIR');
      // A limiter that knows when to come back (the rate limit's window) has set Retry-After already.
      if (err.retryAfterS !== undefined) reply.header('retry-after', String(err.retryAfterS));
      else if ((err.status === 429 || err.status === 503) && !reply.hasHeader('retry-after'))
        reply.header('retry-after', '5');
      return reply.status(err.status).send(err.toBody());
    }
    const known = err.code ? FASTIFY_CODES[err.code] : undefined;
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : undefined;
    if (known && status) {
      const message =
        known.code === 'file_too_large' ? `The file is larger than the ${maxUploadMb} MB limit.` : known.message;
      return reply.status(status).send(errorBody(known.code, message ?? err.message));
    }
    if (status) {
      return reply.status(status).send(errorBody('bad_request', err.message));
    }
    if (isOutOfSpace(err) || isDatabaseOutOfSpace(err)) {
      // The data folder is full: what was being written was not kept; the operator's alert says so too.
      request.log.error({ err }, 'no space left in DATA_DIR');
      const full = outOfSpace();
      return reply.status(full.status).send(full.toBody());
    }
    if (isDatabaseUnavailable(err)) {
      // Not a bug: the database restarts, fails over or is out of reach. Nothing was half written.
      request.log.warn({ err }, 'database unavailable');
      return reply
        .status(503)
        .header('retry-after', '5')
        .send(errorBody('database_unavailable', 'The database cannot be reached just now; try again shortly.'));
    }
    request.log.error({ err }, 'unhandled error');
    return reply.status(500).send(errorBody('internal', 'Something went wrong on the server.'));
  });
}

/** Errors Fastify meets before routing (a URL it cannot decode, a parameter past maxParamLength), in our shape. */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const long = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  void reply
    .status(long ? 414 : 400)
    .send(
      long
        ? errorBody('uri_too_long', 'The address is too long.')
        : errorBody('invalid_url', 'The address is not valid (a malformed %-escape?).'),
    );
}

const CLIENT_ERRORS: Record<string, [number, ApiErrorCode, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'headers_too_large', 'The request headers are too large.'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'request_timeout', 'The request took too long to arrive.'],
};

/**
 * Errors Node's HTTP parser meets before Fastify sees a request (headers past 16 KiB, malformed requests, a
 * request too slow to arrive): answered in the same JSON shape, then the connection is closed.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, message] = CLIENT_ERRORS[error.code ?? ''] ?? [400, 'bad_request', 'The request is malformed.'];
  const body = JSON.stringify({ error: { code, message } });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
