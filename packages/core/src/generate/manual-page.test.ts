import { describe, expect, it } from 'vitest';
import type { PageBlock, PageText } from '../pdf/page-text.js';
import type { QuestionDraft } from '../schemas/question.js';
import { pageOfBlocks } from '../testing/page-of-blocks.js';
import { findQuote } from './grounding.js';
import { manualPageAt, namesEntry, namesProgram } from './manual-page.js';
import { offlineQuiz } from './offline/offline-quiz.fixture.js';
import { pageBody, programAt } from './page-body.js';

const page = (n: number, parts: [PageBlock['role'], string][]): PageText => pageOfBlocks(n, 4, parts);

const quiz = (pages: PageText[], types = ['multiple_choice', 'true_false', 'short_answer']) =>
  offlineQuiz(pages, { questionsPerPage: 10, types });

describe('manualPageAt', () => {
  it('reads the program from the opening every manual page has, in any language', () => {
    const openings: [string[], string][] = [
      [
        [
          'NAME',
          'find - search for files in a directory hierarchy',
          'SYNOPSIS',
          'find [-H] [-L] [-P] [starting-point...]',
        ],
        'find',
      ],
      [
        [
          'НАЗВА',
          'gzip, gunzip, zcat — стиснення або розпакування файлів',
          'КОРОТКИЙ ОПИС',
          'gzip [ -acdfhklLnNrtvV19 ]',
        ],
        'gzip',
      ],
      [
        [
          'BEZEICHNUNG',
          'tar − ein Archivierungswerkzeug',
          'ÜBERSICHT',
          'tar {A|c|d|r|t|u|x}[GnSkUWOmpsMBiajJzZhPlRvwo]',
        ],
        'tar',
      ],
      [['名前', 'ls - ディレクトリの内容をリスト表示する', '書式', 'ls [オプション]... [ファイル]...'], 'ls'],
      // A line above the synopsis, under its heading.
      [
        [
          'NAME',
          'tar - an archiver tool',
          'SYNOPSIS',
          'Traditional usage',
          'tar {A|c|d|r|t|u|x}[GnSkUWOmpsMBiajJzZhPlRvwo] [ARG...]',
        ],
        'tar',
      ],
      // The synopsis may name another of the names ("zcat [ -f ]").
      [
        ['NOM', 'gzip, gunzip, zcat – compresse ou décompresse des fichiers', 'SYNOPSIS', 'zcat [ -f ] [ nom ... ]'],
        'gzip',
      ],
    ];
    for (const [texts, program] of openings) expect(manualPageAt(texts, 1)).toBe(program);
  });

  it('takes no list item or sentence with a dash for the opening of a manual page', () => {
    // No section title before it, or no synopsis after it that starts with the name.
    expect(
      manualPageAt(['Les outils', 'dpkg — le gestionnaire de paquets', 'Il installe des paquets.'], 1),
    ).toBeUndefined();
    expect(
      manualPageAt(['OUTILS', 'dpkg — le gestionnaire de paquets', 'apt utilise dpkg pour installer.'], 1),
    ).toBeUndefined();
    expect(
      manualPageAt(['NAME', 'The program - as we saw - searches', 'SYNOPSIS', 'The program [-x]'], 1),
    ).toBeUndefined();
  });
});

describe('namesEntry', () => {
  it('knows a line of options, and the name of a variable or setting', () => {
    for (const line of [
      '-n --no-name',
      '-Q tos',
      '--color[=WHEN]',
      '-D параметри_діагностики',
      'POSIXLY_CORRECT',
      'StrictHostKeyChecking',
      'LC_CTYPE',
      // A list of directories (hier's), whose paragraphs say what one holds without naming it.
      '/usr/games',
      '/usr/X11R6/include/X11',
    ])
      expect(namesEntry(line), line).toBe(true);
  });

  it('takes no sentence, list item or heading for one', () => {
    for (const line of [
      '-P Ніколи не переходити за символічними посиланнями.',
      '- un élément de liste',
      'ОПИС',
      'Options',
      'gzip',
      'OPTIONS',
    ])
      expect(namesEntry(line), line).toBe(false);
  });

  it('answers at once for a line that only opens like a path', () => {
    // A pattern with a quantifier inside a quantifier would try 2^57 ways to split it before saying no.
    expect(namesEntry(`/${'a'.repeat(57)} x`)).toBe(false);
  });

  it('takes a word in Latin capitals for one only where headings are written in another script', () => {
    expect(namesEntry('LESSUTFBINFMT')).toBe(false);
    expect(namesEntry('LESSUTFBINFMT', { latinCapitals: true })).toBe(true);
  });
});

