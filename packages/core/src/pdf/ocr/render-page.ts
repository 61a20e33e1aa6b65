// Renders one PDF page to a PNG for OCR, with pdf.js drawing onto a @napi-rs/canvas canvas (a prebuilt Skia
// binding shipped inside its npm package; nothing to compile or download). The resolution is what OCR needs for
// body text, capped in pixels so that a poster-sized page cannot take gigabytes of memory.
import { crc32 } from 'node:zlib';
import type { PDFPageProxy } from 'unpdf/pdfjs';

export interface RenderPageOptions {
  /**
   * Dots per inch (default 200). On a dense A4 page of 10.5 pt text, 200 dpi read every word as 300 dpi did, in
   * about 60% of the time (4 to 7 s against 6 to 12 s on a busy 2-core machine); scans are rarely finer anyway.
   */
  dpi?: number;
  /** Most pixels of the image (default 12 million, A3 at 240 dpi); larger pages are rendered at less dpi. */
  maxPixels?: number;
  /** Degrees to turn the page clockwise, beyond its own /Rotate (a page scanned sideways or upside down). */
  rotation?: 0 | 90 | 180 | 270;
}

export interface RenderedPage {
  png: Uint8Array;
  width: number;
  height: number;
}

const DEFAULT_DPI = 200;
const DEFAULT_MAX_PIXELS = 12_000_000;
/** PDF user space is 72 units per inch. */
const PDF_UNITS_PER_INCH = 72;

type CanvasFactoryClass = new () => {
  create(width: number, height: number): { canvas: unknown; context: unknown };
  destroy(target: { canvas: unknown; context: unknown }): void;
};

let factory: Promise<CanvasFactoryClass> | undefined;

/**
 * The canvas factory pdf.js needs to render in Node (pass it as the `CanvasFactory` getDocument parameter, so
 * pdf.js can also make the scratch canvases of masks, patterns and transparency groups). Loaded once, lazily:
 * importing core never loads the canvas binding.
 */
export function ocrCanvasFactory(): Promise<CanvasFactoryClass> {
  factory ??= (async () => {
    polyfillTransferToFixedLength();
    const { createIsomorphicCanvasFactory } = await import('unpdf');
    // unpdf resolves @napi-rs/canvas through this import and sets the DOMMatrix, Path2D and ImageData globals
    // pdf.js draws with in Node.
    return (await createIsomorphicCanvasFactory(() => import('@napi-rs/canvas'))) as unknown as CanvasFactoryClass;
  })().catch((error: unknown) => {
    factory = undefined;
    throw error;
  });
  return factory;
}

/** Renders `page` on white at the requested resolution and returns it as a PNG. */
export async function renderPage(page: PDFPageProxy, options: RenderPageOptions = {}): Promise<RenderedPage> {
  const Factory = await ocrCanvasFactory();
  const base = page.getViewport({ scale: 1 });
  const maxPixels = options.maxPixels ?? DEFAULT_MAX_PIXELS;
  let scale = (options.dpi ?? DEFAULT_DPI) / PDF_UNITS_PER_INCH;
  const pixels = base.width * base.height * scale * scale;
  if (pixels > maxPixels) scale *= Math.sqrt(maxPixels / pixels);
  const viewport = page.getViewport({ scale, rotation: (page.rotate + (options.rotation ?? 0)) % 360 });
  const width = Math.max(1, Math.floor(viewport.width));
  const height = Math.max(1, Math.floor(viewport.height));
  const canvasFactory = new Factory();
  const target = canvasFactory.create(width, height);
  try {
    const context = target.context as CanvasRenderingContext2DLike;
    // A transparent background would reach Tesseract as black once the alpha channel is dropped.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    await page.render({ canvas: target.canvas, canvasContext: context, viewport } as unknown as Parameters<
      PDFPageProxy['render']
    >[0]).promise;
    const png = await (target.canvas as { encode(format: 'png'): Promise<Uint8Array> }).encode('png');
    return { png: withResolution(png, scale * PDF_UNITS_PER_INCH), width, height };
  } finally {
    canvasFactory.destroy(target);
  }
}

const PNG_SIGNATURE_BYTES = 8;
const INCHES_PER_METRE = 1 / 0.0254;

/**
 * The PNG with its resolution written in (a pHYs chunk after the header): the canvas leaves it out, and
 * Tesseract's orientation detection then guesses one and prints a warning for every page.
 */
export function withResolution(png: Uint8Array, dpi: number): Uint8Array {
  const ihdrEnd = PNG_SIGNATURE_BYTES + 8 + new DataView(png.buffer, png.byteOffset).getUint32(PNG_SIGNATURE_BYTES) + 4;
  const chunk = new Uint8Array(21);
  const view = new DataView(chunk.buffer);
  const perMetre = Math.round(dpi * INCHES_PER_METRE);
  view.setUint32(0, 9);
  chunk.set(new TextEncoder().encode('pHYs'), 4);
  view.setUint32(8, perMetre);
  view.setUint32(12, perMetre);
  chunk[16] = 1; // unit: the metre
  view.setUint32(17, crc32(chunk.subarray(4, 17)));
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, ihdrEnd));
  out.set(chunk, ihdrEnd);
  out.set(png.subarray(ihdrEnd), ihdrEnd + chunk.length);
  return out;
}

interface CanvasRenderingContext2DLike {
  fillStyle: string;
  fillRect(x: number, y: number, width: number, height: number): void;
}

/**
 * The pdf.js that unpdf bundles calls ArrayBuffer.prototype.transferToFixedLength when it hands font data to
 * the renderer; Node 20 lacks it (it came with V8 11.4, Node 21), and every glyph then silently fails to draw.
 * A copy has the same result for pdf.js, which never reads the original again. Installed only where missing.
 */
function polyfillTransferToFixedLength(): void {
  const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: unknown };
  if (typeof proto.transferToFixedLength === 'function') return;
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    value: function transferToFixedLength(this: ArrayBuffer, length = this.byteLength): ArrayBuffer {
      const copy = new ArrayBuffer(length);
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
      return copy;
    },
  });
}
