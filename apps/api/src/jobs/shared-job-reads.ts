// One read of a followed job's row for all who check on it on this instance (the job hub, every FOLLOW_POLL_MS:
// is it still running? did an event slip past its notification?). Ten thousand idle streams on a few jobs must
// not mean ten thousand queries per poll. Readers of a job share the read in flight and any read younger than
// the age they accept. Kept per store, so each server has its own.
import type { JobInfo } from '@quizstream/core';
import type { Store } from '../store/store.js';

interface Entry {
  followers: number;
  at: number;
  job: Promise<JobInfo | null> | undefined;
}

const byStore = new WeakMap<Store, Map<string, Entry>>();

export interface SharedJobReads {
  /** The job as the store had it at most `maxAgeMs` ago. */
  read(maxAgeMs: number): Promise<JobInfo | null>;
  /** This follower is gone; the entry goes with the last one. */
  release(): void;
}

/** A follower's handle on the shared reads of a job (a class: one lives per stream). */
class Handle implements SharedJobReads {
  private released = false;

  constructor(
    private readonly store: Store,
    private readonly entries: Map<string, Entry>,
    private readonly jobId: string,
    private readonly entry: Entry,
  ) {}

  read(maxAgeMs: number): Promise<JobInfo | null> {
    const { entry } = this;
    const now = performance.now();
    if (entry.job && now - entry.at < maxAgeMs) return entry.job;
    const job = this.store.getJob(this.jobId);
    entry.at = now;
    entry.job = job;
    // A failed read is not shared: the next follower asks again.
    job.catch(() => {
      if (entry.job === job) entry.job = undefined;
    });
    return job;
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    this.entry.followers -= 1;
    if (this.entry.followers === 0 && this.entries.get(this.jobId) === this.entry) this.entries.delete(this.jobId);
  }
}

export function sharedJobReads(store: Store, jobId: string): SharedJobReads {
  let entries = byStore.get(store);
  if (!entries) {
    entries = new Map();
    byStore.set(store, entries);
  }
  let entry = entries.get(jobId);
  if (!entry) {
    entry = { followers: 0, at: 0, job: undefined };
    entries.set(jobId, entry);
  }
  entry.followers += 1;
  return new Handle(store, entries, jobId, entry);
}
