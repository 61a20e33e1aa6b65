// A host or a participant of a live session, as tests drive them: HTTP calls with their credentials, and
// streams read in the background into arrays that tests wait on.
import type { LiveEvent } from '@quizstream/core/schemas';
import { createParser } from 'eventsource-parser';

export interface LiveFrame {
  id: number | undefined;
  event: LiveEvent;
}

/** A stream read in the background: `frames` grows as they arrive; `ended` settles when the response ends. */
export class LiveReader {
  readonly frames: LiveFrame[] = [];
  readonly ended: Promise<void>;
  private readonly abort = new AbortController();
  private waiters: (() => void)[] = [];
  status = 0;

  constructor(url: string, headers: Record<string, string>) {
    this.ended = this.read(url, headers).catch(() => {});
  }

  private async read(url: string, headers: Record<string, string>): Promise<void> {
    const response = await fetch(url, { headers, signal: this.abort.signal });
    this.status = response.status;
    if (!response.ok || !response.body) {
      this.notify();
      return;
    }
    const parser = createParser({
      onEvent: (m) => {
        this.frames.push({ id: m.id ? Number(m.id) : undefined, event: JSON.parse(m.data) as LiveEvent });
        this.notify();
      },
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        parser.feed(value);
      }
    } finally {
      this.notify();
    }
  }

  private notify(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** The durable events (with an id) received so far. */
  get durable(): LiveFrame[] {
    return this.frames.filter((f) => f.id !== undefined);
  }

  get lastId(): number {
    return this.durable.at(-1)?.id ?? 0;
  }

  /** Resolves with the first frame (from the start) that `match` accepts; rejects after `timeoutMs`. */
  async waitFor(match: (f: LiveFrame) => boolean, timeoutMs = 10_000, what = 'a frame'): Promise<LiveFrame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.frames.find(match);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`timed out waiting for ${what}; got ${JSON.stringify(this.frames.map((f) => f.event.type))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  close(): void {
    this.abort.abort();
  }
}

export async function json<T = Record<string, unknown>>(response: Response): Promise<T> {
  const text = await response.text();
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`not JSON (${response.status}): ${text.slice(0, 200)}`);
  }
}

export interface Joined {
  token: string;
  participantId: string;
  sessionId: string;
  nickname: string;
}

/** A participant: joins with the code and a nickname, streams, answers. */
export class Player {
  constructor(
    readonly base: string,
    readonly joined: Joined,
  ) {}

  static async join(base: string, code: string, nickname: string): Promise<Player> {
    const response = await fetch(`${base}/api/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, nickname }),
    });
    if (response.status !== 201) throw new Error(`join failed: ${response.status} ${await response.text()}`);
    return new Player(base, await json<Joined>(response));
  }

  get headers(): Record<string, string> {
    return { 'x-live-token': this.joined.token };
  }

  stream(lastEventId = 0, base = this.base): LiveReader {
    return new LiveReader(`${base}/api/play/stream`, {
      ...this.headers,
      ...(lastEventId > 0 ? { 'last-event-id': String(lastEventId) } : {}),
    });
  }

  answer(questionId: string, answer: string[], base = this.base): Promise<Response> {
    return fetch(`${base}/api/play/answers`, {
      method: 'POST',
      headers: { ...this.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ questionId, answer }),
    });
  }

  me(): Promise<Response> {
    return fetch(`${this.base}/api/play`, { headers: this.headers });
  }
}

/** The host of a session: its id and host token. */
export class Host {
  constructor(
    readonly base: string,
    readonly id: string,
    readonly hostToken: string,
    readonly code: string,
  ) {}

  static async open(base: string, body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Host> {
    const response = await fetch(`${base}/api/live`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    if (response.status !== 201) throw new Error(`open failed: ${response.status} ${await response.text()}`);
    const made = await json<{ id: string; hostToken: string; code: string }>(response);
    return new Host(base, made.id, made.hostToken, made.code);
  }

  get headers(): Record<string, string> {
    return { 'x-live-host-token': this.hostToken };
  }

  control(action: string, base = this.base): Promise<Response> {
    return fetch(`${base}/api/live/${this.id}/control`, {
      method: 'POST',
      headers: { ...this.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ action }),
    });
  }

  async controlOk(action: string, base = this.base): Promise<Record<string, unknown>> {
    const response = await this.control(action, base);
    if (response.status !== 200) throw new Error(`${action} failed: ${response.status} ${await response.text()}`);
    return json(response);
  }

  stream(lastEventId = 0, base = this.base): LiveReader {
    return new LiveReader(`${base}/api/live/${this.id}/stream`, {
      ...this.headers,
      ...(lastEventId > 0 ? { 'last-event-id': String(lastEventId) } : {}),
    });
  }

  view(): Promise<Response> {
    return fetch(`${this.base}/api/live/${this.id}`, { headers: this.headers });
  }

  results(format: 'json' | 'csv' = 'json'): Promise<Response> {
    return fetch(`${this.base}/api/live/${this.id}/results?format=${format}`, { headers: this.headers });
  }

  remove(participantId: string): Promise<Response> {
    return fetch(`${this.base}/api/live/${this.id}/participants/${participantId}`, {
      method: 'DELETE',
      headers: this.headers,
    });
  }
}
