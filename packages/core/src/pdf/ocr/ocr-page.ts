// Reads one page's text with OCR: the page is rendered to an image and Tesseract (tesseract.js: the Tesseract
// engine compiled to WebAssembly, running in its own worker thread) reads it. The text comes out in the same
// shape as a text layer's (paragraphs as "\n", lines joined, normalizeText applied), so generators and the
// grounding check treat an OCR page like any other; quotes are then checked against the OCR text.
//
// Nothing is fetched: the wasm core is required from node_modules by tesseract.js itself, the language models
// come from @tesseract.js-data packages or the system's Tesseract data (see ocr-languages.ts), and `cacheMethod: 'none'` keeps tesseract.js
// from writing (or reading) a cache of them in the working directory.
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { PDFPageProxy } from 'unpdf/pdfjs';
import { normalizeText } from '../normalize-text.js';
import { assertOcrLanguagesInstalled, ocrLanguageData } from './ocr-languages.js';
import { type RenderPageOptions, renderPage } from './render-page.js';

/** A started OCR engine; one per extraction, reused for every page it reads, closed when extraction ends. */
export interface OcrEngine {
  /** Reads the text of a PNG image, laid out as page text ('' when nothing legible is on it). */
  recognize(png: Uint8Array): Promise<string>;
  /** Stops the engine's worker thread (at once, even in the middle of a page) and frees its memory. */
  close(): Promise<void>;
}

/** The parts of Tesseract's result layout needs (tesseract.js `blocks` output). */
export interface OcrBlock {
  paragraphs: { lines: { text: string; confidence: number }[] }[];
}

/** Lines Tesseract itself is this unsure of (0-100) are specks, rules and pictures read as letters. */
const MIN_LINE_CONFIDENCE = 45;
/** tesseract.js's OEM.LSTM_ONLY: the neural models of the `4.0.0_best_int` data, no legacy engine. */
const LSTM_ONLY = 1;

/**
 * Starts Tesseract with `langs` (about 0.5 s, plus 0.2 s per language model). Throws when a language's data
 * package is not installed.
 */
export async function createOcrEngine(langs: readonly string[]): Promise<OcrEngine> {
  assertOcrLanguagesInstalled(langs);
  // tesseract.js reads every model from one folder; each model lives in its own package, so a private folder
  // of links to them stands in for that folder while the models load.
  const langPath = await mkdtemp(join(tmpdir(), 'quizstream-ocr-'));
  try {
    for (const lang of langs) {
      const data = ocrLanguageData(lang)!;
      const target = join(langPath, `${lang}.traineddata.gz`);
      // A system folder's model is plain: gzipped into the private folder, as tesseract.js reads every model alike.
      if (data.gzipped) await symlink(data.file, target);
      else await writeFile(target, gzipSync(await readFile(data.file)));
    }
    const { createWorker } = await import('tesseract.js');
    const worker = await createWorker([...langs], LSTM_ONLY, {
      langPath,
      cacheMethod: 'none',
      gzip: true,
      logger: () => {},
      errorHandler: () => {},
    });
    let closed = false;
    return {
      async recognize(png) {
        const image = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
        const { data } = await worker.recognize(image, {}, { text: false, blocks: true });
        return ocrText((data.blocks ?? []) as OcrBlock[]);
      },
      async close() {
        if (closed) return;
        closed = true;
        await worker.terminate();
      },
    };
  } finally {
    await rm(langPath, { recursive: true, force: true });
  }
}

/** Renders `page` and reads it with `engine`. */
export async function ocrPage(page: PDFPageProxy, engine: OcrEngine, options: RenderPageOptions = {}): Promise<string> {
  const { png } = await renderPage(page, options);
  return engine.recognize(png);
}

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u3000-\\u303F\\uFF00-\\uFFEF';
// Tesseract's CJK models put a space between every two characters; CJK text has none.
const CJK_GAP = new RegExp(`(?<=[${CJK}]) (?=[${CJK}])`, 'gu');
const HYPHENATED = /\p{L}[-\u2010]$/u;
const LINE_END_DASH = /[-\u2010\u2013\u2014]$/;

/** Tesseract's blocks as page text: one paragraph per line of output, its lines joined like a text layer's. */
export function ocrText(blocks: readonly OcrBlock[]): string {
  const paragraphs: string[] = [];
  for (const block of blocks) {
    for (const paragraph of block.paragraphs) {
      let text = '';
      for (const line of paragraph.lines) {
        const value = line.text.trim();
        if (value === '' || line.confidence < MIN_LINE_CONFIDENCE) continue;
        if (text === '') text = value;
        // As layoutText does: a word hyphenated across lines keeps its break, for normalizeText to join it
        // ("informa-\ntion"); a hyphen or dash that belongs to the text ("Jean-" + "Paul") joins without a space.
        else if (HYPHENATED.test(text) && /^\p{Ll}/u.test(value)) text += `\n${value}`;
        else if (LINE_END_DASH.test(text)) text += value;
        else text += ` ${value}`;
      }
      if (text !== '') paragraphs.push(normalizeText(text).replace(CJK_GAP, ''));
    }
  }
  return normalizeText(paragraphs.join('\n'));
}
