// The fonts a printed sheet is drawn with, found in the configured folders (PDF_FONT_DIRS; Debian's Noto
// packages by default): for each script the Noto face made for it, for Chinese, Japanese and Korean the face of
// the region, and a few faces of symbols after them. A file is read the first time a sheet needs it, then kept.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { isNeutralScript } from './unicode-script.js';

/** One face of one font file (a collection holds several, told apart by PostScript name). */
export interface FontFace {
  /** The name pdfkit knows the face by. */
  id: string;
  data: Buffer;
  /** The face's PostScript name when the file is a collection (.ttc). */
  postscriptName?: string;
  font: fontkit.Font;
}

/** Which regional forms of Han characters a sheet uses: Simplified or Traditional Chinese, Japanese, Korean. */
export type CjkRegion = 'sc' | 'tc' | 'hk' | 'jp' | 'kr';

interface FaceName {
  file: string;
  postscriptName?: string;
}

const CJK_FILE = 'NotoSansCJK-Regular.ttc';
const BASE_FILE = 'NotoSans-Regular.ttf';
const CJK_SCRIPTS = new Set(['Han', 'Hiragana', 'Katakana', 'Hangul', 'Bopomofo']);

/** Debian's packages of the faces a sheet is drawn with, by the file that shows each is installed. */
export const FONT_PACKAGES: Readonly<Record<string, string>> = {
  [BASE_FILE]: 'fonts-noto-core',
  [CJK_FILE]: 'fonts-noto-cjk',
};

const cjk = (region: CjkRegion): FaceName[] =>
  (['sc', 'tc', 'hk', 'jp', 'kr'] as const)
    .toSorted((a, b) => Number(b === region) - Number(a === region))
    .map((r) => ({ file: CJK_FILE, postscriptName: `NotoSansCJK${r}-Regular` }));

/** Faces for what no script's own face has: punctuation, arrows, mathematics, symbols. */
const SYMBOLS: FaceName[] = [
  'NotoSansSymbols-Regular.ttf',
  'NotoSansSymbols2-Regular.ttf',
  'NotoSansMath-Regular.ttf',
].map((file) => ({ file }));

/** Noto names its faces for their script: NotoSansDevanagari, NotoSansOlChiki; some exist only as a serif. */
const OWN_FACES: Readonly<Record<string, string[]>> = {
  Latin: [BASE_FILE],
  Greek: [BASE_FILE],
  Cyrillic: [BASE_FILE],
  Arabic: ['NotoSansArabic-Regular.ttf', 'NotoNaskhArabic-Regular.ttf'],
  Nko: ['NotoSansNKo-Regular.ttf'],
};

/** The faces to try for a character of `script`, best first. */
function candidates(script: string, region: CjkRegion): FaceName[] {
  const common = [{ file: BASE_FILE }, ...SYMBOLS, ...cjk(region)];
  if (CJK_SCRIPTS.has(script)) return cjk(region);
  if (isNeutralScript(script)) return common;
  const name = script.replaceAll('_', '');
  const own = OWN_FACES[script] ?? [`NotoSans${name}-Regular.ttf`, `NotoSerif${name}-Regular.ttf`];
  return [...own.map((file) => ({ file })), ...common];
}

export class PrintFonts {
  private readonly faces = new Map<string, Promise<FontFace | null>>();
  private readonly files = new Map<string, Promise<Buffer>>();

  private constructor(
    /** Every font file found, by file name (the first folder listed wins). */
    private readonly paths: ReadonlyMap<string, string>,
  ) {}

  /** Lists the font files of `dirs` and their subfolders; a folder that does not exist holds none. */
  static async open(dirs: readonly string[]): Promise<PrintFonts> {
    const paths = new Map<string, string>();
    for (const dir of dirs) {
      const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
      for (const entry of entries.toSorted()) {
        const name = path.basename(entry);
        if (/\.(ttf|otf|ttc)$/i.test(name) && !paths.has(name)) paths.set(name, path.join(dir, entry));
      }
    }
    return new PrintFonts(paths);
  }

  /** Debian packages whose faces are not installed: without them some scripts print as empty boxes. */
  missingPackages(): string[] {
    return Object.entries(FONT_PACKAGES)
      .filter(([file]) => !this.paths.has(file))
      .map(([, pkg]) => pkg);
  }

  /** The face that draws `char` (one code point) of `script`, or null when no installed face has it. */
  async faceFor(char: string, script: string, region: CjkRegion): Promise<FontFace | null> {
    const codePoint = char.codePointAt(0) ?? 0;
    for (const name of candidates(script, region)) {
      const face = await this.face(name);
      if (face?.font.hasGlyphForCodePoint(codePoint)) return face;
    }
    return null;
  }

  /** The face that draws what nothing else can (an empty box): the base face, if there is one. */
  async fallback(): Promise<FontFace | null> {
    return (await this.face({ file: BASE_FILE })) ?? (await this.face(cjk('sc')[0]!));
  }

  private face(name: FaceName): Promise<FontFace | null> {
    const id = name.postscriptName ?? name.file;
    let face = this.faces.get(id);
    if (!face) {
      face = this.load(name, id);
      this.faces.set(id, face);
    }
    return face;
  }

  private async load(name: FaceName, id: string): Promise<FontFace | null> {
    const file = this.paths.get(name.file);
    if (!file) return null;
    let data = this.files.get(file);
    if (!data) {
      data = readFile(file);
      this.files.set(file, data);
    }
    try {
      const bytes = await data;
      const font = fontkit.create(bytes, name.postscriptName);
      // A collection without the face asked for gives the collection itself.
      if (!('hasGlyphForCodePoint' in font)) return null;
      return { id, data: bytes, font, ...(name.postscriptName ? { postscriptName: name.postscriptName } : {}) };
    } catch {
      // An unreadable or broken file is a face that is not there.
      return null;
    }
  }
}
