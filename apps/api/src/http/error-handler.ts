// Every error leaves as `{ error: { code, message } }` with a 4xx or 5xx status; nothing leaks a stack.
import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError } from '../errors.js';

const FASTIFY_CODES: Record<string, { code: string; message?: string }> = {
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
      if (err.status === 429 || err.status === 503) reply.header('retry-after', '5');
      return reply.status(err.status).send(err.toBody());
    }
    const known = err.code ? FASTIFY_CODES[err.code] : undefined;
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : undefined;
    if (known && status) {
      const message =
        known.code === 'file_too_large' ? `The file is larger than the ${maxUploadMb} MB limit.` : known.message;
      return reply.status(status).send({ error: { code: known.code, message: message ?? err.message } });
    }
    if (status) {
      return reply.status(status).send({ error: { code: 'bad_request', message: err.message } });
    }
    request.log.error({ err }, 'unhandled error');
    return reply.status(500).send({ error: { code: 'internal', message: 'Something went wrong on the server.' } });
  });
}
