// Reads an SSE response as a proxy-side client would, with node:http (which, unlike fetch, leaves a gzipped body
// as it came): the bytes on the wire, and each frame with the moment it could be decoded.
import http from 'node:http';
import zlib from 'node:zlib';
import type { StreamEvent } from '@quizstream/core';
import { createParser } from 'eventsource-parser';
import type { ReceivedFrame } from './sse.js';

export interface RawStream {
  status: number;
  headers: http.IncomingHttpHeaders;
  frames: ReceivedFrame[];
  /** Body bytes as received (compressed when the server compressed). */
  wireBytes: number;
  /** Body bytes after decompression. */
  textBytes: number;
}

/** GETs or POSTs `url` and reads the whole response; gunzips it when it says Content-Encoding: gzip. */
export function rawStream(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawStream> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: init.method ?? 'GET', headers: init.headers ?? {} }, (response) => {
      const frames: ReceivedFrame[] = [];
      let wireBytes = 0;
      let textBytes = 0;
      const parser = createParser({
        onEvent: (m) =>
          frames.push({
            id: m.id ? Number(m.id) : undefined,
            event: JSON.parse(m.data) as StreamEvent,
            at: Date.now(),
          }),
      });
      response.on('data', (chunk: Buffer) => {
        wireBytes += chunk.length;
      });
      const gzipped = response.headers['content-encoding'] === 'gzip';
      const body = gzipped ? response.pipe(zlib.createGunzip()) : response;
      const decoder = new TextDecoder();
      body.on('data', (chunk: Buffer) => {
        textBytes += chunk.length;
        parser.feed(decoder.decode(chunk, { stream: true }));
      });
      body.on('error', reject);
      body.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, frames, wireBytes, textBytes }),
      );
    });
    request.on('error', reject);
    request.end(init.body);
  });
}

/**
 * Groups frames by arrival: a new burst starts whenever a frame arrives more than `gapMs` after the previous one.
 * Events that travel one by one arrive in about as many bursts as they were produced in; a buffering proxy
 * delivers them in a few large ones.
 */
export function bursts(frames: ReceivedFrame[], gapMs = 60): number {
  let count = 0;
  let last = Number.NEGATIVE_INFINITY;
  for (const frame of frames) {
    if (frame.at - last > gapMs) count += 1;
    last = frame.at;
  }
  return count;
}
