import { describe, expect, it } from 'vitest';
import { segmentSentences } from './segment.js';

// Page 8 of the German lecture slides on logic (the corpus), as the page text has it: a bullet list whose
// items wrap onto a second line, under a title with a stop and above a line of its own.
const SLIDE = [
  'Zur Syntax von natürlichen Sprachen.',
  '• Die Syntax einer natürlichen Sprache ist die Menge an',
  'Regeln, nach denen Sätze gebildet werden dürfen.',
  '• Die Bedeutung oder der Sinn der gebildeten Sätze ist dabei',
  'unerheblich.',
  'Grobe Definition (Semantik)',
  'Unter einer Semantik verstehen wir die Zuordnung von Bedeutung zu Text.',
].join('\n');

describe('segmentSentences', () => {
  const sentences = segmentSentences(SLIDE, 'de');

  it('joins a wrapped line to the next, and drops the bullet that opens an item', () => {
    expect(sentences.map((s) => s.text)).toEqual([
      'Zur Syntax von natürlichen Sprachen.',
      'Die Syntax einer natürlichen Sprache ist die Menge an Regeln, nach denen Sätze gebildet werden dürfen.',
      'Die Bedeutung oder der Sinn der gebildeten Sätze ist dabei unerheblich.',
      'Grobe Definition (Semantik)',
      'Unter einer Semantik verstehen wir die Zuordnung von Bedeutung zu Text.',
    ]);
  });

  it('ends no sentence at an exclamation or a question inside parentheses', () => {
    // Page 24 of the same slides.
    const page = [
      'Definition (Formale Sprache)',
      'Eine formale Sprache ist eine (oft unendliche!) Menge von Worten für ein festes Alphabet. Sie heißt L.',
    ].join('\n');
    expect(segmentSentences(page, 'de').map((s) => s.text)).toEqual([
      'Definition (Formale Sprache)',
      'Eine formale Sprache ist eine (oft unendliche!) Menge von Worten für ein festes Alphabet.',
      'Sie heißt L.',
    ]);
  });

  it('keeps offsets into the page: each sentence and word is where the page has it, line breaks as spaces', () => {
    for (const s of sentences) {
      expect(SLIDE.slice(s.start, s.start + s.text.length).replace(/\n/g, ' ')).toBe(s.text);
      for (const w of s.words) expect(SLIDE.slice(w.start, w.end)).toBe(w.text);
    }
  });

  it('leaves out the label of a box a sentence was read with ("Nota", "Dica", "ティップ")', () => {
    // The Portuguese and Japanese Debian references, as pdf.js reads their boxes.
    const text = [
      'Nota Como a base de dados MD5sum pode ser adulterada por um intruso, o debsums(1) é uma ferramenta útil.',
      'ティップ Aptitude はインタラクティブに起動されると次にするアクションを自動的に設定します。',
      'ティップ ntp パッケージ中の ntptrace(8) を使うと、NTP サービスの継がりを溯ることができます。',
      'Attenzione alla strada: il paese è lontano.',
      'Suggerimento si può abilitare la visualizzazione dei messaggi del log di avvio del kernel.',
    ].join('\n');
    const sentences = [...segmentSentences(text, 'pt'), ...segmentSentences(text, 'ja')];
    for (const s of sentences) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
    const texts = sentences.map((s) => s.text);
    expect(texts).toContain(
      'Como a base de dados MD5sum pode ser adulterada por um intruso, o debsums(1) é uma ferramenta útil.',
    );
    expect(texts).toContain('Aptitude はインタラクティブに起動されると次にするアクションを自動的に設定します。');
    expect(texts).toContain('ntp パッケージ中の ntptrace(8) を使うと、NTP サービスの継がりを溯ることができます。');
    // The Italian reference: a label no sentence opens with, before a lowercase word.
    expect(texts).toContain('si può abilitare la visualizzazione dei messaggi del log di avvio del kernel.');
    // Labels the German and French references use, and labels set in capitals.
    const more = segmentSentences(
      'Anmerkung Um Konflikte mit ifupdown zu vermeiden, werden nur manche Schnittstellen verwaltet.\nASTUCE La fonctionnalité Ctrl-S du terminal peut être désactivée en utilisant stty.',
      'fr',
    ).map((s) => s.text);
    expect(more).toEqual([
      'Um Konflikte mit ifupdown zu vermeiden, werden nur manche Schnittstellen verwaltet.',
      'La fonctionnalité Ctrl-S du terminal peut être désactivée en utilisant stty.',
    ]);
    // A word of the sentence itself, in lowercase after it, is no label.
    expect(texts.some((t) => t.startsWith('Attenzione alla strada'))).toBe(true);
  });

  it('goes on past a domain name cut at the end of a line, and not past a sentence that ends there', () => {
    const page = [
      'El alojamiento de master.debian.org se trasladó de HP a un proveedor nuevo a finales de 1995, y',
      'Michael Neuffer y Shimon Shapiro, que fundaron la empresa, lo alojaron en i-Connect.',
      'Net, su propio proveedor, durante algo más de un año con su propio hardware y su red.',
      'Durante ese tiempo proporcionaron mucha ayuda al proyecto, que creció en aquellos meses.',
      'Netscape era entonces el navegador de la mayoría de los usuarios de aquellos sistemas.',
    ].join('\n');
    expect(segmentSentences(page, 'es').map((s) => s.text)).toEqual([
      'El alojamiento de master.debian.org se trasladó de HP a un proveedor nuevo a finales de 1995, y Michael Neuffer y Shimon Shapiro, que fundaron la empresa, lo alojaron en i-Connect. Net, su propio proveedor, durante algo más de un año con su propio hardware y su red.',
      'Durante ese tiempo proporcionaron mucha ayuda al proyecto, que creció en aquellos meses.',
      'Netscape era entonces el navegador de la mayoría de los usuarios de aquellos sistemas.',
    ]);
  });

  it("goes on past a long Korean line cut without a stop where extraction ran the page's lines into paragraphs", () => {
    // The Rust book in Korean: each line of the page is a paragraph, and one paragraph was cut at an inline name.
    const page = [
      'String 타입은 세 부분으로 이루어져 있습니다. 문자열 내용이 들어 있는 메모리를 가리키는 포인터, 문자열의 길이, 메모리 용량입니다. 이 데이터는 스택에 저장되며, 문자열의 내용은 힙 메모리에 저장됩니다. 길이는 문자열이 현재 사용하는 메모리의 양을 나타냅니다.',
      's2 에 s 을 대입하면 String 데이터가 복사됩니다. 이때 데이터는 스택에 있는 데이터, 즉 포인터, 길이, 용량',
      '값을 말하며, 포인터가 가리키는 힙 영역의 데이터는 복사되지 않습니다.',
      '변수와 데이터 간 상호작용 방식: 클론',
      '힙 메모리까지 깊이 복사하고 싶을 때는 clone 이라는 공용 메서드를 사용할 수 있습니다.',
    ].join('\n');
    expect(segmentSentences(page, 'ko').map((s) => s.text)).toContain(
      '이때 데이터는 스택에 있는 데이터, 즉 포인터, 길이, 용량 값을 말하며, 포인터가 가리키는 힙 영역의 데이터는 복사되지 않습니다.',
    );
    // A heading is no cut line, nor is a command of Latin letters as long.
    expect(segmentSentences(page, 'ko').map((s) => s.text)).toContain('변수와 데이터 간 상호작용 방식: 클론');
    const commands = [
      'Der erste Schritt ist, die Quellen des Programms herunterzuladen und in einem eigenen Verzeichnis zu entpacken, wie unten gezeigt wird. Dafür genügen drei Befehle in einer Shell, und danach liegt das Programm in einem Unterverzeichnis.',
      '$ mkdir ~/gentoo ; cd ~/gentoo $ wget http://www.example.org/gentoo-0.9.12.tar.gz $ tar xvzf gentoo-0.9.12.tar.gz',
      'Nun gibt es ein weiteres Unterverzeichnis namens gentoo-0.9.12 in diesem Verzeichnis.',
    ].join('\n');
    expect(segmentSentences(commands, 'de').map((s) => s.text)).toContain(
      'Nun gibt es ein weiteres Unterverzeichnis namens gentoo-0.9.12 in diesem Verzeichnis.',
    );
  });
});
