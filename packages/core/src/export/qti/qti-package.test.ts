import { describe, expect, it } from 'vitest';
import type { Question } from '../../schemas/index.js';
import { nastyQuiz } from '../nasty-quiz.fixture.js';
import { child, children, descendants, parseXml, textOf, type XmlNodeRead } from '../xml.fixture.js';
import { readZip } from '../zip.fixture.js';
import {
  CP_NS,
  ITEM_RESOURCE_TYPE,
  MAP_RESPONSE,
  MATCH_CORRECT,
  QTI_NS,
  TEST_RESOURCE_TYPE,
} from './qti-namespaces.js';
import { QTI_TEST_FILE, renderQtiPackage } from './qti-package.js';

// xs:NCName restricted to ASCII, which is what the exporter promises.
const NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

async function unpack() {
  const quiz = nastyQuiz();
  const files = await readZip(renderQtiPackage(quiz));
  const xml = new Map([...files].map(([path, text]) => [path, parseXml(text)]));
  return { quiz, files, xml };
}

describe('QTI 3.0 package', () => {
  it('has a manifest whose resources and dependencies all resolve inside the zip', async () => {
    const { quiz, files, xml } = await unpack();
    const manifest = xml.get('imsmanifest.xml')!;
    expect(manifest).toMatchObject({ name: 'manifest', ns: CP_NS });
    expect(textOf(child(child(manifest, 'metadata'), 'schemaversion'))).toBe('3.0.0');
    const resources = children(child(manifest, 'resources'), 'resource');
    const ids = new Set(resources.map((r) => r.attrs.identifier!));
    expect(ids.size).toBe(resources.length);
    for (const resource of resources) {
      expect(resource.attrs.identifier).toMatch(NCNAME);
      expect(files.has(resource.attrs.href!)).toBe(true);
      expect(child(resource, 'file').attrs.href).toBe(resource.attrs.href);
      for (const dependency of children(resource, 'dependency'))
        expect(ids.has(dependency.attrs.identifierref!)).toBe(true);
    }
    const [test, ...items] = resources;
    expect(test).toMatchObject({ attrs: { type: TEST_RESOURCE_TYPE, href: QTI_TEST_FILE } });
    expect(items).toHaveLength(quiz.questions.length);
    for (const item of items) expect(item.attrs.type).toBe(ITEM_RESOURCE_TYPE);
    expect(children(test!, 'dependency').map((d) => d.attrs.identifierref)).toEqual(
      items.map((i) => i.attrs.identifier),
    );
    expect([...files.keys()].sort()).toEqual([...resources.map((r) => r.attrs.href!), 'imsmanifest.xml'].sort());
  });

  it('has a test that references every item, in quiz order, by its identifier and file', async () => {
    const { quiz, xml } = await unpack();
    const test = xml.get(QTI_TEST_FILE)!;
    expect(test).toMatchObject({ name: 'qti-assessment-test', ns: QTI_NS, attrs: { title: quiz.title } });
    const refs = descendants(test, 'qti-assessment-item-ref');
    expect(refs).toHaveLength(quiz.questions.length);
    for (const ref of refs) {
      expect(ref.attrs.identifier).toMatch(NCNAME);
      const item = xml.get(ref.attrs.href!);
      expect(item).toMatchObject({ name: 'qti-assessment-item', ns: QTI_NS });
      expect(item!.attrs.identifier).toBe(ref.attrs.identifier);
    }
  });

  it('declares for each item a correct response that is the question answer', async () => {
    const { quiz, xml } = await unpack();
    const refs = descendants(xml.get(QTI_TEST_FILE)!, 'qti-assessment-item-ref');
    quiz.questions.forEach((question, i) => {
      const item = xml.get(refs[i]!.attrs.href!)!;
      expect(item.attrs['xml:lang']).toBe('en');
      const body = child(item, 'qti-item-body');
      const prompt = children(body, 'p')
        .filter((p) => p.children.length === 0)
        .map(textOf);
      expect(prompt).toEqual(question.prompt.split('\n').map((line) => line.trim()));
      expectResponse(item, body, question);
    });
  });

  it('scores every accepted answer of a short answer through the mapping: article, plural, accents, digits', async () => {
    const { quiz, xml } = await unpack();
    const refs = descendants(xml.get(QTI_TEST_FILE)!, 'qti-assessment-item-ref');
    const keysOf = (id: string) => {
      const item = xml.get(refs[quiz.questions.findIndex((q) => q.id === id)]!.attrs.href!)!;
      const declaration = child(item, 'qti-response-declaration');
      return children(child(declaration, 'qti-mapping'), 'qti-map-entry').map((e) => e.attrs['map-key']);
    };
    expect(keysOf('q-7')).toEqual(['the mitochondria', 'Mitochondrion', 'mitochondria']);
    expect(keysOf('q-8')).toEqual(['die Straße', 'Straße', 'Strasse', '12.500 km', '12500 km', '12 500 km']);
  });

  it('zips the same quiz to the same bytes', () => {
    expect(renderQtiPackage(nastyQuiz())).toEqual(renderQtiPackage(nastyQuiz()));
  });
});

function expectResponse(item: XmlNodeRead, body: XmlNodeRead, question: Question): void {
  const declaration = child(item, 'qti-response-declaration');
  const correct = children(child(declaration, 'qti-correct-response'), 'qti-value').map(textOf);
  const template = child(item, 'qti-response-processing').attrs.template;
  if (question.type === 'short_answer') {
    expect(declaration.attrs).toMatchObject({ cardinality: 'single', 'base-type': 'string' });
    expect(correct).toEqual([question.answer[0]]);
    const entries = children(child(declaration, 'qti-mapping'), 'qti-map-entry');
    expect(entries.map((e) => e.attrs['map-key'])).toEqual(question.answer);
    for (const entry of entries) expect(entry.attrs).toMatchObject({ 'mapped-value': '1', 'case-sensitive': 'false' });
    expect(descendants(body, 'qti-text-entry-interaction')[0]?.attrs['response-identifier']).toBe('RESPONSE');
    expect(template).toBe(MAP_RESPONSE);
    return;
  }
  const multi = question.type === 'multi_select';
  expect(declaration.attrs).toMatchObject({ cardinality: multi ? 'multiple' : 'single', 'base-type': 'identifier' });
  const interaction = child(body, 'qti-choice-interaction');
  expect(interaction.attrs).toMatchObject({ 'response-identifier': 'RESPONSE', 'max-choices': multi ? '0' : '1' });
  const choices = children(interaction, 'qti-simple-choice');
  expect(choices.map(textOf)).toEqual(question.choices);
  const chosen = choices.filter((c) => correct.includes(c.attrs.identifier!)).map(textOf);
  expect(chosen).toEqual(question.answer);
  expect(template).toBe(MATCH_CORRECT);
}
