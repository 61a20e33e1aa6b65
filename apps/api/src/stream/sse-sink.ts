// Where an SSE connection writes its frames: the response itself, or a gzip stream in front of it
// (SSE_COMPRESSION). A compressed stream is flushed (Z_SYNC_FLUSH) after every frame, so that each event leaves
// the server at once, complete and decodable: compression shrinks events, it never holds one back. Either way the
// sink reports every byte it holds for a slow client, so that the connection can bound them.
import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import zlib from 'node:zlib';

export interface SseSink {
  /** Writes one whole frame; false when the client is not keeping up (wait for `drained()`). */
  write(frame: string): boolean;
  /** Bytes written but not yet taken by the socket (uncompressed and compressed alike). */
  readonly queuedBytes: number;
  readonly needsDrain: boolean;
  /** Resolves when the sink takes writes again, or when the response has closed. */
  drained(): Promise<void>;
  /** Calls `listener` once, the next time the socket has taken what was queued. */
  onceDrained(listener: () => void): void;
  end(): void;
  destroy(): void;
}

// Classes rather than objects of closures: one sink lives as long as its stream, thousands at once.

class PlainSink implements SseSink {
  constructor(private readonly res: ServerResponse) {}

  write(frame: string): boolean {
    return this.res.write(frame);
  }

  get queuedBytes(): number {
    return this.res.writableLength;
  }

  get needsDrain(): boolean {
    return this.res.writableNeedDrain;
  }

  drained(): Promise<void> {
    return untilDrainOrClose(this.res, this.res);
  }

  onceDrained(listener: () => void): void {
    this.res.once('drain', listener);
  }

  end(): void {
    this.res.end();
  }

  destroy(): void {
    this.res.destroy();
  }
}

export function plainSink(res: ServerResponse): SseSink {
  return new PlainSink(res);
}

/**
 * A small window keeps the per-stream cost low (about 128 KiB of zlib state per stream): SSE events are short JSON
 * objects that mostly repeat the previous ones, so a larger window buys little.
 */
const GZIP_OPTIONS: zlib.ZlibOptions = { level: 6, windowBits: 14, memLevel: 7 };

class GzipSink implements SseSink {
  private readonly gzip = zlib.createGzip(GZIP_OPTIONS);

  constructor(private readonly res: ServerResponse) {
    const { gzip } = this;
    // pipe() stops compressing while the socket is full; what waits then is counted in queuedBytes.
    gzip.pipe(res);
    gzip.on('error', () => res.destroy());
    res.once('close', () => gzip.destroy());
  }

  write(frame: string): boolean {
    const accepted = this.gzip.write(frame);
    this.gzip.flush(zlib.constants.Z_SYNC_FLUSH);
    return accepted && !this.res.writableNeedDrain;
  }

  get queuedBytes(): number {
    return this.gzip.writableLength + this.gzip.readableLength + this.res.writableLength;
  }

  get needsDrain(): boolean {
    return this.gzip.writableNeedDrain || this.res.writableNeedDrain;
  }

  async drained(): Promise<void> {
    const { gzip, res } = this;
    while (!res.destroyed && (gzip.writableNeedDrain || res.writableNeedDrain)) {
      await untilDrainOrClose(gzip.writableNeedDrain ? gzip : res, res);
    }
  }

  onceDrained(listener: () => void): void {
    void this.drained().then(listener);
  }

  end(): void {
    this.gzip.end();
  }

  destroy(): void {
    this.gzip.destroy();
    this.res.destroy();
  }
}

export function gzipSink(res: ServerResponse): SseSink {
  return new GzipSink(res);
}

/** Whether an Accept-Encoding header admits gzip (by name or `*`, with a non-zero q-value). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  for (const part of value.split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (name !== 'gzip' && name !== 'x-gzip' && name !== '*') continue;
    const q = params.find((p) => p.startsWith('q='));
    if (q === undefined || Number(q.slice(2)) > 0) return true;
  }
  return false;
}

async function untilDrainOrClose(emitter: NodeJS.EventEmitter, res: ServerResponse): Promise<void> {
  if (res.destroyed) return;
  const stop = new AbortController();
  try {
    await Promise.race([once(emitter, 'drain', { signal: stop.signal }), once(res, 'close', { signal: stop.signal })]);
  } catch {
    // Aborted below, or the response failed: either way there is nothing more to wait for.
  } finally {
    stop.abort();
  }
}
