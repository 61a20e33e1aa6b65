import type { PageBlock } from '@quizstream/core';
import { describe, expect, it } from 'vitest';
import {
  answerLeak,
  coverage,
  danglingStem,
  garbled,
  markupInStem,
  nonBodySource,
  type QuestionView,
  repeatedQuestions,
  trivialBlank,
  trueShare,
} from './defects.js';

/** A question as the pipeline emits it; the quote defaults to the prompt's statement. */
function q(prompt: string, answer: string | string[], more: Partial<QuestionView> = {}): QuestionView {
  const answers = Array.isArray(answer) ? answer : [answer];
  const blank = /"(.*)"$/s.exec(prompt)?.[1] ?? prompt.replace(/^True or false: /, '');
  return {
    type: 'short_answer',
    prompt,
    choices: [],
    answer: answers,
    source: { page: 1, quote: blank.replace(/_{3,}/, answers[0]!) },
    ...more,
  };
}
const tf = (statement: string, answer = 'True') =>
  q(`True or false: ${statement}`, answer, { type: 'true_false', choices: ['True', 'False'] });

describe('nonBodySource', () => {
  const heading = '1 Introduction';
  const body = 'Economics focuses on the behaviour and interactions of economic agents.';
  const footer = 'Page 3 of 74';
  const text = [heading, body, footer].join('\n');
  const at = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
  const blocks: PageBlock[] = [
    { role: 'heading', ...at(heading) },
    { role: 'body', ...at(body) },
    { role: 'header_footer', ...at(footer) },
  ];
  it.each([
    ['a quote in a body block', 'behaviour and interactions of economic agents', blocks, null],
    ['a quote in a heading', '1 Introduction', blocks, 'quote from heading'],
    ['a quote running from a heading into the body', 'Introduction Economics focuses', blocks, 'quote from heading'],
    ['a quote in a running footer', 'Page 3 of 74', blocks, 'quote from header_footer'],
    ['a page without block roles (counted as body)', '1 Introduction', undefined, null],
    ['a quote that is not on its page', 'Microeconomics analyzes markets', blocks, 'quote not found on its page'],
  ])('%s', (_, quote, pageBlocks, expected) => {
    const question = q('True or false: x', 'True', { source: { page: 1, quote } });
    expect(nonBodySource(question, { text, ...(pageBlocks ? { blocks: pageBlocks } : {}) })).toBe(expected);
  });
});

describe('answerLeak', () => {
  it.each([
    [
      'the answer repeated after the blank',
      q('Fill in the blank (a term): "Please use this new ____ as the primary tutorial document."', 'tutorial'),
      true,
    ],
    [
      'a two-word answer repeated',
      q(
        'Fill in the blank: "The ____ is consistent with the numbering scheme for the phases as displayed in Figs."',
        'numbering scheme',
      ),
      true,
    ],
    [
      'the singular of a plural answer',
      q(
        'Fill in the blank (a term): "For each possible action, it can calculate the utility of all possible ____ of the action, weighted by the probability that the outcome will occur."',
        ['outcomes', 'outcome'],
      ),
      true,
    ],
    [
      'one content word of a longer answer',
      q(
        'Fill in the blank (a term, three words): "____ collected may include online activity records, geolocation data, video, or audio."',
        'sensitive user data',
      ),
      true,
    ],
    [
      'a Chinese answer written again later',
      q(
        'Fill in the blank (one word): "Debian 系统的____通常显示为本地时间，但硬件时间通常使用 UTC(GMT) 时间。"',
        '时间',
      ),
      true,
    ],
    [
      'every word of the right choice in a question stem',
      q('Which document should be used as the primary tutorial document?', 'tutorial document', {
        type: 'multiple_choice',
        choices: ['tutorial document', 'policy manual'],
      }),
      true,
    ],
    [
      'a blank whose answer appears nowhere else',
      q(
        'Fill in the blank: "Economics focuses on the behaviour and ____ of economic agents and how economies work."',
        'interactions',
      ),
      false,
    ],
    [
      'a short answer word that only starts another word',
      q('Fill in the blank: "In ____ we often talk about relativistic events."', 'relativity'),
      false,
    ],
    [
      'a question stem that does not give the choice away',
      q('Which agency proposed the airworthiness directive?', 'FAA', {
        type: 'multiple_choice',
        choices: ['FAA', 'EASA'],
      }),
      false,
    ],
    [
      'a true/false statement (it holds its own answer by design)',
      tf('The syllabus constitutes no part of the opinion of the Court.'),
      false,
    ],
  ])('%s', (_, question, leaks) => {
    expect(answerLeak(question) !== null).toBe(leaks);
  });
});

