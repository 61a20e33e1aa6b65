// What every route needs, built once at start-up and passed down as plain arguments.
import type { OcrSettings } from '@quizstream/core';
import type { Logger } from 'pino';
import type { IapVerifier } from './auth/iap.js';
import type { Config } from './config.js';
import type { DocumentFiles } from './documents/document-files.js';
import type { PdfReaders } from './documents/pdf-reader.js';
import type { Generators } from './generators.js';
import type { JobHub } from './jobs/job-hub.js';
import type { LiveHub } from './live/live-hub.js';
import type { LiveSessions } from './live/live-sessions.js';
import type { Metrics } from './observability/metrics.js';
import type { PrintFonts } from './print/print-fonts.js';
import type { Store } from './store/store.js';
import type { OpenStreams } from './stream/open-streams.js';

export interface AppContext {
  config: Config;
  logger: Logger;
  store: Store;
  files: DocumentFiles;
  /** How PDFs are read here: the workers' limits and their pool of memory. */
  pdf: PdfReaders;
  /** How pages without a usable text layer are read (OCR, OCR_LANGS): by jobs and by question edits alike. */
  ocr: OcrSettings;
  hub: JobHub;
  /** Live sessions: what they do, and their fan-out on this instance. */
  live: LiveSessions;
  liveHub: LiveHub;
  streams: OpenStreams;
  generators: Generators;
  metrics: Metrics;
  /** The fonts quizzes are printed to PDF with. */
  fonts: PrintFonts;
  /** Verifies Identity-Aware Proxy assertions, when teachers sign in through IAP. */
  iap: IapVerifier | null;
  /** The security headers of every answer, event streams included (http/security-headers.ts). */
  securityHeaders: Readonly<Record<string, string>>;
}
