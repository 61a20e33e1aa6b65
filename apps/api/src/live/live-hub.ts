// Fan-out of live sessions on one instance: each session followed here is a room, which reads each new event
// of the session's log once and hands it to every stream of the room, however many. Events this instance
// appended come directly; those of other instances are announced by NOTIFY (store/live.ts), and a poll every
// `pollMs` catches what a lost notification would hide. A stream that resumes (Last-Event-ID) first reads what
// it missed from the log, holding what the room delivers meanwhile, then joins the room's live delivery: no
// event lost, repeated or out of order.
import type { FastifyBaseLogger } from 'fastify';
import { LIVE_CHANNEL, type LiveStore, type SequencedLiveEvent } from '../store/live.js';
import type { Store } from '../store/store.js';

const PAGE = 500;

/** Where a room delivers: one open stream of a host or a participant. */
export interface LiveTarget {
  readonly role: 'host' | 'participant';
  /** For a participant: who it is (the host can remove it). */
  readonly participantId?: string;
  /** Sends one event; false when the stream is gone. */
  deliver(item: SequencedLiveEvent): boolean;
  /** The host removed this participant. */
  removed(): void;
  /** Reading the log failed: the stream ends so that its client resumes. */
  failed(err: unknown): void;
}

export interface LiveFollowing {
  stop(): void;
}

class Member implements LiveFollowing {
  /** Reading what it missed: the room's deliveries wait in `held`. */
  catchingUp = true;
  held: SequencedLiveEvent[] = [];
  stopped = false;

  constructor(
    readonly room: Room,
    readonly target: LiveTarget,
    public last: number,
  ) {}

  /** From the room, in order. */
  offer(item: SequencedLiveEvent): void {
    if (this.stopped || item.id <= this.last) return;
    if (this.catchingUp) {
      this.held.push(item);
      return;
    }
    if (item.id > this.last + 1) {
      // Something came between (this stream joined while the room was reading): read it from the log.
      this.held.push(item);
      this.catchUp();
      return;
    }
    this.send(item);
  }

  send(item: SequencedLiveEvent): void {
    this.last = item.id;
    // Host-only events still move a participant's position, so that its Last-Event-ID stays right.
    if (item.audience === 'host' && this.target.role !== 'host') return;
    if (!this.target.deliver(item)) this.stop();
  }

  catchUp(): void {
    this.catchingUp = true;
    this.read().then(
      () => {},
      (err: unknown) => {
        if (this.stopped) return;
        this.stop();
        this.target.failed(err);
      },
    );
  }

  private async read(): Promise<void> {
    for (;;) {
      const page = await this.room.hub.store.readEvents(this.room.id, this.last, PAGE);
      for (const item of page) {
        if (this.stopped) return;
        if (item.id > this.last) this.send(item);
      }
      if (page.length < PAGE) break;
    }
    if (this.stopped) return;
    // What the room delivered while reading, from where the log ended.
    const held = this.held.filter((h) => h.id > this.last).sort((a, b) => a.id - b.id);
    this.held = [];
    if (held.length > 0 && held[0]!.id > this.last + 1) {
      // Still a gap: the log is read again (the room's event was committed after the read began).
      this.held = held;
      return this.read();
    }
    for (const item of held) {
      if (this.stopped) return;
      if (item.id === this.last + 1) this.send(item);
    }
    this.catchingUp = false;
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.held = [];
    this.room.leave(this);
  }
}

class Room {
  readonly members = new Set<Member>();
  /** The last event this room read from the log or was handed. */
  last = 0;
  private reading = false;
  private again = false;

  constructor(
    readonly hub: LiveHub,
    readonly id: string,
  ) {}

  /** Events this instance appended, in order: delivered without a read when they follow on. */
  handed(items: readonly SequencedLiveEvent[]): void {
    if (items.length === 0) return;
    if (this.reading || items[0]!.id !== this.last + 1) {
      this.wake();
      return;
    }
    for (const item of items) this.deliver(item);
  }

