import type { JobInfo } from '@quizstream/core';
import { describe, expect, it, vi } from 'vitest';
import type { Store } from '../store/store.js';
import { sharedJobReads } from './shared-job-reads.js';

function fakeStore(getJob: (id: string) => Promise<JobInfo | null>) {
  return { getJob: vi.fn(getJob) } as unknown as Store & { getJob: ReturnType<typeof vi.fn> };
}

const job = (lastEventId: number) => ({ id: 'job_1', status: 'running', lastEventId }) as JobInfo;

describe('sharedJobReads', () => {
  it('reads a job once for all its followers while the read is young enough', async () => {
    const store = fakeStore(async () => job(3));
    const followers = Array.from({ length: 1_000 }, () => sharedJobReads(store, 'job_1'));
    const reads = await Promise.all(followers.map((f) => f.read(1_000)));
    expect(reads.every((r) => r?.lastEventId === 3)).toBe(true);
    expect(store.getJob).toHaveBeenCalledTimes(1);
    for (const f of followers) f.release();
  });

  it('reads again once the last read is older than the follower accepts', async () => {
    vi.useFakeTimers();
    try {
      let seq = 0;
      const store = fakeStore(async () => job(++seq));
      const follower = sharedJobReads(store, 'job_1');
      expect((await follower.read(1_000))?.lastEventId).toBe(1);
      vi.advanceTimersByTime(1_001);
      expect((await follower.read(1_000))?.lastEventId).toBe(2);
      follower.release();
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not share a failed read, and keeps jobs and stores apart', async () => {
    let fail = true;
    const store = fakeStore(async (id) => {
      if (fail) throw new Error('store down');
      return { ...job(1), id };
    });
    const a = sharedJobReads(store, 'job_1');
    await expect(a.read(60_000)).rejects.toThrow('store down');
    fail = false;
    expect((await a.read(60_000))?.id).toBe('job_1');
    const b = sharedJobReads(store, 'job_2');
    expect((await b.read(60_000))?.id).toBe('job_2');
    const other = fakeStore(async () => job(9));
    expect((await sharedJobReads(other, 'job_1').read(60_000))?.lastEventId).toBe(9);
    expect(store.getJob).toHaveBeenCalledTimes(3);
    a.release();
    b.release();
  });

  it('forgets a job when its last follower leaves', async () => {
    const store = fakeStore(async () => job(1));
    const first = sharedJobReads(store, 'job_1');
    await first.read(60_000);
    first.release();
    first.release();
    await sharedJobReads(store, 'job_1').read(60_000);
    expect(store.getJob).toHaveBeenCalledTimes(2);
  });
});
