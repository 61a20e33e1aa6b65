// A quiz printed to PDF, as the web app's print page lays it out: an A4 worksheet (title, Name and Date lines,
// numbered questions, lettered choices with a box to tick, lines to write a short answer on) or its answer key
// (each question's answer and the page it comes from). No question is cut across two pages; a question in a
// right-to-left script is laid out from the right.
import { baseFilename, choiceLabel, isRightToLeft, type Question, type Quiz } from '@quizstream/core';
import PDFDocument from 'pdfkit';
import { z } from 'zod';
import { drawLine, type Line, layoutParagraph, type TextStyle } from './paragraph-layout.js';
import type { CjkRegion, PrintFonts } from './print-fonts.js';
import { type SheetWords, sheetWords } from './sheet-words.js';

export const SHEET_KINDS = ['worksheet', 'key'] as const;
export const SheetKind = z.enum(SHEET_KINDS);
export type SheetKind = z.infer<typeof SheetKind>;

export interface PrintedSheet {
  pdf: Buffer;
  filename: string;
  /** Scripts of the quiz no installed font could draw ("Garay"), in the order met; they print as empty boxes. */
  missingScripts: string[];
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const WIDTH = A4.width - 2 * MARGIN;
const BOTTOM = A4.height - MARGIN;
const TITLE_SIZE = 18;
const SIZE = 11;
const LEADING = 1.5;
/** Room for the question's number, and for a choice's box and letter. */
const NUMBER_WIDTH = 24;
const CHOICE_INDENT = 34;
const WRITING_LINES = 2;
const WRITING_GAP = 26;

/** A column of the page: where it starts and how wide it is, in points. */
type Column = { left: number; width: number };

/** One line of the sheet, or one item of it that must stay on one page. */
interface Row {
  height: number;
  draw(top: number): void;
}

/** Renders `quiz` as a worksheet or as its answer key. */
export async function printQuiz(quiz: Quiz, kind: SheetKind, fonts: PrintFonts): Promise<PrintedSheet> {
  const words = sheetWords(quiz.options.language);
  const title = kind === 'key' ? words.keyTitle(quiz.title) : quiz.title;
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    lang: words.language,
    displayTitle: true,
    info: { Title: title, Creator: 'quizstream' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  const sheet = new Sheet(doc, fonts, quiz.options.language);
  await sheet.paragraph(title, { size: TITLE_SIZE, gapAfter: 10 });
  if (kind === 'worksheet') {
    sheet.place([await sheet.nameAndDate(words)]);
    for (const [i, q] of quiz.questions.entries()) sheet.place(await sheet.question(q, i + 1));
  } else {
    for (const [i, q] of quiz.questions.entries()) sheet.place(await sheet.keyItem(q, i + 1, words));
  }
  doc.end();
  await ended;
  const base = baseFilename(title);
  return { pdf: Buffer.concat(chunks), filename: `${base}.pdf`, missingScripts: [...sheet.missing] };
}

/** The key of one question: its choices' letters and texts, or the written answers. */
export function answerOf(q: Question): string {
  if (q.type === 'short_answer') return q.answer.join(' · ');
  return q.answer.map((a) => `${choiceLabel(q.choices.indexOf(a))}. ${a}`).join(', ');
}

/** Chinese characters look different in China, Taiwan, Hong Kong, Japan and Korea: the face follows the text. */
function regionOf(text: string, language: string | undefined): CjkRegion {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'jp';
  if (/\p{Script=Hangul}/u.test(text)) return 'kr';
  const tag = (language ?? '').toLowerCase();
  if (tag.startsWith('ja')) return 'jp';
  if (tag.startsWith('ko')) return 'kr';
  if (/^zh-(hk|mo)/.test(tag)) return 'hk';
  if (/^zh-(hant|tw)/.test(tag)) return 'tc';
  return 'sc';
}

class Sheet {
  y = MARGIN;
  readonly missing = new Set<string>();

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly fonts: PrintFonts,
    private readonly language: string | undefined,
  ) {}

  /** Lines of `text` at most `width` wide, in the face of each of its scripts. */
  async lines(text: string, width: number, size: number, rtl: boolean, region: CjkRegion): Promise<Line[]> {
    const style: TextStyle = { size, fonts: this.fonts, region };
    const laid = await layoutParagraph(this.doc, text, width, rtl, style);
    for (const script of laid.missing) this.missing.add(script);
    return laid.lines;
  }

  /** A line placed from the left edge of its column, or from the right one when the item reads right to left. */
  drawAt(line: Line, column: Column, top: number, size: number, rtl: boolean): void {
    const x = rtl ? column.left + column.width - line.width : column.left;
    drawLine(this.doc, line, x, top + size * 1.15, size);
  }

  /** A paragraph across the page, placed at once (the title). */
  async paragraph(text: string, opts: { size: number; gapAfter: number }): Promise<void> {
    const rtl = isRightToLeft(text);
    const lines = await this.lines(text, WIDTH, opts.size, rtl, regionOf(text, this.language));
    for (const line of lines) {
      this.drawAt(line, { left: MARGIN, width: WIDTH }, this.y, opts.size, rtl);
      this.y += opts.size * LEADING;
    }
    this.y += opts.gapAfter;
  }

  /** "Name ________  Date ______", from the right in a right-to-left language. */
  async nameAndDate(words: SheetWords): Promise<Row> {
    const rtl = isRightToLeft(words.name);
    const region = regionOf('', this.language);
    const [name] = await this.lines(words.name, WIDTH, SIZE, rtl, region);
    const [date] = await this.lines(words.date, WIDTH, SIZE, rtl, region);
    const height = SIZE * LEADING + 14;
    return {
      height,
      draw: (top) => {
        const baseline = top + SIZE * 1.15;
        // Along the row from its start: label, a long line, label, a short line.
        let at = 0;
        const segment = (line: Line | undefined, rule: number) => {
          const labelWidth = line?.width ?? 0;
          const x = rtl ? MARGIN + WIDTH - at - labelWidth : MARGIN + at;
          if (line) drawLine(this.doc, line, x, baseline, SIZE);
          at += labelWidth + 6;
          const from = rtl ? MARGIN + WIDTH - at - rule : MARGIN + at;
          this.doc
            .moveTo(from, baseline + 2)
            .lineTo(from + rule, baseline + 2)
            .lineWidth(0.6)
            .stroke();
          at += rule + 18;
        };
        segment(name, WIDTH * 0.55);
        segment(date, WIDTH * 0.2);
      },
    };
  }

  /** A question of the worksheet: number, prompt, then its choices or lines to write on. */
  async question(q: Question, n: number): Promise<Row[]> {
    const rtl = isRightToLeft(q.prompt);
    const region = regionOf([q.prompt, ...q.choices].join(' '), this.language);
    const lineHeight = SIZE * LEADING;
    const text = { left: MARGIN + (rtl ? 0 : NUMBER_WIDTH), width: WIDTH - NUMBER_WIDTH };
    const rows: Row[] = [await this.numbered(n, q.prompt, { rtl, region, text, below: 4 })];
    if (q.type === 'short_answer') {
      rows.push({
        height: WRITING_LINES * WRITING_GAP,
        draw: (top) => {
          for (let i = 1; i <= WRITING_LINES; i++) {
            const y = top + i * WRITING_GAP - 4;
            this.doc
              .moveTo(text.left, y)
              .lineTo(text.left + text.width, y)
              .lineWidth(0.5)
              .stroke('#555555');
          }
          this.doc.strokeColor('#000000');
        },
      });
    }
    const choice = { left: text.left + (rtl ? 0 : CHOICE_INDENT), width: text.width - CHOICE_INDENT };
    for (const [i, c] of q.choices.entries()) {
      const [label] = await this.lines(`${choiceLabel(i)}.`, CHOICE_INDENT, SIZE, false, region);
      const lines = await this.lines(c, choice.width, SIZE, isRightToLeft(c) || (rtl && !/\p{L}/u.test(c)), region);
      rows.push({
        height: lines.length * lineHeight,
        draw: (top) => {
          const boxX = rtl ? text.left + text.width - 10 : text.left;
          const middle = top + SIZE * 0.78;
          if (q.type === 'multi_select')
            this.doc
              .rect(boxX, middle - 4.5, 9, 9)
              .lineWidth(0.7)
              .stroke();
          else
            this.doc
              .circle(boxX + 4.5, middle, 4.5)
              .lineWidth(0.7)
              .stroke();
          if (label) {
            const labelColumn = { left: rtl ? boxX - 24 : boxX + 14, width: 20 };
            this.drawAt(label, labelColumn, top, SIZE, rtl);
          }
          for (const [j, line] of lines.entries()) this.drawAt(line, choice, top + j * lineHeight, SIZE, rtl);
        },
      });
    }
    rows.push({ height: 12, draw: () => {} });
    return rows;
  }

  /** A question of the key: its number, its answer and the page it comes from. */
  async keyItem(q: Question, n: number, words: SheetWords): Promise<Row[]> {
    const rtl = isRightToLeft(q.prompt);
    const region = regionOf([q.prompt, ...q.choices, ...q.answer].join(' '), this.language);
    const text = { left: MARGIN + (rtl ? 0 : NUMBER_WIDTH), width: WIDTH - NUMBER_WIDTH };
    const item = `${answerOf(q)} (${words.page(q.source.page)})`;
    return [await this.numbered(n, item, { rtl, region, text, below: 6 })];
  }

  /** An item's number in its column (on the right in a right-to-left item) and its text beside it, wrapped. */
  private async numbered(
    n: number,
    content: string,
    { rtl, region, text, below }: { rtl: boolean; region: CjkRegion; text: Column; below: number },
  ): Promise<Row> {
    const lineHeight = SIZE * LEADING;
    const [number] = await this.lines(`${n}.`, NUMBER_WIDTH, SIZE, false, region);
    const lines = await this.lines(content, text.width, SIZE, rtl, region);
    const numberColumn = { left: rtl ? MARGIN + WIDTH - NUMBER_WIDTH : MARGIN, width: NUMBER_WIDTH };
    return {
      height: lines.length * lineHeight + below,
      draw: (top) => {
        if (number) this.drawAt(number, numberColumn, top, SIZE, rtl);
        for (const [i, line] of lines.entries()) this.drawAt(line, text, top + i * lineHeight, SIZE, rtl);
      },
    };
  }

  /** Rows of one item on the current page, or all on the next when they do not fit (one too tall for any page flows). */
  place(rows: Row[]): void {
    const height = rows.reduce((sum, r) => sum + r.height, 0);
    if (this.y + height > BOTTOM && this.y > MARGIN && height <= BOTTOM - MARGIN) this.newPage();
    for (const row of rows) {
      if (this.y + row.height > BOTTOM && this.y > MARGIN) this.newPage();
      row.draw(this.y);
      this.y += row.height;
    }
  }

  private newPage(): void {
    this.doc.addPage();
    this.y = MARGIN;
  }
}
