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
});
