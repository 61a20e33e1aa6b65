// Sentences that say what a term is, in languages the English parser does not read: "Un métapaquet est un paquet
// quasiment vide qui ...", "Ein Tautologie ist eine Formel, die ...", "Mondo Rescue 是一个备份系统，...". The term
// is the sentence's subject, found by the copula and the article after it, so it has clean edges without a
// parser. Asked among the other terms the document defines, it makes a multiple-choice question whose wrong
// choices are of the same kind (terms of the subject) and clearly wrong (each is defined as something else).
import { escapeRegExp } from '../../escape-regexp.js';
import { stopWords } from './stop-words.js';

export interface Definition {
  /** The subject as written, its article included ("Un métapaquet", "Mondo Rescue"). */
  subject: string;
  /** Identity: lowercase, without the article. */
  key: string;
  /** The copula is plural ("sont", "sind", "son"): only plural subjects fit its blank. */
  plural: boolean;
  /** A name without an article ("piuparts", "Mondo Rescue") rather than a noun phrase ("Un métapaquet"). */
  named: boolean;
  /** The first word of what it is ("outil" in "est un outil qui ..."), lowercase: its class, roughly. */
  genus: string;
  /**
   * The words a written answer names, as written: the subject without its article and without what a joiner
   * adds ("métapaquet" of "Un métapaquet", "Syntax" of "Die Syntax einer natürlichen Sprache"), and where they
   * start in the sentence.
   */
  term: string;
  termStart: number;
  /** The subject opens with an indefinite article ("Un métapaquet", "Ein Alphabet"): a class defined. */
  indefinite: boolean;
}

interface CopulaRule {
  /** The subject, the copula and the article that opens what it is. */
  pattern: RegExp;
  /** Articles that may open the subject. */
  articles: ReadonlySet<string>;
  plural: ReadonlySet<string>;
  /** Words inside a term ("sauvetage de paquet"). */
  joiners: ReadonlySet<string>;
  /** Indefinite articles ("un", "ein"). */
  indefinite: ReadonlySet<string>;
}

const set = (words: string) => new Set(words.split(' '));

/** Copula and article per language: "X est un/une/le ...", "X ist ein/eine/der ...". */
const RULES: Record<string, CopulaRule> = {
  fr: {
    pattern: /^(.{2,60}?)\s+(est|sont)\s+(?:un|une|des|le|la|les|l['’])(?:\s|(?<=['’]))/u,
    articles: set("le la les l' l’ un une des"),
    plural: set('sont'),
    joiners: set("de du des d’ d' à"),
    indefinite: set('un une'),
  },
  es: {
    pattern: /^(.{2,60}?)\s+(es|son)\s+(?:un|una|unos|unas|el|la|los|las)\s/u,
    articles: set('el la los las un una unos unas'),
    plural: set('son'),
    joiners: set('de del'),
    indefinite: set('un una'),
  },
  it: {
    pattern: /^(.{2,60}?)\s+(è|sono)\s+(?:un|una|uno|il|lo|la|i|gli|le|l['’])(?:\s|(?<=['’]))/u,
    articles: set("il lo la i gli le l' l’ un una uno"),
    plural: set('sono'),
    joiners: set('di del della dei delle'),
    indefinite: set('un una uno'),
  },
  pt: {
    pattern: /^(.{2,60}?)\s+(é|são)\s+(?:um|uma|uns|umas|o|a|os|as)\s/u,
    articles: set('o a os as um uma uns umas'),
    plural: set('são'),
    joiners: set('de do da dos das'),
    indefinite: set('um uma'),
  },
  de: {
    pattern: /^(.{2,60}?)\s+(ist|sind)\s+(?:ein|eine|einer|der|die|das)\s/u,
    articles: set('der die das ein eine'),
    plural: set('sind'),
    joiners: set('von der des einer eines'),
    indefinite: set('ein eine'),
  },
  nl: {
    pattern: /^(.{2,60}?)\s+(is|zijn)\s+(?:een|de|het)\s/u,
    articles: set('de het een'),
    plural: set('zijn'),
    joiners: set('van'),
    indefinite: set('een'),
  },
  // "Το BOOTP είναι ένα πρωτόκολλο IP που ...": Greek puts an article before a name too.
  el: {
    pattern: /^(.{2,60}?)\s+(είναι)\s+(?:ένα|ένας|μια|μία|ο|η|το|οι|τα)\s/u,
    articles: set('ο η το οι τα ένας μια μία ένα'),
    plural: new Set<string>(),
    joiners: set('του της των'),
    indefinite: set('ένας μια μία ένα'),
  },
  // "Vite — це інструмент збирання, який ...", "Linux — это ядро ...": no article; the dash and "це", "это".
  uk: {
    pattern: /^(.{2,60}?)\s+[—–]\s+(це)\s+/u,
    articles: new Set<string>(),
    plural: new Set<string>(),
    joiners: new Set<string>(),
    indefinite: new Set<string>(),
  },
  ru: {
    pattern: /^(.{2,60}?)\s+[—–]\s+(это)\s+/u,
    articles: new Set<string>(),
    plural: new Set<string>(),
    joiners: new Set<string>(),
    indefinite: new Set<string>(),
  },
};