  /** The log has an event after `seq`: read what this room has not had. */
  announced(seq: number): void {
    if (seq > this.last) this.wake();
  }

  wake(): void {
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = true;
    void this.readNew()
      .catch((err: unknown) => {
        this.hub.log.warn({ err, sessionId: this.id }, 'reading live events failed');
        // Every member resumes from its own position.
        for (const m of [...this.members]) {
          m.stop();
          m.target.failed(err);
        }
      })
      .finally(() => {
        this.reading = false;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async readNew(): Promise<void> {
    for (;;) {
      const page = await this.hub.store.readEvents(this.id, this.last, PAGE);
      for (const item of page) this.deliver(item);
      if (page.length < PAGE) return;
    }
  }

  private deliver(item: SequencedLiveEvent): void {
    if (item.id <= this.last) return;
    this.last = item.id;
    for (const m of this.members) m.offer(item);
  }

  join(member: Member): void {
    this.members.add(member);
  }

  leave(member: Member): void {
    this.members.delete(member);
    if (this.members.size === 0) this.hub.close(this);
  }
}

export class LiveHub {
  private readonly rooms = new Map<string, Room>();
  private unlisten: (() => Promise<void>) | undefined;
  private poller: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: Store,
    readonly log: FastifyBaseLogger,
    private readonly pollMs: number,
  ) {}

  get store(): LiveStore {
    return this.db.live;
  }

  async start(): Promise<void> {
    this.unlisten = await this.db.listen(LIVE_CHANNEL, (payload) => this.notified(payload));
    this.poller = setInterval(() => void this.poll(), this.pollMs);
    this.poller.unref();
  }

  async stop(): Promise<void> {
    if (this.poller) clearInterval(this.poller);
    await this.unlisten?.();
  }

  /** Streams of this instance following sessions (for metrics and tests). */
  get streams(): number {
    let n = 0;
    for (const room of this.rooms.values()) n += room.members.size;
    return n;
  }

  /** Follows a session for `target` from after `afterId`. */
  follow(sessionId: string, target: LiveTarget, afterId: number): LiveFollowing {
    let room = this.rooms.get(sessionId);
    if (!room) {
      room = new Room(this, sessionId);
      this.rooms.set(sessionId, room);
    }
    const member = new Member(room, target, afterId);
    room.join(member);
    member.catchUp();
    return member;
  }

  /** Events this instance just appended (after their commit). */
  appended(sessionId: string, items: readonly SequencedLiveEvent[]): void {
    this.rooms.get(sessionId)?.handed(items);
  }

  /** Ends a removed participant's streams here, and on every other instance. */
  async kick(sessionId: string, participantId: string): Promise<void> {
    this.kicked(sessionId, participantId);
    await this.db.live.notify(`kick:${sessionId}:${participantId}`);
  }

  close(room: Room): void {
    if (this.rooms.get(room.id) === room) this.rooms.delete(room.id);
  }

  private kicked(sessionId: string, participantId: string): void {
    const room = this.rooms.get(sessionId);
    if (!room) return;
    for (const m of [...room.members]) {
      if (m.target.participantId !== participantId) continue;
      m.stop();
      m.target.removed();
    }
  }

  private notified(payload: string): void {
    if (payload.startsWith('kick:')) {
      const [, sessionId, participantId] = payload.split(':');
      if (sessionId && participantId) this.kicked(sessionId, participantId);
      return;
    }
    const at = payload.lastIndexOf(':');
    const room = this.rooms.get(payload.slice(0, at));
    room?.announced(Number(payload.slice(at + 1)));
  }

  private async poll(): Promise<void> {
    if (this.rooms.size === 0) return;
    try {
      const seqs = await this.db.live.lastSeqs([...this.rooms.keys()]);
      for (const [id, seq] of seqs) this.rooms.get(id)?.announced(seq);
    } catch (err) {
      this.log.warn({ err }, 'polling live sessions failed');
    }
  }
}
