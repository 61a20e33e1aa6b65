// A term as the generator would find it, for tests of what is done with terms (statistics, wrong choices)
// rather than of how they are found.
import type { Term } from './term.js';

export function termOf(display: string, kind: Term['kind'] = 'noun'): Term {
  const words = display.split(' ').length;
  return {
    kind,
    key: `${kind}:${display.toLowerCase()}`,
    text: display,
    display,
    start: 0,
    end: 0,
    charStart: 0,
    charEnd: display.length,
    words,
    plural: false,
    shape: String(words),
    rarity: 0.8,
  };
}
