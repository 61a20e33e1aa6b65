// Opens and reads a PDF in a worker process that can be killed: a heap limit, a budget on binary buffers and a
// watch on its resident memory bound its memory, and a wall-clock limit on each request (open, read a page) bounds
// its time. A decompression bomb, an object-stream bomb or a page of millions of glyphs ends as a PdfError
// `pdf_too_complex` for that document, while the server's event loop, and every other document, go on.
//
// A process, not a worker thread: V8 ends the whole process, not just the thread, when a thread's heap limit is
// hit inside some allocations (a PDF operator with millions of operands does it), so `resourceLimits` on a
// worker thread would let one PDF crash the server. Idle workers are kept a little while for the next document,
// so only the first one pays for starting Node and loading pdf.js.
import { type ChildProcess, fork } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { MemoryReservation, PdfMemoryPool } from './memory-pool.js';
import type { PageOcrOptions, PageReading } from './ocr/page-ocr.js';
import { PdfError } from './pdf-error.js';
import type { WorkerOcr, WorkerReply, WorkerRequest, WorkerSettings } from './pdf-worker-protocol.js';

export interface PdfIsolationLimits {
  /** Wall-clock time to open a document (structure, page tree, metadata), in milliseconds. */
  openTimeoutMs: number;
  /** Wall-clock time to read one page's text, in milliseconds. */
  pageTimeoutMs: number;
  /** Wall-clock time to read one page with OCR (rendering it and recognising its text), in milliseconds. */
  ocrPageTimeoutMs: number;
  /** The worker's JavaScript heap, in MB (V8's old generation). Its resident memory is held below heap + buffers + 256 MB. */
  heapMb: number;
  /** The worker's binary buffers (decoded streams, fonts), in MB: the heap limit does not count them. */
  bufferMb: number;
  /** Characters of text one page may hold; a real page holds a few thousand. */
  maxPageChars: number;
}

export const DEFAULT_PDF_LIMITS: PdfIsolationLimits = {
  openTimeoutMs: 20_000,
  pageTimeoutMs: 5_000,
  ocrPageTimeoutMs: 60_000,
  heapMb: 256,
  bufferMb: 256,
  maxPageChars: 200_000,
};

export interface OpenPdfIsolatedOptions {
  limits?: Partial<PdfIsolationLimits>;
  /** Password for an encrypted PDF. */
  password?: string;
  /** OCR of pages without a usable text layer, run in the worker; `startEngine` cannot cross into it and is ignored. */
  ocr?: PageOcrOptions;
  /** Aborting kills the worker at once; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /**
   * The instance's memory for PDF workers. The worker reserves its share (`workerMemoryMb`) before it starts, and
   * the larger share OCR needs before its first page with OCR, giving the first back meanwhile.
   */
  memory?: PdfMemoryPool | undefined;
  /**
   * How long opening may wait for its share of `memory`, in ms. Without it, opening waits as long as it takes,
   * even past the pool's queue limit: for callers whose number is bounded elsewhere (a server's jobs).
   */
  memoryWaitMs?: number | undefined;
}

// Room for Node itself, pdf.js's code and the young generation, on top of the heap and buffer limits; and for
// Tesseract's own threads and WebAssembly memory when OCR is on.
const RSS_SLACK_MB = 256;
const RSS_OCR_MB = 768;

/** The most resident memory a worker within `limits` may use before it is stopped, in MB: what it reserves. */
export function workerMemoryMb(limits: Pick<PdfIsolationLimits, 'heapMb' | 'bufferMb'>, ocr: boolean): number {
  return limits.heapMb + limits.bufferMb + RSS_SLACK_MB + (ocr ? RSS_OCR_MB : 0);
}

/** A document open in a worker process. Requests are answered one at a time; `close()` must be called. */
export interface IsolatedPdf {
  numPages: number;
  title: string | null;
  author: string | null;
  /** One page (1-based), as extractPages reads it. PdfError `corrupt` (with `page`) for a damaged page, `pdf_too_complex`. */
  readPage(page: number, signal?: AbortSignal): Promise<PageReading>;
  /** Lets pdf.js drop the pages, fonts and CMaps it has cached so far. */
  releaseCaches(): Promise<void>;
  /** Frees the document; the worker is kept for the next one. Safe to call more than once. */
  close(): Promise<void>;
}

/**
 * Opens `bytes` in an isolated worker. The bytes are copied to the worker; the caller's array stays intact.
 * Fails like openPdf (`not_pdf`, `encrypted`, `corrupt`, `no_pages`), or with `pdf_too_complex` when opening
 * exceeds the limits.
 */
