// The generation pipeline, shared by the server's jobs and the command line: pages are extracted one by
// one and handed to a generator; each question it proposes is validated, checked against its page and
// deduplicated before it is passed on. Nothing here stores or sends anything: the caller does.
import { type ExtractPagesOptions, extractPages } from '../pdf/extract-pages.js';
import type { OcrSettings } from '../pdf/ocr/ocr-settings.js';
import type { PageText } from '../pdf/page-text.js';
import type { EventOf } from '../schemas/events.js';
import type { GenerateOptions } from '../schemas/options.js';
import type { Question, QuizStats } from '../schemas/question.js';
import { QuestionDeduper } from './dedupe.js';
import type { GeneratorDropReason, QuestionGenerator } from './generator.js';
import { NoticeQueue, withNotices } from './notices.js';
import { QuestionGate } from './question-gate.js';
import { shortfalls } from './shortfall.js';

export type PipelineEvent = EventOf<'progress' | 'question' | 'questions' | 'warning'>;

export interface PipelineResult {
  questions: Question[];
  stats: QuizStats;
}

export interface PipelineInput {
  pdf: Uint8Array;
  /** Pages in the document. */
  pages: number;
  generator: QuestionGenerator;
  options: GenerateOptions;
  signal: AbortSignal;
  /** Makes a question id; the pipeline stays free of any id scheme. */
  newId: () => string;
  now?: () => number;
  /** Continues an interrupted run from its last completed page instead of starting over. */
  resume?: PipelineResume;
  /** OCR of pages without a usable text layer (the server's `OCR` and `OCR_LANGS`); off when absent. */
  ocr?: OcrSettings;
  /**
   * Reads the pages: extractPages (in this thread) by default; a server reading PDFs from strangers passes
   * extractPagesIsolated, so that a hostile PDF cannot stall or crash it.
   */
  extract?: (pdf: Uint8Array, options: ExtractPagesOptions) => AsyncIterable<PageText>;
}

export interface PipelineResume {
  /** Every question already sent, in order. */
  questions: Question[];
  /** Pages completed (their `page-done` was recorded). */
  pagesDone: number;
  /** First page not completed yet; questions already sent from it are not sent again. */
  nextPage: number;
  /** When the run first started, for the duration in the stats. */
  startedAt: number;
}

/** Questions per `questions` event when batching. */
const BATCH_MAX = 10;

/**
 * Yields progress, question (or questions) and warning events in order, and returns the quiz's questions
 * and stats. Throws PdfError for unreadable documents, the generator's errors as they are, and the
 * signal's reason when aborted.
 */
