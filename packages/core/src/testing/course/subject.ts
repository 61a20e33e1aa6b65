// The shape the sample course is written in: subjects made of topics, each topic able to phrase its facts in
// several ways so that hundreds of generated pages rarely repeat a sentence word for word.
import type { Random } from '../seeded-random.js';

export interface Topic {
  /** Short name, used in section headings. */
  name: string;
  /** Sentences about the topic, the first one introducing it; phrasing varies with `random`. */
  sentences(random: Random): string[];
}

export interface CourseSubject {
  /** e.g. "Geography". */
  subject: string;
  /** Chapter titles to choose from. */
  chapters: readonly string[];
  topics: readonly Topic[];
}

/** 6650 -> "6,650". */
export const num = (n: number): string => n.toLocaleString('en-US');

/** Upper-cases the first letter. */
export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Picks `count` distinct items of `items` other than `item`, for comparisons. */
export function others<T>(random: Random, items: readonly T[], item: T, count = 2): T[] {
  return random.shuffle(items.filter((x) => x !== item)).slice(0, count);
}

/** A term with its definition and further facts: the most common shape of textbook knowledge. */
export interface Concept {
  term: string;
  definition: string;
  facts: readonly string[];
}

export const conceptTopic = (c: Concept, all: readonly Concept[]): Topic => ({
  name: cap(c.term),
  sentences: (random) => [
    random.pick([
      `${cap(c.term)} is ${c.definition}.`,
      `The term ${c.term} describes ${c.definition}.`,
      `By definition, ${c.term} is ${c.definition}.`,
    ]),
    ...random.shuffle(c.facts),
    ...others(random, all, c, 1).map((o) =>
      random.pick([
        `${cap(c.term)} should not be confused with ${o.term}, which is ${o.definition}.`,
        `A common exam question asks students to compare ${c.term} with ${o.term}.`,
        `Both ${c.term} and ${o.term} appear in this unit's end-of-chapter questions.`,
      ]),
    ),
  ],
});
