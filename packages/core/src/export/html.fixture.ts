// Reads exported HTML back with a real HTML parser (parse5), for the exporters' tests.
import { parseFragment } from 'parse5';

interface HtmlNode {
  nodeName: string;
  value?: string;
  childNodes?: HtmlNode[];
}

/** The text an HTML fragment shows, with <br> as a line break, and the names of the elements in it. */
export function readHtml(html: string): { text: string; elements: string[] } {
  const elements: string[] = [];
  const walk = (node: HtmlNode): string => {
    if (node.nodeName === '#text') return node.value ?? '';
    if (!node.nodeName.startsWith('#')) elements.push(node.nodeName);
    if (node.nodeName === 'br') return '\n';
    return (node.childNodes ?? []).map(walk).join('');
  };
  const text = walk(parseFragment(html) as unknown as HtmlNode);
  return { text, elements };
}
