// Reads exported XML back with saxes, a strict XML 1.0 + namespaces parser independent of the builder the
// exporters use: any well-formedness error (an unescaped "<" or "&", an undefined entity, "]]>" in text, a
// control character) throws.
import { SaxesParser } from 'saxes';

export interface XmlNodeRead {
  /** The local name, without prefix. */
  name: string;
  ns: string;
  attrs: Record<string, string>;
  children: XmlNodeRead[];
  /** The element's own text, concatenated, without its children's. */
  text: string;
}

export function parseXml(xml: string): XmlNodeRead {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlNodeRead[] = [];
  let root: XmlNodeRead | undefined;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const attrs = Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value]));
    const node: XmlNodeRead = { name: tag.local ?? tag.name, ns: tag.uri ?? '', attrs, children: [], text: '' };
    stack.at(-1)?.children.push(node);
    root ??= node;
    stack.push(node);
  });
  parser.on('text', (text) => {
    const top = stack.at(-1);
    if (top) top.text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
}

/** The element's text, or an empty string for an empty element. A whitespace-only text is indentation. */
export function textOf(node: XmlNodeRead | undefined): string {
  if (!node) throw new Error('missing element');
  return node.children.length === 0 ? node.text : node.text.trim();
}

export function child(node: XmlNodeRead | undefined, name: string): XmlNodeRead {
  const found = node?.children.find((c) => c.name === name);
  if (!found) throw new Error(`no <${name}> in <${node?.name}>`);
  return found;
}

export function children(node: XmlNodeRead, name: string): XmlNodeRead[] {
  return node.children.filter((c) => c.name === name);
}

/** Every descendant with that name, depth first. */
export function descendants(node: XmlNodeRead, name: string): XmlNodeRead[] {
  return node.children.flatMap((c) => [...(c.name === name ? [c] : []), ...descendants(c, name)]);
}
