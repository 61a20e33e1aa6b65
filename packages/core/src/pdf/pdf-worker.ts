// The child process that reads PDFs for isolated-pdf.ts: one document at a time, one request at a time (open,
// read a page, close), answered over IPC. It runs with a heap limit set by its parent and a budget on binary
// buffers set here, and its parent kills it when a request takes too long or it uses too much memory; whatever
// a PDF does to this process, the server that started it goes on.
import { installBufferBudget } from './buffer-budget.js';
import type { WorkerReply, WorkerRequest, WorkerSettings } from './pdf-worker-protocol.js';

if (!process.send) throw new Error('pdf-worker.ts runs as a child process with an IPC channel only');
const settings = JSON.parse(process.argv[2] ?? '{}') as WorkerSettings;

const send = (reply: WorkerReply, then?: () => void) => process.send?.(reply, undefined, {}, () => then?.());
// The parent is gone (it crashed or was killed): nothing is left to answer.
process.on('disconnect', () => process.exit(0));

function tooComplex(what: string): WorkerReply {
  return {
    type: 'error',
    code: 'pdf_too_complex',
    message: `${what} needs more memory than allowed: the PDF is built to overload readers (such as a decompression bomb) or is far larger than any course document.`,
  };
}

/** What the request in progress does, for the message when a limit stops it. */
let current = 'Reading this PDF';

// pdf.js leaves promises of abandoned work behind on some damaged files; they must not end the process.
process.on('unhandledRejection', () => {});

// Before pdf.js is loaded, so every buffer it allocates is counted.
const budget = installBufferBudget(settings.bufferBytes, () => {
  // The request in progress may never finish (pdf.js keeps inflating): answer it now and end this process.
  send(tooComplex(current), () => process.exit(1));
});
const { openPdf } = await import('./open-pdf.js');
const { readPage } = await import('./ocr/read-page.js');
const { pageOcr } = await import('./ocr/page-ocr.js');
const { ocrCanvasFactory } = await import('./ocr/render-page.js');
const { PdfError } = await import('./pdf-error.js');
const { RunningLines } = await import('./roles/running-lines.js');

type Doc = Awaited<ReturnType<typeof openPdf>>;
/** Resolves the wait of the first page with OCR when the parent sends `ocr-go`. */
let ocrGo: (() => void) | undefined;
let doc: Doc | undefined;
let ocr: ReturnType<typeof pageOcr> | undefined;
/** The open document's running headers and footers, learnt from the pages read so far (in order). */
let running = new RunningLines();

async function closeDocument(): Promise<void> {
  await ocr?.close();
  ocr = undefined;
  await doc?.close();
  doc = undefined;
}

function toReply(error: unknown, what: string): WorkerReply {
  if (budget.exceeded) return tooComplex(what);
  if (error instanceof PdfError) {
    return { type: 'error', code: error.code, message: error.message, ...(error.page ? { page: error.page } : {}) };
  }
  return {
    type: 'error',
    code: 'corrupt',
    message: 'This PDF could not be read: it may be damaged or use an unsupported feature.',
  };
}

async function handle(request: WorkerRequest): Promise<WorkerReply> {
  switch (request.op) {
    case 'open': {
      current = 'Opening this PDF';
      await closeDocument();
      running = new RunningLines();
      const ocrOn = request.ocr !== undefined && request.ocr.mode !== 'off';
      try {
        doc = await openPdf(request.bytes, {
          transfer: true,
          ...(request.password === undefined ? {} : { password: request.password }),
          // Rendering pages for OCR needs pdf.js's canvas factory from the start.
          ...(ocrOn ? { pdfjs: { CanvasFactory: await ocrCanvasFactory() } } : {}),
        });
        if (ocrOn) {
          let waitFirst = request.waitBeforeOcr === true;
          ocr = pageOcr({
            ...request.ocr!,
            onOcr: (page, totalPages) => {
              if (!waitFirst) {
                send({ type: 'ocr', page, totalPages });
                return;
              }
              waitFirst = false;
              return new Promise<void>((resolve) => {
                ocrGo = resolve;
                send({ type: 'ocr', page, totalPages, waiting: true });
              });
            },
          });
        }
      } catch (error) {
        return toReply(error, 'Opening this PDF');
      }
      if (budget.exceeded) return tooComplex('Opening this PDF');
      return { type: 'opened', numPages: doc.numPages, title: doc.title, author: doc.author };
    }
    case 'page': {
      if (!doc) return { type: 'error', code: 'corrupt', message: 'No document is open.' };
      const what = `Page ${request.page}`;
      current = what;
      try {
        const reading = await readPage(doc.proxy, request.page, {
          totalPages: doc.numPages,
          running,
          ...(ocr ? { ocr } : {}),
        });
        if (budget.exceeded) return tooComplex(what);
        if (reading.text.length > settings.maxPageChars) {
          return {
            type: 'error',
            code: 'pdf_too_complex',
            message: `Page ${request.page} holds more than ${settings.maxPageChars} characters of text, more than any real page: the PDF looks built to overload readers.`,
            page: request.page,
          };
        }
        return { type: 'page', page: request.page, ...reading };
      } catch (error) {
        return toReply(error, what);
      }
    }
    case 'cleanup':
      await doc?.proxy.cleanup().catch(() => {});
      return { type: 'done' };
    case 'close':
      await closeDocument();
      return { type: 'done' };
    case 'ocr-go':
      // Taken by the message handler below; never a request.
      return { type: 'done' };
  }
}

// Requests come one at a time (the parent waits for each reply), so no queue is needed here.
process.on('message', (request: WorkerRequest) => {
  if (request.op === 'ocr-go') {
    const go = ocrGo;
    ocrGo = undefined;
    go?.();
    return;
  }
  handle(request).then(
    (reply) => send(reply),
    (error: unknown) => send(toReply(error, 'Reading this PDF')),
  );
});
send({ type: 'ready' });