export async function openPdfIsolated(bytes: Uint8Array, options: OpenPdfIsolatedOptions = {}): Promise<IsolatedPdf> {
  const { signal } = options;
  signal?.throwIfAborted();
  const limits = { ...DEFAULT_PDF_LIMITS, ...options.limits };
  const ocr = options.ocr && options.ocr.mode !== 'off' ? options.ocr : undefined;
  const { memory } = options;
  let reservation: MemoryReservation | undefined = await memory?.reserve(
    workerMemoryMb(limits, false),
    options.memoryWaitMs === undefined ? { signal, pastQueueLimit: true } : { signal, maxWaitMs: options.memoryWaitMs },
  );
  let worker: PdfWorker;
  try {
    worker = await acquireWorker(limits);
  } catch (error) {
    reservation?.release();
    throw error;
  }
  worker.onExit = () => reservation?.release();
  worker.onOcr = async (page, totalPages, waiting) => {
    if (waiting && memory) {
      // The first page with OCR: the worker waits (without a deadline) while the text share is traded for the
      // OCR share, given back first so that two documents each waiting for more can never block each other.
      worker.pauseDeadline();
      reservation?.release();
      reservation = undefined;
      let granted: MemoryReservation;
      try {
        granted = await memory.reserve(workerMemoryMb(limits, true), { signal, pastQueueLimit: true });
      } catch (error) {
        worker.kill();
        throw error;
      }
      // The worker may have been stopped while it waited: what it was granted goes back at once.
      if (worker.isDead) {
        granted.release();
        return;
      }
      reservation = granted;
      worker.ocrOn = true;
      worker.send({ op: 'ocr-go' });
    }
    // OCR takes longer than a text layer: the page gets the OCR time limit from here on.
    worker.extendDeadline(limits.ocrPageTimeoutMs);
    ocr?.onOcr?.(page, totalPages);
  };
  // Without a pool the worker may use OCR's share from the start; with one, once it is granted.
  worker.ocrOn = ocr !== undefined && !memory;
  let opened: WorkerReply;
  try {
    opened = await worker.request(
      {
        op: 'open',
        bytes,
        ...(options.password === undefined ? {} : { password: options.password }),
        ...(ocr ? { ocr: workerOcr(ocr) } : {}),
        ...(ocr && memory ? { waitBeforeOcr: true } : {}),
      },
      { timeoutMs: limits.openTimeoutMs, what: 'Opening this PDF', signal },
    );
  } catch (error) {
    worker.kill();
    throw error;
  }
  if (opened.type !== 'opened') {
    releaseWorker(worker, opened.type === 'error' && opened.code !== 'pdf_too_complex');
    throw replyError(opened);
  }
  let closed = false;
  return {
    numPages: opened.numPages,
    title: opened.title,
    author: opened.author,
    async readPage(page, pageSignal) {
      if (closed) throw new Error('The document is closed.');
      const reply = await worker.request(
        { op: 'page', page },
        { timeoutMs: limits.pageTimeoutMs, what: `Reading page ${page}`, signal: pageSignal ?? signal },
      );
      if (reply.type === 'page') {
        const { type: _type, page: _page, ...reading } = reply;
        return reading;
      }
      // Past a limit the worker's state is suspect: it is not reused.
      if (reply.type === 'error' && reply.code === 'pdf_too_complex') worker.kill();
      throw replyError(reply);
    },
    async releaseCaches() {
      if (closed || worker.isDead) return;
      await worker.request({ op: 'cleanup' }, { timeoutMs: limits.pageTimeoutMs, what: 'Freeing memory' });
    },
    async close() {
      if (closed) return;
      closed = true;
      if (worker.isDead) return;
      try {
        await worker.request({ op: 'close' }, { timeoutMs: limits.openTimeoutMs, what: 'Closing this PDF' });
        // A worker that ran OCR may keep the engine's memory: it is not kept for the next document.
        releaseWorker(worker, !worker.ocrOn || !memory);
      } catch {
        worker.kill();
      }
    },
  };
}

function workerOcr({ mode, langs, dpi, maxPixels }: PageOcrOptions): WorkerOcr {
  return {
    mode,
    langs,
    ...(dpi === undefined ? {} : { dpi }),
    ...(maxPixels === undefined ? {} : { maxPixels }),
  };
}

function replyError(reply: WorkerReply): PdfError {
  if (reply.type === 'error') return new PdfError(reply.code, reply.message, reply.page ? { page: reply.page } : {});
  return new PdfError('corrupt', `The PDF reader answered "${reply.type}" unexpectedly.`);
}

// Workers are pooled by the limits they were started with (resource limits are fixed at start).
const IDLE_MAX = 2;
const IDLE_MS = 30_000;
const BOOT_TIMEOUT_MS = 60_000;
const idle = new Map<string, PdfWorker[]>();

