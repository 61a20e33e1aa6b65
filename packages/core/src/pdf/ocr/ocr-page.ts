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
import { languagesForScript } from './ocr-scripts.js';
import { type RenderPageOptions, renderPage } from './render-page.js';

/** How a page image lies and what it is written in, as Tesseract's orientation and script detection sees it. */
export interface PageLayout {
  /** Degrees to turn the page clockwise so that its text stands upright. */
  rotation: 0 | 90 | 180 | 270;
  /** The script of its text ("Latin", "Cyrillic", "Han", ...), null when unknown. */
  script: string | null;
  /** OSD's confidence in the script (see MIN_SCRIPT_CONFIDENCE). */
  scriptConfidence: number;
}

/** A started OCR engine; one per extraction, reused for every page it reads, closed when extraction ends. */
export interface OcrEngine {
  /**
   * How the page image lies and its script (Tesseract's OSD), or null when the engine cannot tell: OSD data not
   * installed, or too little text on the page. Absent on engines without OSD.
   */
  detect?(png: Uint8Array): Promise<PageLayout | null>;
  /**
   * Reads the text of a PNG image, laid out as page text ('' when nothing legible is on it), and where each of
   * its words lies on the image: with the languages of `layout`'s script when it names one of them, else with
   * every language.
   */
  recognize(png: Uint8Array, layout?: PageLayout | null): Promise<OcrImageReading>;
  /** Stops the engine's worker threads (at once, even in the middle of a page) and frees their memory. */
  close(): Promise<void>;
}

/** A box on an image in pixels, from its top left corner (Tesseract's `bbox`). */
export interface PixelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** What OCR read on an image: its text, and each word of the lines kept with its box. */
export interface OcrImageReading {
  text: string;
  words: { text: string; bbox: PixelBox }[];
}

/**
 * A word read with OCR and where it lies on its page as the page shows itself (its own /Rotate applied, not a
 * turn OCR made to read it upright): `[left, top, right, bottom]` as fractions of the page's width and height,
 * from its top left corner. The source viewer highlights a quote on a scanned page with these.
 */
export interface OcrWord {
  text: string;
  box: [number, number, number, number];
}

/** The parts of Tesseract's result layout needs (tesseract.js `blocks` output). */
export interface OcrBlock {
  paragraphs: { lines: { text: string; confidence: number; words?: { text: string; bbox: PixelBox }[] }[] }[];
}

/** Lines Tesseract itself is this unsure of (0-100) are specks, rules and pictures read as letters. */
const MIN_LINE_CONFIDENCE = 45;
/** tesseract.js's OEM.LSTM_ONLY: the neural models of the `4.0.0_best_int` data, no legacy engine. */
const LSTM_ONLY = 1;
/** tesseract.js's OEM.TESSERACT_ONLY: the legacy engine, the only one that does orientation and script detection. */
const LEGACY_ONLY = 0;
/**
 * Below this confidence OSD's orientation is not acted on. On the scanned pages of the corpus, upright and turned
 * by 90 and 180 degrees, every orientation it gave was right, the least sure at 3.4.
 */
const MIN_ORIENTATION_CONFIDENCE = 3;

type TesseractWorker = Awaited<ReturnType<typeof import('tesseract.js')['createWorker']>>;

/**
 * Starts a tesseract.js worker with the models of `langs`. tesseract.js reads every model from one folder, and each
 * model lives in a package or folder of its own, so a private folder of links to them stands in for that folder
 * while the models load.
 */
async function startWorker(langs: readonly string[], legacy: boolean): Promise<TesseractWorker> {
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
    return await createWorker([...langs], legacy ? LEGACY_ONLY : LSTM_ONLY, {
      langPath,
      cacheMethod: 'none',
      gzip: true,
      // OSD runs on the legacy engine, which the default (LSTM-only) build of the core leaves out.
      ...(legacy ? { legacyCore: true, legacyLang: true } : {}),
      logger: () => {},
      errorHandler: () => {},
    });
  } finally {
    await rm(langPath, { recursive: true, force: true });
  }
}

/**
 * Starts Tesseract with `langs` (about 0.5 s, plus 0.2 s per language model), and its orientation and script
 * detection when the OSD data is installed (`osd`, from npm with core; about 0.9 s more). Throws when a
 * language's data is not installed. With several languages, each page is read with those of its script: one
 * worker per such group, started the first time a page needs it. `onRead` hears the languages of each page.
 */
