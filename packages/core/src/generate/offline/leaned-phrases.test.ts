import { describe, expect, it } from 'vitest';
import { distractorsFor, leanedPhrase } from './distractors.js';
import { analyzePage, loadNlp } from './nlp.js';
import { pageContext } from './page-context.js';
import { seededRandom } from './seeded-random.js';
import type { SourceSentence } from './source-sentence.js';
import type { Term } from './term.js';
import { TermStats } from './term-stats.js';
import { sentenceTerms } from './terms.js';
import { loadWordFrequency } from './word-frequency.js';

// Sentences of an airworthiness directive (Federal Register 2020-17221, public domain; some shortened), as pages
// of a document that leans on a few phrases of its subject: "horizontal stabilizer", "control column", "manual
// flight", "physical separation", "trim inputs".
const PAGES = [
  'To warn of an impending stall, the airplane is equipped with a stick shaker, which vibrates the control column, providing tactile annunciation to the pilot. ' +
    'Pilots use pitch trim to adjust the position of the horizontal stabilizer to achieve the desired flight path. ' +
    'The speed trim system provides automatic trim inputs to the horizontal stabilizer during manual flight. ' +
    'The augmentation system is activated only during manual flight, with flaps up, when the sensors detect a high angle of attack.',
  'The original design allowed automatic trim inputs to be made without consideration of the horizontal stabilizer position. ' +
    'The revised checklist would include an explicit recall item that instructs the flightcrew to use their thumb-actuated trim switch to reduce forces on the control column. ' +
    'The checklist would also include a recall item to use the control column and thrust levers to control the pitch attitude and airspeed. ' +
    'The review revealed that the physical separation of the trim arm wiring and the trim control wiring does not meet the criteria.',
  'Certain wiring installations must have enough physical separation so that a wiring failure cannot create a hazard. ' +
    'The speed trim system will not provide automatic trim inputs when the airplane deviates from its trimmed airspeed. ' +
    'The light illuminates in flight to inform the flightcrew that the autopilot is not setting the horizontal stabilizer trim correctly. ' +
    'The changes must meet the required physical separation between the wiring bundles during manual flight.',
  'Stall warning indication is the activation of the stick shaker and other warnings. ' +
    'The revised flight control laws would use inputs from both sensors before the stick shaker is activated. ' +
    'The revised flight control laws would permit only one movement of the horizontal stabilizer per sensed event. ' +
    'An erroneous stick shaker activation may affect the ability of the flightcrew to continue safe flight. ' +
    'The flight control laws reside in software and generate commands from the control column inputs.',
  'The checklist would include a recall item to use the thrust levers to control the pitch attitude and airspeed. ' +
    'Pilots use pitch trim to achieve the desired flight path and to keep the airplane in stable flight. ' +
    'A high pitch attitude during manual flight can cause the wing to stall. ' +
    'The flightcrew was able to keep the desired flight path with the thrust levers and pitch trim. ' +
    'The pitch attitude shown to the flightcrew comes from the same sensors as the desired flight path.',
];

const times = (text: string, phrase: string) => text.toLowerCase().split(phrase.toLowerCase()).length - 1;
const head = (phrase: string) => phrase.toLowerCase().split(' ').at(-1)!.replace(/s$/u, '');

describe('phrases the document leans on', () => {
  it('are two or more lowercase words met three times or more, rarer than everyday speech, not led by a generic word', () => {
    const phrase = { display: 'horizontal stabilizer', words: 2, rarity: 0.98, count: 3 };
    expect(leanedPhrase(phrase)).toBe(true);
    expect(leanedPhrase({ ...phrase, count: 2 })).toBe(false);
    expect(leanedPhrase({ ...phrase, display: 'stabilizer', words: 1 })).toBe(false);
    expect(leanedPhrase({ display: 'safe flight', words: 2, rarity: 0.68, count: 5 })).toBe(false);
    expect(leanedPhrase({ display: 'primary goals', words: 2, rarity: 0.86, count: 4 })).toBe(false);
    expect(leanedPhrase({ display: 'default situation', words: 2, rarity: 0.9, count: 4 })).toBe(false);
    expect(leanedPhrase({ display: 'Red River', words: 2, rarity: 0.9, count: 9 })).toBe(false);
  });

  it('stand against each other as wrong choices, never a phrase met in passing or one of the same head', async () => {
    const [nlp, freq] = await Promise.all([loadNlp(), loadWordFrequency()]);
    const stats = new TermStats();
    const sentences: SourceSentence[] = [];
    PAGES.forEach((text, i) => {
      const page = analyzePage(nlp, text);
      const ctx = pageContext(page);
      const all: Term[] = [];
      for (const span of page.sentences) {
        const terms = sentenceTerms(page, span, freq, stats, ctx);
        const charStart = page.tokens[span.start]!.offset;
        const last = page.tokens[span.end]!;
        const sentence = text.slice(charStart, last.offset + last.value.length);
        sentences.push({ page: i + 1, text: sentence, charStart, terms, words: sentence.split(' ').length });
        all.push(...terms);
      }
      stats.addPage(i + 1, all);
    });
    const all = PAGES.join(' ');
    const sentence = sentences.find((s) => s.text.startsWith('The augmentation system is activated'))!;
    const answer = sentence.terms.find((t) => t.display === 'manual flight')!;
    const wrong = distractorsFor(answer, sentence, { stats, random: seededRandom(sentence.text) }, 3);
    expect(wrong.length).toBeGreaterThanOrEqual(2);
    const met = new Map(stats.pool('noun').map((e) => [e.display, e.count]));
    for (const choice of wrong) {
      // Read as a phrase three times, not only written so: "a high pitch attitude" is read once as "high pitch".
      expect(met.get(choice), choice).toBeGreaterThanOrEqual(3);
      expect(times(all, choice), choice).toBeGreaterThanOrEqual(3);
      expect(head(choice), choice).not.toBe('flight');
    }
  });
});