describe('namesProgram', () => {
  it('finds the program as a word of its own, not inside a path, an option or a longer name', () => {
    expect(namesProgram('GNU find виконує пошук', 'find')).toBe(true);
    expect(namesProgram('Протокол SSH версії 2', 'ssh')).toBe(true);
    expect(namesProgram('див. find(1).', 'find')).toBe(true);
    for (const text of ['у файлі ~/.ssh/config', 'запустивши ssh-keygen', 'параметр -find', 'finding files'])
      expect(namesProgram(text, text.includes('find') ? 'find' : 'ssh'), text).toBe(false);
  });
});

describe('pageBody and programAt', () => {
  it('tells which manual page each part of a page is in, and what an entry describes', () => {
    const body = pageBody(
      page(1, [
        ['body', 'закінчення попередньої сторінки підручника.'],
        ['body', 'НАЗВА'],
        ['body', 'gzip, gunzip, zcat — стиснення або розпакування файлів'],
        ['body', 'КОРОТКИЙ ОПИС'],
        ['body', 'gzip [ -acdfhklLnNrtvV19 ] [назва ...]'],
        ['body', '-n --no-name'],
        ['body', 'При стисканні типово не зберігати назву і часову позначку початкового файла.'],
        ['heading', 'LESSUTFBINFMT'],
        ['body', 'Формат показу непридатних до друку символів Unicode.'],
      ]),
    );
    expect(programAt(body, 0)).toBeUndefined();
    expect(programAt(body, 0, 'tar')).toBe('tar');
    const described = body.text.indexOf('При стисканні');
    expect(programAt(body, described, 'tar')).toBe('gzip');
    // The page is in Cyrillic: a word in Latin capitals above a paragraph names a variable.
    expect(body.entries).toEqual([
      { at: described, name: '-n --no-name' },
      { at: body.text.indexOf('Формат показу'), name: 'LESSUTFBINFMT' },
    ]);
  });
});

describe('manual pages in English', () => {
  it('says which program a statement holds in, when the sentence does not name it', async () => {
    const opening: [PageBlock['role'], string][] = [
      ['body', 'NAME'],
      ['body', 'gzip, gunzip, zcat - compress or expand files'],
      ['body', 'SYNOPSIS'],
      ['body', 'gzip [ -acdfhklLnNrtvV19 ] [--rsyncable] [-S suffix] [ name ... ]'],
      ['heading', 'DESCRIPTION'],
    ];
    const prose = [
      'The amount of compression obtained depends on the size of the input and the distribution of common substrings.',
      'Typically, text such as source code or English is reduced by 60-70%.',
      'Compression is generally much better than that achieved by LZW (as used in compress), Huffman coding (as used in pack), or adaptive Huffman coding (compact).',
      'Files smaller than about a hundred bytes tend to get larger, since the compression mechanism has a constant overhead in the region of 50 bytes.',
      'The Lempel-Ziv algorithm was published by Abraham Lempel and Jacob Ziv in 1977 and is still the basis of most compressors.',
    ].join(' ');
    const out = await quiz([page(1, [...opening, ['body', prose]])], ['true_false', 'multiple_choice', 'short_answer']);
    expect(out.length).toBeGreaterThan(0);
    for (const q of out) expect(q.prompt).toMatch(/^(?:Fill in the blank|True or false) \(in gzip[,)]/u);
  });
});

