// The QTI 3.0 content package: a zip of imsmanifest.xml, the assessment test and one file per item.
import { strToU8, type Zippable, zipSync } from 'fflate';
import type { Quiz } from '../../schemas/index.js';
import { singleLine } from '../plain-text.js';
import { IdentifierPool } from './qti-identifiers.js';
import { renderQtiItem } from './qti-item.js';
import { renderManifest } from './qti-manifest.js';
import { renderQtiTest } from './qti-test.js';

export const QTI_TEST_FILE = 'assessment-test.xml';

export function renderQtiPackage(quiz: Quiz): Uint8Array {
  const ids = new IdentifierPool();
  const lang = quiz.options.language;
  const files: Zippable = {};
  const items = quiz.questions.map((question, index) => {
    const identifier = ids.claim('item', question.id);
    const href = `items/${identifier}.xml`;
    files[href] = strToU8(renderQtiItem(question, identifier, index, lang));
    return { identifier, href, resource: ids.claim('resource', identifier) };
  });
  const title = singleLine(quiz.title) || 'Quiz';
  files[QTI_TEST_FILE] = strToU8(renderQtiTest(ids.claim('test', quiz.id), title, items));
  const test = { resource: ids.claim('resource', 'test'), href: QTI_TEST_FILE };
  const manifest = renderManifest(ids.claim('manifest', quiz.id), test, items);
  // The manifest first, as IMS CP recommends and some importers expect.
  const ordered: Zippable = { 'imsmanifest.xml': strToU8(manifest), ...files };
  return zipSync(ordered, { level: 6, mtime: zipDate(quiz.createdAt) });
}

/** The quiz's creation time, so the same quiz always zips to the same bytes; zip dates start in 1980. */
function zipDate(createdAt: string): Date {
  const date = new Date(createdAt);
  const earliest = new Date('1980-01-02T00:00:00Z');
  return Number.isNaN(date.getTime()) || date < earliest ? earliest : date;
}
