import { describe, expect, it } from 'vitest';
import { en, type Messages } from '../app/i18n/en';
import { formatsFor } from '../app/i18n/format';
import { CATALOGS } from '../app/i18n/index';
import { LOCALES } from '../app/i18n/locales';

/** Every message of a catalog by its path ("upload.prompt"), functions called with sample arguments. */
function flatten(value: unknown, path = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value))
      for (const [p, x] of flatten(v, path ? `${path}.${k}` : k)) out.set(p, x);
  } else out.set(path, value);
  return out;
}

/** Codes the API sends whose words every translation gives (English shows the server's own). */
const API_CODES = [
  'no_text',
  'too_little_text',
  'limited_language',
  'no_questions',
  'encrypted',
  'not_pdf',
  'llm_timeout',
  // What the LLM generator set aside, and pages it skipped.
  'llm_dropped_ungrounded',
  'llm_dropped_unsupported',
  'llm_dropped_unverified',
  'llm_dropped_invalid',
  'llm_dropped_duplicate',
  'llm_page_failed',
];

describe('interface languages', () => {
  it('lists each catalog once, with its direction: Arabic and Hebrew right to left', () => {
    expect(Object.keys(CATALOGS).sort()).toEqual(LOCALES.map((l) => l.code).sort());
    expect(LOCALES.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar', 'he']);
  });

  it.each(LOCALES.filter((l) => l.code !== 'en'))('translates every message into $name', ({ code }) => {
    const catalog: Messages = CATALOGS[code];
    const mine = flatten(catalog);
    const english = flatten({ ...en, apiCodes: {} });
    for (const [path, value] of english) {
      expect(mine.has(path), path).toBe(true);
      expect(typeof mine.get(path), path).toBe(typeof value);
    }
    // Words of the interface, not English left in: the headings a teacher sees first differ from English.
    for (const path of [
      'app.tagline',
      'upload.prompt',
      'options.heading',
      'stream.connected',
      'take.check',
      'summary.take',
    ]) {
      expect(mine.get(path), path).not.toBe(english.get(path));
    }
    expect(catalog.options.generate).toContain('⚡');
    for (const c of API_CODES) expect(catalog.apiCodes[c], c).toBeTruthy();
    // Messages with a number write it as the language does and never leave a placeholder.
    expect(catalog.stream.progressText(3, 12)).toMatch(/3/u);
    expect(catalog.take.score(2, 5)).not.toMatch(/undefined|NaN|\$\{/u);
    expect(catalog.stream.ocrPage(3, 40)).toMatch(/OCR.*3.*40/u);
    expect(catalog.stream.ocrPage(3, 40)).not.toBe(en.stream.ocrPage(3, 40));
    // Warnings name their pages as the language lists them; the activity line counts the questions so far.
    expect(catalog.stream.warningOnPages([2, 4, 9])).toMatch(/2.*4.*9/u);
    expect(catalog.stream.warningOnPages([2, 4, 9])).not.toBe(en.stream.warningOnPages([2, 4, 9]));
    expect(catalog.stream.soFar(37)).toMatch(/37/u);
    expect(catalog.stream.soFar(37)).not.toBe(en.stream.soFar(37));
  });

  it('writes plurals, numbers and shares in the language’s own forms', () => {
    const ru = formatsFor('ru');
    const pages = { one: 'страница', few: 'страницы', many: 'страниц', other: 'страницы' };
    expect([1, 2, 5, 21].map((n) => ru.plural(n, pages))).toEqual([
      '1 страница',
      '2 страницы',
      '5 страниц',
      '21 страница',
    ]);
    expect(formatsFor('ar').word(2, { two: 'صفحتان', other: 'صفحات' })).toBe('صفحتان');
    expect(formatsFor('de').number(1234)).toBe('1.234');
    expect(formatsFor('fr').percent(0.75)).toMatch(/^75\s%$/u);
    expect(en.take.percent(3, 4)).toBe('75%');
    expect(CATALOGS.ru.document.pages(5)).toContain('5');
    // What a quiz cost, in dollars as the language writes money; a fraction of a cent keeps two digits.
    expect(en.summary.costValue(0.42)).toBe('$0.42');
    expect(en.summary.costValue(0.00123)).toBe('$0.0012');
    expect(CATALOGS.fr.summary.costValue(0.42)).toMatch(/^0,42\s\$US$/u);
    expect(CATALOGS.de.summary.costValue(1.5)).toMatch(/^1,50\s\$$/u);
  });
});
