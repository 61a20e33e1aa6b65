import { describe, expect, it } from 'vitest';
import { type LayoutItem, layoutText } from './layout-text.js';

/** A run of text at (x, y), with a plausible width of half an em per character. */
function run(str: string, x: number, y: number, options: { size?: number; width?: number; eol?: boolean } = {}) {
  const { size = 10, width = str.length * size * 0.5, eol = false } = options;
  return { str, transform: [size, 0, 0, size, x, y], width, height: size, hasEOL: eol } satisfies LayoutItem;
}

/** Lines of a paragraph block starting at y, 12 pt apart. */
function lines(texts: string[], y: number, pitch = 12): LayoutItem[] {
  return texts.map((t, i) => run(t, 50, y - i * pitch, { eol: true }));
}

describe('layoutText', () => {
  it('goes on with a line where pdf.js marks a line end before a slanted run on the same baseline', () => {
    // The Rust book in Korean as Chromium prints it: "*데이터 레이스(data race)*" set in a slanted italic, whose
    // change of text matrix pdf.js reports as an empty item carrying a line end.
    const slanted = (str: string, x: number) => ({
      ...run(str, x, 466.92),
      transform: [10.5, 0, 2.62, 10.5, x, 466.92],
    });
    const items = [
      run('컴파일 타임에', 200, 466.92, { size: 10.5, width: 75 }),
      { ...slanted('', 278), width: 0, hasEOL: true },
      slanted('데이터 레이스', 278),
      run('(data race) 를 방지합니다.', 340, 466.92, { size: 10.5, width: 110, eol: true }),
      run('다음 줄은 새 문단입니다.', 50, 430, { size: 10.5, eol: true }),
    ];
    expect(layoutText(items)).toBe('컴파일 타임에 데이터 레이스 (data race) 를 방지합니다.\n다음 줄은 새 문단입니다.');
    // An empty item with a line end before text further down, or back at the left, still ends the line.
    expect(
      layoutText([
        run('First line of the page', 50, 700, { width: 110 }),
        run('', 50, 700, { eol: true }),
        run('Second line', 50, 688),
      ]),
    ).toBe('First line of the page Second line');
  });

  it('returns an empty string for a page without text', () => {
    expect(layoutText([])).toBe('');
    expect(layoutText([run('', 50, 700, { eol: true }), run('   ', 50, 680)])).toBe('');
  });

  it('reads a right-to-left line from its right edge, numbers and final stop in place', () => {
    // As producers draw it: left to right on the page; pdf.js gives each Hebrew run in logical order.
    const rtl = (str: string, x: number, width: number) => ({ ...run(str, x, 700, { width }), dir: 'rtl' });
    const items = [
      { ...run('.', 100, 700, { width: 3 }), dir: 'ltr' },
      rtl('בתל אביב', 103, 45),
      { ...run('1948', 151, 700, { width: 25 }), dir: 'ltr' },
      rtl('מדינת ישראל הוכרזה בשנת', 179, 125),
    ];
    expect(layoutText(items)).toBe('מדינת ישראל הוכרזה בשנת 1948 בתל אביב.');
    // A left-to-right line with a Hebrew word keeps its drawing order.
    expect(layoutText([run('Israel', 50, 700), { ...run('ישראל', 85, 700), dir: 'rtl' }, run('1948.', 115, 700)])).toBe(
      'Israel ישראל 1948.',
    );
  });

  it('reads the words of a left-to-right run inside a right-to-left line from the run’s left edge', () => {
    // "الأمر apt install يثبت الحزمة." as a browser prints it: "apt" and "install" drawn as runs of their own.
    const rtl = (str: string, x: number, width: number) => ({ ...run(str, x, 700, { width }), dir: 'rtl' });
    const ltr = (str: string, x: number, width: number) => ({ ...run(str, x, 700, { width }), dir: 'ltr' });
    const items = [
      ltr('.', 60, 3),
      rtl('يثبت الحزمة', 63, 60),
      ltr('apt', 128, 18),
      ltr(' ', 146, 3),
      ltr('install', 149, 35),
      rtl('الأمر', 189, 25),
    ];
    expect(layoutText(items)).toBe('الأمر apt install يثبت الحزمة.');
  });

  it('puts a space between runs drawn apart on one line and none between touching runs', () => {
    const items = [run('Cells', 50, 700), run('divide', 80, 700), run('by mito', 115, 700), run('sis.', 150, 700)];
    expect(layoutText(items)).toBe('Cells divide by mitosis.');
  });

  it('joins the lines of a paragraph with spaces and separates paragraphs with "\\n"', () => {
    const items = [
      ...lines(['Photosynthesis takes place in', 'the chloroplasts of plant cells.'], 700),
      ...lines(['Respiration releases energy', 'stored in glucose.'], 660),
    ];
    expect(layoutText(items)).toBe(
      'Photosynthesis takes place in the chloroplasts of plant cells.\nRespiration releases energy stored in glucose.',
    );
  });

  it('tells one-line paragraphs apart even when every step on the page is a paragraph step', () => {
    const items = lines(['First point.', 'Second point.', 'Third point.'], 700, 26);
    expect(layoutText(items)).toBe('First point.\nSecond point.\nThird point.');
  });

  it('joins a word hyphenated at the end of a line, and keeps hyphens that are part of a name', () => {
    expect(layoutText(lines(['the transfer of informa-', 'tion between cells'], 700))).toBe(
      'the transfer of information between cells',
    );
    expect(layoutText(lines(['as Jean-', 'Paul Sartre wrote'], 700))).toBe('as Jean-Paul Sartre wrote');
  });

  it('joins wrapped CJK lines without a space', () => {
    expect(layoutText(lines(['光合成は植物の', '葉緑体で行われる。'], 700))).toBe('光合成は植物の葉緑体で行われる。');
  });

  it('starts a new paragraph at a heading in a larger font', () => {
    const items = [run('Chapter 2', 50, 720, { size: 16, eol: true }), ...lines(['Forces change motion.'], 700)];
    expect(layoutText(items)).toBe('Chapter 2\nForces change motion.');
  });

  it('keeps a superscript on its line and uses empty end-of-line items as line ends', () => {
    const items = [
      run('E = mc', 50, 700),
      run('2', 80, 704, { size: 6 }),
      run('', 50, 688, { eol: true }),
      run('is famous.', 50, 688),
    ];
    expect(layoutText(items)).toBe('E = mc2 is famous.');
  });

  it('ends a paragraph at a short line that ends a sentence, as in books without paragraph spacing', () => {
    const items = [
      run('The Nile is the longest river in Africa and flows', 50, 700, { width: 400, eol: true }),
      run('north into the Mediterranean.', 50, 688, { width: 200, eol: true }),
      run('The Amazon carries more water than any other', 50, 676, { width: 395, eol: true }),
      run('river.', 50, 664, { width: 40, eol: true }),
    ];
    expect(layoutText(items)).toBe(
      'The Nile is the longest river in Africa and flows north into the Mediterranean.\nThe Amazon carries more water than any other river.',
    );
  });
});
