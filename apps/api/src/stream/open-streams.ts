// The SSE connections this process holds, so shutdown can tell each to reconnect elsewhere.
import type { SseConnection } from './sse-connection.js';

export class OpenStreams {
  private readonly all = new Set<SseConnection>();

  get size(): number {
    return this.all.size;
  }

  add(conn: SseConnection): () => void {
    this.all.add(conn);
    return () => this.all.delete(conn);
  }

  /** Ends every stream with a reconnect hint; clients resume without losing an event. */
  reconnectAll(reason: 'shutdown'): number {
    const count = this.all.size;
    for (const conn of this.all) conn.endWithReconnect(reason);
    this.all.clear();
    return count;
  }
}
