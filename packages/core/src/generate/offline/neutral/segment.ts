// Sentences and words of a page in any language, with Intl.Segmenter (ICU, built into Node): sentence breaks
// that know "π.Χ." and "3.14" are no ends, and word breaks from dictionaries where words are not spaced
// (Japanese, Chinese, Thai). Offsets point into the page text, so every sentence is a verbatim quote.

export interface NeutralWord {
  text: string;
  /** Offsets in the page text (end exclusive). */
  start: number;
  end: number;
}

export interface NeutralSentence {
  /** The sentence exactly as on the page, without surrounding whitespace. */
  text: string;
  /** Offset in the page text. */
  start: number;
  /** Word-like segments, in order (no spaces or punctuation). */
  words: NeutralWord[];
}

const segmenters = new Map<string, { sentences: Intl.Segmenter; words: Intl.Segmenter }>();

function segmentersFor(locale: string) {
  let pair = segmenters.get(locale);
  if (!pair) {
    pair = {
      sentences: new Intl.Segmenter(locale, { granularity: 'sentence' }),
      words: new Intl.Segmenter(locale, { granularity: 'word' }),
    };
    segmenters.set(locale, pair);
  }
  return pair;
}

/**
 * The page's sentences. A line break ends one, unless the line was wrapped: it fills most of the page's width and
 * ends in no stop, and the next line goes on with text rather than a bullet ("Die Syntax einer natürlichen Sprache
 * ist die Menge an / Regeln, nach denen Sätze gebildet werden dürfen." on a slide). A bullet opening a sentence
 * is no part of it.
 */
export function segmentSentences(text: string, locale: string): NeutralSentence[] {
  const { sentences, words } = segmentersFor(locale);
  const out: NeutralSentence[] = [];
  for (const paragraph of paragraphsOf(text)) {
    for (const { segment, index } of joinedAsides(joinedDomains(sentences.segment(paragraph.text)))) {
      const lead = segment.length - segment.trimStart().length;
      const trimmed = segment.trim();
      let bullet = BULLET.exec(trimmed)?.[0].length ?? 0;
      bullet += (LABEL.exec(trimmed.slice(bullet)) ?? LABEL_IN_CAPITALS.exec(trimmed.slice(bullet)))?.[0].length ?? 0;
      const value = trimmed.slice(bullet);
      if (value === '') continue;
      const start = paragraph.start + index + lead + bullet;
      const sentenceWords: NeutralWord[] = [];
      for (const word of words.segment(value)) {
        if (!word.isWordLike) continue;
        sentenceWords.push({
          text: word.segment,
          start: start + word.index,
          end: start + word.index + word.segment.length,
        });
      }
      out.push({ text: value, start, words: sentenceWords });
    }
  }
  return out;
}

/**
 * Segments with an exclamation or a question closing a parenthesis joined to what follows: "Eine formale Sprache
 * ist eine (oft unendliche!) Menge von Worten ..." is one sentence, which Intl.Segmenter cuts after "!)".
 */
function joinedAsides(segments: Iterable<{ segment: string; index: number }>): { segment: string; index: number }[] {
  const out: { segment: string; index: number }[] = [];
  let open: { segment: string; index: number } | undefined;
  for (const { segment, index } of segments) {
    const current = open ? { segment: open.segment + segment, index: open.index } : { segment, index };
    open = ASIDE_END.test(current.segment.trimEnd()) ? current : undefined;
    if (!open) out.push(current);
  }
  if (open) out.push(open);
  return out;
}

/**
 * Segments cut inside a domain name joined again: a line wrapped after "fundadores de i-Connect." whose next line
 * begins "Net, alojaron ..." is one sentence about i-Connect.Net, which a break at ". N" would cut in two.
 */
function joinedDomains(segments: Iterable<{ segment: string; index: number }>): { segment: string; index: number }[] {
  const out: { segment: string; index: number }[] = [];
  for (const { segment, index } of segments) {
    const before = out.at(-1);
    if (before && BEFORE_DOMAIN_END.test(before.segment) && DOMAIN_END.test(segment)) {
      before.segment += segment;
    } else {
      out.push({ segment, index });
    }
  }
  return out;
}

/** A name ending in a dot right after a letter, where a domain name may go on ("i-Connect. "). */
const BEFORE_DOMAIN_END = /[\p{L}\p{N}]\.\s+$/u;
/** The top-level domain that ends a domain name cut after its dot, before a comma, a slash or the like. */
const DOMAIN_END = /^(?:com|net|org|edu|gov|info|io|eu|de|fr|es|it|pt|ru|uk|jp|cn|kr|gr|br|ar|mx)(?=[,;:)\]/]|\s*$)/iu;

/** An exclamation or a question inside parentheses, at a segment's end. */
const ASIDE_END = /\([^()]*[!?]\)$/u;

/** A bullet or dash that opens a list item. */
const BULLET = /^[•▪‣◦●■□➢►✓–—*-]\s+/u;

