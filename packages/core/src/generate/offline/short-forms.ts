// Short forms a document defines or leans on: "the Red River Compact (or Compact)", then "the Compact" for
// fifty pages. A question that says "the Compact" needs the document; one that says "the Red River Compact"
// stands alone. The stem is written with the full name; the quote stays as the page has it.

/** "Red River Compact (or Compact)", "Federal Aviation Administration (“the Agency”)". */
const DEFINITION =
  /((?:\p{Lu}[\p{Ll}'’.-]*[ \t]+){1,6}\p{Lu}[\p{Ll}'’-]*)[ \t]*\([ \t]*(?:or[ \t]+|the[ \t]+|hereinafter[ \t]+|hereafter[ \t]+)?["“]?(?:the[ \t]+)?(\p{Lu}[\p{Ll}-]+)["”]?[ \t]*\)/gu;
/** A run of two to seven capitalized words on one line (not a heading in capitals): a long name. */
const LONG_NAME = /(?<![\p{L}'’-])(?:\p{Lu}[\p{Ll}'’.-]+[ \t]+){1,6}\p{Lu}[\p{Ll}'’-]+/gu;
/** Words that start a sentence or a title rather than a name. */
const OPENERS = new Set([
  'The',
  'A',
  'An',
  'In',
  'On',
  'For',
  'At',
  'By',
  'Of',
  'And',
  'But',
  'When',
  'If',
  'As',
  'This',
  'That',
]);

/** An acronym in parentheses after the words it stands for, a line break among them or not: "quick reference handbook (QRH)". */
const ACRONYM_DEFINITION = /((?:[\p{L}][\p{L}'’-]*\s+){1,10})\((\p{Lu}[\p{Lu}\d]{1,7})\)/gu;
/** Small words an acronym skips ("Freedom of Information Act" is FOIA). */
const SKIPPED = new Set(['of', 'and', 'the', 'for', 'to', 'in', 'on', 'a', 'an', '&']);

/**
 * The words before an acronym that spell it by their initials ("... with a quick reference handbook" and "QRH"
 * gives "quick reference handbook"), or undefined when they do not.
 */
export function expansionOf(before: string, acronym: string): string | undefined {
  const words = before.trim().split(/\s+/u);
  const letters = acronym.replace(/\d/g, '').toLowerCase();
  let at = letters.length - 1;
  let i = words.length - 1;
  for (; i >= 0 && at >= 0; i--) {
    const word = words[i]!.toLowerCase();
    if (SKIPPED.has(word) && word[0] !== letters[at] && at < letters.length - 1) continue;
    // A hyphenated word may give a letter per part ("non-normal" NN) or one.
    const parts = word.split('-').filter(Boolean);
    const initials = parts.map((p) => p[0]).join('');
    if (initials.length > 1 && letters.slice(at - initials.length + 1, at + 1) === initials) at -= initials.length;
    else if (word[0] === letters[at]) at--;
    else return undefined;
  }
  if (at >= 0) return undefined;
  const kept = words.slice(i + 1);
  if (!/^\p{L}/u.test(kept[0] ?? '')) return undefined;
  // "Pulmonary embolism (PE)" at a sentence's start is "pulmonary embolism" elsewhere.
  if (kept.length > 1 && kept.slice(1).every((w) => /^\p{Ll}/u.test(w)) && /^\p{Lu}\p{Ll}/u.test(kept[0]!))
    kept[0] = kept[0]!.toLowerCase();
  return kept.join(' ');
}

export class ShortForms {
  /** Defined in the text: short word -> full name. */
  readonly #defined = new Map<string, string>();
  /** Acronyms the text spells out: "QRH" -> "quick reference handbook". */
  readonly #acronyms = new Map<string, string>();
  /** Long names by their last word, with how often each was seen. */
  readonly #byLast = new Map<string, Map<string, number>>();

  /** Reads a page: its explicit definitions and its long names. */
  observe(text: string): void {
    for (const m of text.matchAll(DEFINITION)) {
      const full = trimOpeners(m[1]!.replace(/\s+/gu, ' '));
      const short = m[2]!;
      if (full.split(' ').length >= 2 && full.split(' ').at(-1) === short && !this.#defined.has(short))
        this.#defined.set(short, full);
    }
    for (const m of text.matchAll(ACRONYM_DEFINITION)) {
      const acronym = m[2]!;
      if (this.#acronyms.has(acronym)) continue;
      const expansion = expansionOf(m[1]!, acronym);
      if (expansion) this.#acronyms.set(acronym, expansion);
    }
    for (const m of text.matchAll(LONG_NAME)) {
      const full = trimOpeners(m[0].replace(/\s+/gu, ' '));
      const words = full.split(' ');
      if (words.length < 2) continue;
      const last = words.at(-1)!;
      const names = this.#byLast.get(last) ?? new Map<string, number>();
      names.set(full, (names.get(full) ?? 0) + 1);
      this.#byLast.set(last, names);
    }
  }

  /** What the acronym stands for, as the document spelled it out, or undefined. */
  acronym(short: string): string | undefined {
    return this.#acronyms.get(short);
  }

  /**
   * `text` with its acronyms spelled out at their first use ("IVC filters" -> "inferior vena cava (IVC)
   * filters"), when the document did so and `text` does not; `keep` refuses a replacement.
   */
  spellOut(text: string, keep: (replaced: string) => boolean = () => true): string {
    let out = text;
    const done = new Set<string>();
    for (const m of text.matchAll(/(?<![\p{L}\d(-])(\p{Lu}[\p{Lu}\d]{1,7})(?![\p{L}\d)-])/gu)) {
      const short = m[1]!;
      if (done.has(short)) continue;
      done.add(short);
      const full = this.#acronyms.get(short);
      if (!full || out.toLowerCase().includes(full.toLowerCase())) continue;
      const replaced = out.replace(
        new RegExp(`(?<![\\p{L}\\d(-])${short}(?![\\p{L}\\d)-])`, 'u'),
        `${full} (${short})`,
      );
      if (keep(replaced)) out = replaced;
    }
    return out;
  }

  /** The full name "the Compact" stands for, or undefined when the document leaves it open. */
  fullName(short: string): string | undefined {
    const defined = this.#defined.get(short);
    if (defined) return defined;
    const names = this.#byLast.get(short);
    if (!names) return undefined;
    let best: string | undefined;
    let bestCount = 0;
    let total = 0;
    for (const [name, count] of names) {
      total += count;
      if (count > bestCount) [best, bestCount] = [name, count];
    }
    // One long name clearly dominant, and seen more than once: "the Court" in an opinion naming four courts is not.
    return bestCount >= 2 && bestCount / total >= 0.75 ? best : undefined;
  }

  /**
   * `text` with each "the Compact" written as "the Red River Compact", once per short form, when the document
   * names it so and `text` does not already; `keep` refuses a replacement (one that would show the answer).
   */
  expand(text: string, keep: (replaced: string) => boolean = () => true): string {
    let out = text;
    const done = new Set<string>();
    for (const m of text.matchAll(/\b([Tt]he)\s+(\p{Lu}[\p{L}-]+)(?![\p{L}-]|\s+\p{Lu})/gu)) {
      const short = m[2]!;
      if (done.has(short)) continue;
      done.add(short);
      const full = this.fullName(short);
      if (!full || out.includes(full)) continue;
      const replaced = out.replace(new RegExp(`\\b${m[1]}\\s+${short}(?![\\p{L}-])`, 'u'), `${m[1]} ${full}`);
      if (keep(replaced)) out = replaced;
    }
    return out;
  }
}

/** The name after the last word that opens a sentence or a phrase ("Once The Red River Compact" -> "Red River Compact"). */
function trimOpeners(name: string): string {
  const words = name.split(' ');
  let from = 0;
  words.forEach((w, i) => {
    if (OPENERS.has(w) && i < words.length - 1) from = i + 1;
  });
  return words.slice(from).join(' ');
}