// Pages of Ukrainian manual pages (manpages-uk) as a browser prints them: each opens with the heading НАЗВА, the
// line "program — what it does", the heading КОРОТКИЙ ОПИС and the synopsis.
const SSH_FILES = '~/.ssh/config ~/.ssh/known_hosts ~/.ssh/authorized_keys ~/.ssh/id_rsa ~/.ssh/id_ed25519 ~/.rhosts';
const SSH = [
  'Ключі вузлів зберігаються у файлі ~/.ssh/known_hosts домашнього каталогу користувача.',
  'У файлі ~/.ssh/authorized_keys зберігається список відкритих ключів, за допомогою яких можна входити до системи.',
  'Довірене перенаправлення X11 не контролюється розширенням X11 SECURITY.',
  'Протокол SSH версії 2 було стандартизовано у 2006 році у низці документів RFC.',
];
const GZIP = [
  'Формат, який використовує gzip, було створено у 1992 році як вільну заміну формату compress.',
  'Стиснені файли можна відновити до початкового вигляду за допомогою розпакування.',
  'Формат стиснених файлів було описано у документі RFC 1952 у 1996 році.',
  'Розпакування не змінює часових позначок відновленого файла, якщо їх було збережено у стисненому файлі.',
];

const opening = (name: string, what: string, synopsis: string): [PageBlock['role'], string][] => [
  ['body', 'НАЗВА'],
  ['body', `${name} — ${what}`],
  ['body', 'КОРОТКИЙ ОПИС'],
  ['body', synopsis],
  ['heading', 'ОПИС'],
];
const GZIP_OPENING = opening(
  'gzip, gunzip, zcat',
  'стиснення або розпакування файлів',
  'gzip [ -acdfhklLnNrtvV19 ] [назва ...]',
);

