// A quiz's title from its document: the PDF's title metadata when it names the document, else the first heading
// of its first pages, else the file name. Tools write their own defaults into the metadata ("Microsoft Word -
// lesson3.docx", "Enscript Output", "untitled", "Slide 1"), and a teacher's library of quizzes all titled
// "Untitled" names nothing.
import { pageBlocks } from './page-roles.js';
import type { PageText } from './page-text.js';

/** Metadata titles that name a tool, a template or a file rather than the document. */
const TOOL_DEFAULTS =
  /^(?:untitled(?: document)?|document\s*\d*|enscript output|title|presentation\s*\d*|powerpoint presentation|slide\s*\d+|book\s*\d*|blank|new document|no title|sans titre|unbenannt|sin t[ií]tulo|senza titolo|无标题|無題|제목 없음|default|template|layout\s*\d*|\(?anonymous\)?|latex2e?|pdftex|tex output.*|microsoft word|writer|pdf)$/iu;

/** "Microsoft Word - ", "Microsoft PowerPoint - ": what remains may be a file name or a real title. */
const APP_PREFIX =
  /^(?:microsoft\s+(?:word|powerpoint|excel|office\s+\w+)|libreoffice\s+\w+|openoffice\.org\s+\w+)\s*[-–:]\s*/iu;

const FILE_NAME = /^[\w ().,'-]*\.(?:docx?|pptx?|xlsx?|odt|odp|rtf|tex|dvi|ps|pdf|txt|html?|md|indd|pages|key)$/iu;

/** The title of a document for its quiz. `pages` are its first pages as read (with their block roles). */
export function documentTitle(metadata: string | null, pages: readonly PageText[], filename: string): string {
  const fromMetadata = usableTitle(metadata);
  if (fromMetadata) return fromMetadata;
  const heading = firstHeading(pages);
  if (heading) return heading;
  return filename.replace(/\.pdf$/iu, '').trim() || 'Untitled quiz';
}

/** The metadata title when it names the document; without an application's prefix or a file's extension. */
export function usableTitle(metadata: string | null): string | null {
  if (metadata === null) return null;
  let title = metadata.replace(/\s+/gu, ' ').trim().replace(APP_PREFIX, '');
  // "lesson_3-photosynthesis.docx": a file name; its words can still be the title when they are words.
  if (FILE_NAME.test(title) || /[\\/]/u.test(title)) {
    title = title
      .replace(/^.*[\\/]/u, '')
      .replace(/\.[a-z0-9]+$/iu, '')
      .replace(/[_]+/gu, ' ')
      .trim();
    if (!/\p{L}{3}/u.test(title) || /^[\p{L}\d-]+$/u.test(title)) return null;
  }
  if (title.length < 3 || TOOL_DEFAULTS.test(title) || !/\p{L}/u.test(title)) return null;
  return title.length > 200 ? `${title.slice(0, 199)}…` : title;
}

/** The first heading of the first pages that reads as a title: a few words, not a number or a running head. */
function firstHeading(pages: readonly PageText[]): string | null {
  for (const page of pages.slice(0, 3)) {
    for (const block of pageBlocks(page)) {
      if (block.role !== 'heading') continue;
      const text = page.text.slice(block.start, block.end).replace(/\s+/gu, ' ').trim();
      const words = text.split(' ').length;
      if (text.length >= 3 && text.length <= 150 && words <= 20 && /\p{L}{2}/u.test(text) && !TOOL_DEFAULTS.test(text))
        return text;
    }
  }
  return null;
}
