import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { makePdf } from '@quizstream/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accuracy, LENGTHS, languageOf, measureLanguageIds, renderLanguageIds } from './language-id.js';

// Openings of pages of Debian's FAQ (debian-faq-pt, -fr 11.1) and of the New Maintainers' Guide in Catalan
// (maint-guide-ca 1.2.53), each page long enough to be read (200 characters of body text or more).
const PAGES: Record<string, string> = {
  'faq-pt.pdf':
    'O sistema Debian GNU/Linux é uma distribuição particular do sistema operativo Linux, e numerosos pacotes que correm nele. ' +
    'Todas as versões do Debian são compostas por software livre, e podem ser redistribuídas sem custos.',
  'faq-fr.pdf':
    'Le système Debian GNU/Linux est une distribution particulière du système d’exploitation Linux, avec de nombreux paquets ' +
    'qui fonctionnent dessus. Toutes les versions de Debian sont composées de logiciels libres.',
  'guide-ca.pdf':
    'Quan s’instal·li el paquet, hi haurà una ordre executable al directori dels programes de l’usuari. ' +
    'Aquest document intenta descriure la construcció d’un paquet Debian per a usuaris comuns i futurs desenvolupadors.',
};

describe('eval/language-id', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'quizstream-lid-'));
    for (const [file, text] of Object.entries(PAGES))
      await writeFile(path.join(dir, file), await makePdf({ pages: [text] }));
    // Other scripts are left out: their script tells the language.
    await writeFile(
      path.join(dir, 'faq-ru.pdf'),
      await makePdf({ pages: ['Москва является столицей России. '.repeat(8)], font: 'noto' }),
    );
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads the language from the file name', () => {
    expect(languageOf('faq-de.pdf')).toBe('de');
    expect(languageOf('debian-faq.pt-BR.pdf')).toBe('pt');
    expect(languageOf('notes.pdf')).toBe('unknown');
  });

  it('measures every identifier at every length, and ELD as used tells all three where function words do not', async () => {
    const measure = await measureLanguageIds(dir);
    expect(measure.languages).toEqual(['fr', 'pt', 'ca']);
    expect([...measure.pages.values()]).toEqual([1, 1, 1]);
    for (const length of LENGTHS) {
      expect(accuracy(measure, 'as used (page-language.ts with ELD)', length)).toBe(100);
    }
    // Catalan taken for one of the worded languages by its function words ("el", "de", "la").
    expect(accuracy(measure, 'function words (before ELD)', 60, ['ca'])).toBe(0);
    const table = renderLanguageIds(measure);
    expect(table).toContain('| as used (page-language.ts with ELD) | 60 | 100% | 100% | 100% | 100.0% |');
    expect(table).toMatch(/function words \(before ELD\) at 60 characters, most frequent mistakes: ca as (es|fr)/);
  }, 120_000);
});
