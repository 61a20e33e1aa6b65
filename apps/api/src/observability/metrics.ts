// Prometheus metrics of this instance (prom-client): streams, events, jobs, generation and extraction.
// One registry per server, so several servers in one process (tests) keep their counts apart.

import { statfs } from 'node:fs/promises';
import type { DurableEvent } from '@quizstream/core';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export class Metrics {
  readonly registry = new Registry();
  readonly openStreams = new Gauge({
    name: 'quizstream_open_streams',
    help: 'SSE streams open now',
    registers: [this.registry],
  });
  readonly streamDuration = new Histogram({
    name: 'quizstream_stream_duration_seconds',
    help: 'How long SSE streams stayed open, by how they ended',
    labelNames: ['reason'],
    buckets: [1, 5, 15, 60, 300, 900, 1800, 3600],
    registers: [this.registry],
  });
  readonly streamsOpened = new Counter({
    name: 'quizstream_streams_opened_total',
    help: 'SSE streams opened, by whether they resumed after a Last-Event-ID',
    labelNames: ['kind'],
    registers: [this.registry],
  });
  readonly disconnects = new Counter({
    name: 'quizstream_stream_disconnects_total',
    help: 'SSE streams ended, by reason (client, done, max-duration, slow-consumer, shutdown)',
    labelNames: ['reason'],
    registers: [this.registry],
  });
  readonly eventsSent = new Counter({
    name: 'quizstream_events_sent_total',
    help: 'Stream events written to clients, by type',
    labelNames: ['type'],
    registers: [this.registry],
  });
  readonly heartbeats = new Counter({
    name: 'quizstream_heartbeats_total',
    help: 'Heartbeat events written to clients',
    registers: [this.registry],
  });
  readonly jobs = new Counter({
    name: 'quizstream_jobs_total',
    help: 'Generation jobs ended on this instance, by outcome (completed, or the error code)',
    labelNames: ['outcome'],
    registers: [this.registry],
  });
  readonly runningJobs = new Gauge({
    name: 'quizstream_running_jobs',
    help: 'Generation jobs running on this instance now',
    registers: [this.registry],
  });
  readonly timeToFirstQuestion = new Histogram({
    name: 'quizstream_time_to_first_question_seconds',
    help: 'From a job start to its first question being stored',
    labelNames: ['generator'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60],
    registers: [this.registry],
  });
  readonly generationDuration = new Histogram({
    name: 'quizstream_generation_duration_seconds',
    help: 'Whole-job generation time, by generator',
    labelNames: ['generator'],
    buckets: [0.5, 1, 2, 5, 10, 30, 60, 120, 300, 900, 1800],
    registers: [this.registry],
  });
  readonly pages = new Counter({
    name: 'quizstream_pages_processed_total',
    help: 'PDF pages extracted and generated from',
    registers: [this.registry],
  });
  readonly pagesPerSecond = new Gauge({
    name: 'quizstream_extraction_pages_per_second',
    help: 'Pages per second of the last finished job on this instance',
    registers: [this.registry],
  });
  readonly tokens = new Counter({
    name: 'quizstream_llm_tokens_total',
    help: 'LLM tokens used, by direction (input, output)',
    labelNames: ['direction'],
    registers: [this.registry],
  });

  /** Room left in DATA_DIR (uploads, the embedded database), read when the metrics are scraped. */
  readonly dataDirFree: Gauge;

  constructor(dataDir?: string) {
    collectDefaultMetrics({ register: this.registry, prefix: 'quizstream_' });
    this.dataDirFree = new Gauge({
      name: 'quizstream_data_dir_free_bytes',
      help: 'Bytes free for this process in the file system of DATA_DIR',
      registers: [this.registry],
      async collect() {
        if (!dataDir) return;
        try {
          const fs = await statfs(dataDir);
          this.set(fs.bavail * fs.bsize);
        } catch {
          // The folder is gone or unreadable: no figure rather than a wrong one.
        }
      },
    });
  }

  /** The PDF workers' pool of memory (documents/pdf-memory.ts), read when the metrics are scraped. */
  watchPdfMemory(pool: { capacityMb: number; reserved: number; waiting: number }): void {
    const gauges: [name: string, help: string, read: () => number][] = [
      [
        'quizstream_pdf_memory_capacity_bytes',
        'Memory the PDF workers of this instance may take together',
        () => pool.capacityMb * 2 ** 20,
      ],
      [
        'quizstream_pdf_memory_reserved_bytes',
        'Memory reserved by the PDF workers reading now',
        () => pool.reserved * 2 ** 20,
      ],
      ['quizstream_pdf_readers_waiting', 'Readings of PDFs waiting for memory', () => pool.waiting],
    ];
    for (const [name, help, read] of gauges) {
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          this.set(read());
        },
      });
    }
  }

  /** Follows one job's stored events to count pages, the first question, and the outcome. */
  jobObserver(generator: string): (event: DurableEvent) => void {
    const started = performance.now();
    let firstQuestion = false;
    this.runningJobs.inc();
    return (event) => {
      if ((event.type === 'question' || event.type === 'questions') && !firstQuestion) {
        firstQuestion = true;
        this.timeToFirstQuestion.observe({ generator }, (performance.now() - started) / 1000);
      } else if (event.type === 'progress' && event.stage === 'generating') {
        this.pages.inc();
      } else if (event.type === 'complete') {
        const seconds = (performance.now() - started) / 1000;
        this.runningJobs.dec();
        this.jobs.inc({ outcome: 'completed' });
        this.generationDuration.observe({ generator }, seconds);
        if (seconds > 0) this.pagesPerSecond.set(event.stats.pages / seconds);
        if (event.stats.usage) {
          this.tokens.inc({ direction: 'input' }, event.stats.usage.inputTokens);
          this.tokens.inc({ direction: 'output' }, event.stats.usage.outputTokens);
        }
      } else if (event.type === 'error') {
        this.runningJobs.dec();
        this.jobs.inc({ outcome: event.code });
      }
    };
  }

  /** A job stopped here without ending (handed over or taken away): it no longer runs on this instance. */
  jobLeft(): void {
    this.runningJobs.dec();
  }
}