const poolKey = (l: PdfIsolationLimits) => `${l.heapMb}/${l.bufferMb}/${l.maxPageChars}`;

async function acquireWorker(limits: PdfIsolationLimits): Promise<PdfWorker> {
  const ready = idle.get(poolKey(limits));
  for (let worker = ready?.pop(); worker; worker = ready?.pop()) {
    if (worker.takeFromPool()) return worker;
  }
  return PdfWorker.start(limits);
}

function releaseWorker(worker: PdfWorker, reusable: boolean): void {
  worker.leaveDocument();
  const key = poolKey(worker.limits);
  const list = idle.get(key) ?? [];
  if (!reusable || worker.isDead || list.length >= IDLE_MAX) {
    worker.kill();
    return;
  }
  list.push(worker);
  idle.set(key, list);
  worker.putInPool(() => {
    const at = list.indexOf(worker);
    if (at >= 0) list.splice(at, 1);
  });
}

/** Stops every idle worker (a server shutting down). Workers in use stop when their documents close. */
export function closeIdlePdfWorkers(): void {
  for (const list of idle.values()) for (const worker of list.splice(0)) worker.kill();
}

const RSS_EVERY_MS = 100;

class PdfWorker {
  private pending: { resolve: (reply: WorkerReply) => void; reject: (error: unknown) => void } | undefined;
  private dead = false;
  private idleTimer: NodeJS.Timeout | undefined;
  private stderr = '';
  private deadline: { timer: NodeJS.Timeout; onTimeout: () => void } | undefined;
  /**
   * Called when the worker starts reading a page with OCR (set by the document using the worker); `waiting`: the
   * worker waits for `{ op: 'ocr-go' }` before it goes on.
   */
  onOcr: ((page: number, totalPages: number, waiting: boolean) => Promise<void>) | undefined;
  /** Called once when the worker leaves its document: closed, killed or dead (set by the document using it). */
  onExit: (() => void) | undefined;
  /** Whether the current document may use OCR (more resident memory is allowed then). */
  ocrOn = false;

