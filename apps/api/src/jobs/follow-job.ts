// A job's events for one follower: the stored log after `afterId`, then live events, in order, with no gap and
// no repeat, ending after the terminal event. The store is the source of truth: events from this instance arrive
// directly and only spare a read; a wake-up (another instance stored an event), a gap, or the hub's check every
// FOLLOW_POLL_MS that finds an event this follower has not had sends it back to the store, which also covers a
// missed notification.
//
// Events are pushed, not pulled: a follower that has everything holds no pending promise, timer or generator
// while it waits, only this object (thousands of idle streams wait at once). An asynchronous read runs only
// while the follower is behind: replaying, after a gap, or while its client is not keeping up.
import { type DurableEvent, isTerminal, type JobInfo, type SequencedEvent } from '@quizstream/core';
import type { Store } from '../store/store.js';
import type { JobFollower, JobHub } from './job-hub.js';

const PAGE = 500;
const MAX_HELD = 1_000;

/** Where a follower delivers its job's events. */
export interface FollowTarget {
  /** Sends one event; false when the target is gone (the follower stops). */
  deliver(item: SequencedEvent): boolean;
  /** True while the target cannot take more: nothing is delivered until `drained()`. */
  readonly needsDrain: boolean;
  drained(): Promise<void>;
  /** The job ended (its terminal event was delivered), or stopped running with nothing more stored. */
  done(): void;
  /** Reading the store failed; the target ends so that its client resumes. */
  failed(err: unknown): void;
}

class Follower implements JobFollower, Following {
  private last: number;
  /** The store may hold events not delivered yet. */
  private mustRead = true;
  /** The job no longer runs: read what is left, then end. */
  private ending = false;
  /** A read (or a wait for the target to drain) is in progress. */
  private busy = false;
  private stopped = false;
  /** Live events that came while busy, in order. */
  private held: SequencedEvent[] | undefined;

  constructor(
    private readonly store: Store,
    private readonly hub: JobHub,
    private readonly jobId: string,
    afterId: number,
    private readonly target: FollowTarget,
  ) {
    this.last = afterId;
  }

  push(id: number, event: DurableEvent): void {
    if (this.stopped || id <= this.last) return;
    if (!this.busy && id === this.last + 1 && !this.target.needsDrain) {
      this.deliver({ id, event });
      return;
    }
    if (this.held && this.held.length >= MAX_HELD) {
      // A slow follower: forget what it holds and read from the store once it catches up.
      this.held = undefined;
      this.mustRead = true;
    } else if (this.held) {
      this.held.push({ id, event });
    } else if (!this.mustRead) {
      this.held = [{ id, event }];
    }
    this.catchUp();
  }

  wake(): void {
    // Another instance stored an event. Those of a job running here come by push: reading the store again
    // for each of them, once per follower, would only delay every stream behind a queue of identical reads.
    if (this.hub.isRunningHere(this.jobId)) return;
    this.mustRead = true;
    this.catchUp();
  }

  check(job: JobInfo | null): void {
    if (job?.status !== 'running') {
      this.ending = true;
      this.mustRead = true;
    } else if (job.lastEventId > this.last) {
      this.mustRead = true;
    } else {
      return;
    }
    this.catchUp();
  }

  start(): void {
    this.catchUp();
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.held = undefined;
    this.hub.unfollow(this.jobId, this);
  }

  private deliver(item: SequencedEvent): void {
    this.last = item.id;
    if (!this.target.deliver(item)) {
      this.stop();
      return;
    }
    if (isTerminal(item.event)) {
      this.stop();
      this.target.done();
    }
  }

  private catchUp(): void {
    if (this.busy || this.stopped) return;
    this.busy = true;
    this.readBehind().then(
      () => {
        this.busy = false;
      },
      (err: unknown) => {
        this.busy = false;
        if (this.stopped) return;
        this.stop();
        this.target.failed(err);
      },
    );
  }

  /** Delivers what the follower is missing: the store's events after the last one delivered, then those held. */
  private async readBehind(): Promise<void> {
    while (!this.stopped) {
      // Pull no further events while the client is not keeping up.
      if (this.target.needsDrain) {
        await this.target.drained();
        continue;
      }
      if (this.mustRead) {
        this.mustRead = false;
        const page = await this.store.readEvents(this.jobId, this.last, PAGE);
        for (const item of page) {
          if (item.id <= this.last) continue;
          if (this.target.needsDrain) await this.target.drained();
          if (this.stopped) return;
          this.deliver(item);
        }
        if (page.length === PAGE) this.mustRead = true;
        continue;
      }
      const next = this.held?.shift();
      if (next) {
        if (next.id <= this.last) continue;
        if (next.id > this.last + 1) {
          // Something came between: read it from the store first.
          this.held!.unshift(next);
          this.mustRead = true;
          continue;
        }
        this.deliver(next);
        continue;
      }
      this.held = undefined;
      if (this.ending) {
        // The job stopped running and the store holds nothing more for this follower.
        this.stop();
        this.target.done();
      }
      return;
    }
  }
}

/** A follower's handle: `stop()` when the target goes away (e.g. its client disconnected). */
export interface Following {
  stop(): void;
}

/** Follows a job for `target`, from after `afterId`. */
export function followJob(store: Store, hub: JobHub, jobId: string, afterId: number, target: FollowTarget): Following {
  const follower = new Follower(store, hub, jobId, afterId, target);
  hub.follow(jobId, follower);
  follower.start();
  return follower;
}
