// Plain-text shaping shared by the exporters: one-line fields, shortened titles and the source note.
import type { Question } from '../schemas/index.js';

/** Every run of whitespace (newlines and tabs included) as one space: for formats whose fields are one line. */
export function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** At most `max` code points, ending in "…" when cut, preferring to cut at a space. */
export function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > cut.length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Where the question comes from, as teachers cite it: `Page 3: “quote”`. */
export function sourceNote(question: Question): string {
  return `Page ${question.source.page}: “${question.source.quote}”`;
}

/** The explanation followed by the source note, as one feedback text. */
export function feedbackText(question: Question): string {
  const explanation = question.explanation.trim();
  return explanation ? `${explanation}\n\n${sourceNote(question)}` : sourceNote(question);
}

/** A short, single-line name for a question in a question bank: "Q3 What is…". */
export function questionName(question: Question, index: number): string {
  return `Q${index + 1} ${shorten(singleLine(question.prompt), 60)}`;
}