export async function* runQuizPipeline(input: PipelineInput): AsyncGenerator<PipelineEvent, PipelineResult> {
  const { options, signal, generator } = input;
  const now = input.now ?? Date.now;
  const { resume } = input;
  const started = resume?.startedAt ?? now();
  const first = Math.min(options.pageFrom ?? 1, input.pages);
  const to = Math.min(options.pageTo ?? input.pages, input.pages);
  const totalPages = Math.max(0, to - first + 1);
  const from = resume ? Math.max(first, resume.nextPage) : first;

  const questions: Question[] = resume ? [...resume.questions] : [];
  const pageTexts = new Map<number, string>();
  const gate = new QuestionGate(questions);
  // Questions of the interrupted page that were sent before the interruption come again from a
  // deterministic generator: recognised here, they are skipped without counting as duplicates.
  const alreadySent = new QuestionDeduper(questions.filter((q) => q.source.page >= from));
  const dropped: QuizStats['dropped'] & Record<GeneratorDropReason | 'quality', number> = {
    ungrounded: 0,
    duplicate: 0,
    invalid: 0,
    quality: 0,
    unsupported: 0,
    unverified: 0,
  };
  const usage: NonNullable<QuizStats['usage']> = { inputTokens: 0, outputTokens: 0 };
  let pagesDone = resume?.pagesDone ?? 0;
  let pagesWithoutText = 0;
  let batch: Question[] = [];
  // A page pdf.js cannot read becomes an empty page and a warning, not the end of the quiz.
  const unreadable: number[] = [];
  // Pages read with OCR (until the generator is done with them): their questions are marked `ocr`.
  const ocrPages = new Set<number>();
  // Progress and warnings from extraction, passed on while the generator still waits for the page.
  const notices = new NoticeQueue<PipelineEvent>();

  // Keeps each page's text until the generator is done with it, for the grounding check.
  async function* tap(pages: AsyncIterable<PageText>): AsyncIterable<PageText> {
    for await (const page of pages) {
      pageTexts.set(page.page, page.text);
      if (page.source === 'ocr') ocrPages.add(page.page);
      if (page.issue) notices.push(pageIssueWarning(page.page, page.issue));
      if (!page.text.trim()) pagesWithoutText += 1;
      yield page;
    }
  }
  const onOcr = (page: number, documentPages: number) =>
    notices.push({
      type: 'progress',
      stage: 'extracting',
      pagesDone,
      totalPages,
      page,
      questions: questions.length,
      message: `OCR page ${page}/${documentPages}`,
    });

  function* flushBatch(): Generator<PipelineEvent> {
    if (batch.length === 0) return;
    const items = batch;
    batch = [];
    yield { type: 'questions', index: questions.length - items.length, questions: items };
  }

  if (!resume) {
    yield {
      type: 'progress',
      stage: 'extracting',
      pagesDone: 0,
      totalPages,
      questions: 0,
      message: `Reading ${totalPages} page${totalPages === 1 ? '' : 's'}...`,
    };
  }
  const extract = input.extract ?? extractPages;
  const pages = tap(
    extract(input.pdf, {
      from,
      to,
      signal,
      onPageError: (err) => unreadable.push(err.page ?? 0),
      ...(input.ocr ? { ocr: { ...input.ocr, onOcr } } : {}),
    }),
  );
  for await (const step of withNotices(generator.generate(pages, options, { signal }), notices)) {
    signal.throwIfAborted();
    if (step.kind === 'notice') {
      yield step.notice;
      continue;
    }
    const item = step.item;
    for (const page of unreadable.splice(0)) {
      yield {
        type: 'warning',
        code: 'page_unreadable',
        message: `Page ${page} could not be read and was skipped.`,
        ...(page > 0 ? { page } : {}),
      };
    }
    if (item.kind === 'question') {
      const { source } = item.question;
      const verdict = gate.check(
        {
          ...item.question,
          id: input.newId(),
          ...(ocrPages.has(source.page) ? { source: { ...source, ocr: true } } : {}),
        },
        pageTexts.get(source.page),
      );
      if (!verdict.ok) {
        if (verdict.reason === 'duplicate' && alreadySent.has(item.question)) continue;
        dropped[verdict.reason] += 1;
        continue;
      }
      const question = verdict.question;
      if (options.count !== undefined && questions.length >= options.count) continue;
      gate.admit(question);
      questions.push(question);
      if (options.batch) {
        batch.push(question);
        if (batch.length >= BATCH_MAX) yield* flushBatch();
      } else {
        yield { type: 'question', index: questions.length - 1, question };
      }
    } else if (item.kind === 'warning') {
      yield { type: 'warning', code: item.code, message: item.message, ...(item.page ? { page: item.page } : {}) };
    } else if (item.kind === 'dropped') {
      dropped[item.reason] += item.count;
    } else if (item.kind === 'usage') {
      usage.inputTokens += item.inputTokens;
      usage.outputTokens += item.outputTokens;
      if (item.cachedInputTokens !== undefined)
        usage.cachedInputTokens = (usage.cachedInputTokens ?? 0) + item.cachedInputTokens;
      if (item.costUsd !== undefined) usage.costUsd = (usage.costUsd ?? 0) + item.costUsd;
    } else if (item.kind === 'page-done') {
      pageTexts.delete(item.page);
      ocrPages.delete(item.page);
      pagesDone += 1;
      yield* flushBatch();
      yield {
        type: 'progress',
        stage: 'generating',
        pagesDone,
        totalPages,
        page: item.page,
        questions: questions.length,
        message: item.note
          ? `${item.note} (${pagesDone}/${totalPages}, ${questions.length} questions so far)`
          : `Page ${item.page} done (${pagesDone}/${totalPages}), ${questions.length} questions so far`,
      };
    }
  }
  signal.throwIfAborted();
  yield* flushBatch();
  for (const shortfall of shortfalls(questions, options)) yield { type: 'warning', ...shortfall };
  if (questions.length === 0) {
    yield {
      type: 'warning',
      code: 'no_questions',
      message: 'No questions could be written from this document: it has too little readable text.',
    };
  }
  const stats: QuizStats = {
    pages: pagesDone,
    pagesWithoutText,
    questions: questions.length,
    dropped,
    durationMs: now() - started,
    generator: generator.name,
    ...(usage.inputTokens + usage.outputTokens > 0 ? { usage } : {}),
  };
  return { questions, stats };
}

function pageIssueWarning(page: number, issue: NonNullable<PageText['issue']>): PipelineEvent {
  const message =
    issue === 'no_unicode_map'
      ? `Page ${page} was skipped: its fonts have no Unicode map, so its text cannot be read reliably. With OCR on (OCR=auto) it is read from its image instead.`
      : `Page ${page} has no usable text and could not be read with OCR; it was skipped.`;
  return { type: 'warning', code: issue, message, page };
}
