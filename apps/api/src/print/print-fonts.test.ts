import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigSchema } from '../config.js';
import { fontRuns } from './font-runs.js';
import { PrintFonts } from './print-fonts.js';

const debian = ConfigSchema.parse({}).PDF_FONT_DIRS;
const empty = await mkdtemp(path.join(os.tmpdir(), 'no-fonts-'));
afterAll(() => rm(empty, { recursive: true, force: true }));

describe('the fonts of printed sheets', () => {
  it("finds Debian's Noto packages where Debian installs them, and names those missing elsewhere", async () => {
    expect((await PrintFonts.open(debian)).missingPackages()).toEqual([]);
    expect((await PrintFonts.open([empty, '/no/such/folder'])).missingPackages()).toEqual([
      'fonts-noto-core',
      'fonts-noto-cjk',
    ]);
  });

  it('draws each script with its own face and keeps spaces and punctuation with the words around them', async () => {
    const fonts = await PrintFonts.open(debian);
    const text = 'Paris, القاهرة و 北京。';
    const { runs, missing } = await fontRuns(text, fonts, 'sc');
    expect(runs.map((r) => [text.slice(r.start, r.end), r.face.id])).toEqual([
      ['Paris, ', 'NotoSans-Regular.ttf'],
      ['القاهرة و ', 'NotoSansArabic-Regular.ttf'],
      ['北京。', 'NotoSansCJKsc-Regular'],
    ]);
    expect(missing.size).toBe(0);
  });

  it('names the script of a letter no face has, and draws nothing rather than failing without any font', async () => {
    const fonts = await PrintFonts.open(debian);
    expect([...(await fontRuns('A \u{10D50}', fonts, 'sc')).missing]).toEqual(['Garay']);
    const none = await fontRuns('Paris 北京', await PrintFonts.open([empty]), 'sc');
    expect(none.runs).toEqual([]);
    expect([...none.missing]).toEqual(['Latin', 'Han']);
  });
});
