// The live sessions' store on the embedded database: retention deletes a session with everything of it.
import { LiveSettings } from '@quizstream/core/schemas';
import { afterEach, describe, expect, it } from 'vitest';
import { Store } from '../src/store/store.js';

let store: Store | undefined;
afterEach(async () => {
  await store?.close();
});

describe('live sessions in the store', () => {
  it('deletes sessions past the retention period, with their participants, answers and events', async () => {
    store = await Store.open({});
    const settings = LiveSettings.parse({});
    const made = await store.live.create({
      id: 'live_a',
      code: 'ABCDEFGH',
      account: 'local:owner',
      quizId: null,
      jobId: null,
      title: 'Rivers',
      settings,
    });
    if (made === 'code_taken') throw new Error('code taken');
    // The same code again is refused, so that a code opens one session only.
    expect(
      await store.live.create({
        id: 'live_b',
        code: 'ABCDEFGH',
        account: null,
        quizId: null,
        jobId: null,
        title: '',
        settings,
      }),
    ).toBe('code_taken');
    const joined = await store.live.join('live_a', 'p_1', 'Ana', 10);
    if (typeof joined === 'string') throw new Error(joined);
    await store.live.append('live_a', [{ event: { type: 'participants', count: 1 } }]);
    expect(await store.live.readEvents('live_a', 0)).toHaveLength(1);

    // Within the period, kept.
    expect(await store.live.prune(86_400_000)).toBe(0);
    expect(await store.live.get('live_a')).not.toBeNull();
    // Past it, gone with all it held.
    expect(await store.live.prune(0)).toBe(1);
    expect(await store.live.get('live_a')).toBeNull();
    expect(await store.live.participants('live_a')).toEqual([]);
    expect(await store.live.readEvents('live_a', 0)).toEqual([]);
    expect(await store.live.participantByToken(joined.token)).toBeNull();
  });
});
