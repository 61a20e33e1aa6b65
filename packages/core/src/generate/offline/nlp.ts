// wink-nlp with its English lite model, loaded once, and a page turned into plain arrays the generator can
// walk without going back through wink's API (tokens with POS, lemma and stop-word flag; entities; sentences).
import type { ItsFunction, PartOfSpeech, WinkMethods } from 'wink-nlp';

export interface Token {
  /** The token as written on the page. */
  value: string;
  /** Lowercased form. */
  normal: string;
  lemma: string;
  pos: PartOfSpeech;
  stop: boolean;
  /** Whitespace before the token, as on the page. */
  pre: string;
  /** Offset of `value` in the page text. */
  offset: number;
  /** Index into `entities` of the wink entity covering this token, or -1. */
  entity: number;
}

export interface Entity {
  /** DATE, CARDINAL, ORDINAL, PERCENT, MONEY, DURATION, TIME, ... */
  type: string;
  /** Token indices, inclusive. */
  start: number;
  end: number;
}

export interface SentenceSpan {
  /** Token indices, inclusive; leading and trailing whitespace tokens excluded. */
  start: number;
  end: number;
  /** The sentence opens a list item, after its bullet. */
  item?: boolean;
}

export interface AnalyzedPage {
  text: string;
  tokens: Token[];
  entities: Entity[];
  sentences: SentenceSpan[];
}

let loading: Promise<WinkMethods> | undefined;

/**
 * Loads wink-nlp and the model (about 100 ms, once per process). Dynamic so that importing core (the web app
 * does, for the schemas) does not pull the model in; the API may call this at start-up to warm it.
 */
export function loadNlp(): Promise<WinkMethods> {
  loading ??= (async () => {
    const [{ default: winkNLP }, { default: model }] = await Promise.all([
      import('wink-nlp'),
      import('wink-eng-lite-web-model'),
    ]);
    // Sentiment and negation are not used; leaving them out of the pipe saves a fifth of the time per page.
    return winkNLP(model, ['sbd', 'pos', 'ner']);
  })();
  return loading;
}

export function analyzePage(nlp: WinkMethods, text: string): AnalyzedPage {
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const normals = all.out(its.normal) as string[];
  // wink's typings omit the addons argument its.lemma is called with; the call itself is as documented.
  const lemmas = all.out(its.lemma as unknown as ItsFunction<string>) as string[];
  const pos = all.out(its.pos) as PartOfSpeech[];
  const stops = all.out(its.stopWordFlag) as unknown as boolean[];
  const pres = all.out(its.precedingSpaces) as string[];
  const types = all.out(its.type) as string[];

  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const pre = pres[i] ?? '';
    // Locate rather than add up lengths: wink may drop characters it does not tokenize (e.g. some control
    // characters), and quotes must come out exactly as the page has them.
    const found = text.indexOf(value, cursor);
    const offset = found >= 0 ? found : cursor + pre.length;
    cursor = offset + value.length;
    tokens.push({
      value,
      normal: normals[i] ?? value.toLowerCase(),
      lemma: lemmas[i] ?? value.toLowerCase(),
      pos: types[i] === 'tabCRLF' ? 'SPACE' : (pos[i] ?? 'X'),
      stop: stops[i] ?? false,
      pre,
      offset,
      entity: -1,
    });
  }

  const entities: Entity[] = [];
  const spans = doc.entities().out(its.span) as unknown as number[][];
  const entityTypes = doc.entities().out(its.type) as string[];
  spans.forEach(([start, end], k) => {
    if (start === undefined || end === undefined) return;
    entities.push({ type: entityTypes[k] ?? 'UNKNOWN', start, end });
    for (let t = start; t <= end; t++) tokens[t]!.entity = entities.length - 1;
  });

  const sentenceSpans = doc.sentences().out(its.span) as unknown as number[][];
  return { text, tokens, entities, sentences: splitAtLineBreaks(tokens, joinedAtAttachedStops(tokens, sentenceSpans)) };
}

