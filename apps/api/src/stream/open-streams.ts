// The SSE connections this process holds, so shutdown can tell each to reconnect elsewhere; and how many each
// client holds, so one client cannot hold them all (RATE_LIMIT_STREAMS).
import { AppError } from '../errors.js';
import type { SseConnection } from './sse-connection.js';

export class OpenStreams {
  private readonly all = new Set<SseConnection>();
  private readonly perClient = new Map<string, number>();

  get size(): number {
    return this.all.size;
  }

  /** The open connections, e.g. to see what each has queued for its client. */
  connections(): IterableIterator<SseConnection> {
    return this.all.values();
  }

  /**
   * Counts a stream for `client` before any work starts for it; a 429 when it holds `max` already (0: no
   * limit). The place is given back with its `release()`, when the stream ends.
   */
  reserve(client: string, max: number): StreamPlace {
    const held = this.perClient.get(client) ?? 0;
    if (max > 0 && held >= max) {
      throw new AppError(
        429,
        'too_many_streams',
        `This client has ${held} streams open already, the most allowed (RATE_LIMIT_STREAMS); close one first.`,
      );
    }
    this.perClient.set(client, held + 1);
    return new StreamPlace(this.perClient, client);
  }

  add(conn: SseConnection): void {
    this.all.add(conn);
  }

  remove(conn: SseConnection): void {
    this.all.delete(conn);
  }

  /** Ends every stream with a reconnect hint; clients resume without losing an event. */
  reconnectAll(reason: 'shutdown'): number {
    const count = this.all.size;
    for (const conn of this.all) conn.endWithReconnect(reason);
    this.all.clear();
    return count;
  }
}

/** One client's place among its open streams (a small object, not a closure: one lives per open stream). */
export class StreamPlace {
  private released = false;

  constructor(
    private readonly perClient: Map<string, number>,
    private readonly client: string,
  ) {}

  /** Gives the place back; only the first call counts. */
  release(): void {
    if (this.released) return;
    this.released = true;
    const left = (this.perClient.get(this.client) ?? 1) - 1;
    if (left > 0) this.perClient.set(this.client, left);
    else this.perClient.delete(this.client);
  }
}