describe('trivialBlank', () => {
  it.each([
    ['a Chinese modal verb', q('Fill in the blank: "你____通过输入下列命令来阅读文档。"', '可以'), 'zh', true],
    [
      'a Chinese preposition',
      q('Fill in the blank: "你可以____ aptitude 这个包管理工具中的软件包描述来查找软件包。"', '根据'),
      'zh',
      true,
    ],
    [
      'a Chinese term',
      q('Fill in the blank: "____和恢复操作是成功的系统管理中非常重要的一部分。"', '备份'),
      'zh',
      false,
    ],
    [
      'a chapter number',
      q('Fill in the blank: "Consultez Chapitre ____ et la page de manuel de chaque commande."', '5'),
      'fr',
      true,
    ],
    [
      'a section number in a table of contents',
      q('Fill in the blank: "1 ____ Programmes nécessaires au développement"', '1.2'),
      'fr',
      true,
    ],
    [
      'a paragraph number in parentheses',
      q(
        'Fill in the blank: "(____) In the Operating Procedures chapter, add the information in figure 6 to paragraph (h)(7) of this AD."',
        '7',
      ),
      'en',
      true,
    ],
    [
      'a footnote number run into the sentence',
      q('Fill in the blank (a number): "____According to this convention the right-hand side of eq."', '3'),
      'en',
      true,
    ],
    ['a page number before a heading', q('Fill in the blank: "La historia detallada ____ 4.1."', '6'), 'es', true],
    ['a list number opening the line', q('Fill in the blank: "____. Install the package."', '2'), 'en', true],
    [
      'an English article',
      q(
        'Fill in the blank (a place): "This is immediately apparent in case of the x − t system for ____, so finding the line is easy."',
        'A',
      ),
      'en',
      true,
    ],
    [
      'a French article',
      q('Fill in the blank: "Ils sont installés dans ____ répertoire temporaire par dh_installemacsen(1)."', 'le'),
      'fr',
      true,
    ],
    ['a single letter', q('Fill in the blank: "The variable ____ stands for the speed of light."', 'c'), 'en', true],
    ['a year', q('Fill in the blank: "Julio de ____: muere Jens Schmalzing"', '2005'), 'es', false],
    [
      'a quantity with a unit symbol',
      q(
        'Fill in the blank: "你可能会觉得奇怪：“dmesg 告诉你 free 为 ____ MB，而 free -k 告诉你 free 为 320 MB。"',
        '990',
      ),
      'zh',
      false,
    ],
    [
      'a count of something',
      q(
        'Fill in the blank: "Of the ____ studies analyzing retrievable filters in injured patients, none reported filter migration."',
        '4',
      ),
      'en',
      false,
    ],
    ['a percentage', q('Fill in the blank: "Mortality fell by ____% after prophylaxis."', '12'), 'en', false],
    ['a date', q('Fill in the blank: "The report is dated March ____, 2020."', '5'), 'en', false],
    ['a Chinese count with its counter', q('Fill in the blank: "系统中共有 ____ 个软件包。"', '3'), 'zh', false],
    [
      'an abbreviation spelled like a stop word',
      q('Fill in the blank: "Big AI companies have begun negotiations with the ____ nuclear power providers."', 'US'),
      'en',
      false,
    ],
    [
      'a content word',
      q('Fill in the blank: "Economics focuses on the behaviour and ____ of economic agents."', 'interactions'),
      'en',
      false,
    ],
    ['a question without a blank', tf('The Compact does not pre-empt the Oklahoma water statutes.'), 'en', false],
  ])('%s', (_, question, language, trivial) => {
    expect(trivialBlank(question, language) !== null).toBe(trivial);
  });
});

