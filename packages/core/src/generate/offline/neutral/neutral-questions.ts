// Questions from a page in a language the English NLP cannot parse: built only from what holds in any language,
// so they are plain rather than wrong. True or false on a sentence as written (true) or with one of its numbers
// replaced by another number of the document, or a made-up one of the same style and clearly different (false);
// fill in the blank on a number, a name or a content word of the sentence; multiple choice on a number (or a
// kanji/katakana word in Japanese and Chinese) with wrong answers of the same kind. Every quote is a sentence of
// the page as it stands, and every answer a word of that sentence.
import type { PageText } from '../../../pdf/page-text.js';
import type { GenerateOptions } from '../../../schemas/options.js';
import type { Difficulty, QuestionDraft, QuestionType } from '../../../schemas/question.js';
import { acceptedAnswersOf } from '../../accepted-answers.js';
import { namesProgram } from '../../manual-page.js';
import { inParentheses, leaksAnswer, opensLike } from '../../quality/blank-rules.js';
import { givesDefault } from '../../quality/default-value.js';
import { datesLandmark } from '../../quality/landmark.js';
import { withoutNegation } from '../../quality/negation.js';
import { namesOwnTitle } from '../../quality/own-title.js';
import { marksPaired, reportsDeath, stemProblem } from '../../quality/stem-rules.js';
import { sectionTopic } from '../../section-topic.js';
import { askableCommand, CommandIndex, type CommandMention } from '../commands.js';
import { describedEntries, EntryIndex, type EntryLayout, entryKey, entryQuestion } from '../entries.js';
import { MAX_STATEMENT_WORDS, type QuizState } from '../page-questions.js';
import { askablePath, PathIndex } from '../paths.js';
import { seededRandom, shuffled } from '../seeded-random.js';
import { BLANK } from '../source-sentence.js';
import { unitAfter } from '../units.js';
import { type Definition, definitionIn } from './definitions.js';
import { endsWithConsonant, type Glossed, glossedChoice, glossedTerms } from './glossed-terms.js';
import {
  comparableNumbers,
  formatLike,
  madeUpNumbers,
  type NeutralNumber,
  parseNeutralNumber,
} from './neutral-numbers.js';
import { type NeutralTerm, neutralTerms, type TermRules } from './neutral-terms.js';
import { type PageLanguage, pageLanguage, sentenceLanguage } from './page-language.js';
import { type NeutralSentence, segmentSentences } from './segment.js';
import { hasStatementVerb } from './statement-cue.js';
import { stopWords } from './stop-words.js';
import { type Wording, withoutStrayQuote, wordingFor } from './wording.js';

/** What the document has shown so far: numbers and words for wrong answers, word frequencies for "common". */
export class NeutralDocument {
  readonly numbers: { text: string; number: NeutralNumber }[] = [];
  readonly words: string[] = [];
  readonly #sentenceCounts = new Map<string, number>();
  #sentences = 0;
  /** Words seen written in lowercase somewhere: capitalized elsewhere, they are common words, not names. */
  readonly #lowercase = new Set<string>();
  #innerWords = 0;
  #innerCapitals = 0;

  /**
   * Notes how the page writes its words, before its terms are chosen: which appear in lowercase, and how many
   * words inside sentences start with a capital (German capitalizes every noun, so a capital there marks no name).
   */
  observeCase(sentences: readonly NeutralSentence[]): void {
    for (const sentence of sentences) {
      for (const [index, word] of sentence.words.entries()) {
        if (!/^\p{L}/u.test(word.text)) continue;
        if (/^\p{Ll}/u.test(word.text)) this.#lowercase.add(word.text.toLowerCase());
        if (index === 0) continue;
        this.#innerWords++;
        if (/^\p{Lu}\p{Ll}/u.test(word.text)) this.#innerCapitals++;
      }
    }
  }

  /** The word (lowercase) was seen written in lowercase inside a sentence. */
  seenInLowercase(key: string): boolean {
    return this.#lowercase.has(key);
  }

  /** A capitalized word that is a common word: seen in lowercase, or in a script that capitalizes all nouns. */
  isCommonWord(key: string): boolean {
    return this.#lowercase.has(key) || this.capitalizesNouns();
  }

  /** More than one word in five inside sentences is capitalized (once enough are seen): nouns are capitalized. */
  capitalizesNouns(): boolean {
    return this.#innerWords >= 20 && this.#innerCapitals / this.#innerWords > 0.2;
  }

  /** Sentences so far that contain the word `key` (lowercase). */
  sentencesWith(key: string): number {
    return this.#sentenceCounts.get(key) ?? 0;
  }

  /** Counts the sentences' words (once per sentence) and keeps numbers and ideographic words as distractors. */
  addSentences(sentences: readonly NeutralSentence[], terms: readonly NeutralTerm[][]): void {
    for (const sentence of sentences) {
      this.#sentences++;
      for (const key of new Set(sentence.words.map((w) => w.text.toLowerCase()))) {
        this.#sentenceCounts.set(key, (this.#sentenceCounts.get(key) ?? 0) + 1);
      }
    }
    for (const term of terms.flat()) {
      if (term.number && !this.numbers.some((n) => n.text === term.text)) {
        this.numbers.push({ text: term.text, number: term.number });
      } else if (IDEOGRAPHIC.test(term.text) && !this.words.includes(term.text)) {
        this.words.push(term.text);
      }
    }
  }

  /** The document's own titles ("Debian 参考手册"): a sentence naming one speaks of the document. */
  readonly ownTitles: string[] = [];

  /** Programs the document names with their manual section ("tail(1)"), from every page: wrong choices for one another. */
  readonly commands = new CommandIndex();

  /** Files and directories the document names ("/usr/local", "debian/control"): wrong choices for one another. */
  readonly paths = new PathIndex();

  /** The options and variables the document's manual pages list, by program (entries.ts). */
  readonly entries = new EntryIndex();

  /** Terms the document's sentences said what they are, first seen first (wrong choices for one another). */
  readonly definitions: Definition[] = [];

  /** Terms glossed with their English name ("중복 해제(double free)"), first seen first, once each, and their page. */
  readonly glossed: { term: Glossed; page: number }[] = [];