describe('manual pages in other languages', () => {
  it('names the program of the manual page a question comes from, when its sentence does not', async () => {
    const pages = [
      page(1, [
        ['body', SSH_FILES],
        ...opening('ssh', 'клієнт віддаленого входу OpenSSH', 'ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B інтерфейс] адреса'),
        ['body', SSH.slice(0, 2).join(' ')],
      ]),
      page(2, [
        ['header_footer', 'SSH(1) Загальні команди SSH(1)'],
        ['body', SSH.slice(2).join(' ')],
      ]),
      page(3, [...GZIP_OPENING, ['body', GZIP.join(' ')]]),
      // A page that does not name gzip, two pages after its manual page opened: still gzip's.
      page(5, [['body', 'Алгоритм стиснення Deflate уперше було реалізовано у програмі PKZIP у 1993 році.']]),
      // A page that names neither, well after both: no program is said for it.
      page(13, [['body', 'Бібліотеку стиснення zlib уперше було випущено у 1995 році для вільних програм.']]),
    ];
    const questions = await quiz(pages);
    const of = (p: number) => questions.filter((q) => q.source.page === p);
    const labelled = (q: QuestionDraft, program: string) =>
      new RegExp(`^(?:Заповніть пропуск|Правильно чи хибно) \\(${program}[,)]`, 'u').test(q.prompt);
    const check = (q: QuestionDraft, program: string) =>
      // A sentence that names the program itself ("Протокол SSH ...", "gzip"; not "~/.ssh/config") needs no more.
      expect(labelled(q, program)).toBe(
        !new RegExp(`(?<![\\p{L}./-])${program}(?![\\p{L}-])`, 'iu').test(q.source.quote),
      );
    for (const q of [...of(1), ...of(2)]) check(q, 'ssh');
    for (const q of of(3)) check(q, 'gzip');
    expect([...of(1), ...of(2)].filter((q) => labelled(q, 'ssh')).length).toBeGreaterThanOrEqual(2);
    expect(of(3).filter((q) => labelled(q, 'gzip')).length).toBeGreaterThanOrEqual(1);
    expect(of(5).length).toBeGreaterThanOrEqual(1);
    for (const q of of(5)) check(q, 'gzip');
    expect(of(13).length).toBeGreaterThanOrEqual(1);
    for (const q of of(13)) expect(q.prompt).not.toMatch(/\((?:ssh|gzip)/u);
  });

  it('names no program that the answer is, or that gives the answer away', async () => {
    const questions = await quiz(
      [
        page(1, [
          ['body', 'ssh-keygen(1) ssh-agent(1) ssh-add(1) scp(1) sftp(1)'],
          ...opening('ssh', 'клієнт віддаленого входу OpenSSH', 'ssh [-46] адреса'),
        ]),
        page(2, [
          ['header_footer', 'SSH(1)'],
          ['body', 'Користувач створює пару ключів, запустивши ssh-keygen(1) у своєму каталозі.'],
        ]),
      ],
      ['multiple_choice'],
    );
    const asked = questions.filter((q) => q.answer.includes('ssh-keygen'));
    expect(asked).toHaveLength(1);
    for (const q of asked) expect(q.prompt).toMatch(/^Заповніть пропуск: /u);
  });

  it('asks nothing of what an option does as if the program did it', async () => {
    const described = 'При стисканні типово не зберігати назву і часову позначку початкового файла.';
    const under = await quiz(
      [page(1, [...GZIP_OPENING, ['body', '-n --no-name'], ['body', described]])],
      ['true_false'],
    );
    expect(under.map((q) => q.source.quote)).not.toContain(described);
    // The same sentence standing alone is asked: what keeps it out is the option above it.
    const alone = await quiz([page(1, [...GZIP_OPENING, ['body', described]])], ['true_false']);
    expect(alone.map((q) => q.source.quote)).toContain(described);
  });
});

// Entries of tar's list of options, as manpages-uk describes them: each line of options above its paragraph.
const TAR_OPTIONS: [string, string][] = [
  ['--no-recursion', 'Не заходити автоматично у каталоги.'],
  ['-m, --touch', 'Не видобувати час модифікації файлів.'],
  ['--one-file-system', 'Залишатися у локальній файловій системі під час створення архіву.'],
  ['-K, --starting-file=ЕЛЕМЕНТ', 'Почати з заданого елемента архіву.'],
  ['--skip-old-files', 'Не заміняти наявні файли під час видобування, мовчки пропускати такі файли.'],
  ['-U, --unlink-first', 'Вилучати кожен файл до видобування поверх нього.'],
];
const listed = (options: [string, string][]): [PageBlock['role'], string][] =>
  options.flatMap(([line, text]): [PageBlock['role'], string][] => [
    ['body', line],
    ['body', text],
  ]);
const TAR_OPENING = opening('tar', 'програма для архівування', 'tar [-] A --catenate --concatenate | c --create');

describe('a list of directories', () => {
  it('asks nothing of what a paragraph under a directory says: it names nothing (hier)', async () => {
    const under = [
      'Statische Daten für Spiele in /usr/games, die nur gelesen werden müssen.',
      'Auf Linux-Systemen ist es gewöhnlich ein symbolischer Link nach /usr/X11R6/include/X11.',
    ];
    const prose = 'Das Verzeichnis /usr/share/doc enthält die Dokumentation der installierten Pakete seit 1993.';
    const pages = [
      page(1, [
        ['body', prose],
        ['body', '/usr/share/games'],
        ['body', under[0]!],
        ['body', '/usr/include/X11'],
        ['body', under[1]!],
      ]),
    ];
    const quotes = (await quiz(pages)).map((q) => q.source.quote);
    for (const s of under) expect(quotes).not.toContain(s);
    const body = pageBody(pages[0]!);
    expect(body.underDirectories.map((b) => body.text.slice(b.start, b.end))).toEqual(under);
  });
});

describe('options of a manual page', () => {
  it('asks which option of the program a description is of, among its other options', async () => {
    const pages = [
      page(1, [...TAR_OPENING, ...listed(TAR_OPTIONS.slice(0, 3))]),
      page(2, listed(TAR_OPTIONS.slice(3))),
    ];
    const questions = await quiz(pages, ['multiple_choice']);
    const labels = [
      '--no-recursion',
      '-m, --touch',
      '--one-file-system',
      '-K, --starting-file',
      '--skip-old-files',
      '-U, --unlink-first',
    ];
    // Three options of page 1 are too few to choose among: asked on page 2, among the options of both.
    expect(questions.length).toBeGreaterThanOrEqual(2);
    for (const q of questions) {
      const [line, text] = TAR_OPTIONS.find(([, t]) => q.prompt.includes(t))!;
      expect(q.prompt).toBe(`Виберіть параметр tar, описаний тут: «${text}»`);
      expect(q.answer).toEqual([labels[TAR_OPTIONS.findIndex(([l]) => l === line)]]);
      expect(q.choices).toHaveLength(4);
      for (const c of q.choices) expect(labels).toContain(c);
      // The quote shows the option above its description, as the page has them.
      expect(q.source.quote).toBe(`${line} ${text}`);
      expect(findQuote(q.source.quote, pages[q.source.page - 1]!.text)).not.toBeNull();
    }
  });

  it('asks nothing of options no manual page names a program for, nor of a list of terms', async () => {
    const questions = await quiz([page(1, listed(TAR_OPTIONS))], ['multiple_choice']);
    expect(questions).toEqual([]);
    // After the Korean installation guide: RAID6 is as fit for "안정성을 최우선으로 할 때 적합합니다" as RAID1.
    const raid = await quiz(
      [
        page(
          1,
          listed([
            ['RAID0', '여러 디스크에 나누어 기록하므로 속도가 가장 빠릅니다.'],
            ['RAID1', '안정성을 최우선으로 할 때 적합합니다.'],
            ['RAID5', '속도, 안정성, 데이터 중첩을 적당히 조화시킨 것입니다.'],
            ['RAID6', '두 개의 디스크가 고장 나도 데이터를 잃지 않습니다.'],
          ]),
        ),
      ],
      ['multiple_choice'],
    );
    expect(raid.filter((q) => /^RAID\d$/u.test(q.answer[0] ?? ''))).toEqual([]);
  });

  it('goes on naming the program over pages that only list its options', async () => {
    const more: [string, string][] = [
      ['-v, --verbose', 'Вивести докладний список оброблених файлів.'],
      ['--no-xattrs', 'Вимкнути підтримку розширених атрибутів.'],
      ['--same-owner', 'Встановлювати власників файлів за даними з архіву.'],
      ['-W, --verify', 'Перевірити архів після його запису.'],
    ];
    // Pages 3 to 11 never write "tar": the list of options goes on over them.
    const pages = [
      page(1, [...TAR_OPENING, ...listed(TAR_OPTIONS.slice(0, 3))]),
      ...[3, 5, 7, 9].map((n, i) => page(n, listed([TAR_OPTIONS[3 + (i % 3)]!]))),
      page(11, listed(more)),
    ];
    const questions = await quiz(pages, ['multiple_choice']);
    const last = questions.filter((q) => q.source.page === 11);
    expect(last.length).toBeGreaterThanOrEqual(2);
    for (const q of last) expect(q.prompt).toMatch(/^Виберіть параметр tar, описаний тут: /u);
  });
});

describe('options of a manual page in English', () => {
  const GZIP_OPTIONS: [string, string][] = [
    ['-k --keep', 'Keep (do not delete) input files during compression or decompression.'],
    ['-n --no-name', 'When compressing, do not save the original file name and timestamp by default.'],
    ['-q --quiet', 'Suppress all warnings that the program would otherwise print to the terminal.'],
    ['-f --force', 'Force compression or decompression even if the file has multiple links.'],
    ['-c --stdout --to-stdout', 'Write output on standard output; keep original files unchanged.'],
    ['-S .suf --suffix .suf', 'When compressing, use suffix .suf instead of .gz.'],
  ];
  const opening: [PageBlock['role'], string][] = [
    ['body', 'NAME'],
    ['body', 'gzip, gunzip, zcat - compress or expand files'],
    ['body', 'SYNOPSIS'],
    ['body', 'gzip [ -acdfhklLnNrtvV19 ] [--rsyncable] [-S suffix] [ name ... ]'],
    ['heading', 'OPTIONS'],
  ];

  it('asks which option a description is of, and takes no description for a statement of the program', async () => {
    const pages = [page(1, [...opening, ...listed(GZIP_OPTIONS)])];
    const questions = await quiz(pages);
    const asked = questions.filter((q) => q.prompt.startsWith('Choose the option of gzip described here: "'));
    expect(asked.length).toBeGreaterThanOrEqual(2);
    for (const q of asked) {
      const [line, text] = GZIP_OPTIONS.find(([, t]) => q.prompt.includes(t))!;
      expect(q.source.quote).toBe(`${line} ${text}`);
      expect(findQuote(q.source.quote, pages[0]!.text)).not.toBeNull();
      expect(q.choices).toHaveLength(4);
      expect(q.choices).toContain(q.answer[0]);
    }
    // "--keep" and "Keep (do not delete) ...": the name gives the description away, so it is not asked.
    expect(asked.map((q) => q.answer[0])).not.toContain('-k, --keep');
    // No description's first sentence is asked as if it held of gzip ("True or false: ... do not save ...").
    const firsts = GZIP_OPTIONS.map(([, t]) => t);
    for (const q of questions.filter((q) => !asked.includes(q))) expect(firsts).not.toContain(q.source.quote);
  });

  // A page of another language's manual that reads as English (its prose left untranslated): each description is
  // asked in its own language, told by its script (Greek) or by its own words (Portuguese), not by the page.
  const ENGLISH_PROSE = [
    'The diff program compares files line by line and prints the lines that differ between them.',
    'It was written by Paul Eggert, Mike Haertel, David Hayes, Richard Stallman and Len Tower in 1974 and later.',
    'The output of diff can be applied to the original file with the patch program to produce the new file.',
    'GNU diff is part of the GNU diffutils package, which also provides cmp, diff3 and sdiff for other comparisons.',
  ].join(' ');
  it.each<[string, [string, string][], RegExp]>([
    [
      'Greek',
      [
        ['-i --ignore-case', 'Αγνοεί τις διαφορές πεζών και κεφαλαίων στο περιεχόμενο των αρχείων.'],
        ['-w --ignore-all-space', 'Αγνοεί όλα τα λευκά διαστήματα κατά τη σύγκριση των γραμμών.'],
        ['-q --brief', 'Αναφέρει μόνο εάν τα αρχεία διαφέρουν, χωρίς λεπτομέρειες.'],
        ['-s --report-identical-files', 'Αναφέρει πότε δύο αρχεία είναι ίδια μεταξύ τους.'],
      ],
      /^Διαλέξτε την επιλογή του gzip που περιγράφεται εδώ: «/u,
    ],
    [
      'Portuguese',
      [
        ['-i --ignore-case', 'Ignora as diferenças entre maiúsculas e minúsculas no conteúdo dos arquivos.'],
        ['-w --ignore-all-space', 'Ignora todos os espaços em branco ao comparar as linhas dos arquivos.'],
        ['-q --brief', 'Informa apenas se os arquivos são diferentes, sem mostrar os detalhes.'],
        ['-s --report-identical-files', 'Informa quando os dois arquivos são idênticos entre si.'],
      ],
      /^Escolha a opção de gzip descrita aqui: «/u,
    ],
  ])('asks a description in %s in its language, on a page that reads as English', async (_, options, prompt) => {
    const pages = [page(1, [...opening, ['body', ENGLISH_PROSE], ...listed(options)])];
    const asked = (await quiz(pages, ['multiple_choice'])).filter((q) => /--/u.test(q.answer[0] ?? ''));
    expect(asked.length).toBeGreaterThanOrEqual(1);
    for (const q of asked) expect(q.prompt).toMatch(prompt);
  });

  it('asks nothing of an option’s description as if the program did it', async () => {
    const described =
      'The Lempel-Ziv algorithm was published by Abraham Lempel and Jacob Ziv in 1977 and is still the basis of most compressors.';
    const types = ['true_false', 'short_answer'];
    const under = await quiz([page(1, [...opening, ['body', '-Z --lzw'], ['body', described]])], types);
    expect(under.map((q) => q.source.quote)).not.toContain(described);
    // The same sentence standing alone is asked: what keeps it out is the option above it.
    const alone = await quiz([page(1, [...opening, ['body', described]])], types);
    expect(alone.map((q) => q.source.quote)).toContain(described);
  });
});
