// Wires the store, files, generator, job hub and HTTP app together, and takes them down in order.
import { statfs } from 'node:fs/promises';
import path from 'node:path';
import type { QuestionGenerator } from '@quizstream/core';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { buildApp } from './app.js';
import type { AppContext } from './app-context.js';
import { iapVerifier } from './auth/iap.js';
import type { Config } from './config.js';
import { DocumentFiles } from './documents/document-files.js';
import { createPdfMemoryPool, planPdfMemory } from './documents/pdf-memory.js';
import { isolatedExtractor, pdfReaders } from './documents/pdf-reader.js';
import { Generators } from './generators.js';
import { securityHeaders } from './http/security-headers.js';
import { JobHub } from './jobs/job-hub.js';
import { LiveHub } from './live/live-hub.js';
import { LiveSessions } from './live/live-sessions.js';
import { createLogger } from './logger.js';
import { Metrics } from './observability/metrics.js';
import { PrintFonts } from './print/print-fonts.js';
import { teacherAccount } from './store/account.js';
import { Store } from './store/store.js';
import { OpenStreams } from './stream/open-streams.js';

export interface Server {
  app: FastifyInstance;
  /** Every route of the app (method and path pattern). */
  routes: readonly { method: string; url: string }[];
  ctx: AppContext;
  /** The address it listens on, e.g. http://127.0.0.1:3000. */
  url: string;
  /** Graceful shutdown: stop taking work, hand streams a reconnect hint, end jobs, close the store. */
  close(): Promise<void>;
}

export interface ServerOptions {
  logger?: Logger;
  /** Replaces the configured generator (tests use it to slow generation down). */
  generator?: QuestionGenerator;
}

