import { describe, expect, it } from 'vitest';
import { describedEntries, describesAlone, type Entry, EntryIndex, entryName, namedInDescription } from './entries.js';
import { seededRandom } from './seeded-random.js';

describe('entryName', () => {
  it('reads the names of an option, without its argument or the words between them', () => {
    const names: [string, string[]][] = [
      ['-K, --starting-file=ЕЛЕМЕНТ', ['-K', '--starting-file']],
      ['-f ФАЙЛ, --file=ФАЙЛ', ['-f', '--file']],
      ['-bn або --buffers=n', ['-b', '--buffers']],
      ['-Tфайл_міток або --tag-file=файл_міток', ['-T', '--tag-file']],
      ['--color[=WHEN]', ['--color']],
      ['-n --no-name', ['-n', '--no-name']],
      ['-q, або --quiet, або --silent', ['-q', '--quiet', '--silent']],
      ['-ignore_readdir_race', ['-ignore_readdir_race']],
      ['+N', ['+N']],
    ];
    for (const [line, expected] of names) {
      const name = entryName(line);
      expect(name?.names, line).toEqual(expected);
      expect(name?.kind, line).toBe('option');
      expect(name?.label, line).toBe(expected.join(', '));
    }
  });

  it('takes a line naming several options for a heading over them, not an entry', () => {
    for (const line of ['-ls, -fls', '-warn, -nowarn']) expect(entryName(line), line).toBeUndefined();
    expect(entryName('--transform=ВИРАЗ, --xform=ВИРАЗ')?.names).toEqual(['--transform', '--xform']);
    expect(entryName('-help, --help')?.names).toEqual(['-help', '--help']);
    expect(entryName('-A, --catenate, --concatenate')?.names).toEqual(['-A', '--catenate', '--concatenate']);
  });

  it('tells a variable from a setting', () => {
    expect(entryName('LESSHISTSIZE')?.kind).toBe('variable');
    expect(entryName('SSH_AUTH_SOCK')?.kind).toBe('variable');
    expect(entryName('ForwardX11')?.kind).toBe('setting');
    expect(entryName('Некоторые слова')).toBeUndefined();
    expect(entryName('two words')).toBeUndefined();
  });
});

describe('describesAlone', () => {
  const option = entryName('--no-recursion')!;

  it('takes a whole sentence that says what the entry does', () => {
    expect(describesAlone('Не заходити автоматично у каталоги.', option)).toBe(true);
    expect(describesAlone('Do not descend into directories when archiving.', option)).toBe(true);
    // A translation left half done.
    expect(describesAlone('使用行缓冲， it can be a performance penality.', entryName('--line-buffered')!)).toBe(false);
    // Japanese and Chinese write no spaces between words: the spaces around a Latin name count no words.
    expect(describesAlone('find のバージョンを表示して終了します。', entryName('-version, --version')!)).toBe(true);
  });

  it('takes no fragment, no sentence leaning on another option, and none telling what happens without it', () => {
    for (const sentence of [
      'Назва файла.',
      'Не заходити автоматично у каталоги',
      'Подібний до -i, але наказує ігнорувати регістр символів.',
      'Те саме, що і --exclude-ignore, окрім того, що взірці стосуються каталогу.',
      'Зазвичай, less підсвічуватиме УСІ рядки, які відповідають критерію пошуку.',
      'By default, tar descends into every directory it is given.',
      'Таким чином, початкові і кінцеві пробіли буде вилучено.',
      'The --no-recursion option turns recursion off.',
    ])
      expect(describesAlone(sentence, option), sentence).toBe(false);
  });
});

describe('namedInDescription', () => {
  it('finds an option whose name spells out its description, in any Latin-script language', () => {
    expect(namedInDescription(entryName('-t, --list')!, 'List the contents of an archive.')).toBe(true);
    expect(namedInDescription(entryName('-r --recursive')!, 'Parcourir récursivement les répertoires.')).toBe(true);
    expect(namedInDescription(entryName('ForwardX11')!, 'Specifies whether X11 connections are forwarded.')).toBe(true);
  });

  it('finds nothing when the name has to be known', () => {
    expect(namedInDescription(entryName('--no-recursion')!, 'Не заходити автоматично у каталоги.')).toBe(false);
    expect(namedInDescription(entryName('-k, --keep')!, 'Do not delete input files during compression.')).toBe(false);
  });
});