describe('danglingStem', () => {
  it.each([
    [
      'opening with "However"',
      tf('However, keep in mind that ∆s is not physical distance anymore in four-dimensional spacetime.'),
      'en',
      true,
    ],
    [
      'opening with "It"',
      q('Fill in the blank: "It is strongly felt that this final phase will require the involvement of ____."', 'NPIC'),
      'en',
      true,
    ],
    ['opening with "These"', tf('These steps are left as an exercise.'), 'en', true],
    ['opening with "As mentioned"', tf('As mentioned, the filter may be left in place.'), 'en', true],
    [
      'pointing to something below',
      q('Fill in the blank (a term): "The ____ described below have received the most attention."', 'traits'),
      'en',
      true,
    ],
    ['pointing to the following', tf('Set the options as in the following example.'), 'en', true],
    ['ending on a colon (a list follows)', tf('The archive has three areas:'), 'en', true],
    ['French "Il"', tf('Il a été créé au début avec la commande dh_make.'), 'fr', true],
    ['French "Ainsi"', tf('Ainsi, la page de manuel de gentoo devrait être appelée gentoo.1.'), 'fr', true],
    ['French "C’est"', tf('C’est pourquoi votre paquet est disponible sur plusieurs architectures.'), 'fr', true],
    [
      'French "ci-dessus"',
      tf('Les courtes descriptions données ci-dessus ne servent qu’à vous présenter ce que fait chaque paquet.'),
      'fr',
      true,
    ],
    ['German "Diese"', tf('Diese Formel ist erfüllbar.'), 'de', true],
    ['Spanish "Este"', tf('Este documento describe la historia y los objetivos del proyecto Debian.'), 'es', true],
    ['Chinese "这" (this)', q('Fill in the blank: "这将____一个名为 fish 的新账号。"', '创建'), 'zh', true],
    ['Chinese "它" (it)', q('Fill in the blank: "它可能会____软件包的一致性。"', '打破'), 'zh', true],
    [
      'Chinese "在这里" (here)',
      tf('在这里，我们将介绍 3 种基本的软件包管理工具：apt,apt-get / apt-cache 和 aptitude 。'),
      'zh',
      true,
    ],
    ['Chinese "如下" (as follows)', tf('基本的动态交互网页可由如下方法制作。'), 'zh', true],
    ['a self-contained Chinese statement', tf('Debian 有它自己的方式来编译内核和相关模块。'), 'zh', false],
    [
      'a self-contained statement',
      tf('The District Court granted summary judgment for the OWRB, and the Tenth Circuit affirmed.'),
      'en',
      false,
    ],
    [
      'a blank first, then a verb',
      q(
        'Fill in the blank: "____ counters that its interpretation would not intrude on any prerogative of Oklahoma."',
        'Tarrant',
      ),
      'en',
      false,
    ],
    ['a word that only starts like a pronoun', tf('Items of the index are sorted by name.'), 'en', false],
    ['"Theory" is not "the"/"there"', tf('Theory of computation studies what can be computed.'), 'en', false],
    ['"below" as a comparison', tf('Water freezes at temperatures below zero degrees Celsius.'), 'en', false],
    [
      'a French statement with a subject',
      tf('Le nom de paquet ne doit contenir que des lettres minuscules.'),
      'fr',
      false,
    ],
  ])('%s', (_, question, language, dangling) => {
    expect(danglingStem(question, language) !== null).toBe(dangling);
  });
});

describe('markupInStem', () => {
  it.each([
    ['a TeX command', tf('arabluatex mode: fullvoc with \\SetArbEasy Full vocalization.'), true],
    ['braces', q('Fill in the blank: "Alphabet Σ = {____, 1, ∗} auf."', '0'), true],
    ['an HTML tag', tf('Wrap the title in <h1> to make it a heading.'), true],
    [
      'a long command-line option',
      tf('Vous pouvez vous connecter avec la commande pbuilder --login et le configurer.'),
      true,
    ],
    ['a short command-line option', tf('增加工作树里面的文件仅作为预先存在的索引文件 git add -A .'), true],
    ['a file path', tf('La plupart des logiciels tiers s’installent dans le répertoire /usr/local/bin.'), true],
    ['math between dollars', tf('The interval $ds^2 = c^2 dt^2 - dx^2$ is invariant.'), true],
    ['code symbols', tf('The test x == y fails for NaN.'), true],
    [
      'plain prose with coordinates in parentheses',
      tf('Consider the scale c = 1 with co-ordinates (t, x, y, z).'),
      false,
    ],
    ['hyphenated words', tf('Mechanical compression devices can result in patient non-compliance.'), false],
    ['"and/or" between words', tf('Prophylaxis may use heparin and/or compression devices.'), false],
  ])('%s', (_, question, found) => {
    expect(markupInStem(question) !== null).toBe(found);
  });
});

