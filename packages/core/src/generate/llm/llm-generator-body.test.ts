// What the LLM generator is shown and how many questions it asks for: only a page's body text (a contents page
// is never sent to the model), and the page's share of a `count` for the whole document.
import { afterEach, describe, expect, it } from 'vitest';
import type { PageText } from '../../pdf/page-text.js';
import { type FakeOpenAi, startFakeOpenAi } from '../../testing/fake-llm/index.js';
import { collect, coursePages, fakeGenerator, questionsOf } from './llm-harness.fixture.js';

let fake: FakeOpenAi;
afterEach(async () => {
  await fake?.close();
});

describe('LLM generator: what it asks about', () => {
  it('never sends a contents page to the model, and says why the page gave nothing', async () => {
    fake = await startFakeOpenAi();
    const [body] = coursePages(1);
    const contents = '1 Cells . . . . . . . 3\n2 Energy . . . . . . 9\n3 Genetics . . . . . 14';
    const pages: PageText[] = [
      { page: 1, totalPages: 2, text: contents, blocks: [{ role: 'contents', start: 0, end: contents.length }] },
      { ...body!, page: 2, totalPages: 2 },
    ];
    const events = await collect(fakeGenerator(fake), pages);
    expect(fake.requests.length).toBeGreaterThan(0);
    for (const request of fake.requests) expect(JSON.stringify(request.body)).not.toContain('Genetics . . .');
    const done = events.find((e) => e.kind === 'page-done' && e.page === 1);
    expect(done).toMatchObject({ note: 'Page 1 is a table of contents: nothing there to ask about.' });
    expect(questionsOf(events).every((q) => q.source.page === 2)).toBe(true);
  });

  it('asks for no more than a count for the whole document, spread over its pages', async () => {
    fake = await startFakeOpenAi();
    const events = await collect(fakeGenerator(fake), coursePages(4), { count: 3 });
    const questions = questionsOf(events);
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.length).toBeLessThanOrEqual(3);
    expect(new Set(questions.map((q) => q.source.page)).size).toBeGreaterThanOrEqual(2);
  });
});
