import { beforeAll, describe, expect, it } from 'vitest';
import type { PageText } from '../../pdf/page-text.js';
import { GenerateOptions, type GenerateOptionsInput } from '../../schemas/options.js';
import { Question, type QuestionDraft, type QuestionType } from '../../schemas/question.js';
import type { GenerationEvent } from '../generator.js';
import { isGrounded } from '../grounding.js';
import { createOfflineGenerator, warmUpOfflineGenerator } from './offline-generator.js';
import { TEXTBOOK_PAGES, textbookPages } from './textbook-pages.fixture.js';

/** Words a blank must never be: an answer made only of these would be a giveaway or nonsense. */
const STOP_WORDS = new Set(
  'a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those he she they we you i his her their our your my me him them us which who whom what when where why how not no nor so than too very can will would should could may might must do does did has have had there here some any each every all both other such only own same few more most'.split(
    ' ',
  ),
);

async function run(
  options: GenerateOptionsInput = {},
  pages: PageText[] = textbookPages(),
  signal = new AbortController().signal,
): Promise<GenerationEvent[]> {
  const events: GenerationEvent[] = [];
  async function* source() {
    yield* pages;
  }
  for await (const e of createOfflineGenerator().generate(source(), GenerateOptions.parse(options), { signal })) {
    events.push(e);
  }
  return events;
}

function questionsOf(events: GenerationEvent[]): QuestionDraft[] {
  return events.flatMap((e) => (e.kind === 'question' ? [e.question] : []));
}

const ALL_TYPES: QuestionType[] = ['multiple_choice', 'true_false', 'short_answer', 'multi_select'];

