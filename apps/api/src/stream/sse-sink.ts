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
  /** Calls `listener` each time the socket has taken what was queued. */
  onDrain(listener: () => void): void;
  end(): void;
  destroy(): void;
}

export function plainSink(res: ServerResponse): SseSink {
  return {
    write: (frame) => res.write(frame),
    get queuedBytes() {
      return res.writableLength;
    },
    get needsDrain() {
      return res.writableNeedDrain;
    },
    drained: () => untilDrainOrClose(res, res),
    onDrain: (listener) => res.on('drain', listener),
    end: () => res.end(),
    destroy: () => res.destroy(),
  };
}

/**
 * A small window keeps the per-stream cost low (about 128 KiB of zlib state per stream): SSE events are short JSON
 * objects that mostly repeat the previous ones, so a larger window buys little.
 */
const GZIP_OPTIONS: zlib.ZlibOptions = { level: 6, windowBits: 14, memLevel: 7 };

export function gzipSink(res: ServerResponse): SseSink {
  const gzip = zlib.createGzip(GZIP_OPTIONS);
  // pipe() stops compressing while the socket is full; what waits then is counted in queuedBytes.
  gzip.pipe(res);
  gzip.on('error', () => res.destroy());
  res.once('close', () => gzip.destroy());
  return {
    write(frame) {
      const accepted = gzip.write(frame);
      gzip.flush(zlib.constants.Z_SYNC_FLUSH);
      return accepted && !res.writableNeedDrain;
    },
    get queuedBytes() {
      return gzip.writableLength + gzip.readableLength + res.writableLength;
    },
    get needsDrain() {
      return gzip.writableNeedDrain || res.writableNeedDrain;
    },
    async drained() {
      while (!res.destroyed && (gzip.writableNeedDrain || res.writableNeedDrain)) {
        await untilDrainOrClose(gzip.writableNeedDrain ? gzip : res, res);
      }
    },
    onDrain(listener) {
      res.on('drain', listener);
      gzip.on('drain', listener);
    },
    end: () => gzip.end(),
    destroy() {
      gzip.destroy();
      res.destroy();
    },
  };
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