/**
 * The label of a box of a manual, read into the sentence it heads: "Nota Como a base de dados ...", "Dica Pode
 * exportar ...", "ティップ Aptitude は ...", "ティップ ntp パッケージ中の ..." (Japanese has no capitals to tell the
 * sentence's start by). It is no part of what the sentence states. A label that is no word of a sentence's
 * opening ("Suggerimento", "Dica", "Hinweis") goes before a lowercase word too ("Suggerimento si può abilitare
 * ..."): the sentence is then one in lowercase, the end of a box's text. (A Chinese or Japanese
 * "注意" or "警告" is left: a sentence under it speaks to the reader, which the stem rules refuse.)
 */
const LABEL =
  /^(?:Nota|Note|Notiz|Hinweis|Anmerkung|Tipp?|Dica|Consiglio|Suggerimento|Attenzione|Atenção|Cuidado|Avviso|Aviso|Avvertenza|Warning|Caution|Importante?|Achtung|Warnung|Remarque|Astuce|Attention|Avertissement|Precaución|Advertencia|Consejo|Sugerencia|Примечание|Замечание|Внимание|Подсказка|Совет|Предупреждение|ティップ|ヒント)\s*(?=\p{Lu}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])|^(?:ティップ|ヒント)\s+(?=\S)|^(?:Suggerimento|Consiglio|Dica|Tipp?|Hinweis|Astuce|Remarque|Avvertenza|Advertencia|Precaución|Примечание|Замечание|Подсказка|Совет)\s+(?=\p{Ll})/u;
/** The same labels set in capitals ("ASTUCE La fonctionnalité ...", "NOTE The ..."), before any word. */
const LABEL_IN_CAPITALS =
  /^(?:NOTA|NOTE|NOTIZ|HINWEIS|ANMERKUNG|TIPP?|DICA|CONSIGLIO|SUGGERIMENTO|ATTENZIONE|ATENÇÃO|CUIDADO|AVVISO|AVISO|AVVERTENZA|WARNING|CAUTION|IMPORTANTE?|ACHTUNG|WARNUNG|REMARQUE|ASTUCE|ATTENTION|AVERTISSEMENT|PRECAUCIÓN|ADVERTENCIA|CONSEJO|SUGERENCIA|ПРИМЕЧАНИЕ|ВНИМАНИЕ|СОВЕТ)\s+(?=\S)/u;
/** A line that ends a sentence or announces what follows. */
const ENDS = /[.!?。！？:;：；]["'»”’)）」』]*$/u;
/** A wrapped line fills at least this share of the page's usual full line. */
const WRAPPED_SHARE = 0.6;
/**
 * A line of Hangul, Chinese or Japanese this wide that ends without a stop is cut, whatever the page's other
 * lines: no heading of those scripts is this long, and where extraction ran a paragraph's lines together the
 * "usual line" is a paragraph ("... 즉 포인터, 길이, 용량" / "값을 말하며, ..."). (Latin lines this long without a stop
 * are as often commands and tables of contents.)
 */
const CUT_COLUMNS = 100;
const MIN_WIDE_LETTERS = 10;

/** Letters printed twice as wide as a Latin one: Hangul, Han, kana and full-width forms. */
const WIDE = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF01-\uFF60]/gu;

/** How wide a line prints, in columns of a Latin letter ("용량" takes four). */
function columns(line: string): number {
  const trimmed = line.trim();
  return trimmed.length + (trimmed.match(WIDE)?.length ?? 0);
}

/**
 * The page's paragraphs with their offsets; the line breaks inside one become spaces, so offsets are kept and
 * the text stays the page's (quotes are matched with whitespace folded).
 */
function paragraphsOf(text: string): { text: string; start: number }[] {
  const lines = text.split('\n');
  const lengths = lines
    .map(columns)
    .filter((n) => n >= 20)
    .sort((a, b) => a - b);
  const full = lengths[Math.floor(lengths.length * 0.9)] ?? Number.POSITIVE_INFINITY;
  const out: { text: string; start: number }[] = [];
  let start = 0;
  let current: { text: string; start: number } | undefined;
  let previous = '';
  for (const line of lines) {
    const wrapped =
      current !== undefined &&
      (columns(previous) >= WRAPPED_SHARE * full ||
        (columns(previous) >= CUT_COLUMNS && (previous.match(WIDE)?.length ?? 0) >= MIN_WIDE_LETTERS)) &&
      (!ENDS.test(previous.trim()) ||
        (BEFORE_DOMAIN_END.test(`${previous.trimEnd()} `) && DOMAIN_END.test(line.trimStart()))) &&
      /^\s*[\p{L}\p{N}(«"“„]/u.test(line);
    if (wrapped) current!.text += ` ${line}`;
    else {
      current = { text: line, start };
      out.push(current);
    }
    previous = line;
    start += line.length + 1;
  }
  return out;
}