const entry = (line: string, sentence: string, paragraph = sentence): Entry => ({
  ...entryName(line)!,
  sentence,
  paragraph,
});

describe('EntryIndex', () => {
  const answer = entry('-N, --newer=ДАТА', 'Зберігати, лише якщо є новішими за ДАТУ.');
  const index = new EntryIndex();
  const scope = 'tar';
  for (const e of [
    answer,
    // The same option again, under another of its names: no choice beside itself.
    entry('--newer=ДАТА', 'Зберігати файли, новіші за ДАТУ.'),
    // Speaks of the answer: right as well.
    entry('--after-date=ДАТА', 'Те саме, що й параметр --newer.'),
    // Says much the same: right as well.
    entry('--newer-mtime=ДАТА', 'Зберігати, лише якщо дані є новішими за ДАТУ.'),
    entry('-k, --keep-old-files', 'Не заміняти наявні файли під час видобування.'),
    entry('--no-recursion', 'Не заходити автоматично у каталоги.'),
    entry('-m, --touch', 'Не видобувати час модифікації файлів.'),
    entry('-C, --directory=КАТАЛОГ', 'Змінити каталог до виконання будь-яких дій.'),
    entry('TAR_FILENAME', 'Назва файла, який обробляє програма.'),
  ])
    index.observe(scope, e);
  index.observe('gzip', entry('-k --keep', 'Зберігати файли вхідних даних.'));

  it('offers the other entries of the program, of the same kind, none right as well', () => {
    const wrong = index.wrongChoices(scope, answer, 10, seededRandom(1));
    expect(new Set(wrong)).toEqual(
      new Set(['-k, --keep-old-files', '--no-recursion', '-m, --touch', '-C, --directory']),
    );
  });

  it('offers no three that share a word the answer’s names lack: it would stand out as the odd one', () => {
    // sdiff in Greek: "-o, --output" among three "--ignore-..." options was obvious to readers.
    const sdiff = new EntryIndex();
    const output = entry('-o, --output=ΑΡΧΕΙΟ', 'Αλληλεπιδραστική λειτουργία με αποστολή εξόδου στο ΑΡΧΕΙΟ.');
    for (const e of [
      output,
      entry('-i, --ignore-case', 'Θεωρεί ίδια τα πεζά και τα κεφαλαία.'),
      entry('-E, --ignore-tab-expansion', 'Αγνοεί αλλαγές λόγω επέκτασης των στηλοθετών.'),
      entry('-Z, --ignore-trailing-space', 'Αγνοεί τα κενά στο τέλος της γραμμής.'),
      entry('-b, --ignore-space-change', 'Αγνοεί αλλαγές στην ποσότητα των κενών.'),
      entry('-s, --suppress-common-lines', 'Δεν εμφανίζει τις κοινές γραμμές.'),
    ])
      sdiff.observe('sdiff', e);
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const wrong = sdiff.wrongChoices('sdiff', output, 3, seededRandom(seed));
      expect(wrong).toHaveLength(3);
      expect(wrong.filter((w) => w.includes('--ignore-')).length, wrong.join(' ')).toBeLessThan(3);
    }
  });

  it('offers those of the answer’s shape first', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const wrong = index.wrongChoices(scope, answer, 3, seededRandom(seed));
      expect(wrong).toHaveLength(3);
      expect(wrong).not.toContain('--no-recursion');
    }
  });
});

describe('describedEntries', () => {
  it('takes a number’s sign for no option: find’s "+n" and "-n" above "for greater than n"', () => {
    const text = ['for greater than n,', 'for less than n,', 'Print the version number of find and exit.'].join('\n');
    const sentences = [0, text.indexOf('for less'), text.indexOf('Print')].map((start) => ({
      start,
      text: text.slice(start).split('\n')[0]!,
    }));
    const lines = new Map([
      [sentences[0]!.start, '+n'],
      [sentences[1]!.start, '-n'],
      [sentences[2]!.start, '-v'],
    ]);
    const described = describedEntries({ page: 1, text }, sentences, {
      entryAt: (offset) => lines.get(offset),
      programAt: () => 'find',
    });
    expect(described.map((d) => d?.entry.label)).toEqual([undefined, undefined, '-v']);
  });
});