  addGlossed(term: Glossed, page: number): void {
    if (!this.glossed.some((g) => g.term.key === term.key)) this.glossed.push({ term, page });
  }

  /** Notes a term a sentence defined, once. */
  addDefinition(definition: Definition): void {
    // "Midnight Commander (MC)" and "MC": one term.
    const same = (a: Definition, b: Definition) => a.key === b.key || a.key.endsWith(`(${b.key})`);
    if (!this.definitions.some((d) => same(d, definition) || same(definition, d))) this.definitions.push(definition);
  }

  /** A word in more than a third of the sentences (once there are enough to tell) is too common to ask for. */
  isCommon(key: string): boolean {
    return this.#sentences >= 8 && (this.#sentenceCounts.get(key) ?? 0) / this.#sentences > 1 / 3;
  }

  /** A name in more than one sentence in ten is the document's subject ("Debian" in a Debian manual). */
  isSubject(key: string): boolean {
    return this.#sentences >= 8 && (this.#sentenceCounts.get(key) ?? 0) / this.#sentences > 1 / 10;
  }
}

type Draft = Omit<QuestionDraft, 'difficulty'>;
interface Candidate {
  draft: Draft;
  difficulty: Difficulty;
  answerKey: string;
  truth?: boolean;
}

const IDEOGRAPHIC = /^[\p{Script=Han}\p{Script=Katakana}\u30FC]+$/u;
const KATAKANA = /^[\p{Script=Katakana}\u30FC]+$/u;
/** The types the offline generator makes in languages other than English. */
export const NEUTRAL_TYPES: readonly QuestionType[] = ['true_false', 'short_answer', 'multiple_choice'];
const WANTED_DISTRACTORS = 3;
/** Words of praise that make a statement an opinion ("un ottimo metodo", "une excellente idée", "отличный способ"). */
const OPINION =
  /(?<!\p{L})(?:es mejor|é melhor|è meglio|vaut mieux|ist besser|it is better|ottim[oaie]|eccellent[ei]|excellent(?:e|es|s)?|excelentes?|ótim[oa]s?|óptim[oa]s?|hervorragend\p{L}*|ausgezeichnet\p{L}*|großartig\p{L}*|отличн\p{L}*|прекрасн\p{L}*|чудесн\p{L}*|чудов\p{L}*)(?!\p{L})/iu;
/** A word in this many sentences is the document's subject or its everyday vocabulary, not a term to ask. */
const SUBJECT_SENTENCES = 20;
const MIN_DISTRACTORS = 2;

/** What the page's layout tells of its text, by offsets in it (see page-body.ts). */
export interface NeutralLayout extends EntryLayout {
  /** Whether the offset is in a paragraph under a directory of a list of directories, which names nothing. */
  underDirectory?: (offset: number) => boolean;
  /** The heading of the section the offset is in: on the page, or the last one of the pages before. */
  sectionAt?: (offset: number) => string | undefined;
}

