// Moodle XML: the question-bank format Moodle imports without plugins. One category named after the quiz,
// then one <question> per question. Texts go in as HTML (escaped, line breaks as <br>, right-to-left ones marked
// so) inside XML that is escaped a second time, so neither "<script>" nor "]]>" can change the document's structure.
import type { Question, Quiz } from '../schemas/index.js';
import { textToHtml } from './html-text.js';
import { escapeShortAnswerWildcards, multiSelectWeights } from './moodle-weights.js';
import { feedbackText, questionName, singleLine } from './plain-text.js';
import { isRightToLeft } from './text-direction.js';
import { answerIsTrue } from './true-false.js';
import { el, renderXml, type XmlElement } from './xml-document.js';

export function renderMoodleXml(quiz: Quiz): string {
  return renderXml(el('quiz', {}, category(quiz.title), ...quiz.questions.map(question)));
}

function category(title: string): XmlElement {
  // Moodle splits category paths on "/" and reads "//" as a literal slash.
  const name = (singleLine(title) || 'quizstream').replace(/\//g, '//');
  return el(
    'question',
    { type: 'category' },
    el('category', {}, text(`$course$/top/${name}`)),
    el('info', { format: 'html' }, text('')),
  );
}

function question(q: Question, index: number): XmlElement {
  const isTrue = q.type === 'true_false' ? answerIsTrue(q.choices, q.answer[0]!) : null;
  const type = q.type === 'short_answer' ? 'shortanswer' : isTrue === null ? 'multichoice' : 'truefalse';
  const answers =
    type === 'truefalse' ? trueFalse(isTrue === true) : type === 'shortanswer' ? shortAnswers(q.answer) : choices(q);
  return el(
    'question',
    { type },
    el('name', {}, text(questionName(q, index))),
    html('questiontext', q.prompt),
    html('generalfeedback', feedbackText(q)),
    el('defaultgrade', {}, '1'),
    el('penalty', {}, type === 'truefalse' ? '1' : '0.3333333'),
    el('hidden', {}, '0'),
    ...answers,
  );
}

function text(value: string): XmlElement {
  return el('text', {}, value);
}

/**
 * `<name format="html"><text>…</text></name>`: answers are inline HTML, the other texts a paragraph. A text
 * written right to left (Arabic, Hebrew) is marked so (`dir="rtl"`, which Moodle keeps), inline ones in a span.
 */
function html(name: string, value: string, inline = false, attrs: Record<string, string> = {}, ...rest: XmlElement[]) {
  const rtl = isRightToLeft(value);
  const body = !value
    ? ''
    : inline
      ? rtl
        ? `<span dir="rtl">${textToHtml(value)}</span>`
        : textToHtml(value)
      : `<p${rtl ? ' dir="rtl"' : ''}>${textToHtml(value)}</p>`;
  return el(name, { ...attrs, format: 'html' }, text(body), ...rest);
}

function noFeedback(): XmlElement {
  return html('feedback', '');
}

function trueFalse(isTrue: boolean): XmlElement[] {
  // Moodle recognises the two answers by the literal words "true" and "false" and shows its own labels.
  return ['true', 'false'].map((word) =>
    el(
      'answer',
      { fraction: (word === 'true') === isTrue ? '100' : '0', format: 'moodle_auto_format' },
      text(word),
      noFeedback(),
    ),
  );
}

function shortAnswers(answers: readonly string[]): XmlElement[] {
  // The schema's short answers are compared case-insensitively, which is Moodle's usecase 0. They are
  // compared as plain text, not rendered, so they are not HTML-escaped; only the "*" wildcard is.
  return [
    el('usecase', {}, '0'),
    ...answers.map((a) =>
      el(
        'answer',
        { fraction: '100', format: 'moodle_auto_format' },
        text(escapeShortAnswerWildcards(a)),
        noFeedback(),
      ),
    ),
  ];
}

function choices(q: Question): XmlElement[] {
  const single = q.type !== 'multi_select';
  const weights = single ? null : multiSelectWeights(q.choices, q.answer);
  const fraction = (c: string) => weights?.get(c) ?? (q.answer.includes(c) ? '100' : '0');
  return [
    el('single', {}, String(single)),
    el('shuffleanswers', {}, q.type === 'true_false' ? 'false' : 'true'),
    el('answernumbering', {}, 'abc'),
    ...q.choices.map((c) => html('answer', c, true, { fraction: fraction(c) }, noFeedback())),
  ];
}
