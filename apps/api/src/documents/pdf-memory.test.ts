import { workerMemoryMb } from '@quizstream/core';
import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../config.js';
import { instanceMemory, planPdfMemory } from './pdf-memory.js';

const GiB = 2 ** 30;

describe('instanceMemory', () => {
  it('takes the smallest of the machine, the cgroup and MEMORY_LIMIT_MB', () => {
    const unset = { MEMORY_LIMIT_MB: 0 };
    expect(instanceMemory(unset, { constrained: 2 * GiB, total: 24 * GiB })).toEqual({
      totalMb: 2048,
      source: 'cgroup',
    });
    // No limit: Node answers 0 (or undefined), or cgroup v1's 2^63 rounded, far above the machine.
    expect(instanceMemory(unset, { constrained: 0, total: 24 * GiB })).toEqual({ totalMb: 24_576, source: 'machine' });
    expect(instanceMemory(unset, { constrained: 2 ** 64, total: 8 * GiB })).toEqual({
      totalMb: 8192,
      source: 'machine',
    });
    expect(instanceMemory(unset, { constrained: undefined, total: 8 * GiB }).source).toBe('machine');
    expect(instanceMemory({ MEMORY_LIMIT_MB: 1536 }, { constrained: 2 * GiB, total: 24 * GiB })).toEqual({
      totalMb: 1536,
      source: 'MEMORY_LIMIT_MB',
    });
    // A setting larger than what the instance has is not believed.
    expect(instanceMemory({ MEMORY_LIMIT_MB: 4096 }, { constrained: 2 * GiB, total: 24 * GiB }).totalMb).toBe(2048);
  });
});

describe('planPdfMemory', () => {
  it('gives the workers what the server does not keep, and counts the documents read at once', () => {
    const config = ConfigSchema.parse({});
    const plan = planPdfMemory(config, { totalMb: 2048, source: 'cgroup' });
    const worker = workerMemoryMb({ heapMb: config.PDF_WORKER_HEAP_MB, bufferMb: config.PDF_WORKER_BUFFER_MB }, false);
    expect(plan).toMatchObject({ poolMb: 2048 - config.SERVER_MEMORY_MB, workerMb: worker });
    expect(plan.readers).toBe(Math.floor(plan.poolMb / worker));
    expect(plan.ocrWorkerMb).toBeGreaterThan(worker);
    // Tighter worker limits read more documents at once in the same memory.
    const tight = planPdfMemory(ConfigSchema.parse({ PDF_WORKER_HEAP_MB: '128', PDF_WORKER_BUFFER_MB: '64' }), {
      totalMb: 2048,
      source: 'cgroup',
    });
    expect(tight.readers).toBeGreaterThan(plan.readers);
    // However small the instance, one document at a time is still read.
    expect(planPdfMemory(config, { totalMb: 600, source: 'machine' })).toMatchObject({ readers: 1, ocrReaders: 1 });
  });
});