/** The page's questions, at most `options.limit`, in reading order; [] when nothing can be asked safely. */
export function neutralPageQuestions(
  page: PageText,
  options: Pick<GenerateOptions, 'types' | 'difficulty' | 'language'> & {
    limit: number;
    /** Whether English sentences of the page are asked (see DocumentLanguage.asksEnglish); by default they are. */
    english?: boolean;
  },
  doc: NeutralDocument,
  state: QuizState,
  layout: NeutralLayout = {},
): QuestionDraft[] {
  const language = pageLanguage(page.text);
  // Asked in the language the job names, else in the sentence's own (an English sentence on a Chinese page is
  // worded in English).
  const wordingOf = (text: string) => wordingFor(options.language ?? sentenceLanguage(text, language.locale));
  const sentences = segmentSentences(page.text, language.locale);
  const rules: TermRules = {
    language,
    stop: stopWords(language.locale),
    isCommon: (k) => doc.isCommon(k),
    isSubject: (k) => doc.isSubject(k),
    isCommonWord: (k) => doc.isCommonWord(k),
  };
  doc.observeCase(sentences);
  const termsOf = sentences.map((s) => neutralTerms(s, rules));
  doc.addSentences(sentences, termsOf);
  // Every entry of the page's lists first: those further down are wrong choices for those above.
  const entriesOf = describedEntries(page, sentences, layout);
  for (const e of entriesOf) if (e) doc.entries.observe(e.scope, e.entry);
  // The page's definitions join the pool first, so that a page defining several terms can ask about each.
  const definitionsOf = sentences.map((s) =>
    usableSentence(s, language) || namesToolFirst(s, language)
      ? definitionIn(s.text, sentenceLanguage(s.text, language.locale), (w) => doc.seenInLowercase(w))
      : undefined,
  );
  for (const d of definitionsOf) if (d) doc.addDefinition(d);
  // Every glossed term of the page, whatever its sentence: the document's vocabulary, wrong choices for one another.
  const glossedOf = sentences.map((s) =>
    language.locale === 'ko' && sentenceLanguage(s.text, language.locale) === 'ko' ? glossedTerms(s.text) : [],
  );
  for (const terms of glossedOf) for (const g of terms) doc.addGlossed(g, page.page);
  const types = options.types.filter((t) => NEUTRAL_TYPES.includes(t));
  if (types.length === 0) return [];

  const chosen: { position: number; candidate: Candidate }[] = [];
  const usedHere = new Set<string>();
  /** Notes a question chosen: its answer, type and key, so that the quiz stays varied and balanced. */
  const record = (best: Candidate, sentence: NeutralSentence) => {
    state.deduper.add(best.draft);
    const years = yearsOf(best.draft);
    for (const y of years.shown) state.shownYears.add(y);
    for (const y of years.hidden) state.hiddenYears.add(y);
    state.typeCounts.set(best.draft.type, (state.typeCounts.get(best.draft.type) ?? 0) + 1);
    if (best.answerKey) {
      usedHere.add(best.answerKey);
      state.answerUses.set(best.answerKey, (state.answerUses.get(best.answerKey) ?? 0) + 1);
    }
    if (best.truth === true) state.trueCount++;
    if (best.truth === false) state.falseCount++;
    if (best.truth !== undefined) {
      const keys = truthIn(state, sentenceLanguage(sentence.text, language.locale));
      if (best.truth) keys.true++;
      else keys.false++;
    }
  };
  for (const [position, sentence] of sentences.entries()) {
    if (chosen.length >= options.limit) break;
    // A paragraph a translation left in English ("Sam Hartman led Debian from April 2019 ...") is asked only where
    // English is: a question on it would be worded in English.
    if (options.english === false && sentenceLanguage(sentence.text, language.locale) === 'en') continue;
    // "При стисканні типово не зберігати назву ..." under "-n --no-name": what an option does, not the program.
    // It asks which option that is, or nothing.
    if (layout.underDirectory?.(sentence.start)) continue;
    const listed = layout.entryAt?.(sentence.start) !== undefined;
    const described = entriesOf[position];
    if (listed && !described) continue;
    if (described) {
      if (!types.includes('multiple_choice')) continue;
      const random = seededRandom(`${page.page}:${sentence.text}`);
      const wording = wordingOf(sentence.text);
      const draft = entryQuestion(described, page.page, doc.entries, state.answerUses, random, wording);
      if (!draft || state.deduper.has(draft)) continue;
      const candidate: Candidate = { draft, difficulty: 'medium', answerKey: entryKey(described) };
      record(candidate, sentence);
      chosen.push({ position, candidate });
      continue;
    }
    // A sentence opening with a program's name in lowercase ("piuparts est l'outil de test ...") serves only to
    // ask what that program is.
    const usable = usableSentence(sentence, language);
    const command = askableCommand(sentence.text, doc.commands);
    // "lintian(1) vérifie les paquets ...": a sentence opening with a program's name serves to ask for it.
    const onlyCommand = !usable && command !== null && command.start === 0 && namesToolFirst(sentence, language);
    const onlyDefinition = !usable && definitionsOf[position] !== undefined;
    // "Les fichiers sont configurés pour s'installer sous /usr/local/.": a path makes the sentence markup to
    // every other question, and blanked it leaves a stem (askablePath checks it).
    const path = usable ? askablePath(sentence.text, doc.paths) : null;
    const problem = stemProblem(sentence.text) !== null;
    const onlyPath = path !== null && problem;
    if (!onlyPath && ((!usable && !onlyDefinition && !onlyCommand) || problem)) continue;
    // "新的“Debian 参考手册（第二版）”在 2008 年发布": the document's own history is no subject.
    if (namesOwnTitle(sentence.text, doc.ownTitles)) continue;
    // A death of someone the document names once or twice (a memorial page) is a detail, not its subject.
    // (Its names: capitalized words after the first, which is capitalized anyway: "El", "On".)
    const named = sentence.words.filter((w, i) => i > 0 && /^\p{Lu}\p{Ll}/u.test(w.text));
    if (reportsDeath(sentence.text) && !named.some((w) => doc.sentencesWith(w.text.toLowerCase()) > 2)) continue;
    // The year of a passing event is trivia; that of something founded, published or first done is not.
    const landmark = datesLandmark(sentence.text, sentenceLanguage(sentence.text, language.locale));
    const terms = termsOf[position]!.filter(
      (t) => !usedHere.has(t.key) && !state.answerUses.has(t.key) && (t.kind !== 'year' || landmark),
    );
    const random = seededRandom(`${page.page}:${sentence.text}`);
    const source = {
      page: page.page,
      text: sentence.text,
      start: sentence.start,
      words: sentence.words.length,
      pageText: page.text,
    };
    const candidates = (
      onlyCommand || onlyPath
        ? types.filter((t) => t === 'multiple_choice')
        : onlyDefinition
          ? types.filter((t) => t === 'multiple_choice' || t === 'short_answer')
          : types
    )
      .map((type) =>
        build(
          type,
          source,
          terms,
          doc,
          state,
          random,
          wordingOf(sentence.text),
          sentenceLanguage(sentence.text, language.locale),
          definitionsOf[position],
          command ?? undefined,
          path ?? undefined,
          glossedOf[position],
        ),
      )
      .filter((c): c is Candidate => c !== null && !state.deduper.has(c.draft))
      // Only the path blanked: anything else would show it in the stem.
      .filter((c) => !onlyPath || c.answerKey === `path:${path.name}`)
      .filter((c) => !leaksYear(c.draft, state));
    const picked = pick(candidates, options.difficulty, state);
    if (!picked) continue;
    const program = layout.programAt?.(sentence.start);
    const best = program
      ? aboutProgram(picked, source, program, wordingOf(sentence.text))
      : aboutSection(picked, source, layout.sectionAt?.(sentence.start), wordingOf(sentence.text), rules.stop);
    record(best, sentence);
    chosen.push({ position, candidate: best });
  }
  return chosen.map(({ candidate }) => ({ ...candidate.draft, difficulty: candidate.difficulty }));
}

/**
 * The candidate naming the program of the manual page its sentence is in, when the sentence does not: "Ніколи не
 * переходити за символічними посиланнями." holds of find, and of another program may not. Not when a choice or
 * the answer is the program or looks like it: the prompt would give it away.
 */
function aboutProgram(c: Candidate, source: Source, program: string | undefined, wording: Wording): Candidate {
  if (!program || namesProgram(source.text, program)) return c;
  const prompt = wording.about(c.draft.prompt, program);
  // "(less)" before "____" whose answer is "lesskey", "(ssh)" before "ssh-keygen", give it half away.
  const told = (a: string) => namesProgram(a, program) || leaksAnswer(prompt, a) || opensLike(program, a, 4);
  // Only the answer: a wrong choice named after the program ("ssh-agent") gives nothing away.
  const part = (a: string) => a.toLowerCase().split(/[-_.]/u).includes(program.toLowerCase());
  if (
    c.draft.type !== 'true_false' &&
    ([...c.draft.choices, ...c.draft.answer].some(told) || c.draft.answer.some(part))
  )
    return c;
  return { ...c, draft: { ...c.draft, prompt } };
}

/**
 * The candidate naming the section its sentence is in, when the sentence does not: a manual's sentences say
 * what holds of the subject of their section ("참 또는 거짓 (“하드웨어 음성 합성 장치”): USB나 USB 시리얼, PCI 장치는
 * 지원하지 않습니다."), as the English generator's do (withSection). Not when the heading names nothing
 * (sectionTopic), half its words are in the sentence already, or it has a year another question may ask.
 */
