// The timers of every open stream, shared: heartbeats and the end of each stream's lifetime. Ten thousand idle
// streams must not mean ten thousand timers, nor ten thousand heartbeat frames encoded alike. Heartbeats go
// round a wheel: each stream sits in one of its slots and gets a heartbeat every HEARTBEAT_MS, the wheel
// moving one slot at a time, so that the writes are spread over the period rather than made in one burst.
// Streams of one lifetime expire in the order they opened: one timer, set for the oldest, ends them all.
import { encodeFrame } from '@quizstream/core';

/** What the clock drives on each stream. */
export interface Clocked {
  /** Writes the shared heartbeat frame (unless the client is not keeping up). */
  heartbeat(frame: string): void;
  /** The stream has lived its maximum duration. */
  expire(): void;
}

/**
 * How often the wheel moves: every stream gets its heartbeat within this much of its period, and a tick writes to
 * the streams of one slot only (a few hundred of ten thousand), short enough not to hold other requests up.
 */
const TICK_MS = 50;

class HeartbeatWheel {
  private readonly slots: Set<Clocked>[];
  private position = 0;
  private size = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly periodMs: number) {
    this.slots = Array.from({ length: Math.max(1, Math.round(periodMs / TICK_MS)) }, () => new Set());
  }

  /** Adds a stream; its first heartbeat comes one period later at most. Returns its slot, for `remove`. */
  add(stream: Clocked): number {
    // The current slot is next visited once the wheel has gone round once.
    const slot = this.position;
    this.slots[slot]!.add(stream);
    this.size += 1;
    if (!this.timer) {
      this.timer = setInterval(() => this.tick(), this.periodMs / this.slots.length);
      this.timer.unref();
    }
    return slot;
  }

  remove(stream: Clocked, slot: number): void {
    if (!this.slots[slot]!.delete(stream)) return;
    this.size -= 1;
    if (this.size === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }

  private tick(): void {
    this.position = (this.position + 1) % this.slots.length;
    const slot = this.slots[this.position]!;
    if (slot.size === 0) return;
    const frame = encodeFrame({ event: { type: 'heartbeat', timestamp: new Date().toISOString() } });
    for (const stream of slot) stream.heartbeat(frame);
  }
}

class Lifetimes {
  /** Open streams with when each opened, oldest first (a Map keeps insertion order). */
  private readonly open = new Map<Clocked, number>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly maxMs: number) {}

  add(stream: Clocked): void {
    this.open.set(stream, performance.now());
    if (!this.timer) this.arm();
  }

  remove(stream: Clocked): void {
    this.open.delete(stream);
  }

  private arm(): void {
    const oldest = this.open.values().next();
    if (oldest.done) return;
    this.timer = setTimeout(() => this.expire(), Math.max(0, oldest.value + this.maxMs - performance.now()));
    this.timer.unref();
  }

  private expire(): void {
    this.timer = undefined;
    const now = performance.now();
    for (const [stream, openedAt] of this.open) {
      if (openedAt + this.maxMs > now) break;
      this.open.delete(stream);
      stream.expire();
    }
    this.arm();
  }
}

const wheels = new Map<number, HeartbeatWheel>();
const lifetimes = new Map<number, Lifetimes>();

/** Starts the heartbeats and the lifetime of a stream; returns its heartbeat slot, for `stopClock`. */
export function startClock(stream: Clocked, heartbeatMs: number, maxDurationMs: number): number {
  let wheel = wheels.get(heartbeatMs);
  if (!wheel) {
    wheel = new HeartbeatWheel(heartbeatMs);
    wheels.set(heartbeatMs, wheel);
  }
  let lifetime = lifetimes.get(maxDurationMs);
  if (!lifetime) {
    lifetime = new Lifetimes(maxDurationMs);
    lifetimes.set(maxDurationMs, lifetime);
  }
  lifetime.add(stream);
  return wheel.add(stream);
}

/** Stops the heartbeats and the lifetime of a stream started with these settings. */
export function stopClock(stream: Clocked, heartbeatMs: number, maxDurationMs: number, slot: number): void {
  wheels.get(heartbeatMs)?.remove(stream, slot);
  lifetimes.get(maxDurationMs)?.remove(stream);
}
