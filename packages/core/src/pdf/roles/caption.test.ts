// Captions from the corpus (physics-spacetime-lecture-notes-en.pdf, debian-reference-zh-cn.pdf, the CIA scan)
// and in other languages; and body lines that open with a name and a number (debian-history-es.pdf,
// debian-reference-zh-cn.pdf) that must stay body.
import { describe, expect, it } from 'vitest';
import { isCaption } from './caption.js';

describe('isCaption', () => {
  it.each([
    ['Figure 1: Basic spacetime diagram.', true],
    ['Table 1.4: “ls -l”输出的第一个字符列表', true],
    ['Figure 5: Program Management Structure', true],
    ['Tabla 2. Versiones de Debian y sus fechas de publicación', true],
    ['Abb. 4 – Syntaxbaum des Satzes', true],
    ['Tableau 3 : Paquets binaires construits à partir de la source', true],
    ['图 3 系统结构', true],
    ['表 1-2：软件包信息文档列表', true],
    ['Debian 9 Stretch está dedicado a él.', false],
    ['Debian 0.01 hasta 0.90 (agosto-diciembre de 1993).', false],
    [
      'Debian 10 Buster (July 2019): named for Andy’s pet dog, received as Christmas present in the end of Toy Story.',
      false,
    ],
    ['参见第 6.3.8 节。', false],
    [
      '尽管 4 个 shell 重定向的例子都会显示相同的结果，但最后一个例子毫无意义地运行了额外的 cat 命令浪费了资源。',
      false,
    ],
    ['前 4 种类型的文件是所有相关的 APT 命令共享的，并且可以通过“apt-get update”在命令行中进行更新。', false],
    ['在第 1.4.2 节，2 个技巧允许快速在目录间游走，在 $CDPATH 和 mc 描述。', false],
    ['Apache 2.2.22', false],
    ['Perl 5.14', false],
  ])('%j -> %s', (text, expected) => {
    expect(isCaption(text)).toBe(expected);
  });

  it('takes a long block that opens like a caption for prose', () => {
    expect(isCaption(`Figure 2: ${'La lumière se propage à vitesse constante. '.repeat(12)}`)).toBe(false);
  });
});
