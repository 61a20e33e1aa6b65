// Every export keeps every script intact, in the fifteen languages the product writes quizzes in, and the
// formats shown as HTML (Moodle XML, QTI) mark Arabic and Hebrew texts right to left, and no others.
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportQuiz } from './index.js';
import { LANGUAGE_SAMPLES, languagesQuiz } from './languages.fixture.js';
import { renderMoodleXml } from './moodle-xml.js';
import { renderQtiPackage } from './qti/qti-package.js';
import { isRightToLeft } from './text-direction.js';
import { child, children, descendants, parseXml, textOf, type XmlNodeRead } from './xml.fixture.js';
import { readZip } from './zip.fixture.js';

/** Formats of flashcards: a term and its answer, no wrong choices. */
const FLASHCARDS = new Set(['csv-quizlet']);
/** What a format may do to a text besides keeping it: Markdown escapes the blank's underscores. */
const unescaped = (text: string) => text.replace(/\\_/g, '_');

describe('exports in every language', () => {
  it.each(EXPORT_FORMATS)('%s keeps every prompt and choice letter for letter', async (format) => {
    const file = await exportQuiz(languagesQuiz(), format);
    const texts =
      typeof file.body === 'string'
        ? [file.body]
        : [...(await readZip(file.body)).values()].map((xml) => allText(parseXml(xml)));
    const all = unescaped(texts.join('\n'));
    for (const sample of LANGUAGE_SAMPLES) {
      const shown = FLASHCARDS.has(format) ? sample.choices.slice(0, 1) : sample.choices;
      for (const choice of shown) expect(all, `${sample.lang}: ${choice}`).toContain(choice);
      const [before, after] = sample.prompt.split('____');
      expect(all, `${sample.lang} prompt`).toContain(before!.trim() || after!.trim());
    }
  });

  it('marks right-to-left texts in Moodle XML: the question as a paragraph, each answer as a span', () => {
    const questions = children(parseXml(renderMoodleXml(languagesQuiz())), 'question').slice(1);
    expect(questions).toHaveLength(LANGUAGE_SAMPLES.length);
    questions.forEach((q, i) => {
      const sample = LANGUAGE_SAMPLES[i]!;
      const prompt = textOf(child(child(q, 'questiontext'), 'text'));
      expect(prompt, sample.lang).toBe(`<p${sample.rightToLeft ? ' dir="rtl"' : ''}>${sample.prompt}</p>`);
      const answers = children(q, 'answer').map((a) => textOf(child(a, 'text')));
      expect(answers).toEqual(sample.choices.map((c) => (sample.rightToLeft ? `<span dir="rtl">${c}</span>` : c)));
    });
  });

  it('marks right-to-left texts in QTI: the prompt’s paragraphs and each choice', async () => {
    const files = await readZip(renderQtiPackage(languagesQuiz()));
    const items = [...files.entries()]
      .filter(([path]) => path !== 'imsmanifest.xml' && !path.includes('test'))
      .map(([, xml]) => parseXml(xml))
      .filter((root) => root.name === 'qti-assessment-item');
    expect(items).toHaveLength(LANGUAGE_SAMPLES.length);
    for (const item of items) {
      const body = child(item, 'qti-item-body');
      const prompt = children(body, 'p')[0]!;
      const sample = LANGUAGE_SAMPLES.find((s) => s.prompt === textOf(prompt))!;
      expect(sample, textOf(prompt)).toBeDefined();
      expect(prompt.attrs.dir).toBe(sample.rightToLeft ? 'rtl' : undefined);
      const choices = descendants(body, 'qti-simple-choice');
      // A choice's span sits on a line of its own: HTML shows the whitespace around it as nothing.
      expect(choices.map((c) => allText(c).trim())).toEqual(sample.choices);
      for (const c of choices) {
        const span = c.children.find((n) => n.name === 'span');
        expect(span?.attrs.dir).toBe(sample.rightToLeft ? 'rtl' : undefined);
      }
    }
  });
});

describe('isRightToLeft', () => {
  it('follows the first letter, past digits and punctuation', () => {
    expect(isRightToLeft('«مرحبا» 2024')).toBe(true);
    expect(isRightToLeft('1. שלום world')).toBe(true);
    expect(isRightToLeft('DNA في الخلية')).toBe(false);
    expect(isRightToLeft('Привет')).toBe(false);
    expect(isRightToLeft('2024 ...')).toBe(false);
  });
});

function allText(node: XmlNodeRead): string {
  return node.text + node.children.map(allText).join('');
}