export async function startServer(config: Config, options: ServerOptions = {}): Promise<Server> {
  const logger = options.logger ?? createLogger(config.LOG_LEVEL, config.LOG_FORMAT);
  const store = await Store.open({
    databaseUrl: config.DATABASE_URL,
    dataDir: path.join(config.DATA_DIR, 'pglite'),
    onError: (err) => logger.warn({ err }, 'database connection error'),
  });
  if (config.LOCAL_DATA_OWNER) {
    const moved = await store.transferLocalData(teacherAccount(config.LOCAL_DATA_OWNER));
    if (moved > 0) logger.info({ moved, owner: config.LOCAL_DATA_OWNER }, 'local data handed to its owner');
  }
  // The embedded database lives in DATA_DIR: uploads leave it room to write.
  const files = new DocumentFiles(config.DATA_DIR, config.DATABASE_URL ? 0 : config.DATABASE_RESERVE_MB * 2 ** 20);
  await files.init();
  const generators = await Generators.create(config, options.generator);
  const metrics = new Metrics(config.DATA_DIR);
  const memoryPlan = planPdfMemory(config);
  const pdf = pdfReaders(config, createPdfMemoryPool(config, memoryPlan));
  metrics.watchPdfMemory(pdf.memory);
  logger.info(
    {
      memoryMb: memoryPlan.instance.totalMb,
      from: memoryPlan.instance.source,
      pdfWorkersMb: memoryPlan.poolMb,
      workerMb: memoryPlan.workerMb,
      ocrWorkerMb: memoryPlan.ocrWorkerMb,
    },
    `PDF workers: ${memoryPlan.poolMb} MB of ${memoryPlan.instance.totalMb} MB, ${memoryPlan.readers} documents at once (${memoryPlan.ocrReaders} with OCR)`,
  );
  if (memoryPlan.poolMb < memoryPlan.workerMb) {
    logger.warn(
      { memoryMb: memoryPlan.instance.totalMb, serverMemoryMb: config.SERVER_MEMORY_MB, workerMb: memoryPlan.workerMb },
      'less memory than one PDF worker may take: documents are read one at a time and the instance may run out of memory; give it more, or lower PDF_WORKER_HEAP_MB and PDF_WORKER_BUFFER_MB',
    );
  }
  const ocr = { mode: config.OCR, langs: config.OCR_LANGS };
  const hub = new JobHub({
    store,
    files,
    generators,
    metrics,
    logger,
    orphanTimeoutMs: config.ORPHAN_TIMEOUT_MS,
    leaseMs: config.JOB_LEASE_MS,
    ocr,
    extract: isolatedExtractor(pdf.job),
    maxRunning: config.MAX_CONCURRENT_JOBS,
    followPollMs: config.FOLLOW_POLL_MS,
    ...(config.INSTANCE_ID ? { instanceId: config.INSTANCE_ID } : {}),
  });
  // Also takes over jobs a previous process left running, and continues them where they stopped.
  await hub.start();
  const pruner = setInterval(() => {
    store.sessions.pruneExpired().catch((err) => logger.warn({ err }, 'pruning sessions failed'));
    store.live.prune(config.LIVE_RETENTION_DAYS * 86_400_000).then(
      (pruned) => pruned > 0 && logger.info({ pruned }, 'deleted live sessions past LIVE_RETENTION_DAYS'),
      (err) => logger.warn({ err }, 'pruning live sessions failed'),
    );
    store.pruneEvents(config.EVENT_RETENTION_MS).then(
      (pruned) => pruned > 0 && logger.info({ pruned }, 'pruned event logs of old jobs'),
      (err) => logger.warn({ err }, 'pruning event logs failed'),
    );
  }, config.PRUNE_INTERVAL_MS);
  pruner.unref();
  // A data folder filling up is told before it is full (the log line the Terraform alert counts).
  const spaceWatch = setInterval(() => {
    statfs(config.DATA_DIR).then(
      (fs) => {
        const freeBytes = fs.bavail * fs.bsize;
        if (freeBytes < config.DATA_DIR_MIN_FREE_MB * 2 ** 20) {
          logger.warn({ freeBytes, dataDir: config.DATA_DIR }, 'data dir almost full');
        }
      },
      (err) => logger.warn({ err }, 'checking free space failed'),
    );
  }, config.DATA_DIR_CHECK_MS);
  spaceWatch.unref();
  const fonts = await PrintFonts.open(config.PDF_FONT_DIRS);
  const missingFonts = fonts.missingPackages();
  if (missingFonts.length > 0) {
    logger.warn(
      { packages: missingFonts, dirs: config.PDF_FONT_DIRS },
      `PDF downloads lack fonts: install the Debian packages ${missingFonts.join(' ')} (or set PDF_FONT_DIRS); until then some scripts print as empty boxes`,
    );
  }
  const streams = new OpenStreams();
  const liveHub = new LiveHub(store, logger, config.FOLLOW_POLL_MS);
  await liveHub.start();
  const live = new LiveSessions(store, liveHub, {
    maxParticipants: config.LIVE_MAX_PARTICIPANTS,
    tallyDelayMs: config.LIVE_TALLY_MS,
  });
  const ctx: AppContext = {
    config,
    logger,
    store,
    files,
    pdf,
    ocr,
    hub,
    live,
    liveHub,
    streams,
    generators,
    metrics,
    fonts,
    iap: config.IAP_AUDIENCE
      ? iapVerifier({ jwksUrl: config.IAP_JWKS_URL, audience: config.IAP_AUDIENCE, issuer: config.IAP_ISSUER })
      : null,
    securityHeaders: await securityHeaders(config.WEB_DIR),
  };
  const routes: { method: string; url: string }[] = [];
  const app = await buildApp(ctx, routes);
  const url = await app.listen({ port: config.PORT, host: config.HOST });

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      clearInterval(pruner);
      clearInterval(spaceWatch);
      const reconnected = streams.reconnectAll('shutdown');
      await hub.shutdown();
      await liveHub.stop();
      await app.close();
      await store.close();
      logger.info({ reconnected }, 'server stopped');
    })();
    return closing;
  };
  return { app, routes, ctx, url: url.replace('0.0.0.0', '127.0.0.1'), close };
}