describe('garbled', () => {
  it.each([
    [
      'dot leaders of a table of contents',
      tf('El primer sistema de empaquetamiento de Debian . . . . . . . . . . . .'),
      true,
    ],
    ['a zero read for a letter (OCR)', tf('It will require the involvement of OTS, 0RD, and NPIC.'), true],
    ['a zero inside a word (OCR)', tf('The c0de was reviewed by the team.'), true],
    ['a year run into a word', tf('1999-2020Debian Documentation Team'), true],
    [
      'a sentence run into the next',
      tf('The filters were removed in most patientsThese results are consistent.'),
      true,
    ],
    ['Chinese characters spaced out', tf('注意对 于 Wayland 之 上 的 xwayland 或 原 生 的 X 窗 口 系 统'), true],
    ['mostly symbols', q('Fill in the blank: "Alphabet Σ = {____, 1, ∗} auf."', '0'), true],
    [
      'CamelCase names',
      tf('In 2015, AlphaGo, developed by DeepMind, beat the world champion; NetworkManager is unrelated.'),
      false,
    ],
    ['a program name with a digit', tf('参见 mke2fs.conf(5) 和 tune2fs(8).'), false],
    ['Chinese prose', tf('它通过为非开发者编写的 shell 命令示例来涵盖系统管理的方方面面。'), false],
    ['an ellipsis', tf('The Compact allows each State to use water... within its borders.'), false],
    ['ordinary prose', tf('An ontology represents knowledge as a set of concepts within a domain.'), false],
  ])('%s', (_, question, found) => {
    expect(garbled(question) !== null).toBe(found);
  });
});

describe('trueShare', () => {
  it('counts True keys among true/false questions only, in any of the known languages', () => {
    const questions = [tf('A.', 'True'), tf('B.', 'False'), tf('C.', 'Vrai'), q('Fill in ____.', 'x')];
    expect(trueShare(questions)).toEqual({ trueKeys: 2, total: 3 });
  });
});

describe('repeatedQuestions', () => {
  const reasons = (questions: QuestionView[]) =>
    [...repeatedQuestions(questions)].map(([i, r]) => [i, r.of, r.reason] as const);

  it('finds the same prompt asked twice, whatever its case and punctuation', () => {
    const a = tf('The Compact does not pre-empt the Oklahoma water statutes.');
    const b = tf('the compact does not pre-empt the Oklahoma water statutes');
    expect(reasons([a, b])).toEqual([[1, 0, 'duplicate']]);
  });

  it('finds one quote used twice for the same type', () => {
    const quote = 'Veuillez utiliser ce nouveau tutoriel comme document principal.';
    const a = q('Fill in the blank: "Veuillez ____ ce nouveau tutoriel comme document principal."', 'utiliser');
    const b = q('Fill in the blank: "Veuillez utiliser ce nouveau tutoriel comme ____ principal."', 'document');
    expect(
      reasons([
        { ...a, source: { page: 2, quote } },
        { ...b, source: { page: 2, quote } },
      ]),
    ).toEqual([[1, 0, 'same quote, same type']]);
  });

  it('finds prompts that share most of their words', () => {
    const a = q(
      'Fill in the blank: "(____) In the Operating Procedures chapter, add the information in figure 6 to paragraph (h)(7) of this AD."',
      '7',
    );
    const b = q(
      'Fill in the blank: "(____) In the Operating Procedures chapter, add the information in figure 7 to paragraph (h)(8) of this AD."',
      '8',
    );
    expect(reasons([a, b])).toEqual([[1, 0, 'prompts share most words']]);
  });

  it('counts a true/false statement and a blank on the same sentence (one gives the other away)', () => {
    const quote = 'The syllabus constitutes no part of the opinion of the Court.';
    const a = { ...tf(quote), source: { page: 1, quote } };
    const b = q('Fill in the blank: "The ____ constitutes no part of the opinion of the Court."', 'syllabus');
    expect(reasons([a, { ...b, source: { page: 1, quote } }])).toEqual([[1, 0, 'prompts share most words']]);
  });

  it('leaves questions about different sentences alone, even when they share a term', () => {
    const a = tf('An ontology represents knowledge as a set of concepts within a domain.');
    const b = tf(
      'An ontology is the set of objects, relations, concepts, and properties used by a domain of knowledge.',
    );
    const c = q('Fill in the blank: "An ____ is a formal description of the concepts of a field."', 'ontology');
    expect(reasons([a, b, c])).toEqual([]);
  });
});

describe('coverage', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
  it('counts pages with 40+ words of body text, and those asked about', () => {
    const body = words(50);
    const heading = words(60);
    const pages = [
      { page: 1, text: body, blocks: [{ role: 'body' as const, start: 0, end: body.length }] },
      { page: 2, text: body, blocks: [{ role: 'body' as const, start: 0, end: body.length }] },
      { page: 3, text: heading, blocks: [{ role: 'contents' as const, start: 0, end: heading.length }] },
      { page: 4, text: words(30) },
      { page: 5, text: words(45) },
      { page: 6, text: '人工智能'.repeat(25) },
    ];
    const asked = [{ ...tf('A statement.'), source: { page: 2, quote: 'word1 word2' } }];
    expect(coverage(pages, asked)).toEqual({ bodyPages: 4, covered: 1 });
  });
});
