// One question as a QTI 3.0 assessment item: a choice interaction (one answer, or any number for multi-select)
// or a text-entry interaction, its correct response, a standard response-processing template, and the
// explanation with its source in a rubric block that only scorers see.
import type { Question } from '../../schemas/index.js';
import { questionName, singleLine, sourceNote } from '../plain-text.js';
import { directionAttrs, isRightToLeft } from '../text-direction.js';
import { el, renderXml, type XmlElement } from '../xml-document.js';
import { MAP_RESPONSE, MATCH_CORRECT, QTI_NS, QTI_XSD, XSI_NS } from './qti-namespaces.js';

/** The identifier of each choice, in order: `choice-1`, `choice-2`, … */
export function choiceIdentifier(index: number): string {
  return `choice-${index + 1}`;
}

export function renderQtiItem(question: Question, identifier: string, index: number, lang?: string): string {
  const isText = question.type === 'short_answer';
  const item = el(
    'qti-assessment-item',
    {
      xmlns: QTI_NS,
      'xmlns:xsi': XSI_NS,
      'xsi:schemaLocation': `${QTI_NS} ${QTI_XSD}`,
      identifier,
      title: questionName(question, index),
      adaptive: 'false',
      'time-dependent': 'false',
      'xml:lang': lang,
    },
    responseDeclaration(question),
    el(
      'qti-outcome-declaration',
      { identifier: 'SCORE', cardinality: 'single', 'base-type': 'float' },
      el('qti-default-value', {}, el('qti-value', {}, '0')),
    ),
    el(
      'qti-item-body',
      {},
      ...paragraphs(question.prompt),
      isText ? textEntry(question) : choiceInteraction(question),
      rubric(question),
    ),
    el('qti-response-processing', { template: isText ? MAP_RESPONSE : MATCH_CORRECT }),
  );
  return renderXml(item);
}

function responseDeclaration(question: Question): XmlElement {
  const isText = question.type === 'short_answer';
  const attrs = {
    identifier: 'RESPONSE',
    cardinality: question.type === 'multi_select' ? 'multiple' : 'single',
    'base-type': isText ? 'string' : 'identifier',
  };
  if (!isText) {
    const values = question.choices.flatMap((choice, i) =>
      question.answer.includes(choice) ? [el('qti-value', {}, choiceIdentifier(i))] : [],
    );
    return el('qti-response-declaration', attrs, el('qti-correct-response', {}, ...values));
  }
  // A single-cardinality response has one correct value; every accepted answer scores through the mapping.
  const entries = acceptedKeys(question.answer).map((key) =>
    el('qti-map-entry', { 'map-key': key, 'mapped-value': '1', 'case-sensitive': 'false' }),
  );
  return el(
    'qti-response-declaration',
    attrs,
    el('qti-correct-response', {}, el('qti-value', {}, question.answer[0]!)),
    el('qti-mapping', { 'default-value': '0', 'lower-bound': '0', 'upper-bound': '1' }, ...entries),
  );
}

/** Map keys are attribute values (one line) and must be distinct; they are compared case-insensitively. */
function acceptedKeys(answers: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const answer of answers) {
    const key = singleLine(answer);
    if (key && !seen.has(key.toLowerCase())) seen.set(key.toLowerCase(), key);
  }
  return [...seen.values()];
}

function choiceInteraction(question: Question): XmlElement {
  return el(
    'qti-choice-interaction',
    // max-choices 0 means "any number" in QTI.
    {
      'response-identifier': 'RESPONSE',
      shuffle: 'false',
      'max-choices': question.type === 'multi_select' ? '0' : '1',
    },
    // A choice written right to left is marked so in an HTML span, as the prompt's paragraphs are.
    ...question.choices.map((choice, i) =>
      el(
        'qti-simple-choice',
        { identifier: choiceIdentifier(i) },
        isRightToLeft(choice) ? el('span', { dir: 'rtl' }, choice) : choice,
      ),
    ),
  );
}

function textEntry(question: Question): XmlElement {
  const longest = Math.max(...question.answer.map((a) => Array.from(a).length));
  return el(
    'p',
    {},
    el('qti-text-entry-interaction', {
      'response-identifier': 'RESPONSE',
      'expected-length': String(Math.max(10, longest + 5)),
    }),
  );
}

function rubric(question: Question): XmlElement {
  return el(
    'qti-rubric-block',
    { use: 'scoring', view: 'scorer' },
    el(
      'qti-content-body',
      {},
      el('p', {}, `Answer: ${question.answer.join(' | ')}`),
      ...paragraphs(question.explanation),
      el('p', {}, sourceNote(question)),
    ),
  );
}

/** One <p> per non-empty line, so line breaks show without mixing text and <br/> elements. */
function paragraphs(text: string): XmlElement[] {
  return text
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => el('p', directionAttrs(line), line));
}
