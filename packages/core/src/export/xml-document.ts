// A small element tree serialized by fast-xml-parser's XMLBuilder, for the XML exporters (Moodle, QTI).
// The builder escapes &, <, > and quotes; this module adds what it leaves to the caller: characters XML 1.0
// cannot carry at all, and line breaks in attribute values, which a parser would turn into spaces.
import { XMLBuilder } from 'fast-xml-parser';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/** An element; `undefined` attributes are left out. */
export function el(name: string, attrs: Record<string, string | undefined> = {}, ...children: XmlNode[]): XmlElement {
  const defined = Object.entries(attrs).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return { name, attrs: Object.fromEntries(defined), children };
}

// Outside XML 1.0's Char production, or unfit for it: control characters but tab, LF and CR, lone surrogates
// (\p{Cs} matches only unpaired ones in a /u regex) and U+FFFE/U+FFFF. PDF text extraction produces some of
// these (form feeds, stray control codes).
const NOT_XML_CHAR = /(?![\t\n\r])[\p{Cc}\p{Cs}\ufffe\uffff]/gu;

/** `text` without the characters no XML 1.0 document may contain. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

type OrderedNode = { '#text': string } | { [name: string]: OrderedNode[] | Record<string, string> };

function toOrdered(node: XmlNode): OrderedNode {
  if (typeof node === 'string') return { '#text': xmlSafe(node) };
  const attrs = Object.fromEntries(
    Object.entries(node.attrs).map(([k, v]) => [`@_${k}`, xmlSafe(v).replace(/[\t\n\r]/g, ' ')]),
  );
  return { [node.name]: node.children.map(toOrdered), ':@': attrs };
}

const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
});

/** The document as UTF-8 XML text with its declaration, indented (elements holding text stay on one line). */
export function renderXml(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build([toOrdered(root)]).trim()}\n`;
}