export async function createOcrEngine(
  langs: readonly string[],
  { onRead }: { onRead?: (langs: readonly string[]) => void } = {},
): Promise<OcrEngine> {
  assertOcrLanguagesInstalled(langs);
  const readers = new Map<string, Promise<TesseractWorker>>();
  const reader = (group: readonly string[]) => {
    const key = group.join('+');
    let worker = readers.get(key);
    if (!worker) {
      worker = startWorker(group, false);
      readers.set(key, worker);
    }
    return worker;
  };
  const osd = ocrLanguageData('osd') ? await startWorker(['osd'], true) : null;
  // One language, or no script detection: every page is read with all of them, so that reader starts now. With
  // several and OSD, each group starts when a page first needs it, and a worker of every model at once (each
  // holds its models in memory) only when a page's script is unsure.
  if (!osd || langs.length === 1) await reader(langs);
  let closed = false;
  const imageOf = (png: Uint8Array) => Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  return {
    ...(osd && {
      async detect(png: Uint8Array): Promise<PageLayout | null> {
        const { data } = await osd.detect(imageOf(png));
        if (data.orientation_degrees === null || data.orientation_degrees === undefined) return null;
        const turn = (data.orientation_confidence ?? 0) >= MIN_ORIENTATION_CONFIDENCE ? data.orientation_degrees : 0;
        return {
          rotation: ([0, 90, 180, 270] as const).find((d) => d === turn) ?? 0,
          script: data.script ?? null,
          scriptConfidence: data.script_confidence ?? 0,
        };
      },
    }),
    async recognize(png, layout) {
      const group = layout ? languagesForScript(langs, layout.script, layout.scriptConfidence) : langs;
      const worker = await reader(group);
      onRead?.(group);
      const { data } = await worker.recognize(imageOf(png), {}, { text: false, blocks: true });
      const blocks = (data.blocks ?? []) as OcrBlock[];
      return { text: ocrText(blocks), words: ocrWords(blocks) };
    },
    async close() {
      if (closed) return;
      closed = true;
      const started = [...readers.values()].map((w) => w.then((x) => x.terminate()).catch(() => {}));
      await Promise.all([...started, osd?.terminate()]);
    },
  };
}

/** A page's text read with OCR, and its words with their place on the page. */
export interface OcrPageReading {
  text: string;
  words: OcrWord[];
}

/**
 * Renders `page` and reads it with `engine`: first how it lies and its script, when the engine can tell; a page
 * scanned sideways or upside down is rendered again, turned upright, before it is read.
 */
export async function ocrPage(
  page: PDFPageProxy,
  engine: OcrEngine,
  options: RenderPageOptions = {},
): Promise<OcrPageReading> {
  const rendered = await renderPage(page, options);
  const layout = (await engine.detect?.(rendered.png)) ?? null;
  const turn = layout?.rotation ?? 0;
  const image = turn === 0 ? rendered : await renderPage(page, { ...options, rotation: turn });
  const { text, words } = await engine.recognize(image.png, layout);
  return {
    text,
    words: words.map((w) => ({ text: w.text, box: onPage(w.bbox, image.width, image.height, turn) })),
  };
}

const clamp = (v: number) => Math.min(1, Math.max(0, v));

/**
 * A box on an image of the page turned `turn` degrees clockwise, as fractions of the page unturned: a point at
 * (x, y) of the page is at (1 - y, x) once turned by 90, at (1 - x, 1 - y) by 180, at (y, 1 - x) by 270.
 */
export function onPage(box: PixelBox, width: number, height: number, turn: 0 | 90 | 180 | 270): OcrWord['box'] {
  const u0 = clamp(box.x0 / width);
  const u1 = clamp(box.x1 / width);
  const v0 = clamp(box.y0 / height);
  const v1 = clamp(box.y1 / height);
  switch (turn) {
    case 90:
      return [v0, 1 - u1, v1, 1 - u0];
    case 180:
      return [1 - u1, 1 - v1, 1 - u0, 1 - v0];
    case 270:
      return [1 - v1, u0, 1 - v0, u1];
    default:
      return [u0, v0, u1, v1];
  }
}

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u3000-\\u303F\\uFF00-\\uFFEF';
// Tesseract's CJK models put a space between every two characters; CJK text has none.
const CJK_GAP = new RegExp(`(?<=[${CJK}]) (?=[${CJK}])`, 'gu');
const HYPHENATED = /\p{L}[-\u2010]$/u;
const LINE_END_DASH = /[-\u2010\u2013\u2014]$/;

/** The words of the lines ocrText keeps (not specks read as letters), each with its box on the image. */
export function ocrWords(blocks: readonly OcrBlock[]): OcrImageReading['words'] {
  const words: OcrImageReading['words'] = [];
  for (const block of blocks) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        if (line.text.trim() === '' || line.confidence < MIN_LINE_CONFIDENCE) continue;
        for (const word of line.words ?? []) {
          const text = word.text.trim();
          if (text !== '') words.push({ text, bbox: word.bbox });
        }
      }
    }
  }
  return words;
}

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