function aboutSection(
  c: Candidate,
  source: Source,
  heading: string | undefined,
  wording: Wording,
  stop: ReadonlySet<string>,
): Candidate {
  const topic = sectionTopic(heading);
  // Only a statement: a blank's sentence keeps its subject ("____ 命令是 ..."), and a label there was found to
  // name a section a page's heading detection got wrong as often as one that helps.
  if (!topic || c.draft.type !== 'true_false') return c;
  const sentence = source.text.toLowerCase();
  const words = topic
    .toLowerCase()
    .split(' ')
    .filter((w) => !stop.has(w) && (w.length >= 4 || /[\p{Script=Hangul}\p{Script=Han}]{2}/u.test(w)))
    // An inflected word by its stem: "δικτύου" in "δίκτυο", "장치는" in "장치".
    .map((w) => (w.length >= 6 && !/\p{Script=Han}/u.test(w) ? w.slice(0, w.length - 2) : w));
  // Half its words or more in the sentence: the sentence names the section's subject ("하드웨어 음성 합성 장치는 ...");
  // one word is as often a common one ("PCI 장치는" under "하드웨어 음성 합성 장치").
  if (words.filter((w) => sentence.includes(w)).length * 2 >= words.length) return c;
  // A heading with a year in it may show one another question asks: leaksYear judged the prompt without it.
  if (/\d{3,}/u.test(topic)) return c;
  return { ...c, draft: { ...c.draft, prompt: wording.aboutSection(c.draft.prompt, topic) } };
}

/** The wanted difficulty first, then the type used least so far in the quiz. */
function pick(candidates: Candidate[], wanted: GenerateOptions['difficulty'], state: QuizState): Candidate | undefined {
  const used = (c: Candidate) => state.typeCounts.get(c.draft.type) ?? 0;
  const off = (c: Candidate) => (wanted === 'mixed' || c.difficulty === wanted ? 0 : 1);
  return [...candidates].sort((a, b) => off(a) - off(b) || used(a) - used(b))[0];
}

