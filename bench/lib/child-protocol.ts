// The IPC messages between a benchmark and the server it runs in a child process, and the child's side of
// the protocol: commands are plain async functions by name; `memory` and `cpu` are answered by every child.
import { readdirSync } from 'node:fs';
import { writeHeapSnapshot } from 'node:v8';
import { nowUs } from './stats.js';

export type ParentToChild =
  | { type: 'call'; id: number; command: string; args: Record<string, unknown> }
  | { type: 'stop' };

export interface ChildReply {
  type: 'reply';
  id: number;
  ok: boolean;
  value?: unknown;
  error?: string;
}

export type ChildToParent = { type: 'ready'; url: string } | ChildReply;

export interface MemorySample {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  at: number;
}

/** Memory after a full garbage collection (children run with --expose-gc), so samples compare like with like. */
export function memorySample(): MemorySample {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return {
    rss: m.rss,
    heapUsed: m.heapUsed,
    heapTotal: m.heapTotal,
    external: m.external,
    arrayBuffers: m.arrayBuffers,
    at: nowUs(),
  };
}

export interface HandleSample {
  /** Resources keeping the event loop alive (sockets, timers, child processes, pending requests). */
  handles: number;
  byKind: Record<string, number>;
  /** Open file descriptors (Linux; 0 elsewhere). */
  fds: number;
}

export function handleSample(): HandleSample {
  const byKind: Record<string, number> = {};
  const active = process.getActiveResourcesInfo();
  for (const kind of active) byKind[kind] = (byKind[kind] ?? 0) + 1;
  let fds = 0;
  try {
    fds = readdirSync('/proc/self/fd').length;
  } catch {
    // Not Linux.
  }
  return { handles: active.length, byKind, fds };
}

export type Commands = Record<string, (args: Record<string, unknown>) => unknown>;

/** Serves commands from the parent; `stop` runs `onStop` and exits. */
export function serveParent(url: string, commands: Commands, onStop: () => Promise<void>): void {
  const send = (msg: ChildToParent) => process.send?.(msg);
  process.on('message', (raw) => {
    const msg = raw as ParentToChild;
    if (msg.type === 'stop') {
      onStop().finally(() => process.exit(0));
      return;
    }
    const builtins: Commands = {
      memory: () => memorySample(),
      cpu: () => process.cpuUsage(),
      // What a leak of handles would show: the event loop's active resources by kind, and open file descriptors.
      handles: () => handleSample(),
      // For profiling: a heap snapshot to compare in Chrome DevTools or with bench/lib/heap-diff.ts.
      heapSnapshot: (args) => writeHeapSnapshot(String(args.path)),
    };
    const command = builtins[msg.command] ?? commands[msg.command];
    if (!command) {
      send({ type: 'reply', id: msg.id, ok: false, error: `unknown command ${msg.command}` });
      return;
    }
    Promise.resolve()
      .then(() => command(msg.args))
      .then(
        (value) => send({ type: 'reply', id: msg.id, ok: true, value }),
        (err: unknown) => send({ type: 'reply', id: msg.id, ok: false, error: String((err as Error)?.stack ?? err) }),
      );
  });
  // The parent went away (crashed, Ctrl-C): do not linger.
  process.on('disconnect', () => {
    onStop().finally(() => process.exit(0));
  });
  send({ type: 'ready', url });
}
