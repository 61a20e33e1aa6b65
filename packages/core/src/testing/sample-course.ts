// Realistic course pages for fixtures and benchmarks: English educational prose about biology, history,
// physics, geography, chemistry and astronomy, with named people and places, numbers, dates and definitions.
// Deterministic: page N of a seed is always the same text, however many pages are asked for.
import { ASTRONOMY } from './course/astronomy.js';
import { BIOLOGY } from './course/biology.js';
import { CHEMISTRY } from './course/chemistry.js';
import { GEOGRAPHY } from './course/geography.js';
import { HISTORY } from './course/history.js';
import { PHYSICS } from './course/physics.js';
import type { CourseSubject, Topic } from './course/subject.js';
import { WORKED_EXAMPLES } from './course/worked-examples.js';
import { type Random, seededRandom } from './seeded-random.js';

export interface SampleCourseOptions {
  /** Different seeds give different courses (default 1). */
  seed?: number;
}

const SUBJECTS: readonly CourseSubject[] = [BIOLOGY, HISTORY, PHYSICS, GEOGRAPHY, CHEMISTRY, ASTRONOMY];
const PAGES_PER_CHAPTER = 6;
const CONNECTORS = ['In addition, ', 'Notably, ', 'It is worth remembering that ', 'Note that ', 'Importantly, '];
// Sentence openings that may be lower-cased after a connector; anything else may be a proper noun.
const COMMON_OPENINGS = new Set(
  'The A An In Its It This One Each Like Unlike With Both Do Many Most Only Air Temperature Mountain Settlements Seasonal Climbers Students Laboratory Textbooks Chemists Prices Credit Historians Light Distances Combustion Catalysts Substances Ionic Covalent Human High Red Crossing Aerobic Without Energy Pure Carbon-14 Oxygen Deuterium Under His Crowds Independence Compared Stretching Measuring By Laboratory'.split(
    ' ',
  ),
);

/**
 * `count` pages of a sample course, each an array of paragraphs (the first is the section heading), sized to
 * fit one A4 page in `makePdf`'s default layout: `makePdf({ pages: sampleCoursePages(20) })`.
 */
export function sampleCoursePages(count: number, options: SampleCourseOptions = {}): string[][] {
  return Array.from({ length: count }, (_, i) => sampleCoursePage(i + 1, options));
}

/** Page `page` (1-based) of the sample course. */
export function sampleCoursePage(page: number, { seed = 1 }: SampleCourseOptions = {}): string[] {
  const chapter = Math.floor((page - 1) / PAGES_PER_CHAPTER);
  const section = ((page - 1) % PAGES_PER_CHAPTER) + 1;
  const order = seededRandom(seed, 0x5eed).shuffle(SUBJECTS);
  const subject = order[chapter % order.length]!;
  const chapterTitle = seededRandom(seed, chapter, 0xc4a).pick(subject.chapters);
  const random = seededRandom(seed, page);
  const topics = random.shuffle(subject.topics).slice(0, random.between(3, 4));

  const paragraphs: string[] = [];
  if (section === 1) paragraphs.push(`Chapter ${chapter + 1}. ${subject.subject}: ${chapterTitle}`);
  paragraphs.push(`${chapter + 1}.${section} ${topics[0]!.name} and ${topics[1]!.name.replace(/^The /, 'the ')}`);
  for (const topic of topics) paragraphs.push(paragraphAbout(topic, random));
  const examples = WORKED_EXAMPLES[subject.subject] ?? [];
  for (let i = random.between(1, 2); i > 0 && examples.length > 0; i--) {
    paragraphs.splice(random.between(3, paragraphs.length), 0, random.pick(examples)(random));
  }
  if (random.chance(0.3)) {
    paragraphs.push(`Key terms in this section: ${topics.map((t) => t.name.replace(/^The /, '')).join(', ')}.`);
  }
  return paragraphs;
}

function paragraphAbout(topic: Topic, random: Random): string {
  const [intro, ...rest] = topic.sentences(random);
  const body = random.shuffle(rest).slice(0, random.between(Math.min(2, rest.length), rest.length));
  return [intro, ...body.map((s) => (random.chance(0.3) ? withConnector(s, random) : s))].join(' ');
}

/** Prefixes "In addition, " and the like, only to sentences whose first word may be lower-cased. */
function withConnector(sentence: string, random: Random): string {
  const first = sentence.split(' ', 1)[0]!;
  if (!COMMON_OPENINGS.has(first)) return sentence;
  return random.pick(CONNECTORS) + first.toLowerCase() + sentence.slice(first.length);
}