/** The last syllable of a Korean predicate, before the sentence's mark and closing quotes. */
const KOREAN_STATEMENT_END = /[다요죠][.!。！]["'»”’」』)）]*$/u;
// A statement, not a question (Greek writes "?" as ";"), ending as sentences end, closing quotes allowed.
const STATEMENT_END = /[.!。！…](?:["'»”’」』)）]*)$/u;

const YEAR = /(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)/gu;

/**
 * The years a question shows in its prompt, and those it hides: the year its blank stands for (in its quote, not
 * in its prompt).
 */
function yearsOf(draft: Draft): { shown: Set<string>; hidden: Set<string> } {
  const shown = new Set(draft.prompt.match(YEAR) ?? []);
  const hidden = new Set((draft.source.quote.match(YEAR) ?? []).filter((y) => !shown.has(y)));
  return { shown, hidden };
}

/**
 * Whether the question would give away the key of one before it, or have its own given away: a prompt showing
 * "a referendum held on 1 March 1979" beside a question on the year of that referendum.
 */
function leaksYear(draft: Draft, state: QuizState): boolean {
  const { shown, hidden } = yearsOf(draft);
  for (const y of hidden) if (state.shownYears.has(y)) return true;
  for (const y of shown) if (state.hiddenYears.has(y)) return true;
  return false;
}

/** A word marked as topic or subject: "데비안은", "장치는", "방법이", "패키지가", "관리자께서". */
const KOREAN_SUBJECT = /(?:[은는이가]|께서)$/u;
/**
 * Words that end like a topic or subject and are none: adverbs in -이 ("같이", "일일이"), the determiner "이"
 * (this), and verbs before a noun in -는 or -은 ("설치하는 데", "가리키는 힙", "같은 방법").
 */
const KOREAN_NOT_SUBJECT =
  /^이$|(?:같|많|없|깊|높|일일|가까|틈틈|깨끗|굳|곧|빠짐없|끊임없)이$|(?:하|되|있|없|않|시키|주|받|만드|가리키|나타내|보이)는$|(?:많|작|같|높|좋|넓|낮|깊|적|짧|받|찾|남|얻|읽|놓|닫|않|있|없)은$/u;

/** Whether a Korean sentence has a word marked as its topic or subject (see `usableSentence`). */
function hasKoreanSubject(sentence: string): boolean {
  return sentence
    .split(/\s+/u)
    .map((w) => w.replace(/[^\p{L}\p{N}]+$/u, ''))
    .some((w) => KOREAN_SUBJECT.test(w) && !KOREAN_NOT_SUBJECT.test(w));
}

/** A statement that `usableSentence` refuses only for opening in lowercase: a program's name ("piuparts est ..."). */
function namesToolFirst(sentence: NeutralSentence, language: PageLanguage): boolean {
  const first = sentence.words[0]?.text ?? '';
  if (!language.cased || !/^\p{Ll}/u.test(sentence.text) || !sentence.text.startsWith(first)) return false;
  return usableSentence({ ...sentence, text: first.toUpperCase() + sentence.text.slice(1) }, language);
}

/** A complete statement of a sensible length that can stand on its own as a quote. */
export function usableSentence(sentence: NeutralSentence, language: PageLanguage): boolean {
  const { text, words } = sentence;
  // A footnote's mark ("⁶ Quand dpkg-source ...") is no start of a sentence: a digit is, a superscript not.
  if (!STATEMENT_END.test(text) || !/^[\p{L}\p{Nd}«"“„]/u.test(text)) return false;
  // An address or a link is no statement worth a question, and the sentences around one are often cut.
  if (/@|https?:|www\./u.test(text)) return false;
  // "10. atualize o ficheiro ...", "1. vérifiez que ...": a step of a procedure, which its steps before explain.
  if (/^\d+[.)]\s/u.test(text)) return false;
  // "... στην υπόθεση Brown v.": an abbreviation taken for the sentence's end, the rest cut off.
  if (/\s\p{L}\.$/u.test(text)) return false;
  // "« AllowTcpForwar à « yes »", "connecter) ; — Date du ...": marks left open are a cut or a list run together.
  if (!marksPaired(withoutStrayQuote(text)) || /[;:]\s*[—–]\s/u.test(text)) return false;
  if (language.cased && /^\p{Ll}/u.test(text)) return false;
  const numbers = words.filter((w) => /^\d/.test(w.text)).length;
  if (numbers * 5 > words.length * 2) return false;
  if (language.ideographic) return text.length >= 10 && text.length <= 150;
  // A Korean statement ends on its predicate ("...합니다.", "...있다.", "...하죠."): a heading with a mark ("바이트와
  // 스칼라 값과 문자소 클러스터(Grapheme cluster)!") or a list item with a full stop does not.
  if (language.locale === 'ko' && !KOREAN_STATEMENT_END.test(text)) return false;
  // Korean leaves out a subject the sentence before gave ("96607 개의 패키지에서 ... 선택하는 데 중점을 두고
  // 있습니다": what does?): a statement without a topic or subject of its own is no quote to stand alone.
  if (language.locale === 'ko' && !hasKoreanSubject(text)) return false;
  // Shorter "sentences" of cased scripts are mostly slide titles and captions with a full stop.
  return words.length >= 7 && words.length <= 50;
}

/** The true and false keys so far of questions in `language` (see QuizState.truthIn). */
function truthIn(state: QuizState, language: string): { true: number; false: number } {
  let keys = state.truthIn.get(language);
  if (!keys) {
    keys = { true: 0, false: 0 };
    state.truthIn.set(language, keys);
  }
  return keys;
}

interface Source {
  page: number;
  /** The sentence, verbatim. */
  text: string;
  /** Its words (in Chinese and Japanese, the segmenter's words). */
  words: number;
  /** Offset of the sentence in the page text. */
  start: number;
  /** The page's text. */
  pageText: string;
}

function build(
  type: QuestionType,
  source: Source,
  terms: NeutralTerm[],
  doc: NeutralDocument,
  state: QuizState,
  random: () => number,
  wording: Wording,
  /** The sentence's language (BCP 47), which may differ from the page's. */
  language: string,
  /** The term the sentence says what it is, if any. */
  definition?: Definition,
  /** The program the sentence names with its manual section, when it is worth asking for. */
  command?: CommandMention,
  /** The file or directory the sentence names, when it is worth asking for (paths.ts). */
  path?: CommandMention,
  /** The terms the sentence glosses with their English name. */
  glossed: readonly Glossed[] = [],
): Candidate | null {
  switch (type) {
    case 'true_false': {
      // A heading or caption with a full stop is no proposition to judge, and a long sentence packs several.
      if (!hasStatementVerb(source.text) || source.words > MAX_STATEMENT_WORDS) return null;
      // "... è un ottimo metodo per imparare ...": an opinion, true or flipped, tests no knowledge.
      if (OPINION.test(source.text)) return null;
      // A false statement first, a true one only while false ones lead (as in English).
      const keys = truthIn(state, language);
      const wantFalse = keys.false <= keys.true;
      // No statement is made false by changing its year (nor a count: trivia): readers held such statements to
      // test the memory of a date rather than the fact, and asked for the year instead, which the sentence's
      // blank does. A sentence that denies something ("dpkg ne gère pas les dépendances", "El paquete no
      // incluye ..."), its negation taken out, says the opposite of the document: false without doubt.
      const denial = withoutNegation(source.text, language);
      if (wantFalse && denial) {
        return {
          draft: trueFalse(source, denial.affirmative, false, wording),
          difficulty: 'medium',
          answerKey: '',
          truth: false,
        };
      }
      // A false statement is due and this sentence cannot give one: no true one instead, so keys stay balanced.
      if (wantFalse) return null;
      // A true statement only for a claim about a name or a number, or a denial (as often true as its opposite
      // is false): a remark, a licence notice or a fragment copied as "true" tests nothing.
      // Nor for a year alone: the same sentence asks it.
      if (!terms.some((t) => t.kind === 'name' || (t.number && t.kind !== 'year')) && !denial) return null;
      return {
        draft: trueFalse(source, withoutStrayQuote(source.text), true, wording),
        difficulty: 'easy',
        answerKey: '',
        truth: true,
      };
    }
    case 'short_answer': {
      // "Ein ____ ist eine nicht-leere, endliche Menge von Symbolen.": the class a definition names, written.
      const recalled = definition && definedTermRecall(definition, source, doc, state, wording, language);
      if (recalled) return recalled;
      // Names and years; in Japanese, a katakana word (a loanword, mostly a term: "ミトコンドリア"). A run of kanji
      // or a long word of an inflected language is as often a word of the sentence as a term.
      // Not a name: without a parser, a capitalized word is as often a common word ("Consejo", "Entrée"), a
      // first name the student was not told of ("Fabrizio"), or a name the sentence gives away ("NETBios ...
      // ____ 系统": Windows), and readers found most such blanks unfair.
      const recall = (t: NeutralTerm) => t.kind === 'year' || KATAKANA.test(t.text);
      const term = terms.find((t) => recall(t) && !aside(t, source) && !rangeEnd(t, source) && !afterBound(t, source));
      if (!term) return null;
      const answers = [term.text];
      if (term.number?.group) answers.push(term.text.replace(/\D/g, ''));
      return {
        draft: {
          type: 'short_answer',
          prompt: wording.fillBlank(replaceIn(source, term, BLANK), term.kind),
          choices: [],
          answer: answers,
          explanation: wording.pageStates(source.page, source.text),
          source: { page: source.page, quote: source.text },
        },
        difficulty: term.kind === 'name' ? 'medium' : 'hard',
        answerKey: term.key,
      };
    }
    case 'multiple_choice': {
      const named = command && nameQuestion(command, doc.commands, 'command', source, state, random, wording);
      if (named) return named;
      const located = path && nameQuestion(path, doc.paths, 'path', source, state, random, wording);
      if (located) return located;
      const defined = definition && definedTermQuestion(definition, source, doc, state, random, wording);
      if (defined) return defined;
      for (const term of glossed) {
        const asked = glossedQuestion(term, source, doc, state, random, wording);
        if (asked) return asked;
      }
      for (const term of terms) {
        // A count or a width ("____ caractères", "plus de ____ %") is a detail; a year in an aside a gotcha.
        if (term.number && ((term.kind !== 'year' && !measured(term, source)) || aside(term, source))) continue;
        // "La longueur par défaut ... est de ____ caractères": a setting looked up, not a fact learned.
        if (term.number && term.kind !== 'year' && givesDefault(source.text, language)) continue;
        if (term.number && rangeEnd(term, source)) continue;
        if (afterBound(term, source)) continue;
        // Names and words of inflected languages are left out: a wrong answer in another grammatical case
        // would give the right one away. Kanji and katakana words do not inflect.
        const wrong = term.number
          ? wrongNumbers(term, source, doc, random, WANTED_DISTRACTORS)
          : IDEOGRAPHIC.test(term.text)
            ? wrongWords(term, source, doc, random)
            : [];
        if (wrong.length < MIN_DISTRACTORS) continue;
        const stem = replaceIn(source, term, BLANK);
        return choiceQuestion(
          source,
          stem,
          term.text,
          wrong,
          random,
          wording,
          term.key,
          term.number ? 'medium' : 'easy',
        );
      }
      return null;
    }
    default:
      return null;
  }
}

/** Pages before or after a glossed term's own whose glossed terms may be its wrong choices. */
const GLOSS_PAGES = 2;
/** Words a stem keeps around a glossed term's blank. */
const MIN_GLOSS_STEM_WORDS = 5;

/** Korean particles whose form follows the last syllable before them ("이동(move) 이라", "푸시(push) 라고"). */
const KOREAN_PARTICLE_AFTER = /^\s?(?:이라|라|을|를|은|는|이|가|과|와|으로|로)/u;

/**
 * "`s2`, `s1` 이 스코프 밖으로 벗어날 때 각각 메모리를 해제하게 되면 ____ 오류가 발생할 겁니다.": a glossed term
 * blanked, term and gloss, among other glossed terms of the same pages, the nearest first ("니어 카피(Near
 * copies)" beside "오프셋 카피(Offset copies)"): none the sentence names, none holding the other.
 * Not when the sentence names the term again ("해쉬 함수(hashing function)을 통해 동작하는데, 해쉬 함수는 ...").
 */
function glossedQuestion(
  term: Glossed,
  source: Source,
  doc: NeutralDocument,
  state: QuizState,
  random: () => number,
  wording: Wording,
): Candidate | null {
  const answerKey = `glossed:${term.key}`;
  if (state.answerUses.has(answerKey)) return null;
  const rest = source.text.slice(0, term.start) + source.text.slice(term.end);
  const words = (g: Glossed) => [...g.native.split(' '), ...g.gloss.toLowerCase().split(' ')];
  const named = (g: Glossed) =>
    words(g).some((w) => w.length > 1 && (/^[a-z]/u.test(w) ? rest.toLowerCase().includes(w) : rest.includes(w)));
  if (named(term)) return null;
  // "기본 레이아웃은 ____입니다.": too little said around the blank to tell one term from another.
  if (rest.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length < MIN_GLOSS_STEM_WORDS) return null;
  // A particle after the blank takes the form the answer's last syllable wants: every choice must want it too.
  const particle = KOREAN_PARTICLE_AFTER.test(source.text.slice(term.end).replace(/^['’”*]/u, ''));
  const closing = endsWithConsonant(term.native);
  // Terms of the same pages: a document glosses few terms, and one of another chapter is of another subject
  // ("루트(root)" and "다크(dark)" beside RAID's "스트라이프(stripe)" were nonsense to readers).
  const wrong = doc.glossed
    .filter(
      ({ term: g, page }) =>
        Math.abs(page - source.page) <= GLOSS_PAGES &&
        g.key !== term.key &&
        g.name === term.name &&
        // A name among names of as many words: "Linus Torvalds" is no operating system beside "Unix".
        (!term.name || g.gloss.split(' ').length === term.gloss.split(' ').length) &&
        !named(g) &&
        !g.key.includes(term.key) &&
        !term.key.includes(g.key) &&
        (!particle || endsWithConsonant(g.native) === closing),
    )
    .sort((a, b) => Math.abs(a.page - source.page) - Math.abs(b.page - source.page))
    .slice(0, WANTED_DISTRACTORS)
    .map(({ term: g }) => glossedChoice(g));
  if (wrong.length < WANTED_DISTRACTORS) return null;
  const stem = withoutStrayQuote(`${source.text.slice(0, term.start)}${BLANK}${source.text.slice(term.end)}`);
  return choiceQuestion(source, stem, glossedChoice(term), wrong, random, wording, answerKey);
}

/** A multiple-choice question: `stem` with its blank, the answer among the wrong choices in a seeded order. */
function choiceQuestion(
  source: Source,
  stem: string,
  answer: string,
  wrong: readonly string[],
  random: () => number,
  wording: Wording,
  answerKey: string,
  difficulty: Difficulty = 'medium',
): Candidate {
  return {
    draft: {
      type: 'multiple_choice',
      prompt: wording.fillBlank(stem),
      choices: shuffled([answer, ...wrong], random),
      answer: [answer],
      explanation: wording.pageStates(source.page, source.text),
      source: { page: source.page, quote: source.text },
    },
    difficulty,
    answerKey,
  };
}

/**
 * "Ein ____ ist eine nicht-leere, endliche Menge von Symbolen (auch Buchstaben genannt).": the one word a
 * definition of a class names ("Ein Alphabet ist ...", "Un métapaquet est ..."), to write; the article stays in
 * the stem, and the answer is accepted with it too. Not a term of several words, nor one under "the" ("Der
 * Hauptbetreuer ist ...", "Die ausführliche Beschreibung ist ..."): readers wanted their synonyms accepted, which
 * only a parser of the language could give; not a name (asked among others), the document's subject, nor a
 * term a word of the stem begins like ("Le ____ de paquet est le processus permettant de sauver ...").
 */
function definedTermRecall(
  definition: Definition,
  source: Source,
  doc: NeutralDocument,
  state: QuizState,
  wording: Wording,
  /** The sentence's language (BCP 47). */
  language: string,
): Candidate | null {
  const answerKey = `defined:${definition.key}`;
  const { term, termStart } = definition;
  if (definition.named || !definition.indefinite || /\s/u.test(term) || state.answerUses.has(answerKey)) return null;
  const lower = term.toLowerCase();
  if (doc.isSubject(lower) || doc.sentencesWith(lower) >= SUBJECT_SENTENCES) return null;
  if (source.text.slice(termStart, termStart + term.length) !== term) return null;
  const stem = source.text.slice(0, termStart) + BLANK + source.text.slice(termStart + term.length);
  if (leaksAnswer(stem, term) || opensLike(stem, term, Math.min(5, term.length - 1))) return null;
  return {
    draft: {
      type: 'short_answer',
      prompt: wording.fillBlank(stem, 'term'),
      choices: [],
      // The term, with its article as the sentence writes it, then the ways a person writes it that a teacher
      // accepts ("metapaquet" for "métapaquet"), listed for the platforms a quiz is exported to.
      answer: acceptedAnswersOf([term, source.text.slice(0, termStart + term.length)], { language, kind: 'noun' }),
      explanation: wording.pageStates(source.page, source.text),
      source: { page: source.page, quote: source.text },
    },
    difficulty: 'hard',
    answerKey,
  };
}

/**
 * "____ est une personne qui travaillera sur vos paquets ..." among other terms the document defines (as many
 * in number: "sont" takes a plural), none in the sentence. Null when the document has too few so far.
 */
function definedTermQuestion(
  definition: Definition,
  source: Source,
  doc: NeutralDocument,
  state: QuizState,
  random: () => number,
  wording: Wording,
): Candidate | null {
  const answerKey = `defined:${definition.key}`;
  // The document's subject ("Debian" in a Debian manual, in hundreds of sentences) is no answer, and no wrong
  // one either.
  const subject = (d: Definition) =>
    d.key.split(/\s+/u).some((w) => doc.isSubject(w) || doc.sentencesWith(w) >= SUBJECT_SENTENCES);
  if (state.answerUses.has(answerKey) || subject(definition)) return null;
  const text = source.text.toLowerCase();
  // Of the same form (names among names, "Un parrain" among noun phrases) and number, those of the same class
  // first ("est un outil": other tools).
  const others = doc.definitions.filter(
    (d) =>
      d.key !== definition.key &&
      d.plural === definition.plural &&
      d.named === definition.named &&
      !text.includes(d.key) &&
      !subject(d),
  );
  // A noun phrase ("La description longue est l'information principale ...") only among terms said to be of
  // its class: noun phrases of a manual are of every kind, and readers found the others unrelated. Names of
  // programs are one kind already.
  const candidates = definition.named ? others : others.filter((d) => d.genus === definition.genus);
  if (candidates.length < WANTED_DISTRACTORS) return null;
  const sameClass = (d: Definition) => (d.genus === definition.genus ? 0 : 1);
  const wrong = shuffled(candidates, random)
    .sort((a, b) => sameClass(a) - sameClass(b))
    .slice(0, WANTED_DISTRACTORS)
    .map((d) => d.subject);
  return {
    draft: {
      type: 'multiple_choice',
      prompt: wording.fillBlank(BLANK + source.text.slice(definition.subject.length)),
      choices: shuffled([definition.subject, ...wrong], random),
      answer: [definition.subject],
      explanation: wording.pageStates(source.page, source.text),
      source: { page: source.page, quote: source.text },
    },
    difficulty: 'medium',
    answerKey,
  };
}

/**
 * "____ 输出文件的末尾。" among other programs the document names with their manual section, of the same section and
 * from the nearest pages first; "Le fichier ____ contient ..." among other files of the document. Null when the
 * document has named too few so far, or the name was asked already.
 */
function nameQuestion(
  command: CommandMention,
  index: CommandIndex,
  kind: 'command' | 'path',
  source: Source,
  state: QuizState,
  random: () => number,
  wording: Wording,
): Candidate | null {
  const answerKey = `${kind}:${command.name}`;
  if (state.answerUses.has(answerKey)) return null;
  const wrong = index.wrongChoices(command, source.text, source.page, random, WANTED_DISTRACTORS);
  if (wrong.length < WANTED_DISTRACTORS) return null;
  const stem = withoutStrayQuote(`${source.text.slice(0, command.start)}${BLANK}${source.text.slice(command.end)}`);
  return choiceQuestion(source, stem, command.name, wrong, random, wording, answerKey);
}

function trueFalse(source: Source, statement: string, truth: boolean, wording: Wording): Draft {
  const [yes, no] = wording.truth;
  return {
    type: 'true_false',
    prompt: wording.trueFalse(statement),
    choices: [yes, no],
    answer: [truth ? yes : no],
    explanation: wording.verdict(truth, source.page, source.text),
    source: { page: source.page, quote: source.text },
  };
}

/** A number with a unit of measure after it. */
function measured(term: NeutralTerm, source: Source): boolean {
  return unitAfter(source.text.slice(term.end - source.start));
}

function aside(term: NeutralTerm, source: Source): boolean {
  return inParentheses(source.text, term.start - source.start, term.end - source.start);
}

/** Words that make a year a bound ("by 2015", "到 2021 年", "hasta 1996", "seit 2004"): later or earlier years fit too. */
const BOUND_BEFORE =
  /(?:\b(?:by|since|before|after|until|hasta|desde|antes de|después de|a partir de|depuis|avant|après|jusqu['’]en|dès|seit|bis|vor|nach|ab)\s+(?:(?:el|la|le|l['’]|en|de|del|du|des|année|año|jahr|dem|\p{L}+\s+de)\s+)*|(?:到|截至|截止|直到|自从|从|自)\s*)$/iu;

/**
 * The same in scripts without \b word edges: Greek "από το", "μέχρι", "πριν από"; Russian and Ukrainian "с",
 * "до", "после", "з", "після"; Hebrew "עד", "מאז", "משנת" (with its preposition "מ"); Arabic "منذ", "حتى", "قبل".
 */
const BOUND_BEFORE_OTHER =
  /(?<!\p{L})(?:από\s+(?:το|την|τον)|μέχρι(?:\s+το)?|έως(?:\s+το)?|πριν(?:\s+από)?(?:\s+το)?|μετά(?:\s+από)?(?:\s+το)?|с|со|до|после|начиная с|к|з|із|після|починаючи з|עד(?:\s+ל?שנת)?|מאז|משנת|לפני|אחרי|منذ|حتى|قبل|بعد)\s+$/iu;
/** Bounds written after the year: Korean "1994년부터", "2000년 이후"; Japanese "1998年以降"; Chinese "2005 年以后". */
const BOUND_AFTER = /^\s*(?:년|年)?\s*(?:부터|까지|이후|이전|以降|以前|以来|以後|以后|之前|之后|之後|から|まで)/u;

/**
 * A decade, not a year: "κατά τη διάρκεια της δεκαετίας του 1960 και 1970", "1960年代", "1960년대", "в 1960-х".
 * Swapped for a year ("της δεκαετίας του 1975") or blanked, it asks for what no one writes.
 */
const DECADE_BEFORE = /δεκαετί\p{L}*\s+του\s+(?:\d{4}\s*(?:,|και|ή)\s*)?$/iu;
const DECADE_AFTER = /^(?:\s*(?:年代|년대)|-?(?:х|е|x)(?!\p{L}))/u;

/** A year after a bound word: "by ____" has no single answer. A decade is no year either. */
function afterBound(term: NeutralTerm, source: Source): boolean {
  const from = term.start - source.start;
  const before = source.text.slice(Math.max(0, from - 40), from);
  const after = source.text.slice(term.end - source.start, term.end - source.start + 8);
  return (
    BOUND_BEFORE.test(before.slice(-24)) ||
    BOUND_BEFORE_OTHER.test(before.slice(-24)) ||
    BOUND_AFTER.test(after) ||
    DECADE_BEFORE.test(before) ||
    DECADE_AFTER.test(after)
  );
}

/** A year at one end of a range ("de 1998 a 2001", "entre 2005 y 2007", "2000–2002", "从 1998 到 2001"). */
function rangeEnd(term: NeutralTerm, source: Source): boolean {
  const from = term.start - source.start;
  const to = term.end - source.start;
  const before = source.text.slice(Math.max(0, from - 24), from);
  const after = source.text.slice(to, to + 24);
  const year = /(?<!\d)\d{4}(?!\d)/u;
  const join = /(?:^|\s)(?:to|until|and|a|al|hasta|y|e|à|au|et|jusqu['’]en|bis|und|ao|até|–|-)(?:\s|$)|[–—‐‑~至到和]/u;
  const lastYear = [...before.matchAll(/(?<!\d)\d{4}(?!\d)/gu)].pop();
  if (lastYear && join.test(before.slice(lastYear.index! + 4))) return true;
  // "1994–98", "1995-98": a range whose end is written with two digits.
  if (/^\s?[–—‐‑-]\s?\d{2}(?!\d)/u.test(after)) return true;
  const nextYear = year.exec(after);
  return nextYear !== null && join.test(after.slice(0, nextYear.index));
}

function replaceIn(source: Source, term: NeutralTerm, replacement: string): string {
  const from = term.start - source.start;
  const to = term.end - source.start;
  return withoutStrayQuote(`${source.text.slice(0, from)}${replacement}${source.text.slice(to)}`);
}

/**
 * Other numbers of the document like `term`'s, then made-up ones in its style; never a year the sentence shows. A
 * year keeps the order of the sentence's other years when the answer does: "fundó Debian en agosto de ____ y lo
 * condujo hasta marzo de 1996" is asked among years before 1996, which the sentence itself would rule out.
 */
function wrongNumbers(
  term: NeutralTerm,
  source: Source,
  doc: NeutralDocument,
  random: () => number,
  count: number,
): string[] {
  const n = term.number!;
  const out: string[] = [];
  const from = term.start - source.start;
  const to = term.end - source.start;
  const others = [...source.text.matchAll(/(?<!\d)\d{4}(?!\d)/gu)].filter(
    (m) => m.index! + 4 <= from || m.index! >= to,
  );
  const inSentence = new Set(others.map((m) => m[0]));
  const earlier = others.filter((m) => m.index! < from).map((m) => Number(m[0]));
  const later = others.filter((m) => m.index! >= to).map((m) => Number(m[0]));
  const after = earlier.length > 0 && earlier.every((y) => y <= n.value) ? Math.max(...earlier) : undefined;
  const before = later.length > 0 && later.every((y) => y >= n.value) ? Math.min(...later) : undefined;
  // A year far from the answer, or one still to come, gives itself away (1972 among releases of the 2000s), and
  // readers held a decade off (2008 for a change of leader in 1999) easy to rule out: years nearer first.
  const plausible = (text: string, near: boolean) => {
    // A count far from the answer gives itself away too (73 years as a developer): within a factor of three.
    if (n.kind !== 'year') {
      // Read in the answer's own style: "1.459" is one thousand four hundred and fifty-nine in Greek.
      const value = parseNeutralNumber(text)?.value ?? Number.NaN;
      return !(n.value >= 5 && value > 0) || (value >= n.value / 3 && value <= n.value * 3);
    }
    const year = Number(text);
    if ((after !== undefined && year <= after) || (before !== undefined && year >= before)) return false;
    // 2014 beside an invention of 1895 gives itself away; a century is a fair span for a year of antiquity.
    const span = (n.value >= 1900 ? 10 : n.value >= 1500 ? 30 : 150) / (near ? 2 : 1);
    return Math.abs(year - n.value) <= span && year <= new Date().getFullYear();
  };
  const add = (text: string, near: boolean) => {
    if (out.length >= count || text === term.text || out.includes(text) || inSentence.has(text)) return;
    if (plausible(text, near)) out.push(text);
  };
  const fromDocument = shuffled(
    doc.numbers.filter((d) => comparableNumbers(n, d.number)).map((d) => formatLike(d.number.value, n)),
    random,
  );
  // Every made-up year (a dozen or so, near ones among them), else twice as many numbers as wanted.
  const madeUp = madeUpNumbers(n, random, n.kind === 'year' ? 20 : count * 2);
  for (const near of n.kind === 'year' ? [true, false] : [false]) {
    for (const text of fromDocument) add(text, near);
    for (const text of madeUp) add(text, near);
  }
  return out;
}

/** Other kanji or katakana words of the document, of the same script, not in the sentence. */
function wrongWords(term: NeutralTerm, source: Source, doc: NeutralDocument, random: () => number): string[] {
  const katakana = KATAKANA.test(term.text);
  const pool = doc.words.filter((w) => w !== term.text && !source.text.includes(w) && KATAKANA.test(w) === katakana);
  return shuffled(pool, random).slice(0, WANTED_DISTRACTORS);
}
