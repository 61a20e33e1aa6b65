// The memory of this instance, and the part of it PDF workers may take. A worker may use its heap, its buffers
// and some slack before it is stopped (more with OCR: @quizstream/core's workerMemoryMb); the pool holds as many
// of those shares as fit beside the server process, so a burst of documents (hostile or not) waits its turn
// instead of taking more memory than the instance has: on Cloud Run, one instance over its memory is killed with
// every stream on it.
import { totalmem } from 'node:os';
import { PdfMemoryPool, workerMemoryMb } from '@quizstream/core';
import type { Config } from '../config.js';

type MemorySettings = Pick<
  Config,
  'MEMORY_LIMIT_MB' | 'SERVER_MEMORY_MB' | 'PDF_QUEUE_MAX' | 'PDF_WORKER_HEAP_MB' | 'PDF_WORKER_BUFFER_MB'
>;

const MB = 2 ** 20;

export interface InstanceMemory {
  /** The instance's memory, in MB. */
  totalMb: number;
  /** Where that number comes from. */
  source: 'MEMORY_LIMIT_MB' | 'cgroup' | 'machine';
}

/**
 * The memory this instance may use: the smallest of `MEMORY_LIMIT_MB` (when set), the cgroup's limit
 * (`process.constrainedMemory()`: a container's, a systemd unit's, Cloud Run's) and the machine's.
 */
export function instanceMemory(
  config: Pick<Config, 'MEMORY_LIMIT_MB'>,
  probe: { constrained: number | undefined; total: number } = {
    constrained: process.constrainedMemory?.(),
    total: totalmem(),
  },
): InstanceMemory {
  const machineMb = Math.floor(probe.total / MB);
  // Without a limit, Node answers 0 or a huge number (cgroup v1's "no limit" is 2^63 rounded to pages).
  const cgroupMb = probe.constrained && probe.constrained > 0 ? Math.floor(probe.constrained / MB) : Infinity;
  let best: InstanceMemory = { totalMb: machineMb, source: 'machine' };
  if (cgroupMb < best.totalMb) best = { totalMb: cgroupMb, source: 'cgroup' };
  if (config.MEMORY_LIMIT_MB > 0 && config.MEMORY_LIMIT_MB < best.totalMb) {
    best = { totalMb: config.MEMORY_LIMIT_MB, source: 'MEMORY_LIMIT_MB' };
  }
  return best;
}

export interface PdfMemoryPlan {
  instance: InstanceMemory;
  /** MB the PDF workers may take together. */
  poolMb: number;
  /** One worker's share without and with OCR, in MB. */
  workerMb: number;
  ocrWorkerMb: number;
  /** Documents read at once: without OCR, and with OCR on every one. */
  readers: number;
  ocrReaders: number;
}

export function planPdfMemory(config: MemorySettings, instance = instanceMemory(config)): PdfMemoryPlan {
  const limits = { heapMb: config.PDF_WORKER_HEAP_MB, bufferMb: config.PDF_WORKER_BUFFER_MB };
  const workerMb = workerMemoryMb(limits, false);
  const ocrWorkerMb = workerMemoryMb(limits, true);
  const poolMb = Math.max(1, instance.totalMb - config.SERVER_MEMORY_MB);
  return {
    instance,
    poolMb,
    workerMb,
    ocrWorkerMb,
    readers: Math.max(1, Math.floor(poolMb / workerMb)),
    ocrReaders: Math.max(1, Math.floor(poolMb / ocrWorkerMb)),
  };
}

export function createPdfMemoryPool(config: MemorySettings, plan = planPdfMemory(config)): PdfMemoryPool {
  return new PdfMemoryPool({ capacityMb: plan.poolMb, maxQueue: config.PDF_QUEUE_MAX });
}
