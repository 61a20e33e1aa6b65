// A quiz printed to PDF: GET /api/quizzes/:id/print.pdf?kind=worksheet|key, with fonts embedded for every script
// it uses (print/quiz-sheet.ts). Scripts no installed font draws are named in the X-Missing-Font-Scripts header
// and logged; the PDF is made all the same, with empty boxes in their place.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context.js';
import { AppError, checkId, notFound } from '../errors.js';
import { printQuiz, SHEET_KINDS, SheetKind } from '../print/quiz-sheet.js';
import { contentDisposition } from './quiz-export.js';

export const MISSING_FONT_HEADER = 'x-missing-font-scripts';

export async function quizPrintRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get<{ Params: { id: string }; Querystring: { kind?: string } }>(
    '/api/quizzes/:id/print.pdf',
    async (request, reply) => {
      const id = checkId('quiz', request.params.id);
      const kind = SheetKind.safeParse(request.query.kind ?? 'worksheet');
      if (!kind.success) {
        throw new AppError(
          400,
          'invalid_kind',
          `Unknown sheet "${request.query.kind ?? ''}"; use one of: ${SHEET_KINDS.join(', ')}.`,
        );
      }
      const quiz = await ctx.store.getQuiz(id, request.account);
      if (!quiz) throw notFound('quiz', id);
      const sheet = await printQuiz(quiz, kind.data, ctx.fonts);
      if (sheet.missingScripts.length > 0) {
        request.log.warn(
          { quiz: id, scripts: sheet.missingScripts },
          'no installed font draws these scripts: they print as empty boxes',
        );
        reply.header(MISSING_FONT_HEADER, sheet.missingScripts.join(', '));
      }
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', contentDisposition(sheet.filename))
        .header('cache-control', 'no-store')
        .send(sheet.pdf);
    },
  );
}