describe('offline generator', () => {
  let all: QuestionDraft[];

  beforeAll(async () => {
    await warmUpOfflineGenerator();
    all = [
      ...questionsOf(await run({ questionsPerPage: 5, types: ALL_TYPES })),
      ...questionsOf(await run({ questionsPerPage: 10, types: ['multiple_choice'] })),
      ...questionsOf(await run({ questionsPerPage: 10, types: ['true_false'] })),
      ...questionsOf(await run({ questionsPerPage: 10, types: ['short_answer'] })),
    ];
  });

  it('is named "offline"', () => {
    expect(createOfflineGenerator().name).toBe('offline');
  });

  it('makes questions that validate against the Question schema', () => {
    expect(all.length).toBeGreaterThan(30);
    for (const q of all) {
      const parsed = Question.safeParse({ ...q, id: 'q-test' });
      expect(parsed.success, `${JSON.stringify(q)}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('quotes the full source sentence verbatim from its page, and explains with it', () => {
    for (const q of all) {
      const page = TEXTBOOK_PAGES[q.source.page - 1]!;
      expect(page.includes(q.source.quote), q.source.quote).toBe(true);
      expect(isGrounded(q.source.quote, page)).toBe(true);
      expect(q.source.quote).toMatch(/^[A-Z0-9"].*[.!]$/);
      expect(q.explanation).toContain(`"${q.source.quote}"`);
      expect(q.explanation).toContain(`page ${q.source.page}`);
    }
  });

  it('explains a false statement with the true fact: the term the text says, not the one swapped in', () => {
    const lies = all.filter((q) => q.type === 'true_false' && q.answer[0] === 'False');
    expect(lies.length).toBeGreaterThan(0);
    for (const q of lies) {
      const m = /^False: the text says “(.+)”, not “(.+)”\./.exec(q.explanation);
      expect(m, q.explanation).not.toBeNull();
      expect(q.source.quote).toContain(m![1]);
      expect(q.prompt.toLowerCase()).toContain(m![2]!.toLowerCase());
    }
  });

  it('never blanks a stop word, pronoun or determiner', () => {
    for (const q of all.filter((q) => q.type !== 'true_false')) {
      expect(q.prompt).toContain('____');
      for (const answer of q.answer) {
        const words = answer.toLowerCase().split(/\s+/);
        expect(
          words.every((w) => STOP_WORDS.has(w)),
          `${q.prompt} -> ${answer}`,
        ).toBe(false);
      }
      expect(STOP_WORDS.has(q.answer[0]!.toLowerCase())).toBe(false);
    }
  });

  it('gives multiple-choice questions 3 or 4 distinct choices, none equal to the answer but the answer', () => {
    const mc = all.filter((q) => q.type === 'multiple_choice');
    expect(mc.length).toBeGreaterThan(10);
    for (const q of mc) {
      expect(q.choices.length).toBeGreaterThanOrEqual(3);
      expect(q.choices.length).toBeLessThanOrEqual(4);
      const normalized = q.choices.map((c) => c.trim().replace(/\s+/g, ' ').toLowerCase());
      expect(new Set(normalized).size).toBe(q.choices.length);
      const answer = q.answer[0]!.toLowerCase();
      expect(normalized.filter((c) => c === answer)).toHaveLength(1);
    }
  });

  it('gives numeric answers numeric distractors', () => {
    const numeric = all.filter(
      (q) => q.type === 'multiple_choice' && /^[$£€]?\d[\d,.]*(?: \w+illion)?%?$/.test(q.answer[0]!),
    );
    expect(numeric.length).toBeGreaterThan(0);
    for (const q of numeric) {
      for (const c of q.choices) expect(c, q.prompt).toMatch(/^[$£€]?\d[\d,.]*(?: \w+illion)?%?$/);
    }
  });

  it('gives multi-select questions several right and at least two wrong choices', () => {
    const ms = all.filter((q) => q.type === 'multi_select');
    expect(ms.length).toBeGreaterThan(0);
    for (const q of ms) {
      expect(q.answer.length).toBeGreaterThanOrEqual(2);
      expect(q.choices.length - q.answer.length).toBeGreaterThanOrEqual(2);
      for (const a of q.answer) expect(q.source.quote).toContain(a);
    }
  });

  it('makes both true and false statements, and a false one differs from its quote', () => {
    const tf = all.filter((q) => q.type === 'true_false');
    const truths = tf.filter((q) => q.answer[0] === 'True');
    const lies = tf.filter((q) => q.answer[0] === 'False');
    expect(truths.length).toBeGreaterThan(2);
    expect(lies.length).toBeGreaterThan(2);
    // A true statement is its quote, at most with a person's full name written out ("Maximilien Robespierre").
    const words = (text: string) => text.split(/\s+/u);
    for (const q of truths) {
      const said = words(q.prompt.replace(/^True or false: /u, ''));
      const quoted = words(q.source.quote);
      expect(said.filter((w) => quoted.includes(w))).toEqual(quoted);
      for (const added of said.filter((w) => !quoted.includes(w))) expect(added).toMatch(/^\p{Lu}\p{Ll}+$/u);
    }
    for (const q of lies) expect(q.prompt).not.toBe(`True or false: ${q.source.quote}`);
  });

  it('never asks the same question twice in a quiz', async () => {
    const quiz = questionsOf(await run({ questionsPerPage: 10, types: ALL_TYPES }));
    const prompts = quiz.map((q) => q.prompt.toLowerCase());
    expect(new Set(prompts).size).toBe(prompts.length);
    const sentenceAnswers = quiz.map((q) => `${q.source.quote}|${q.answer[0]}`);
    expect(new Set(sentenceAnswers).size).toBe(sentenceAnswers.length);
  });

  it.each([1, 2, 3])('makes at most %i question(s) per page', async (questionsPerPage) => {
    const quiz = questionsOf(await run({ questionsPerPage, types: ALL_TYPES }));
    for (let page = 1; page <= TEXTBOOK_PAGES.length; page++) {
      const count = quiz.filter((q) => q.source.page === page).length;
      expect(count).toBeLessThanOrEqual(questionsPerPage);
      expect(count).toBeGreaterThan(0);
    }
  });

  it('only makes the requested types, mixing them across the document', async () => {
    const quiz = questionsOf(await run({ questionsPerPage: 3, types: ['true_false', 'short_answer'] }));
    expect(new Set(quiz.map((q) => q.type))).toEqual(new Set(['true_false', 'short_answer']));
    const mixed = questionsOf(
      await run({ questionsPerPage: 3, types: ['multiple_choice', 'true_false', 'short_answer'] }),
    );
    const counts = ['multiple_choice', 'true_false', 'short_answer'].map(
      (t) => mixed.filter((q) => q.type === t).length,
    );
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(2);
  });

  it('prefers the difficulty asked for', async () => {
    const share = (qs: QuestionDraft[], d: string) => qs.filter((q) => q.difficulty === d).length / qs.length;
    const mixed = questionsOf(await run({ questionsPerPage: 3 }));
    for (const difficulty of ['easy', 'hard'] as const) {
      const quiz = questionsOf(await run({ questionsPerPage: 3, difficulty }));
      expect(share(quiz, difficulty)).toBeGreaterThan(share(mixed, difficulty));
    }
  });

  it('yields page-done for every page, after that page’s questions', async () => {
    const events = await run({ questionsPerPage: 2 });
    const done = events.filter((e) => e.kind === 'page-done').map((e) => (e.kind === 'page-done' ? e.page : 0));
    expect(done).toEqual([1, 2, 3, 4]);
    let current = 1;
    for (const e of events) {
      if (e.kind === 'question') expect(e.question.source.page).toBe(current);
      if (e.kind === 'page-done') current++;
    }
  });

  it('warns about blank, scant and gibberish pages, and once about the plainer questions of other languages', async () => {
    const french =
      "La cellule est l'unité de base de la vie. Les mitochondries produisent l'énergie de la cellule et les chloroplastes font la photosynthèse dans les plantes. " +
      'Le naturaliste anglais Robert Hooke a décrit les cellules du liège en 1665 dans son livre Micrographia.';
    const pages: PageText[] = [
      { page: 1, totalPages: 6, text: '' },
      { page: 2, totalPages: 6, text: 'Figure 3' },
      { page: 3, totalPages: 6, text: 'xq zvbk plmn qrtz wkdj fghl mnbv cxzq lkjh poiu ytre wqas dfgh jklm' },
      { page: 4, totalPages: 6, text: french },
      {
        page: 5,
        totalPages: 6,
        text: '細胞は生命の基本単位である。国立遺伝学研究所は1949年に静岡県三島市に設立された。',
      },
      { page: 6, totalPages: 6, text: TEXTBOOK_PAGES[0]! },
    ];
    const events = await run({ questionsPerPage: 2 }, pages);
    const warnings = events.flatMap((e) => (e.kind === 'warning' ? [[e.page, e.code]] : []));
    expect(warnings).toEqual([
      [1, 'no_text'],
      [2, 'too_little_text'],
      [3, 'too_little_text'],
      [4, 'limited_language'],
    ]);
    expect(events.filter((e) => e.kind === 'page-done')).toHaveLength(6);
    const pagesAsked = questionsOf(events).map((q) => q.source.page);
    expect(new Set(pagesAsked)).toEqual(new Set([4, 5, 6]));
    expect(pagesAsked.filter((p) => p === 6)).toHaveLength(2);
    for (const q of questionsOf(events)) expect(pages[q.source.page - 1]!.text).toContain(q.source.quote);
  });

  it('says a page in a language it writes questions in had nothing to ask, not that its language is unsupported', async () => {
    // A slide in German: a title and one line, no sentence that makes a question.
    const slide = 'Zusammenfassung der Vorlesung\n• Wir haben keine Ahnung, was der Text bedeutet, und das ist gut so.';
    const events = await run({}, [{ page: 1, totalPages: 1, text: slide }]);
    expect(events.filter((e) => e.kind === 'warning')).toEqual([]);
    expect(events.find((e) => e.kind === 'page-done')).toMatchObject({
      note: 'Page 1: no sentence there makes a fair question.',
    });
  });

  it('still warns that a page is not in English when no type it can make in other languages is asked for', async () => {
    const russian = 'Волга — самая длинная река Европы, её длина около 3530 километров.';
    const events = await run({ types: ['multi_select'] }, [{ page: 1, totalPages: 1, text: russian }]);
    expect(events.flatMap((e) => (e.kind === 'warning' ? [e.code] : []))).toEqual(['unsupported_language']);
    // Not "only English": Russian is written in, multi-select questions are what cannot be.
    const warning = events.find((e) => e.kind === 'warning');
    expect(warning?.kind === 'warning' && warning.message).toMatch(/cannot write the asked-for question types/);
    expect(questionsOf(events)).toEqual([]);
  });

  it('yields the first question before pulling the next page', async () => {
    const pulls: number[] = [];
    async function* source() {
      for (const p of textbookPages()) {
        pulls.push(p.page);
        yield p;
      }
    }
    const signal = new AbortController().signal;
    for await (const e of createOfflineGenerator().generate(source(), GenerateOptions.parse({}), { signal })) {
      if (e.kind === 'question') {
        expect(pulls).toEqual([1]);
        break;
      }
    }
  });

  it('stops when aborted, between questions and while waiting for a page', async () => {
    const controller = new AbortController();
    const seen: GenerationEvent[] = [];
    for await (const e of createOfflineGenerator().generate(
      (async function* () {
        yield* textbookPages();
      })(),
      GenerateOptions.parse({ questionsPerPage: 5 }),
      { signal: controller.signal },
    )) {
      seen.push(e);
      if (e.kind === 'question') controller.abort();
    }
    expect(seen).toHaveLength(1);

    const waiting = new AbortController();
    const never = (async function* () {
      yield textbookPages()[0]!;
      await new Promise(() => {});
    })();
    const events: GenerationEvent[] = [];
    const done = (async () => {
      for await (const e of createOfflineGenerator().generate(never, GenerateOptions.parse({}), {
        signal: waiting.signal,
      })) {
        events.push(e);
        if (e.kind === 'page-done') setTimeout(() => waiting.abort(), 10);
      }
    })();
    await done;
    expect(events.at(-1)).toEqual({ kind: 'page-done', page: 1 });
  });

  it('gives the same quiz for the same document and options', async () => {
    const a = questionsOf(await run({ questionsPerPage: 3, types: ALL_TYPES }));
    const b = questionsOf(await run({ questionsPerPage: 3, types: ALL_TYPES }));
    expect(b).toEqual(a);
  });
});

describe('true/false statements worth judging', () => {
  // Sentences of Wikipedia's article on artificial intelligence, several pages' worth, so keys can alternate.
  const SENTENCES = [
    'By 1985, the market for AI had reached over a billion dollars in the United States.',
    'Robot designer Hans Moravec, cyberneticist Kevin Warwick and inventor Ray Kurzweil have predicted that humans and machines may merge.',
    'AdSense uses a Bayesian network with over 300 million edges to learn which ads to serve.',
    'For biological creatures, reason and purpose come from acting in the world and experiencing the consequences.',
    'The first global AI Safety Summit was held in the United Kingdom in November 2023.',
    'Alan Turing proposed the imitation game in his 1950 paper on computing machinery and intelligence.',
    'John McCarthy coined the term artificial intelligence for the Dartmouth workshop in 1956.',
    'Deep learning began to dominate industry benchmarks in 2012 and was adopted throughout the field.',
    'Geoffrey Hinton left Google in May 2023 to speak freely about the risks of artificial intelligence.',
    'Machine learning algorithms require large amounts of data to learn patterns that generalize well.',
  ];
  const pages: PageText[] = [0, 1].map((i) => ({
    page: i + 1,
    totalPages: 2,
    text: SENTENCES.slice(i * 5, i * 5 + 5).join(' '),
  }));

  it('never swaps a bound, a count, or one name of a list, and states as true only claims about names or dates', async () => {
    const events = await run({ types: ['true_false'], questionsPerPage: 5 }, pages);
    const tf = questionsOf(events);
    expect(tf.length).toBeGreaterThanOrEqual(3);
    let years = 0;
    for (const q of tf) {
      const statement = q.prompt.replace(/^True or false: /, '');
      // A remark about nothing named, and a count (true or swapped), are not worth judging.
      expect(q.source.quote).not.toMatch(/^For biological creatures|^Machine learning algorithms|^AdSense/);
      if (q.answer[0] === 'True') continue;
      const quote = q.source.quote.split(' ');
      const said = statement.split(' ');
      const changed = said.filter((w, i) => w !== quote[i]);
      // What was swapped: never the year after "By", the count of edges, or a futurist of the list.
      expect(q.source.quote.startsWith('By 1985') && !statement.includes('By 1985')).toBe(false);
      expect(q.source.quote.includes('300 million') && !statement.includes('300 million')).toBe(false);
      expect(q.source.quote.includes('Hans Moravec') && !statement.includes('Hans Moravec')).toBe(false);
      expect(changed.length).toBeGreaterThan(0);
      // A swapped year is plainly false and still of the era: three to six years off.
      for (const w of changed.filter((c) => /^\d{4}\W?$/.test(c))) {
        const off = Math.abs(Number.parseInt(w, 10) - Number.parseInt(quote[said.indexOf(w)]!, 10));
        expect(off, statement).toBeGreaterThanOrEqual(3);
        expect(off, statement).toBeLessThanOrEqual(6);
        years++;
      }
    }
    expect(years).toBeGreaterThan(0);
  });
});

describe('one question per fact', () => {
  it('does not ask again about a name and a date already asked about, in other words', async () => {
    const pages: PageText[] = [
      {
        page: 1,
        totalPages: 2,
        text: 'Debian 11 Bullseye was released on August 14, 2021 after two years of development by volunteers.',
      },
      {
        page: 2,
        totalPages: 2,
        text: 'The Bullseye release of Debian came out in August 2021 with support for the exFAT file system.',
      },
    ];
    const questions = questionsOf(
      await run({ questionsPerPage: 1, types: ['multiple_choice', 'short_answer'] }, pages),
    );
    expect(questions.length).toBe(1);
  });
});

describe('blanks a student can fill', () => {
  it('blanks no item of a list, no name in capitals, and asks no acronym to be written', async () => {
    const page: PageText = {
      page: 1,
      totalPages: 1,
      text: [
        'Active organizations in the AI open-source community include Hugging Face, Google, EleutherAI and Meta.',
        'JUSTICE SOTOMAYOR delivered the opinion of the Court in the water rights case.',
        'Since operators incorporate MEL changes for their affected fleets, the FAA estimates costs per operator.',
        'The Oklahoma Water Resources Board (OWRB) reviews every permit to use water outside the State.',
      ].join(' '),
    };
    const questions = questionsOf(
      await run({ questionsPerPage: 4, types: ['short_answer', 'multiple_choice'] }, [page]),
    );
    for (const q of questions) {
      expect(q.answer).not.toContain('Google');
      expect(q.answer).not.toContain('SOTOMAYOR');
      if (q.type === 'short_answer') for (const a of q.answer) expect(a).not.toMatch(/^[A-Z]{2,5}$/);
    }
  });
});

// Sentences from Wikipedia (artificial intelligence, economics) and the textbook fixture.
describe('what a defined word is worth', () => {
  it('asks a common word only stated as what it is, a rarer one said anything of', async () => {
    const text = [
      'The cell is the basic unit of life in every organism that biologists have studied.',
      'Research is targeting intelligence collection and analysis, logistics and cyber operations.',
      'Finance is one of the fastest growing sectors where applied AI tools are being deployed.',
      'Microeconomics analyzes basic elements in the economy, including individual agents and markets.',
    ].join(' ');
    const asked = questionsOf(
      await run({ questionsPerPage: 10, types: ['multiple_choice', 'short_answer'] }, [
        { page: 1, totalPages: 1, text },
      ]),
    ).flatMap((q) => q.answer.map((a) => a.toLowerCase()));
    expect(asked).not.toContain('research');
    expect(asked).not.toContain('finance');
    expect(asked).toEqual(expect.arrayContaining(['cell', 'microeconomics']));
  });
});

describe('what a manual describes', () => {
  it('asks no everyday word under "the" said to be a something: it is a part of what the text was describing', async () => {
    // The gnuplot manual, describing the arguments of "set label" and the financebars style.
    const text = [
      'The tag is an integer that is used to identify the label in later commands.',
      'The symbol is a rectangular box, centered horizontally at the x coordinate of the bar.',
      'A statement is a syntactically correct collection of tokens in the language.',
      'A second effort is the port of the whole distribution to a BSD kernel.',
      'Sobald das Paket entfernt wurde, sollten die Fehler des Pakets geschlossen werden.',
    ].join(' ');
    const asked = questionsOf(
      await run({ questionsPerPage: 10, types: ['multiple_choice', 'short_answer'] }, [
        { page: 1, totalPages: 1, text },
      ]),
    ).flatMap((q) => q.answer.map((a) => a.toLowerCase()));
    expect(asked).not.toContain('tag');
    expect(asked).not.toContain('symbol');
    expect(asked).not.toContain('effort');
    expect(asked).not.toContain('sobald');
    expect(asked).toContain('statement');
  });

  it('asks which program does what, among the other programs the manual names with their section', async () => {
    // A command summary (its programs are wrong choices), then sentences of manuals.
    const summary = 'dpkg(1) dpkg-deb(1) apt-get(8) apt-cache(8) aptitude(8) script(1) head(1) tail(1) less(1)';
    const text = [
      'The less(1) pager shows a text file one screen at a time and lets the reader move back as well as forward.',
      'The tail(1) program prints the last part of each file it is given on its standard output.',
      'For details, read the manual page dpkg-deb(1) and the files it installs on the system.',
    ].join(' ');
    const asked = questionsOf(
      await run({ questionsPerPage: 5, types: ['multiple_choice'] }, [
        { page: 1, totalPages: 2, text: summary },
        { page: 2, totalPages: 2, text },
      ]),
    ).filter((q) => q.source.page === 2);
    expect(asked.map((q) => q.answer[0]).sort()).toEqual(['less', 'tail']);
    for (const q of asked) {
      expect(q.prompt).toMatch(/^Fill in the blank: The ____ (?:program|pager) /u);
      expect(q.choices).toHaveLength(4);
      for (const c of q.choices) expect(summary).toContain(`${c}(`);
    }
  });

  it('asks which file a sentence speaks of, among the other files the manual names, and nothing else of it', async () => {
    // A table of the files of /etc, then sentences of a manual.
    const table = '/etc/fstab /etc/crypttab /etc/hostname /etc/hosts /etc/passwd /etc/group /etc/shadow end';
    const text = [
      'The static file system configuration of the system is given by /etc/fstab at boot time.',
      'The system unit reads the name of the machine from /etc/hostname when the system boots.',
    ].join(' ');
    const asked = questionsOf(
      await run({ questionsPerPage: 5, types: ['multiple_choice', 'true_false', 'short_answer'] }, [
        { page: 1, totalPages: 2, text: table },
        { page: 2, totalPages: 2, text },
      ]),
    ).filter((q) => q.source.page === 2);
    expect(asked.map((q) => q.answer[0]).sort()).toEqual(['/etc/fstab', '/etc/hostname']);
    for (const q of asked) {
      // A path in the stem is markup: the sentence serves only to ask for it.
      expect(q.type).toBe('multiple_choice');
      expect(q.prompt).not.toMatch(/\/etc\//u);
      expect(q.choices).toHaveLength(4);
      for (const c of q.choices) expect(table.split(' ')).toContain(c);
    }
  });
});

// Sentences from Wikipedia's article on artificial intelligence.
describe('people a stem names', () => {
  it('gives a surname the full name the document gave', async () => {
    const text = [
      'In 1965 Herbert Simon predicted that machines would be capable of doing any work a man can do within twenty years.',
      'In 1978, Simon received the Nobel Memorial Prize in Economic Sciences for his research on decision-making.',
    ].join(' ');
    const questions = questionsOf(
      await run({ questionsPerPage: 10, types: ['multiple_choice', 'true_false', 'short_answer'] }, [
        { page: 1, totalPages: 1, text },
      ]),
    );
    const later = questions.filter(
      (q) => q.source.quote.startsWith('In 1978') && !q.answer.some((a) => /Simon/.test(a)),
    );
    expect(later.length).toBeGreaterThan(0);
    for (const q of later) expect(q.prompt).toContain('Herbert Simon received');
  });

  it('skips a sentence about a person the document never named in full', async () => {
    const text =
      'In 2019, Kasparov said that the rematch against the computer in New York had been a turning point for chess programs.';
    const questions = questionsOf(await run({ questionsPerPage: 10 }, [{ page: 1, totalPages: 1, text }]));
    expect(questions).toEqual([]);
  });
});

// Sentences from Wikipedia's article on artificial intelligence.
describe('dates and names worth a question', () => {
  it('does not ask when something was said, and offers no wrong names it cannot tell the kind of', async () => {
    const text = [
      'The Economist stated in 2015 that the worry that AI could do to white-collar jobs what steam power did to blue-collar ones was worth taking seriously.',
      'Critics argued in 2018 that granting rights to AI systems would downplay the importance of human rights.',
      'In 2016, Julia Angwin at ProPublica discovered that COMPAS exhibited racial bias against the defendants it scored.',
      'In the late 2010s, graphics processing units used with specialized TensorFlow software replaced central processing units for training.',
      'YouTube, TikTok and ChatGPT reached hundreds of millions of users within a few years of their launch.',
      'GPT-3 is a large language model that was released in 2020 by OpenAI and is capable of generating human-like text.',
    ].join(' ');
    const questions = questionsOf(
      await run({ questionsPerPage: 10, types: ['multiple_choice', 'true_false', 'short_answer'] }, [
        { page: 1, totalPages: 1, text },
      ]),
    );
    expect(questions.some((q) => q.source.quote.startsWith('GPT-3'))).toBe(true);
    for (const q of questions) {
      if (/stated in 2015|argued in 2018/.test(q.source.quote))
        expect(q.answer).not.toEqual(expect.arrayContaining([expect.stringMatching(/^20\d\d$/)]));
      if (q.type === 'multiple_choice')
        for (const c of q.choices) expect(['YouTube', 'TikTok', 'ChatGPT']).not.toContain(c);
      if (q.type === 'true_false' && q.answer[0] === 'False')
        expect(q.source.quote).not.toMatch(/stated in 2015|argued in 2018/);
    }
  });
});

// Sentences from the Debian project's history (English and Spanish pages) and a history of France.
describe('deaths', () => {
  it('asks about the death of someone the document comes back to, not of someone named once', async () => {
    const napoleon = [
      'Napoleon Bonaparte crowned himself Emperor of the French in Notre-Dame de Paris in December 1804.',
      'Napoleon Bonaparte invaded Russia in 1812 with an army of more than four hundred thousand soldiers.',
      'Napoleon Bonaparte was defeated by Wellington and Blücher at the Battle of Waterloo in June 1815.',
      'Napoleon Bonaparte died in exile on the island of Saint Helena in the South Atlantic in 1821.',
    ].join(' ');
    const memorial =
      'On July 11th, 2000, Joel Klecker, who was also known as Espy, passed away at 21 years of age after a long illness.';
    const spanish =
      'El 21 de julio de 2002, Martin Butterweck, también conocido como blendi, falleció tras luchar contra la leucemia.';
    const questions = questionsOf(
      await run({ questionsPerPage: 10, types: ['multiple_choice', 'true_false', 'short_answer'] }, [
        { page: 1, totalPages: 3, text: napoleon },
        { page: 2, totalPages: 3, text: memorial },
        { page: 3, totalPages: 3, text: spanish },
      ]),
    );
    expect(questions.some((q) => q.source.quote.includes('Saint Helena'))).toBe(true);
    expect(questions.filter((q) => q.source.page > 1).map((q) => q.prompt)).toEqual([]);
  });
});

describe('denials', () => {
  it('makes a false statement of a denial by taking its negation out, and keeps remarks with no term out', async () => {
    // A Supreme Court syllabus and a clinical review: no year, date or person to swap, but what the documents
    // deny is worth judging.
    const text = [
      'The Red River Compact allocates water rights within the Red River basin among four States.',
      'The Red River Compact does not pre-empt the Oklahoma water statutes.',
      'The Oklahoma water statutes also do not run afoul of the Commerce Clause.',
      'Mechanical compression devices should not be used as the initial choice for thromboprophylaxis.',
      'Retrievable vena cava filters are not used for primary thromboprophylaxis in trauma patients.',
      'The essential parts of civilization are not physical.',
    ].join(' ');
    const pages: PageText[] = [1, 2].map((page) => ({ page, totalPages: 2, text }));
    const tf = questionsOf(await run({ types: ['true_false'], questionsPerPage: 4 }, pages));
    const falses = tf.filter((q) => q.answer[0] === 'False');
    expect(falses.length).toBeGreaterThanOrEqual(1);
    for (const q of falses) {
      const statement = q.prompt.replace(/^True or false: /, '');
      expect(statement).not.toMatch(/\bnot\b/);
      expect(q.source.quote).toMatch(/\bnot\b/);
      expect(q.explanation).toMatch(/the text says the opposite \(“(?:does not|do not|should not|are not)”\)/);
    }
    const opposite: Record<string, string> = {
      'The Red River Compact does not pre-empt the Oklahoma water statutes.':
        'The Red River Compact pre-empts the Oklahoma water statutes.',
      'The Oklahoma water statutes also do not run afoul of the Commerce Clause.':
        'The Oklahoma water statutes also run afoul of the Commerce Clause.',
      'Mechanical compression devices should not be used as the initial choice for thromboprophylaxis.':
        'Mechanical compression devices should be used as the initial choice for thromboprophylaxis.',
      'Retrievable vena cava filters are not used for primary thromboprophylaxis in trauma patients.':
        'Retrievable vena cava filters are used for primary thromboprophylaxis in trauma patients.',
    };
    for (const q of falses) expect(q.prompt).toBe(`True or false: ${opposite[q.source.quote]}`);
    for (const q of tf) expect(q.source.quote).not.toMatch(/^The essential parts/);
  });
});

describe('years worth asking', () => {
  it('asks the year of something founded, released or first done, never that of a passing event', async () => {
    // Wikipedia's article on artificial intelligence: readers rejected the year of a news item as trivia.
    const text = [
      'GPT-3 is a large language model that was released in 2020 by OpenAI and is capable of generating text.',
      "In 2024, researchers used machine learning to accelerate the search for Parkinson's disease drug treatments.",
      'The field of machine ethics was founded at an AAAI symposium in 2005 by several researchers.',
      'In 2021, an artificial intelligence agent competed in a PlayStation Gran Turismo competition against drivers.',
    ].join(' ');
    const pages: PageText[] = [1, 2].map((page) => ({ page, totalPages: 2, text }));
    const questions = questionsOf(
      await run({ questionsPerPage: 4, types: ['multiple_choice', 'true_false', 'short_answer'] }, pages),
    );
    const years = questions.filter((q) => q.answer.some((a) => /^\d{4}$/.test(a)) || q.type === 'true_false');
    expect(years.length).toBeGreaterThan(0);
    for (const q of years) expect(q.source.quote).not.toMatch(/^In 2024, researchers|^In 2021, an artificial/);
    expect(questions.some((q) => q.answer.includes('2020') || q.answer.includes('2005'))).toBe(true);
  });
});

describe("the document's subject", () => {
  it('is, once pages show it, neither asked nor offered as a wrong choice: every reader knows it', async () => {
    // An excerpt of Wikipedia's article on economics: "economics" on every page. Pages come one at a time, so
    // the first page cannot know it is the subject; from the pages after, it is known.
    const pages: PageText[] = [
      'Microeconomics analyzes basic elements in the economy, including individual agents and markets. Students of economics learn early how markets set prices.',
      'Econometrics applies statistical methods to economic data in order to give empirical content to economic relationships. Courses in economics often begin with supply and demand.',
      'Economics is commonly defined as the study of the choices people make under conditions of scarcity. Macroeconomics analyzes the economy as a system where production, consumption and investment interact.',
    ].map((text, i) => ({ page: i + 1, totalPages: 3, text }));
    const questions = questionsOf(
      await run({ questionsPerPage: 3, types: ['multiple_choice', 'short_answer'] }, pages),
    );
    const later = questions.filter((q) => q.source.page === 3);
    expect(later.length).toBeGreaterThan(0);
    for (const q of later) {
      expect(q.answer.map((a) => a.toLowerCase())).not.toContain('economics');
      expect(q.choices.map((c) => c.toLowerCase())).not.toContain('economics');
    }
  });
});

describe('a term to write', () => {
  it('is asked from a sentence that says what it is, not from one that says what it affects or may do', async () => {
    // The gnuplot manual: options described by what they do; a term defined.
    const text = [
      'Jitter affects 2D plot styles with points and with impulses.',
      'Autoscaling may be set individually on the x, y or z axis or globally on all axes.',
      'Multiplot is implemented in two different ways on the terminals.',
      'An isoline is a curve parameterized by one of the surface parameters while the other is fixed.',
    ].join(' ');
    const asked = questionsOf(
      await run({ questionsPerPage: 10, types: ['short_answer'] }, [{ page: 1, totalPages: 1, text }]),
    ).flatMap((q) => q.answer.map((a) => a.toLowerCase()));
    expect(asked).toContain('isoline');
    for (const word of ['jitter', 'autoscaling', 'multiplot']) expect(asked).not.toContain(word);
  });
});

describe('a term among choices', () => {
  it('is one its sentence says what it is of, or what it is used for; what it affects or allows is no such term', async () => {
    // The gnuplot manual and the Wikipedia article on artificial intelligence.
    const text = [
      'An isoline is a curve parameterized by one of the surface parameters.',
      'A linestyle is a temporary association of properties linecolor and linewidth.',
      'A margin is the distance between the plot border and the outer edge of the canvas.',
      'Jitter affects 2D plot styles with points and with impulses.',
      'Antialiasing allows to display non-horizontal and non-vertical lines smoother.',
      'Transparency requires support by Ghostscript or conversion to PDF.',
      'Oversampling is used for drawing lines at fractional pixel positions.',
    ].join(' ');
    const questions = questionsOf(
      await run({ questionsPerPage: 10, types: ['multiple_choice'] }, [{ page: 1, totalPages: 1, text }]),
    );
    const asked = questions.flatMap((q) => q.answer.map((a) => a.toLowerCase()));
    expect(asked).toContain('oversampling');
    const offered = questions.flatMap((q) => q.choices.map((c) => c.toLowerCase()));
    for (const word of ['jitter', 'antialiasing', 'transparency']) {
      expect(asked).not.toContain(word);
      expect(offered).not.toContain(word);
    }
  });
});

describe('the section a sentence needs', () => {
  it('names the section of its page when a manual sentence names nothing itself', async () => {
    // The gnuplot manual: each terminal has its section, and its sentences do not repeat the terminal's name.
    const text =
      'Caca\nThe caca terminal draws plots with coloured characters in a text console window. ' +
      'Rotated enhanced text, and transparency are not supported by the terminal driver at all. ' +
      'The default font size of the terminal driver is chosen by the console window itself.';
    const pages: PageText[] = [1, 2].map((page) => ({
      page,
      totalPages: 2,
      text,
      blocks: [
        { start: 0, end: 4, role: 'heading' as const },
        { start: 5, end: text.length, role: 'body' as const },
      ],
    }));
    const tf = questionsOf(await run({ types: ['true_false'], questionsPerPage: 2 }, pages));
    const rotated = tf.filter((q) => q.source.quote.startsWith('Rotated'));
    expect(rotated.length).toBeGreaterThan(0);
    for (const q of rotated) expect(q.prompt).toMatch(/^True or false \(about “Caca”\): Rotated enhanced text/);
    // A sentence that names its subject needs no section.
    for (const q of tf.filter((q) => q.source.quote.startsWith('The caca terminal')))
      expect(q.prompt).not.toMatch(/about/);
  });

  it('carries the section over a page break when the next page names it again, and only then', async () => {
    const first = 'Caca\nThe caca terminal draws plots with coloured characters in a text console window.';
    const on = (text: string): PageText => ({
      page: 2,
      totalPages: 3,
      text,
      blocks: [{ start: 0, end: text.length, role: 'body' as const }],
    });
    const second =
      'The caca terminal supports mouse interaction in most console windows. ' +
      'Rotated enhanced text, and transparency are not supported by the terminal driver at all.';
    const other =
      'Mouse interaction works in most console windows of the system. ' +
      'Rotated enhanced text, and transparency are not supported by the terminal driver at all.';
    const pages = (next: string): PageText[] => [
      {
        page: 1,
        totalPages: 3,
        text: first,
        blocks: [
          { start: 0, end: 4, role: 'heading' as const },
          { start: 5, end: first.length, role: 'body' as const },
        ],
      },
      on(next),
    ];
    const rotated = async (next: string) =>
      questionsOf(await run({ types: ['true_false'], questionsPerPage: 2 }, pages(next))).filter(
        (q) => q.source.page === 2 && q.source.quote.startsWith('Rotated'),
      );
    const named = await rotated(second);
    expect(named.length).toBeGreaterThan(0);
    for (const q of named) expect(q.prompt).toMatch(/^True or false \(about “Caca”\): Rotated/);
    const unnamed = await rotated(other);
    expect(unnamed.length).toBeGreaterThan(0);
    for (const q of unnamed) expect(q.prompt).not.toMatch(/about/);
  });
});

describe('the subject the title page names', () => {
  it('is never the answer, even on the first page, before the text has repeated it', async () => {
    // The first page of the gnuplot manual: its title page, then what gnuplot is.
    const title = 'gnuplot 5.4\nAn Interactive Plotting Program';
    const body =
      'Gnuplot is a portable command-line driven graphing utility for Linux, OS/2, MS Windows, OSX, VMS, and many ' +
      'other platforms. The source code is copyrighted but freely distributed. It was originally created to allow ' +
      'scientists and students to visualize mathematical functions and data interactively.';
    const text = `${title}\n${body}`;
    const page = (blocks: PageText['blocks']): PageText[] => [{ page: 1, totalPages: 1, text, blocks }];
    const asked = async (blocks: PageText['blocks']) =>
      questionsOf(await run({ questionsPerPage: 5, types: ['short_answer', 'multiple_choice'] }, page(blocks)));
    const titled = await asked([
      { start: 0, end: title.length, role: 'front_matter' },
      { start: title.length + 1, end: text.length, role: 'body' },
    ]);
    for (const q of titled) for (const a of q.answer) expect(a.toLowerCase()).not.toBe('gnuplot');
    // The same page with its title read as body text: nothing tells gnuplot is the subject, and it is asked.
    const untitled = await asked([{ start: 0, end: text.length, role: 'body' }]);
    expect(untitled.some((q) => q.answer.some((a) => a.toLowerCase() === 'gnuplot'))).toBe(true);
  });
  it('names the program a manual is about in a prompt whose sentence does not', async () => {
    // Sentences of the gnuplot manual under its title page.
    const title = 'gnuplot 5.4\nAn Interactive Plotting Program';
    const body =
      'The margin is the distance between the plot border and the outer edge of the canvas in every terminal. ' +
      'The isoline is a curve parameterized by one of the surface parameters while the other one is fixed. ' +
      'Gnuplot was originally created to allow scientists to visualize mathematical functions in 1986.';
    const text = `${title}\n${body}`;
    const blocks: PageText['blocks'] = [
      { start: 0, end: title.length, role: 'front_matter' },
      { start: title.length + 1, end: text.length, role: 'body' },
    ];
    const questions = questionsOf(await run({ questionsPerPage: 5 }, [{ page: 1, totalPages: 1, text, blocks }]));
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) {
      // "The margin is ... in every terminal" holds in gnuplot: the prompt says so; a sentence naming gnuplot
      // needs no such words.
      if (/gnuplot/iu.test(q.source.quote)) expect(q.prompt).not.toMatch(/\(in gnuplot/u);
      else expect(q.prompt).toMatch(/^(?:Fill in the blank|True or false) \(in gnuplot(?:, [^)]*)?\): /u);
    }
    expect(questions.some((q) => !/gnuplot/iu.test(q.source.quote))).toBe(true);
  });

  it('is what an untitled excerpt opens on, when its page keeps naming it', async () => {
    // The opening of an excerpt of Wikipedia's "Economics", without its title.
    const text = [
      'Economics focuses on the behaviour and interactions of economic agents and how economies work.',
      "Microeconomics analyzes what's viewed as basic elements in the economy, including individual agents and markets, their interactions, and the outcomes of interactions.",
      'Other broad distinctions within economics include those between positive economics, describing "what is", and normative economics, advocating "what ought to be".',
      "The earlier term for the discipline was 'political economy', but since the late 19th century, it has commonly been called 'economics'.",
    ].join(' ');
    const answers = async (page: string) =>
      questionsOf(
        await run({ questionsPerPage: 5, types: ['short_answer'] }, [{ page: 1, totalPages: 3, text: page }]),
      ).flatMap((q) => q.answer.map((a) => a.toLowerCase()));
    const asked = await answers(text);
    expect(asked).toContain('microeconomics');
    expect(asked).not.toContain('economics');
    // Opening on another sentence, the excerpt does not say what it is about, and "economics" may be asked.
    expect(await answers(text.replace(/^Economics focuses/u, 'Economists study'))).toContain('economics');
  });
});

describe('a default setting', () => {
  it('gives no number to ask: a default is looked up, not learned', async () => {
    // Sentences in the manner of the gnuplot manual; the second states a measure that is no setting.
    const text = (first: string) =>
      `${first} The angle of the polar grid lines is measured from the x axis of the plot. ` +
      'The Earth turns through an angle of 15 degrees in one hour of solar time.';
    const numbers = async (first: string) =>
      questionsOf(
        await run({ questionsPerPage: 5, types: ['multiple_choice'] }, [{ page: 1, totalPages: 1, text: text(first) }]),
      ).filter((q) => q.answer.some((a) => /^\d+$/.test(a)));
    const withDefault = await numbers('The default polar angle of the grid is 30 degrees in every new plot.');
    expect(withDefault.map((q) => q.answer[0])).not.toContain('30');
    const measure = await numbers('The polar angle of the grid is 30 degrees in every new plot.');
    expect(measure.map((q) => q.answer[0])).toContain('30');
  });
});

describe('a true/false statement', () => {
  it('makes one claim: a sentence of more than 25 words is not copied for true or false', async () => {
    // The Debian history: the founding in 33 words with the project's aims, then two releases.
    const text =
      'The Debian Project was officially founded by Ian Murdock on August 16th, 1993, as a new distribution that ' +
      'would be made openly, in the spirit of Linux and GNU, by a group of volunteers. ' +
      'Debian 11.0 (Bullseye) was released August 14th, 2021. ' +
      'Debian 10.0 (Buster) was released July 6th, 2019, with many new packages.';
    const tf = questionsOf(
      await run({ questionsPerPage: 5, types: ['true_false'] }, [{ page: 1, totalPages: 1, text }]),
    );
    expect(tf.length).toBeGreaterThan(0);
    for (const q of tf) expect(q.source.quote).not.toMatch(/^The Debian Project/);
  });
});

describe('a sentence about the document itself', () => {
  it('is not asked: the history of "An Introduction to R" is no part of R', async () => {
    const title = 'An Introduction to R\nNotes on R: A Programming Environment for Data Analysis and Graphics';
    const body =
      'An Introduction to R was first published in 1990 by Bill Venables and David Smith at the University of ' +
      'Adelaide. The R language was first released in 1995 by Ross Ihaka and Robert Gentleman at the University of ' +
      'Auckland in New Zealand.';
    const text = `${title}\n${body}`;
    const pages: PageText[] = [
      {
        page: 1,
        totalPages: 1,
        text,
        blocks: [
          { start: 0, end: title.length, role: 'front_matter' },
          { start: title.length + 1, end: text.length, role: 'body' },
        ],
      },
    ];
    const quotes = questionsOf(await run({ questionsPerPage: 5 }, pages)).map((q) => q.source.quote);
    expect(quotes.some((q) => q.startsWith('The R language'))).toBe(true);
    expect(quotes.some((q) => q.startsWith('An Introduction to R'))).toBe(false);
  });
});

// Pages of the Debian project's history in Spanish, as its translation left them: the newest leaders and
// releases still in English.
describe('what a translation left in English', () => {
  const leaders = [
    'The Debian Project was officially founded by Ian Murdock on August 16th, 1993.',
    'Debian ha tenido varios líderes desde sus comienzos en el año 1993.',
    'Ian Murdock fundó Debian en agosto de 1993 y lo condujo hasta marzo de 1996.',
    'Bruce Perens condujo Debian desde abril de 1996 hasta diciembre de 1997.',
    'Ian Jackson condujo Debian desde enero de 1998 hasta diciembre de 1998.',
    'Wichert Akkerman condujo Debian desde enero de 1999 hasta marzo de 2001.',
    'Ben Collins condujo Debian desde abril de 2001 hasta abril de 2002.',
    'Bdale Garbee condujo Debian desde abril de 2002 hasta abril de 2003.',
    'Martin Michlmayr lideró Debian desde marzo de 2003 hasta marzo de 2005.',
    'Branden Robinson lideró Debian desde abril de 2005 hasta abril de 2006.',
    'Anthony Towns lideró Debian desde abril de 2006 hasta abril de 2007.',
    'Sam Hocevar lideró Debian desde abril de 2007 hasta abril de 2008.',
    'Steve McIntyre lideró Debian desde abril de 2008 hasta abril de 2010.',
    'Stefano Zacchiroli lideró Debian desde abril de 2010 hasta abril de 2013.',
    'Lucas Nussbaum lideró Debian desde abril de 2013 hasta abril de 2015.',
    'Neil McGovern lideró Debian desde abril de 2015 hasta abril de 2016.',
    'Mehdi Dogguy lideró Debian desde abril de 2016 hasta abril de 2017.',
    'Chris Lamb led Debian from April 2017 until April 2019.',
    'Sam Hartman led Debian from April 2019 until April 2020.',
    'Jonathan Carter was elected in April 2020 and is our current leader.',
    'Debian 10.0 (Buster) was released on July 6th, 2019.',
  ].join('\n');
  const bullseye = [
    'Debian 11.0 (Bullseye) was released August 14th, 2021.',
    'For more information on the new features introduced in this release, see the What’s new in Debian 11.0 chapter of Bullseye Release Notes.',
    'Right after the release of Bullseye, the twenty-second DebConf Debconf21 was held online - due to COVID-19 - from August 24 to August 28, 2021.',
    'It was preceded by an (online) DebCamp from August 15 to August 23, 2021.',
    'Debian 10.0 (Buster) was released on July 6th, 2019, after the freeze that began in January 2019.',
  ].join(' ');
  const pages: PageText[] = [
    { page: 1, totalPages: 3, text: leaders },
    { page: 2, totalPages: 3, text: leaders },
    { page: 3, totalPages: 3, text: bullseye },
  ];
  const options = { questionsPerPage: 10, types: ['multiple_choice', 'true_false', 'short_answer'] as QuestionType[] };
  const english = (q: QuestionDraft) => /^(?:Fill in|True or false|Which|What|Choose)/.test(q.prompt);

  it('asks in the document’s language only: no English sentence of a Spanish page, no English page', async () => {
    const questions = questionsOf(await run(options, pages));
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) {
      expect(q.source.quote).not.toMatch(/\b(?:led|was|from)\b/);
      expect(english(q)).toBe(false);
    }
  });

  it('asks them when the job asks for English questions', async () => {
    const questions = questionsOf(await run({ ...options, language: 'en' }, pages));
    expect(questions.some((q) => q.source.page === 3)).toBe(true);
    expect(questions.some((q) => /\bfounded by Ian Murdock\b/.test(q.source.quote))).toBe(true);
  });

  it('still asks the English pages of a document mostly in English after a Spanish page', async () => {
    const questions = questionsOf(
      await run(options, [
        { page: 1, totalPages: 3, text: leaders },
        { page: 2, totalPages: 3, text: `${bullseye} ${bullseye.replaceAll('Debian', 'The Debian project')}` },
        { page: 3, totalPages: 3, text: bullseye },
      ]),
    );
    // Pages 2 and 3 in English outweigh the Spanish page: English is the document's language by then.
    expect(questions.some((q) => q.source.page === 3 && english(q))).toBe(true);
  });
});
