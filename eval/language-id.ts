// Which language identifier to use for a page's language: accuracy of the candidates on real pages, whole and cut
// short, of PDFs whose language is known from their file name ("faq-de.pdf", "guide.pt-BR.pdf"): each PDF's body
// pages as extraction and the generator see them (pages read in a worker, body blocks only).
//
//   node --import tsx eval/language-id.ts path/to/folder
//
// The languages told apart are those the offline generator words questions in that are written in the Latin
// script (the other scripts tell their language themselves); a PDF of another Latin-script language (Catalan,
// Vietnamese) must come out as none of them: its questions are then worded in English, not in a wrong language.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { extractPagesIsolated, pageBody } from '@quizstream/core';
import { eld as eldExtraSmall } from 'eld/extrasmall';
import { eld as eldLarge } from 'eld/large';
import { eld as eldSmall } from 'eld/small';
import { franc } from 'franc';
import { detectAll as tinyldAll } from 'tinyld';
import {
  byFunctionWords,
  loadLanguageIdentifier,
  pageLanguage,
} from '../packages/core/src/generate/offline/neutral/page-language.js';

/** Latin-script languages the offline generator words its questions in. */
export const WORDED = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl'] as const;
const ISO3: Record<string, string> = { en: 'eng', de: 'deu', fr: 'fra', es: 'spa', it: 'ita', pt: 'por', nl: 'nld' };
const FROM_ISO3 = Object.fromEntries(Object.entries(ISO3).map(([k, v]) => [v, k]));
/** Lengths a text is cut to, in characters: a slide's line, a short page, a page. */
export const LENGTHS = [60, 200, 1000] as const;

type Detector = (text: string) => string;
type Eld = typeof eldLarge;

/** ELD's answer among the worded languages, 'other' for another language or when it is not sure. */
function byEld(eld: Eld): Detector {
  return (text) => {
    const found = eld.detect(text);
    return found.isReliable() && (WORDED as readonly string[]).includes(found.language) ? found.language : 'other';
  };
}

export const DETECTORS: Record<string, Detector> = {
  'function words (before ELD)': (text) => {
    const locale = byFunctionWords(text);
    return locale === 'und' ? 'en-or-other' : locale;
  },
  franc: (text) => FROM_ISO3[franc(text, { minLength: 3 })] ?? 'other',
  'eld (large, 390 MB)': byEld(eldLarge),
  'eld (small, 150 MB)': byEld(eldSmall),
  'eld (extra small, 90 MB)': byEld(eldExtraSmall),
  // As page-language.ts uses it, once loaded (on pages the English generator refused: not for English rows).
  'as used (page-language.ts with ELD)': (text) => {
    const locale = pageLanguage(text).locale;
    return locale === 'und' ? 'en-or-other' : locale;
  },
  tinyld: (text) => {
    const [best] = tinyldAll(text);
    return best && (WORDED as readonly string[]).includes(best.lang) && best.accuracy >= 0.5 ? best.lang : 'other';
  },
};

const NOT_LATIN = new Set(['ru', 'uk', 'el', 'ar', 'he', 'zh', 'ja', 'ko', 'th']);

export function languageOf(file: string): string {
  return /[-.]([a-z]{2})(?:-[a-zA-Z]+)?\.pdf$/u.exec(file)?.[1] ?? 'unknown';
}

/** The first `length` characters of `text`, cut at a word. */
function cut(text: string, length: number): string {
  if (text.length <= length) return text;
  return text.slice(0, text.lastIndexOf(' ', length) > 0 ? text.lastIndexOf(' ', length) : length);
}

/** Right and total, by identifier, length cut to, and language of the PDF. */
export type Tally = Map<string, Map<number, Map<string, [number, number]>>>;

export interface Measure {
  tally: Tally;
  /** Languages of the PDFs read, in file order. */
  languages: string[];
  /** Mistakes at the shortest length, by identifier: "ca as es" and how often. */
  mistakes: Map<string, Map<string, number>>;
  /** Body pages read, by file. */
  pages: Map<string, number>;
}

