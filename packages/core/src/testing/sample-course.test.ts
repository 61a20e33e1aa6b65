import { describe, expect, it } from 'vitest';
import { makePdf } from './make-pdf.js';
import { sampleCoursePage, sampleCoursePages } from './sample-course.js';

const sentencesOf = (pages: string[][]) =>
  pages.flatMap((paragraphs) =>
    paragraphs
      .slice(1)
      .join(' ')
      .split(/(?<=[.?])\s+(?=[A-Z])/),
  );

describe('sampleCoursePages', () => {
  it('is deterministic: the same seed gives the same pages, another seed other pages', () => {
    expect(sampleCoursePages(12)).toEqual(sampleCoursePages(12));
    expect(sampleCoursePages(12, { seed: 2 })).not.toEqual(sampleCoursePages(12));
  });

  it('gives page N the same text however many pages are asked for', () => {
    expect(sampleCoursePages(40)[36]).toEqual(sampleCoursePages(37)[36]);
    expect(sampleCoursePage(37)).toEqual(sampleCoursePages(37)[36]);
  });

  it('writes educational prose with headings, named entities, numbers and dates', () => {
    const pages = sampleCoursePages(60);
    const text = pages.flat().join('\n');
    expect(pages[0]![0]).toMatch(/^Chapter 1\. \w+: /);
    expect(pages.every((p) => /^\d+\.\d /.test(p[0]!) || /^Chapter /.test(p[0]!))).toBe(true);
    expect(text).toMatch(/\b1[0-9]{3}\b/); // years
    expect(text).toMatch(/\b\d{1,3}(,\d{3})+\b/); // large numbers
    expect(text).toMatch(/ is (a|an|the) /); // definitions
    for (const subject of ['Biology', 'History', 'Physics', 'Geography', 'Chemistry', 'Astronomy']) {
      expect(text).toContain(`${subject}: `);
    }
    const words = pages.map((p) => p.join(' ').split(/\s+/).length);
    expect(Math.min(...words)).toBeGreaterThan(80);
  });

  it('varies enough over 600 pages that few sentences repeat word for word', () => {
    const sentences = sentencesOf(sampleCoursePages(600));
    const counts = new Map<string, number>();
    for (const s of sentences) counts.set(s, (counts.get(s) ?? 0) + 1);
    expect(counts.size / sentences.length).toBeGreaterThan(0.45);
    // No sentence on more than one page in twenty.
    expect(Math.max(...counts.values())).toBeLessThan(30);
  });

  it('fits every page of a 600-page course on one page of the default PDF layout', async () => {
    const pages = sampleCoursePages(600);
    await expect(makePdf({ pages })).resolves.toBeInstanceOf(Uint8Array);
  });
});
