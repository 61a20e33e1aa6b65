// Downloads a quiz in an LMS format: GET /api/quizzes/:id/export?format=gift (see EXPORT_FORMATS).
import { EXPORT_FORMATS, ExportFormatSchema, exportQuiz } from '@quizstream/core';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context.js';
import { AppError, checkId, notFound } from '../errors.js';

/** RFC 6266: an ASCII fallback name, and the real one in UTF-8. */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export async function quizExportRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get<{ Params: { id: string }; Querystring: { format?: string } }>(
    '/api/quizzes/:id/export',
    async (request, reply) => {
      const id = checkId('quiz', request.params.id);
      const format = ExportFormatSchema.safeParse(request.query.format);
      if (!format.success) {
        throw new AppError(
          400,
          'invalid_format',
          `Unknown export format "${request.query.format ?? ''}"; use one of: ${EXPORT_FORMATS.join(', ')}.`,
        );
      }
      const quiz = await ctx.store.getQuiz(id, request.account);
      if (!quiz) throw notFound('quiz', id);
      const file = await exportQuiz(quiz, format.data);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', contentDisposition(file.filename))
        .header('cache-control', 'no-store')
        .send(typeof file.body === 'string' ? file.body : Buffer.from(file.body));
    },
  );
}
