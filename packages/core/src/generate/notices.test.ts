import { describe, expect, it } from 'vitest';
import { NoticeQueue, withNotices } from './notices.js';

describe('withNotices', () => {
  it('yields a notice pushed while the source is still working, before the item it precedes', async () => {
    const queue = new NoticeQueue<string>();
    let release!: () => void;
    async function* source() {
      yield 'a';
      queue.push('slow work started');
      await new Promise<void>((r) => {
        release = r;
      });
      yield 'b';
    }
    const seen: string[] = [];
    for await (const step of withNotices(source(), queue)) {
      const label = step.kind === 'item' ? `item:${step.item}` : `notice:${step.notice}`;
      seen.push(label);
      // The notice arrives while 'b' is still held back.
      if (step.kind === 'notice') release();
    }
    expect(seen).toEqual(['item:a', 'notice:slow work started', 'item:b']);
  });

  it('passes on notices pushed right before the source ends, and stops the source when the consumer stops', async () => {
    const queue = new NoticeQueue<number>();
    let stopped = false;
    async function* source() {
      try {
        yield 1;
        yield 2;
        queue.push(99);
      } finally {
        stopped = true;
      }
    }
    const all: unknown[] = [];
    for await (const step of withNotices(source(), queue))
      all.push(step.kind === 'item' ? step.item : `n${step.notice}`);
    expect(all).toEqual([1, 2, 'n99']);

    stopped = false;
    for await (const step of withNotices(source(), new NoticeQueue<number>())) {
      if (step.kind === 'item') break;
    }
    expect(stopped).toBe(true);
  });
});