/** Languages without articles, where a name is told from a noun phrase by its Latin letters ("Vite", "Rsbuild"). */
const WITHOUT_ARTICLES = set('uk ru');

/**
 * Words that open or make no term: pronouns, demonstratives, possessives, quantifiers, ordinals, conjunctions,
 * prepositions and sentence adverbs ("Cette situation", "Un tel paquet", "Si votre paquet", "Die zweite
 * Ausnahme", "In allen Chroots", "Manchmal ist ...": German puts the verb second after any opener), and words
 * for "example".
 */
const NOT_TERMS = set(
  'ce cet cette ces cela ceci celui celle il elle ils elles on tout tous toute toutes chaque plupart autre tel ' +
    'telle tels telles mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs si quand comme lorsque ' +
    'premier première second seconde deuxième troisième dernier dernière exemple vingtaine dizaine ' +
    'dans pour par avec sur sous chez ensuite enfin parfois souvent ici aujourd’hui ' +
    'dies diese dieser dieses es er sie man alles jeder jede jedes andere solch solche solcher mein meine dein ' +
    'deine sein seine unser unsere euer eure ihr ihre wenn falls als ob erste ersten zweite dritte letzte ' +
    'letzteres ersteres beispiel in an am um bei zum zur hier manchmal erstens zweitens derzeit vielleicht ' +
    'normalerweise leider unglücklicherweise glücklicherweise viele einige heute dann außerdem jetzt oft meist ' +
    'meistens dabei damit daher deshalb somit also dennoch trotzdem zudem ebenso hierzu dazu ' +
    'este esta esto estos estas ese esa eso él ella ellos todo todos cada otro otra tal mi mis tu tus su sus ' +
    'nuestro nuestra cuando si como primero primera segundo segunda último última ejemplo en con por hoy aquí ' +
    'questo questa quello quella esso essa tutto tutti ogni altro altra mio mia tuo tua suo sua quando se ' +
    'primo prima secondo seconda ultimo esempio ' +
    'isto isso ele ela eles elas cada outro outra meu minha teu tua seu sua quando primeiro exemplo ' +
    'dit dat deze die het hij zij alles elk ander mijn jouw zijn haar wanneer als eerste tweede voorbeeld ' +
    'αυτό αυτός αυτή αυτά κάθε άλλο άλλος άλλη πρώτο πρώτος δεύτερο τελευταίο παράδειγμα λιγότερο περισσότερο ' +
    'тут там це цей ця ці той та ті він вона воно вони ми ви наш ваш ваші їх його її кожен інший приклад ' +
    'здесь это этот эта эти тот та те он она оно они мы вы наш ваш их его её каждый другой пример',
);

/** Words after the article that say what the term is: fewer tell it from nothing. */
const MIN_PREDICATE_WORDS = 5;

/** Words of likeness to something named before: "similaire", "weiteres", "otro". */
const LIKENESS =
  /^(?:similaires?|semblables?|analogues?|autres?|pareils?|ähnlich\p{L}*|weiter\p{L}*|ander\p{L}*|similar(?:es)?|otr[oa]s?|simil[ei]|altr[oaie]|semelhantes?|outr[oa]s?|vergelijkbare?)[,.;:]?$/iu;

/** "Example" in the languages above. */
const EXAMPLE = set('exemple beispiel ejemplo esempio exemplo voorbeeld παράδειγμα приклад пример');

/** A subject of a Chinese sentence: a name in Latin letters ("Mondo Rescue", "gnome-tweaks", "Midnight Commander (MC)"). */
const LATIN_SUBJECT = /^[A-Za-z][A-Za-z0-9+.-]*(?: [A-Za-z0-9+.-]+){0,3}(?: \([A-Z]{2,6}\))?$/u;
/** "X 是一个/一种/一款 ...": the copula and a classifier. */
const CHINESE = /^(.{2,40}?)\s*是一(?:个|個|种|種|款|套|组|組|类|類)/u;