/** Runs every identifier over the body pages of the Latin-script PDFs in `folder`. */
export async function measureLanguageIds(folder: string): Promise<Measure> {
  await loadLanguageIdentifier();
  // Other scripts than Latin tell their language themselves (page-language.ts): only Latin-script PDFs are read.
  const files = (await readdir(folder)).filter((f) => f.endsWith('.pdf') && !NOT_LATIN.has(languageOf(f))).sort();
  const tally: Tally = new Map();
  const mistakes = new Map<string, Map<string, number>>();
  const pages = new Map<string, number>();
  for (const file of files) {
    const lang = languageOf(file);
    const expected = (WORDED as readonly string[]).includes(lang) ? lang : 'other';
    const bytes = new Uint8Array(await readFile(path.join(folder, file)));
    let read = 0;
    for await (const page of extractPagesIsolated(bytes, {})) {
      const body = pageBody(page).text.replace(/\s+/gu, ' ').trim();
      if (body.length < 200) continue;
      read++;
      for (const length of LENGTHS) {
        const text = cut(body, length);
        for (const [name, detect] of Object.entries(DETECTORS)) {
          const got = detect(text);
          // Function words cannot tell English from other Latin-script languages: either is right there.
          const right = got === expected || (got === 'en-or-other' && (expected === 'en' || expected === 'other'));
          const byLength = tally.get(name) ?? new Map<number, Map<string, [number, number]>>();
          tally.set(name, byLength);
          const byLang = byLength.get(length) ?? new Map<string, [number, number]>();
          byLength.set(length, byLang);
          const cell = byLang.get(lang) ?? [0, 0];
          cell[0] += right ? 1 : 0;
          cell[1] += 1;
          byLang.set(lang, cell);
          if (!right && length === LENGTHS[0]) {
            const mine = mistakes.get(name) ?? new Map<string, number>();
            mine.set(`${lang} as ${got}`, (mine.get(`${lang} as ${got}`) ?? 0) + 1);
            mistakes.set(name, mine);
          }
        }
      }
    }
    pages.set(file, read);
  }
  return { tally, languages: [...new Set(files.map(languageOf))], mistakes, pages };
}

/** The share right, in percent, over `langs` (all languages read when omitted). */
export function accuracy(measure: Measure, detector: string, length: number, langs = measure.languages): number {
  let right = 0;
  let total = 0;
  for (const lang of langs) {
    const [r, t] = measure.tally.get(detector)?.get(length)?.get(lang) ?? [0, 0];
    right += r;
    total += t;
  }
  return total ? (100 * right) / total : Number.NaN;
}

/** The results as a Markdown table, then each identifier's most frequent mistakes on the shortest texts. */
export function renderLanguageIds(measure: Measure): string {
  const { languages } = measure;
  const lines = [
    `| identifier | characters | ${languages.join(' | ')} | all |`,
    `|---|---:|${languages.map(() => '---:').join('|')}|---:|`,
  ];
  for (const [name, byLength] of measure.tally) {
    for (const length of byLength.keys()) {
      const cells = languages.map((l) => {
        const value = accuracy(measure, name, length, [l]);
        return Number.isNaN(value) ? '–' : `${Math.round(value)}%`;
      });
      lines.push(`| ${name} | ${length} | ${cells.join(' | ')} | ${accuracy(measure, name, length).toFixed(1)}% |`);
    }
  }
  for (const [name, mine] of measure.mistakes) {
    const top = [...mine.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6);
    lines.push(
      '',
      `${name} at ${LENGTHS[0]} characters, most frequent mistakes: ${top.map(([k, n]) => `${k} (${n})`).join(', ')}`,
    );
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const folder = process.argv[2];
  if (!folder) throw new Error('usage: eval/language-id.ts <folder of PDFs named by language>');
  const measure = await measureLanguageIds(folder);
  for (const [file, read] of measure.pages) console.error(`${file}: ${read} pages`);
  console.log(renderLanguageIds(measure));
}
