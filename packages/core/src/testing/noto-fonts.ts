// The fonts behind `makePdf({ font: 'noto' })`: Noto Sans for Latin, Cyrillic and Greek, Noto Sans JP for
// Japanese (and the CJK ideographs it shares with Chinese), Noto Sans Hebrew for Hebrew. All are SIL OFL 1.1,
// shipped as TrueType files by the @expo-google-fonts packages (dev dependencies of core). TrueType rather than the CFF-based .otf builds
// because pdf-lib subsets glyf outlines cleanly, while its CFF subsets draw broken glyphs in pdf.js.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';

const FILES = {
  sans: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  japanese: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
  hebrew: '@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf',
} as const;

export type NotoFace = keyof typeof FILES;

export interface NotoFont {
  bytes: Uint8Array;
  hasGlyph(codePoint: number): boolean;
  /** Advance width in points, computed as pdf-lib does (glyph advances, no kerning), without embedding. */
  widthOfTextAtSize(text: string, size: number): number;
}

const loaded = new Map<NotoFace, Promise<NotoFont>>();

/** Loads (once per process) one of the Noto faces and an index of the code points it can draw. */
export function loadNotoFont(face: NotoFace): Promise<NotoFont> {
  let font = loaded.get(face);
  if (!font) {
    font = readFont(FILES[face]);
    loaded.set(face, font);
  }
  return font;
}

async function readFont(specifier: string): Promise<NotoFont> {
  const bytes = new Uint8Array(await readFile(createRequire(import.meta.url).resolve(specifier)));
  const parsed = fontkit.create(bytes);
  const widths = new Map<string, number>();
  return {
    bytes,
    hasGlyph: (codePoint) => parsed.hasGlyphForCodePoint(codePoint),
    widthOfTextAtSize: (text, size) => {
      let units = widths.get(text);
      if (units === undefined) {
        units = parsed.layout(text).glyphs.reduce((sum, glyph) => sum + glyph.advanceWidth, 0);
        widths.set(text, units);
      }
      return (units * size) / parsed.unitsPerEm;
    },
  };
}