/** The term `sentence` defines and how, or undefined when it defines none (or one no question can ask). */
export function definitionIn(
  sentence: string,
  locale: string,
  isCommonWord?: (lowercase: string) => boolean,
): Definition | undefined {
  const language = locale.toLowerCase().split('-')[0]!;
  if (language === 'zh') {
    const m = CHINESE.exec(sentence);
    if (!m) return undefined;
    const subject = m[1]!.trim();
    if (!LATIN_SUBJECT.test(subject)) return undefined;
    const rest = sentence.slice(m[0].length);
    if (rest.length < 6) return undefined;
    // "是一个备份系统": the class is the end of the noun before the first particle or comma, roughly.
    const genus = /^[^，,。的]*?([\p{Script=Han}]{2})(?:，|,|。|$)/u.exec(rest)?.[1] ?? rest.slice(0, 2);
    return {
      subject,
      key: subject.toLowerCase(),
      plural: false,
      named: true,
      genus,
      term: subject,
      termStart: 0,
      indefinite: false,
    };
  }
  const rule = RULES[language];
  if (!rule) return undefined;
  const m = rule.pattern.exec(sentence);
  if (!m) return undefined;
  const subject = m[1]!;
  const words = subject.split(/\s+/u);
  const lower = words.map((w) => w.toLowerCase());
  // "L’empaquetage": the article written onto the word.
  const elided = /^(?:l|d)['’]/iu.test(subject);
  const content = rule.articles.has(lower[0]!)
    ? lower.slice(1)
    : elided
      ? [lower[0]!.slice(2), ...lower.slice(1)]
      : lower;
  if (content.length === 0 || content.length > 4) return undefined;
  const stop = stopWords(language);
  const [head] = content;
  if (!head || NOT_TERMS.has(head) || stop.has(head)) return undefined;
  // "Manchmal", "Unglücklicherweise": a single capitalized word the document also writes in lowercase is a
  // common word opening the sentence, not a name.
  if (content.length === 1 && words.length === 1 && /^\p{Lu}/u.test(subject) && isCommonWord?.(head)) return undefined;
  // Letters only: "La ligne 1", "debian/rules", "X," are no terms.
  if (!words.every((w) => /^[\p{L}'’-]+$/u.test(w))) return undefined;
  // Words inside the term are joiners or content, never a verb or pronoun of a clause ("Faire un petit paquet").
  if (content.some((w) => NOT_TERMS.has(w) || (stop.has(w) && !rule.joiners.has(w)))) return undefined;
  // What it is must say something: at least five words after the copula.
  const rest = sentence.slice(m.index + m[0].length);
  const restWords = rest.split(/\s+/u).filter(Boolean);
  // "Die Kurzbeschreibung ist eine Abfrage und kein Titel": too little said to tell it from other terms.
  if (restWords.length < MIN_PREDICATE_WORDS) return undefined;
  // "cowbuilder est un outil similaire, ...", "equivs ist ein weiteres Paket ...": said by likeness to a term
  // named before, which the question does not show.
  if (restWords.slice(0, 3).some((w) => LIKENESS.test(w))) return undefined;
  // "Le système quilt est le système de maintenance conseillé": the answer's head is in the rest of the sentence.
  if (new RegExp(`(?<!\\p{L})${escapeRegExp(head)}(?!\\p{L})`, 'iu').test(rest)) return undefined;
  const genus = genusOf(rest, language);
  // "Das vim-Quellpaket ist ein Beispiel dafür, wie ...": an example of something, not what it is.
  if (EXAMPLE.has(genus)) return undefined;
  // One word without an article: a program's or a thing's name ("piuparts", "Gentoo"); where the language has no
  // articles, one in Latin letters ("Vite — це інструмент збирання ...", not "Пропси — це інформація ...").
  const named = WITHOUT_ARTICLES.has(language)
    ? words.length === 1 && /^\p{Script=Latin}/u.test(subject)
    : !rule.articles.has(lower[0]!) && !elided && words.length === 1;
  // The written answer: what follows the article, up to a joiner ("Syntax" of "Syntax einer ... Sprache").
  const skip = rule.articles.has(lower[0]!) ? 1 : 0;
  const termStart = elided ? 2 : skip === 1 ? subject.indexOf(words[1]!, words[0]!.length) : 0;
  const joiner = content.findIndex((w, i) => i > 0 && rule.joiners.has(w));
  const termWords = (elided ? [words[0]!.slice(2), ...words.slice(1)] : words.slice(skip)).slice(
    0,
    joiner > 0 ? joiner : undefined,
  );
  const term = termWords.join(' ');
  return {
    subject,
    key: content.join(' '),
    plural: rule.plural.has(m[2]!),
    named,
    genus,
    term,
    termStart,
    indefinite: rule.indefinite.has(lower[0]!),
  };
}

/**
 * The class a definition gives, roughly: the first word of what the term is, asides in parentheses left out
 * ("eine (endliche) Folge" is a Folge); in German its first noun, which German capitalizes ("eine nicht-leere,
 * endliche Menge" is a Menge). Lowercase.
 */
function genusOf(rest: string, language: string): string {
  const plain = rest.replace(/\([^()]*\)/gu, ' ');
  const word = language === 'de' ? /(?<!\p{L})\p{Lu}[\p{L}-]*/u.exec(plain) : /[\p{L}-]+/u.exec(plain);
  return (word?.[0] ?? '').toLowerCase();
}