/**
 * wink ends a sentence at a full stop between two words with no space around it, inside a name: "fundadores de
 * i-Connect.Net, alojaron ..." became "... i-Connect." and "Net, alojaron ...". A stop with a letter right
 * after it ends no sentence.
 */
function joinedAtAttachedStops(tokens: Token[], spans: number[][]): number[][] {
  const out: number[][] = [];
  for (const span of spans) {
    const before = out.at(-1);
    const stop = before?.[1];
    const next = span[0];
    if (
      before &&
      stop !== undefined &&
      next === stop + 1 &&
      tokens[stop]?.value === '.' &&
      tokens[stop]!.pre === '' &&
      tokens[next]?.pre === '' &&
      /^\p{L}/u.test(tokens[next]!.value)
    ) {
      before[1] = span[1]!;
    } else {
      out.push([...span]);
    }
  }
  return out;
}

/** A bullet that opens a list item. */
const BULLET = /^[•▪‣◦●■➢►]$/u;
/** The label of a manual's box ("Tip", "Note", "Caution"), set before the box's first sentence. */
const BOX_LABEL = /^(?:Tip|Note|Hint|Caution|Warning|Important)$/;

/**
 * wink does not end sentences at line breaks, but extracted pages put headings, captions and list items on
 * lines of their own ("Chapter 2: The Cell\nThe mitochondrion is..."); a line break ends a sentence here.
 */
function splitAtLineBreaks(tokens: Token[], spans: number[][]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const push = (start: number, end: number) => {
    while (start <= end && tokens[start]!.pos === 'SPACE') start++;
    // "• The default shell is /usr/bin/bash.", "Tip The contents of /etc/mailname is used by ...": a list's bullet
    // and a manual's box label open the line, not the sentence.
    const item = start < end && BULLET.test(tokens[start]!.value);
    if (item) start++;
    while (start <= end && tokens[start]!.pos === 'SPACE') start++;
    const after = tokens[start + 1]?.value === ':' ? start + 2 : start + 1;
    if (after < end && BOX_LABEL.test(tokens[start]!.value) && /^\p{Lu}/u.test(tokens[after]!.value)) start = after;
    while (start <= end && tokens[start]!.pos === 'SPACE') start++;
    // "[137] In 2024, researchers ...": the previous sentence's citation marks, which the splitter puts after
    // its full stop, do not open this one.
    for (let mark = citationMarkEnd(tokens, start, end); mark >= 0; mark = citationMarkEnd(tokens, start, end)) {
      start = mark + 1;
      while (start <= end && tokens[start]!.pos === 'SPACE') start++;
    }
    while (end >= start && tokens[end]!.pos === 'SPACE') end--;
    if (start <= end) out.push(item ? { start, end, item } : { start, end });
  };
  for (const [start, end] of spans) {
    if (start === undefined || end === undefined) continue;
    let from = start;
    for (let t = start; t <= end; t++) {
      const tok = tokens[t]!;
      if (tok.pos === 'SPACE' && tok.value.includes('\n')) {
        push(from, t - 1);
        from = t + 1;
      } else if (tok.pre.includes('\n') && t > from) {
        push(from, t - 1);
        from = t;
      }
    }
    push(from, end);
  }
  return out;
}

/** The index of the "]" closing a citation mark ("[12]", "[d]", "[2,4-6]") that starts at `start`, or -1. */
function citationMarkEnd(tokens: Token[], start: number, end: number): number {
  if (tokens[start]?.value !== '[') return -1;
  for (let t = start + 1; t <= Math.min(end - 1, start + 8); t++) {
    const value = tokens[t]!.value;
    // "[t]o provide": a bracket inside a word is the text's own.
    if (value === ']')
      return t > start + 1 && (t === end || tokens[t + 1]!.pre !== '' || tokens[t + 1]!.value === '[') ? t : -1;
    if (!/^(?:\d{1,4}|\p{Ll}{1,2}|[,–-])$/u.test(value)) return -1;
  }
  return -1;
}
