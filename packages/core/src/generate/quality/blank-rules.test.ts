import { describe, expect, it } from 'vitest';
import { inParentheses, isStopWord, isTrivialBlank, leaksAnswer, opensLike } from './blank-rules.js';

describe('isTrivialBlank', () => {
  it.each([
    // [answer, sentence it was blanked in, trivial]
    ['the', 'The compact was signed in 1980.', true],
    ['les', 'Les paquets sont construits par le responsable.', true],
    ['x', 'The value x grows with time.', true],
    ['3', '3 These steps are left as an exercise.', true],
    ['2.3', 'Section 2.3 describes the rules.', true],
    ['433', 'Lorentz transformation, 433, 511', true],
    ['9', 'Step 9 of the build runs the tests.', true],
    ['(4)', 'The result (4) follows from the definition.', true],
    ['1980', 'The compact was approved by Congress in 1980.', false],
    ['12', 'The pigeon carried a camera weighing 12 grams.', false],
    ['40', 'Debian 2.0 incluía más de 40 paquetes oficiales.', false],
    ['1,500', 'More than 1,500 developers maintain the archive.', false],
    ['Red River Compact', 'The Red River Compact allocates water.', false],
    ['44701', 'The FAA is issuing this rule under Section 44701, General requirements.', true],
    ['8', 'Use lspci(8) to list the devices.', true],
    ['1.5', '请参见第 1.5 节。', true],
    ['2019', 'See https://lists.debian.org/2019/03/msg00023.html for details.', true],
    ['2019', 'Debian 10 was released in July 2019.', false],
    ['9.0', 'Debian 9.0 was released with 51,000 packages.', true],
    ['63561', 'The aircraft carries 63561 litres of fuel.', false],
    ['chloroplasts', 'Photosynthesis takes place in the chloroplasts.', false],
  ])('%s in "%s" -> %s', (answer, quote, expected) => {
    expect(isTrivialBlank(answer, quote)).toBe(expected);
  });

  it('knows function words in several languages', () => {
    expect(['the', 'der', 'les', 'los', 'which'].every(isStopWord)).toBe(true);
    expect(['compact', 'Paket', 'paquet', 'paquete'].some(isStopWord)).toBe(false);
  });
});

describe('opensLike', () => {
  it('finds a word of the stem opening like the answer', () => {
    expect(opensLike('通过“sudo systemctl restart smartmontools”重新启动 ____ 后台守护进程。', 'smartd', 5)).toBe(true);
    expect(opensLike('Le ____ de paquet est le processus permettant de sauver un paquet.', 'sauvetage', 5)).toBe(true);
    expect(opensLike('使用 ____ 通过进程 ID 来杀死一个进程。', 'kill', 4)).toBe(false);
    expect(opensLike('Ein ____ ist eine endliche Menge von Symbolen.', 'Alphabet', 5)).toBe(false);
  });
});

describe('leaksAnswer', () => {
  it.each([
    ['\\numtoName uses ____ letters, while \\NumToName uses uppercase.', 'uppercase', true],
    ['The ____ of a package lists its dependencies.', 'packages', true],
    ['The ____ lists what a package depends on.', 'control file', false],
    // The R language definition: the number stands in another token of the stem.
    ['The constant 1e3L gives ____ as an integer and is equivalent to 1000L.', '1000', true],
    ['The constant 1e3L gives ____ as an integer rather than a numeric value.', '1000', false],
    ['The human body contains about ____ cells, of which 2,000 are studied.', '2000', true],
    ['Photosynthesis takes place in the ____ of plant cells.', 'chloroplasts', false],
    ['The decision-making agent assigns a number to each situation (called the "____").', 'utility', false],
    ['Spacetime diagrams show ____ geometrically.', 'spacetime diagrams', true],
    ['The compact was approved by Congress in ____.', '1980', false],
    ['Artificial intelligence (____) refers to the capability of computational systems.', 'AI', true],
    ['The deployment of AI may be overseen by a Chief ____ (CAO).', 'automation officer', true],
    ['这本书是____的；你可以在与 Debian 自由软件指导方针兼容的许可证下再发布它。', '自由', true],
    ['给一个____设置“粘滞位”将保护文件不被删除。', '目录', false],
    ['The ____ of 2010 reviewed the use of heparin in trauma patients.', 'DVT', false],
    [
      'Des programmes simples sont fournis avec un fichier ____ et peuvent être compilés en appelant make.',
      'Makefile',
      true,
    ],
    ['Simple programs come with a ____ and are built by calling make.', 'Makefile', true],
    ['Usually with a technique called ____ learning from human feedback (RLHF).', 'reinforcement', true],
    ['Models are tuned with reinforcement learning from human feedback (RLHF) and ____ data.', 'quality', false],
    ['Debian packages are built from a ____ file.', 'Debianutils', true],
    ['Many recent programs come with a script that creates a custom ____ at run time.', 'Makefile', false],
  ])('%s / %s -> %s', (stem, answer, expected) => {
    expect(leaksAnswer(stem, answer)).toBe(expected);
  });
});

describe('inParentheses', () => {
  const at = (text: string, value: string) => {
    const start = text.indexOf(value);
    return inParentheses(text, start, start + value.length);
  };
  it('finds a value in an aside, in any script', () => {
    expect(at('Debian 10 Buster (July 2019): named for Andy’s pet dog.', '2019')).toBe(true);
    expect(at('The package is in PAML (Yang, 2007) and in HyPhy.', '2007')).toBe(true);
    expect(at('在 Debian 8 jessie（2015 年发布）版本后，/sbin/init 是一个符号链接。', '2015')).toBe(true);
    // A long aside: "(vedere la sezione ... in bash(1))".
    const aside = 'Si possono elencare gli alias con alias (vedere la sezione ”SHELL BUILTIN COMMANDS” in bash(1)).';
    expect(at(aside, 'bash(1)')).toBe(true);
  });
  it('leaves values outside parentheses alone', () => {
    expect(at('Debian 2.2 (Potato) was released in August 2000.', '2000')).toBe(false);
    expect(at('In 1993 (a busy year) Ian Murdock founded Debian.', '1993')).toBe(false);
  });
});
