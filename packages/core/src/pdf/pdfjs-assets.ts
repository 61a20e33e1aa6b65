// Where pdf.js finds the data files it loads on demand: Adobe's predefined CMaps (without them text in CJK
// fonts that use a predefined encoding, such as UniJIS-UCS2-H, comes out empty) and the standard font data
// (metrics and glyph tables of the 14 base fonts when a PDF does not embed them).
//
// unpdf bundles pdf.js 5.6.205 but not these folders, and its own Node default passes `file://` URLs that
// pdf.js's Node reader cannot open, so CMaps silently fail to load. We take the folders from the `pdfjs-dist`
// package pinned to the same version and hand pdf.js plain directory paths, which its Node reader reads with fs.

export interface PdfjsAssetOptions {
  cMapUrl: string;
  cMapPacked: true;
  standardFontDataUrl: string;
  wasmUrl: string;
}

let cached: Promise<PdfjsAssetOptions> | undefined;

/** getDocument options pointing pdf.js at the CMap, standard font and wasm folders of `pdfjs-dist`. */
export function pdfjsAssetOptions(): Promise<PdfjsAssetOptions> {
  cached ??= resolveAssets().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function resolveAssets(): Promise<PdfjsAssetOptions> {
  // Imported lazily so that merely importing this module stays free of Node built-ins.
  const { createRequire } = await import('node:module');
  const { dirname } = await import('node:path');
  let root: string;
  try {
    root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  } catch (cause) {
    throw new Error(
      'The pdfjs-dist package (data files for PDF text extraction) is not installed; without its CMaps, ' +
        'text in CJK fonts would be lost. Run `npm install` for @quizstream/core.',
      { cause },
    );
  }
  // pdf.js requires the trailing slash; forward slashes work on every platform Node runs on.
  const dir = (name: string) => `${root.replaceAll('\\', '/')}/${name}/`;
  return { cMapUrl: dir('cmaps'), cMapPacked: true, standardFontDataUrl: dir('standard_fonts'), wasmUrl: dir('wasm') };
}