  private constructor(
    private readonly child: ChildProcess,
    readonly limits: PdfIsolationLimits,
  ) {
    child.on('message', (reply: WorkerReply) => {
      if (reply.type === 'ocr') {
        this.onOcr?.(reply.page, reply.totalPages, reply.waiting === true).catch((error: unknown) => this.fail(error));
        return;
      }
      const pending = this.pending;
      this.pending = undefined;
      pending?.resolve(reply);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-4_000);
    });
    child.on('error', (error) => this.fail(new Error('The PDF worker failed.', { cause: error })));
    child.on('close', (code, signal) => {
      const heap = this.stderr.includes('heap out of memory') || this.stderr.includes('Allocation failed');
      this.fail(
        heap
          ? tooMuchMemory(limits)
          : new PdfError(
              'pdf_too_complex',
              `The PDF reader stopped while reading this PDF (${signal ?? `exit ${code}`}).`,
            ),
      );
    });
  }

  static async start(limits: PdfIsolationLimits): Promise<PdfWorker> {
    const settings: WorkerSettings = { bufferBytes: limits.bufferMb * 1024 * 1024, maxPageChars: limits.maxPageChars };
    const { entry, loader } = workerEntry();
    const child = fork(entry, [JSON.stringify(settings)], {
      execArgv: [
        ...(loader ? ['--import', loader] : []),
        `--max-old-space-size=${limits.heapMb}`,
        '--max-semi-space-size=16',
        '--expose-gc',
      ],
      serialization: 'advanced',
      // Nothing of the server's environment (database URLs, API keys) is the business of a process reading
      // strangers' files.
      env: {},
      // pdf.js's warnings and V8's out-of-memory report are kept for diagnosis, never passed to the server's logs.
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const worker = new PdfWorker(child, limits);
    try {
      const first = await worker.wait(BOOT_TIMEOUT_MS, undefined, () => new Error('The PDF worker did not start.'));
      if (first.type !== 'ready') throw new Error(`The PDF worker started with "${first.type}".`);
    } catch (cause) {
      worker.kill();
      throw new Error(`The PDF worker could not be started. ${worker.stderr.slice(-1_000)}`.trim(), { cause });
    }
    return worker;
  }

  get isDead(): boolean {
    return this.dead;
  }

  request(
    request: WorkerRequest,
    { timeoutMs, what, signal }: { timeoutMs: number; what: string; signal?: AbortSignal | undefined },
  ): Promise<WorkerReply> {
    if (this.dead) {
      return Promise.reject(new PdfError('pdf_too_complex', 'The PDF reader stopped while reading this PDF.'));
    }
    if (this.pending) return Promise.reject(new Error('The PDF worker is busy with another request.'));
    const reply = this.wait(timeoutMs, signal, () => {
      const seconds = Math.round(timeoutMs / 100) / 10;
      return new PdfError(
        'pdf_too_complex',
        `${what} took longer than the ${seconds} s allowed: the PDF is built to overload readers or is far too complex.`,
      );
    });
    this.child.send(request);
    return reply;
  }

  /** The next reply; past `timeoutMs`, over the memory limit, or on abort, the worker is killed and it rejects. */
  private wait(timeoutMs: number, signal: AbortSignal | undefined, timeoutError: () => Error): Promise<WorkerReply> {
    return new Promise<WorkerReply>((resolve, reject) => {
      if (signal?.aborted) {
        this.kill();
        reject(signal.reason);
        return;
      }
      const stop = (error: unknown) => {
        this.fail(error);
        this.kill();
      };
      const onTimeout = () => stop(timeoutError());
      this.deadline = { timer: setTimeout(onTimeout, timeoutMs), onTimeout };
      const slackMb = RSS_SLACK_MB + (this.ocrOn ? RSS_OCR_MB : 0);
      const rssLimitKb = (this.limits.heapMb + this.limits.bufferMb + slackMb) * 1024;
      const watch = setInterval(() => {
        void residentKb(this.child.pid).then((kb) => {
          if (kb !== undefined && kb > rssLimitKb && this.pending) stop(tooMuchMemory(this.limits));
        });
      }, RSS_EVERY_MS);
      const onAbort = () => stop(signal?.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => {
        clearTimeout(this.deadline?.timer);
        this.deadline = undefined;
        clearInterval(watch);
        signal?.removeEventListener('abort', onAbort);
      };
      this.pending = {
        resolve: (reply) => {
          done();
          resolve(reply);
        },
        reject: (error) => {
          done();
          reject(error);
        },
      };
    });
  }

  /** Sends a message that is not a request (no reply is awaited). */
  send(message: WorkerRequest): void {
    if (!this.dead) this.child.send(message);
  }

  /** Stops the clock of the request in progress, until `extendDeadline`. */
  pauseDeadline(): void {
    if (this.deadline) clearTimeout(this.deadline.timer);
  }

  /** Gives the request in progress `ms` from now. */
  extendDeadline(ms: number): void {
    const deadline = this.deadline;
    if (!deadline) return;
    clearTimeout(deadline.timer);
    deadline.timer = setTimeout(deadline.onTimeout, ms);
  }

  takeFromPool(): boolean {
    if (this.dead) return false;
    clearTimeout(this.idleTimer);
    this.child.ref();
    this.child.channel?.ref();
    return true;
  }

  putInPool(forget: () => void): void {
    // An idle worker must not keep the process alive.
    this.child.unref();
    this.child.channel?.unref();
    this.idleTimer = setTimeout(() => {
      forget();
      this.kill();
    }, IDLE_MS);
    this.idleTimer.unref();
  }

  /** The document using this worker lets go of it: what it reserved is given back. */
  leaveDocument(): void {
    const exit = this.onExit;
    this.onExit = undefined;
    this.onOcr = undefined;
    exit?.();
  }

  kill(): void {
    this.leaveDocument();
    if (this.dead && this.child.exitCode !== null) return;
    this.dead = true;
    clearTimeout(this.idleTimer);
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }

  private fail(error: unknown): void {
    this.dead = true;
    this.leaveDocument();
    const pending = this.pending;
    this.pending = undefined;
    pending?.reject(error);
  }
}

function tooMuchMemory(limits: PdfIsolationLimits): PdfError {
  return new PdfError(
    'pdf_too_complex',
    `Reading this PDF needs more memory than allowed (${limits.heapMb} MB of heap, ${limits.bufferMb} MB of buffers): it is built to overload readers (such as a decompression bomb) or is far larger than any course document.`,
  );
}

/** A process's resident memory in kB, from Linux's /proc; undefined elsewhere (the other limits still hold). */
async function residentKb(pid: number | undefined): Promise<number | undefined> {
  if (pid === undefined || process.platform !== 'linux') return undefined;
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

let cachedEntry: { entry: string; loader: string | undefined } | undefined;

/** The worker's entry file, and tsx's loader when running from TypeScript sources (tsx, Vitest). */
function workerEntry(): { entry: string; loader: string | undefined } {
  if (cachedEntry) return cachedEntry;
  const self = fileURLToPath(import.meta.url);
  const extension = path.extname(self);
  const entry = path.join(path.dirname(self), `pdf-worker${extension}`);
  const loader = extension === '.ts' ? pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href : undefined;
  cachedEntry = { entry, loader };
  return cachedEntry;
}
