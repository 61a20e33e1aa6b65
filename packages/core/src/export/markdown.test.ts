import MarkdownIt, { type Token } from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.js';
import { markdownText } from './markdown-text.js';
import { NASTY, nastyQuiz } from './nasty-quiz.fixture.js';
import { sourceNote } from './plain-text.js';

// CommonMark with GFM tables and strikethrough, raw HTML allowed and bare URLs linked: the most permissive
// reading, so any escaping gap shows up as a token that is not text.
const md = new MarkdownIt({ html: true, linkify: true });

/**
 * The text of an inline token, with hard and soft breaks as newlines; fails on anything but text. A bare URL
 * may be linked, as GitHub does, since its text stays the same.
 */
function inlineText(token: Token): string {
  const children = token.children ?? [];
  return children
    .map((c, i) => {
      if (c.type === 'text') return c.content;
      if (c.type === 'hardbreak' || c.type === 'softbreak') return '\n';
      if (c.type.startsWith('link_') && c.markup === 'linkify') return '';
      // The exporter's own emphasis, around its own words only.
      if (c.type === 'em_open' || c.type === 'strong_open') expect(OWN_WORDS).toContain(children[i + 1]?.content);
      if (/^(em|strong)_(open|close)$/.test(c.type)) return '';
      throw new Error(`unexpected ${c.type} in ${JSON.stringify(token.content)}`);
    })
    .join('');
}

const OWN_WORDS = [
  'Answer:',
  'Answers:',
  'Choose one answer.',
  'True or false?',
  'Select all that apply.',
  'Answer in a few words.',
];

/** How the exporter is expected to show a multi-line text: lines trimmed, empty ones dropped. */
const asShown = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');

describe('Markdown export', () => {
  it('renders every nasty text as exactly that text, never as markup', () => {
    const samples = [NASTY, '# h', '> q', '- i', '+ i', '1. i', '2) i', '===', '---', '***', '<div>x</div>', '&copy;'];
    for (const sample of [...samples, samples.join('\n'), '*Answer:*', '_Choose one answer._']) {
      const tokens = md.parse(markdownText(sample), {});
      expect(markdownText(sample)).not.toMatch(/(^|[^\\])[*_]/);
      expect(tokens.map((t) => t.type)).toEqual(['paragraph_open', 'inline', 'paragraph_close']);
      expect(inlineText(tokens[1]!)).toBe(asShown(sample));
    }
  });

  it('has numbered questions with their choices, and an answer key with explanations and pages', () => {
    const quiz = nastyQuiz();
    const tokens = md.parse(renderMarkdown(quiz), {});
    expect(tokens.some((t) => t.type.startsWith('html'))).toBe(false);
    const texts = tokens.filter((t) => t.type === 'inline').map(inlineText);
    expect(texts[0]).toBe(quiz.title);
    const headings = texts.filter((t) => /^Question \d+$/.test(t));
    expect(headings).toHaveLength(quiz.questions.length * 2);
    for (const question of quiz.questions) {
      expect(texts).toContain(asShown(question.prompt));
      for (const choice of question.choices) expect(texts.some((t) => t.endsWith(`. ${asShown(choice)}`))).toBe(true);
      expect(texts).toContain(sourceNote(question));
      if (question.explanation) expect(texts).toContain(asShown(question.explanation));
      for (const answer of question.answer) expect(texts.some((t) => t.endsWith(asShown(answer)))).toBe(true);
    }
  });

  it('never renders the quiz text as HTML', () => {
    const html = md.render(renderMarkdown(nastyQuiz()));
    expect(html).not.toMatch(/<script|<b>|<code>|<del>|<table|>link<\/a>|<em>(star|under|tagged)/);
    expect(html).toContain('&lt;script&gt;');
  });
});
