// The offline question generator: English NLP (wink-nlp) and document statistics, no AI service, no key.
// Pages in other languages get plainer questions built only from what holds in any language (neutral/).
// Pages are handled one at a time as they arrive and each page's questions are yielded before the next page
// is pulled, so the first question of a 600-page PDF comes right after its first page. There is no
// look-ahead: it would hold back the first questions and the page-done checkpoints the job runner resumes
// from, while the cost of not having it (a first page's distractors come only from that page) is covered by
// made-up values for numbers and dates and by choosing another term or type when a kind has too few peers.

import type { WinkMethods } from 'wink-nlp';
import { nextUnlessAborted } from '../../abort.js';
import type { PageText } from '../../pdf/page-text.js';
import type { GenerateOptions } from '../../schemas/options.js';
import type { QuestionDraft } from '../../schemas/question.js';
import { escapeRegExp } from '../escape-regexp.js';
import type { GenerateContext, GenerationEvent, QuestionGenerator } from '../generator.js';
import { quoteMatcher } from '../grounding.js';
import { namesProgram } from '../manual-page.js';
import { headingAt, type PageBody, pageBody, programAt, roleName } from '../page-body.js';
import { leaksAnswer } from '../quality/blank-rules.js';
import { namesADocument, namesOwnTitle } from '../quality/own-title.js';
import { reportsDeath, stemProblem, withoutCrossReferences } from '../quality/stem-rules.js';
import { countWords, QuestionBudget } from '../question-budget.js';
import { unaskable } from './blank-worth.js';
import { askableCommand, type CommandIndex } from './commands.js';
import { DocumentLanguage } from './document-language.js';
import { describedEntries, entryKey, entryQuestion } from './entries.js';
import {
  NEUTRAL_TYPES,
  NeutralDocument,
  type NeutralLayout,
  neutralPageQuestions,
} from './neutral/neutral-questions.js';
import { loadLanguageIdentifier, otherThanEnglish, pageLanguage, sentenceLanguage } from './neutral/page-language.js';
import { segmentSentences } from './neutral/segment.js';
import { wordingFor, writesIn } from './neutral/wording.js';
import { type AnalyzedPage, analyzePage, loadNlp, type SentenceSpan } from './nlp.js';
import { pageContext } from './page-context.js';
import { COMMAND_IMPORTANCE, type PageAsk, pageQuestions, QuizState, type RankedSentence } from './page-questions.js';
import { askablePath, type PathIndex } from './paths.js';
import { seededRandom } from './seeded-random.js';
import { assessSentence } from './sentence-quality.js';
import { ShortForms } from './short-forms.js';
import { BLANK } from './source-sentence.js';
import { StatementMemory } from './statement-memory.js';
import type { Term } from './term.js';
import { definesTerm, saysWhatItIs, termImportance } from './term-importance.js';
import { TermStats, untitledSubject } from './term-stats.js';
import { sentenceTerms } from './terms.js';
import { checkText } from './text-check.js';
import { loadWordVectors, type WordVectors } from './vectors/word-vectors.js';
import { loadWordFrequency, type WordFrequency } from './word-frequency.js';

const OTHER_LANGUAGE_UNASKED =
  "The offline generator cannot write the asked-for question types in this page's language (in languages other " +
  'than English it writes true/false, fill-in-the-blank and multiple-choice questions).';

const LIMITED_LANGUAGE =
  'This document is not in English: the offline generator makes only true/false, fill-in-the-blank and number ' +
  'questions from its sentences as written, worded in its language. An LLM generator writes full questions.';

/** Terms below this importance are not worth a question. */
const MIN_IMPORTANCE = 0.3;

/**
 * Loads the NLP model, the word lists and the language identifier ahead of the first job (about 0.6 s, 90 MB of
 * it the identifier's model); optional, generate() loads them too. A server calls it before it listens: loaded
 * during a job, the identifier's model holds the event loop for about half a second, long enough for requests
 * of other users to be refused as under pressure.
 */
export async function warmUpOfflineGenerator(): Promise<void> {
  await Promise.all([loadNlp(), loadWordFrequency(), loadWordVectors(), loadLanguageIdentifier()]);
}

/** Pages a manual page goes on without naming its program (a long list of options) before it is taken to end. */
const PROGRAM_GAP = 8;
/** Pages after its heading's own that a section is taken to go on over, without a heading of their own. */
const SECTION_PAGES = 2;

export function createOfflineGenerator(): QuestionGenerator {
  return {
    name: 'offline',
    generate: (pages, options, ctx) => generate(pages, options, ctx),
  };
}

async function* generate(
  pages: AsyncIterable<PageText>,
  options: GenerateOptions,
  { signal }: GenerateContext,
): AsyncIterable<GenerationEvent> {
  const [nlp, freq, vectors] = await Promise.all([loadNlp(), loadWordFrequency(), loadWordVectors()]);
  const shortForms = new ShortForms();
  const stats = new TermStats({ expansionOf: (short) => shortForms.acronym(short) });
  const state = new QuizState();
  const neutral = new NeutralDocument();
  let budget: QuestionBudget | undefined;
  const memory = new StatementMemory();
  let toldLimited = false;
  const documentLanguage = new DocumentLanguage();
  const iterator = pages[Symbol.asyncIterator]();
  /** The last heading of the page before, which the next page's first paragraphs may still stand under. */
  let carried: string | undefined;
  /** The last heading of any page so far, and its page. */
  let lastSection: string | undefined;
  let lastSectionPage = 0;
  /** The program of the last manual page opened (see manualPageAt), which goes on over the pages after it. */
  let program: string | undefined;
  /** The last page that opened that manual page or named its program. */
  let programNamed = 0;
  /** Titles of the document itself ("Debian 参考手册", "An Introduction to R"): a sentence naming one is about it. */
  const ownTitles: string[] = [];
  /** Pages with text read for the title (the title page, and the page after it: a cover may come first). */
  let titlePages = 0;
  try {
    while (!signal.aborted) {
      const next = await nextUnlessAborted(iterator, signal);
      if (!next || next.done) return;
      const body = pageBody(next.value);
      const page: PageText = { ...next.value, text: body.text };
      // Every page, tables and lists of commands included: the programs it names are wrong choices later.
      neutral.commands.observe(next.value.text, next.value.page);
      neutral.paths.observe(next.value.text, next.value.page);
      stats.noteProductSpelling(next.value.text);
      const carriedHere = carried;
      carried = body.headings.at(-1)?.heading;
      // The section a page without a heading of its own goes on with (the neutral generator's labels): a page or
      // two, the length of a manual's section; further on, a heading the layout did not mark may have begun another.
      const sectionBefore = next.value.page - lastSectionPage <= SECTION_PAGES ? lastSection : undefined;
      if (carried) {
        lastSection = carried;
        lastSectionPage = next.value.page;
      }
      // A manual page opened before goes on while its pages name its program (in a running head, when it has
      // one) or did a few pages before: a long one lists options for pages without it. Pages that have not named
      // it for longer have gone on to something else.
      // A page going on with a list of options or variables is that manual page's too (tar's lists options for
      // pages that never write "tar").
      const listing = body.entries.length > 0 && next.value.page - programNamed <= PROGRAM_GAP;
      if (program && (namesProgram(next.value.text, program) || listing)) programNamed = next.value.page;
      const programHere = program && next.value.page - programNamed <= PROGRAM_GAP ? program : undefined;
      if (body.programs.length > 0) {
        program = body.programs.at(-1)!.program;
        programNamed = next.value.page;
      }
      if (titlePages < TITLE_PAGES && next.value.text.trim()) {
        titlePages++;
        if (titlePages === 1) {
          const title = titleLines(next.value);
          const frontMatter = next.value.blocks?.[0]?.role === 'front_matter';
          if (title.length > 0) stats.noteTitle(title, { product: frontMatter });
          else stats.noteTitle(untitledSubject(body.text));
        }
        // Anywhere on these pages: a title page may open with a line of body text ("debian", a logo's word).
        const named = titleLines(next.value, { all: true }).filter(namesADocument);
        ownTitles.push(...named);
        neutral.ownTitles.push(...named);
      }
      if (next.value.text.trim() && !body.text.trim()) {
        const note = `Page ${page.page} is ${roleName(body.mainRole)}: nothing there to ask about.`;
        yield { kind: 'page-done', page: page.page, note };
        continue;
      }
      budget ??= new QuestionBudget(options, page.totalPages);
      const limit = budget.forPage(countWords(body.text));
      if (limit === 0 && body.text.trim()) {
        yield { kind: 'page-done', page: page.page };
        continue;
      }
      const check = checkText(page.text);
      let asked = 0;
      const otherLanguage = !check.ok && check.code === 'unsupported_language';
      if (otherLanguage) await loadLanguageIdentifier();
      // The page's language: read once, for the document's tally and the checks below.
      const locale = check.ok ? 'en' : otherLanguage ? pageLanguage(page.text).locale : undefined;
      if (locale) documentLanguage.observe(locale, page.text);
      const english = documentLanguage.asksEnglish(options.language);
      const ask = { limit, types: options.types, difficulty: options.difficulty, language: options.language };
      const other = otherLanguage
        ? neutralPageQuestions(page, { ...ask, english }, neutral, state, layoutOf(body, programHere, sectionBefore))
        : [];
      // A page in a language the questions can be worded in, that gave none, had nothing to ask: no warning
      // that its language is unsupported. (Told only then: a page that gave questions needs no telling.)
      const written =
        otherLanguage && other.length === 0 && ask.types.some((t) => NEUTRAL_TYPES.includes(t)) && writesIn(locale!);
      if (!check.ok && other.length > 0) {
        if (!toldLimited) {
          toldLimited = true;
          yield { kind: 'warning', code: 'limited_language', message: LIMITED_LANGUAGE, page: page.page };
        }
        for (const drafted of other) {
          if (signal.aborted) return;
          if (memory.repeats(drafted)) continue;
          memory.remember(drafted);
          const question = { ...drafted, prompt: withoutCitationMarks(drafted.prompt) };
          if (lostBlank(drafted.prompt, question.prompt)) continue;
          asked++;
          yield { kind: 'question', question };
        }
      } else if (!check.ok && !written) {
        // In another language the page was asked of as far as it could be: say what could not be done.
        const message = otherLanguage ? OTHER_LANGUAGE_UNASKED : check.message;
        yield { kind: 'warning', code: check.code, message, page: page.page };
      } else {
        shortForms.observe(page.text);
        const acronym = (short: string) => shortForms.acronym(short);
        const entries = entryQuestions(page, body, ask, neutral, state, programHere, english);
        // An English page of a document in another language: only what its lists describe in that language.
        const drafts = [
          ...entries,
          ...(english
            ? questionsOf(
                page,
                body,
                { ...ask, limit: limit - entries.length },
                nlp,
                freq,
                stats,
                state,
                vectors,
                acronym,
                carriedHere,
                ownTitles,
                neutral.commands,
                neutral.paths,
                programHere,
              )
            : []),
        ];
        for (const drafted of drafts) {
          if (signal.aborted) return;
          if (memory.repeats(drafted)) continue;
          memory.remember(drafted);
          // "The Compact" written as "the Red River Compact": the stem names what the document calls it for short.
          // Acronyms spelled out where the document did: "IVC filters" -> "inferior vena cava (IVC) filters".
          // A true/false key ("False") is no word of the statement to give away.
          const fair = (p: string) => drafted.type === 'true_false' || !drafted.answer.some((a) => leaksAnswer(p, a));
          const prompt = capitalizedLike(
            withFullNames(
              shortForms.spellOut(shortForms.expand(withoutCitationMarks(drafted.prompt), fair), fair),
              stats,
              fair,
            ),
            drafted.prompt,
          );
          const question = prompt === drafted.prompt ? drafted : { ...drafted, prompt };
          if (lostBlank(drafted.prompt, question.prompt)) continue;
          asked++;
          yield { kind: 'question', question };
        }
      }
      if (signal.aborted) return;
      budget.refund(limit - asked);
      const note =
        asked === 0 && check.ok && !english
          ? `Page ${page.page} is in English, most of the document is not: its questions would be worded in English (a job asking for English questions asks them).`
          : asked === 0 && (check.ok || written)
            ? `Page ${page.page}: no sentence there makes a fair question.`
            : undefined;
      yield { kind: 'page-done', page: page.page, ...(note ? { note } : {}) };
    }
  } finally {
    // Let the page source stop extracting when generation ends early (abort, or the consumer stopped). Not
    // awaited: after an abort a page may still be pending, and stopping must not wait for it.
    iterator.return?.()?.catch(() => {});
  }
}

/** What the page's layout tells of offsets of its body text, for either generator (see page-body.ts). */
function layoutOf(body: PageBody, carriedProgram?: string, carriedSection?: string): NeutralLayout {
  return {
    programAt: (offset) => programAt(body, offset, carriedProgram),
    sectionAt: (offset) => headingAt(body, offset) ?? carriedSection,
    entryAt: (offset) => body.entries.find((e) => e.at === offset)?.name,
    underDirectory: (offset) => body.underDirectories.some((b) => b.start <= offset && offset < b.end),
  };
}

/**
 * "Choose the option of tar described here: ..." for the entries of the page's lists of options and variables
 * (entries.ts), at most `ask.limit`; each entry joins the document's pool of wrong choices first.
 */
function entryQuestions(
  page: PageText,
  body: PageBody,
  ask: PageAsk,
  neutral: NeutralDocument,
  state: QuizState,
  carriedProgram?: string,
  english = true,
): QuestionDraft[] {
  if (body.entries.length === 0) return [];
  const described = describedEntries(page, segmentSentences(page.text, 'en'), layoutOf(body, carriedProgram));
  for (const e of described) if (e) neutral.entries.observe(e.scope, e.entry);
  if (!ask.types.includes('multiple_choice')) return [];
  const out: QuestionDraft[] = [];
  for (const e of described) {
    if (!e || out.length >= ask.limit) continue;
    // A page of a manual in another language may read as English for its options' names: each description is
    // asked in its own language ("Διαλέξτε την επιλογή του sdiff ...").
    const { sentence } = e.entry;
    const language = descriptionLanguage(sentence);
    if (!writesIn(language) || (language === 'en' && !english)) continue;
    const random = seededRandom(`${page.page}:${e.entry.sentence}`);
    const draft = entryQuestion(e, page.page, neutral.entries, state.answerUses, random, wordingFor(language));
    if (!draft || state.deduper.has(draft)) continue;
    state.deduper.add(draft);
    state.answerUses.set(entryKey(e), 1);
    state.typeCounts.set(draft.type, (state.typeCounts.get(draft.type) ?? 0) + 1);
    out.push({ ...draft, difficulty: 'medium' });
  }
  return out;
}

/** English function words: a description with one is English, whatever the page around it. */
const ENGLISH_WORD =
  /(?<![\p{L}])(?:the|of|for|and|to|with|from|is|are|each|any|this|that|which|when|if|or|not)(?![\p{L}])/iu;

/**
 * The language of an option's description on a page read as English: English if it has an English function
 * word, else the language the identifier tells, when questions can be worded in it ("Corresponde a arquivos
 * graváveis pelo usuário atual."). A short sentence the identifier takes for English stays English.
 */
function descriptionLanguage(sentence: string): string {
  const bySentence = sentenceLanguage(sentence, 'en');
  if (bySentence !== 'en' || ENGLISH_WORD.test(sentence)) return bySentence;
  const own = pageLanguage(sentence).locale;
  return own !== 'und' && writesIn(own) ? own : 'en';
}

function questionsOf(
  pageText: PageText,
  body: PageBody,
  ask: PageAsk,
  nlp: WinkMethods,
  freq: WordFrequency,
  stats: TermStats,
  state: QuizState,
  vectors: WordVectors,
  acronym: (short: string) => string | undefined,
  carried?: string,
  ownTitles: readonly string[] = [],
  commands?: CommandIndex,
  paths?: PathIndex,
  carriedProgram?: string,
) {
  const page = analyzePage(nlp, pageText.text);
  const ctx = pageContext(page);
  const all: Term[] = [];
  const prepared: {
    sentence: Omit<RankedSentence, 'ranked' | 'importance' | 'defined' | 'rank'>;
    usable: boolean;
    quality: number;
  }[] = [];
  page.sentences.forEach((span, position) => {
    const charStart = page.tokens[span.start]!.offset;
    const last = page.tokens[span.end]!;
    const text = page.text.slice(charStart, last.offset + last.value.length);
    const terms = sentenceTerms(page, span, freq, stats, ctx);
    stats.rememberNames(terms);
    const context = { id: `${pageText.page}:${position}`, words: contentWordsOf(page, span, freq) };
    stats.rememberContext(context.id, terms, context.words);
    all.push(...terms);
    const quality = assessSentence(page, span, text);
    const section =
      headingAt(body, charStart) ?? continuedSection(carried, body.text.slice(0, charStart + text.length));
    const next = nextInParagraph(page, position);
    const program = programAt(body, charStart, carriedProgram);
    prepared.push({
      sentence: {
        page: pageText.page,
        text,
        charStart,
        terms,
        words: quality.words,
        position,
        context,
        ...(section ? { section } : {}),
        ...(program ? { program } : {}),
        ...(next ? { next } : {}),
      },
      usable: quality.usable,
      quality: quality.score,
    });
  });
  // The page's own terms join the pools first, so even page 1 has distractors.
  // Labels, identifiers and capitalized common words are no answers, so no wrong answers either.
  stats.addPage(
    pageText.page,
    all.filter((t) => unaskable(t, page, freq) === null),
  );

  const pageCounts = new Map<string, number>();
  for (const t of all) pageCounts.set(t.key, (pageCounts.get(t.key) ?? 0) + 1);

  const ranked: RankedSentence[] = [];
  // Sentences are slices of the page, so this only fails if NLP and the page disagree; it is the same rule
  // the job runner applies to every generator, checked here so no question is built on a failing quote.
  const findQuote = quoteMatcher(pageText.text);
  // "Do not save the original file name and timestamp by default." under "-n --no-name": what an option does,
  // not the program (entryQuestions asks which option it is).
  const describes = (start: number, end: number) =>
    body.entries.some((e) => e.at >= start && e.at < end) ||
    body.underDirectories.some((b) => b.start < end && start < b.end);
  for (const { sentence, usable, quality } of prepared) {
    if (!usable || findQuote(sentence.text) === null) continue;
    if (describes(sentence.charStart, sentence.charStart + sentence.text.length)) continue;
    // "The static file system configuration is given by /etc/fstab.": a path is markup to every other question,
    // and blanked it leaves a stem (askablePath checks it).
    const path = paths ? askablePath(sentence.text, paths) : null;
    const onlyPath = stemProblem(sentence.text) !== null;
    if (onlyPath && !path) continue;
    if (otherThanEnglish(sentence.text)) continue;
    // "The new Debian Reference (2nd edition) was released in 2008": the document's own history is no subject.
    if (namesOwnTitle(sentence.text, ownTitles)) continue;
    // "In 2019, Kasparov said ...", "Perens argued ...": a person by one name the document never gave in full is
    // someone the student was not introduced to.
    // ("Saint Helena", "President Lincoln": a title before the name is no first mention by one name.)
    const titled = (t: Term) => /^\p{Lu}/u.test(page.tokens[t.start - 1]?.value ?? '');
    if (sentence.terms.some((t) => t.kind === 'person' && t.words === 1 && !titled(t) && !stats.fullName(t.text)))
      continue;
    // "On July 11th, 2000, Joel Klecker ... passed away at 21 years of age": the death of someone the document
    // names once or twice is a memorial's detail, not its subject.
    if (reportsDeath(sentence.text) && !sentence.terms.some((t) => t.kind === 'person' && stats.mentions(t.key) > 2))
      continue;
    const span = page.sentences[sentence.position]!;
    const importance = new Map<Term, number>();
    const defined = new Set<Term>();
    for (const term of sentence.terms) {
      // A term that is most of the sentence leaves nothing to answer it from.
      if (term.words * 2 > sentence.words) continue;
      if (unaskable(term, page, freq) !== null) continue;
      if (term.kind === 'noun' && definesTerm(term, { page, span })) {
        defined.add(term);
        // A wrong choice for other defined terms only when the sentence says what it is: "Temporary labels will
        // disappear at the next replot" is said of labels, it does not make them a term of the subject.
        if (saysWhatItIs(term, page, { purpose: true })) stats.markDefined(term.key);
      }
      const score = termImportance(term, { page, span, stats, pageCounts });
      if (score >= MIN_IMPORTANCE) importance.set(term, score);
    }
    // A sentence that says what a program does ("The less(1) pager shows a text file ...") asks for the program.
    const command = commands && !onlyPath ? askableCommand(sentence.text, commands) : null;
    if (importance.size === 0 && !command && !path) continue;
    const terms = [...importance.keys()].sort((a, b) => importance.get(b)! - importance.get(a)!);
    const best = Math.max(terms[0] ? importance.get(terms[0])! : 0, command || path ? COMMAND_IMPORTANCE : 0);
    // Earlier sentences of a page tend to introduce its topic; the nudge only breaks near-ties.
    const rank = 0.5 * quality + 0.5 * best - 0.005 * sentence.position;
    ranked.push({
      ...sentence,
      ranked: terms,
      importance,
      defined,
      rank,
      ...(command ? { command } : {}),
      ...(path ? { path } : {}),
      ...(onlyPath ? { onlyPath } : {}),
    });
  }
  return pageQuestions(page, ranked, ask, stats, state, vectors, acronym, commands, paths);
}

/** Parts of speech whose words say what a sentence is about. */
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'ADJ']);
/** Common words ("time", "way", "new") say nothing particular. */
const MIN_CONTENT_RARITY = 0.7;

/** The sentence's content words by token index: lemmas of its rarer nouns and adjectives, names as written. */
export function contentWordsOf(page: AnalyzedPage, span: SentenceSpan, freq: WordFrequency): Map<number, string> {
  const out = new Map<number, string>();
  for (let i = span.start; i <= span.end; i++) {
    const t = page.tokens[i]!;
    if (!CONTENT_POS.has(t.pos) || !/^\p{L}[\p{L}-]{2,}$/u.test(t.value)) continue;
    const word = (t.pos === 'PROPN' ? t.value : t.lemma).toLowerCase();
    if (t.pos !== 'PROPN' && freq.rarity(word) < MIN_CONTENT_RARITY) continue;
    out.set(i, word);
  }
  return out;
}

/** Title-page lines read: those of the first page with text and of the next one. */
const TITLE_PAGES = 2;

/**
 * The lines of a page's title and headings above its first paragraph of body text (with `all`, anywhere on the
 * page): the document's title page.
 */
export function titleLines(page: PageText, { all = false }: { all?: boolean } = {}): string[] {
  const lines: string[] = [];
  for (const block of page.blocks ?? []) {
    if (block.role === 'body' && !all) break;
    if (block.role !== 'front_matter' && block.role !== 'heading') continue;
    lines.push(
      ...page.text
        .slice(block.start, block.end)
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    );
  }
  return lines;
}

/**
 * The previous page's last heading, for a sentence before the page's first heading, when the text before it
 * names that section again ("Caca" on one page, then "The caca terminal supports mouse interaction ..." at the
 * top of the next): the section goes on. Without that sign the layout may have listed the heading out of
 * reading order (two columns), or the page may start a section whose heading the layout did not mark, and the
 * carried heading would name the wrong one. A heading in capitals is more often a running head.
 */
export function continuedSection(carried: string | undefined, before: string): string | undefined {
  if (!carried || carried === carried.toUpperCase()) return undefined;
  const name = carried
    .replace(/^[\d.]+\s+/u, '')
    .trim()
    .toLowerCase();
  if (name.length < 3) return undefined;
  return new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(name)}(?![\\p{L}\\d])`, 'u').test(before.toLowerCase())
    ? carried
    : undefined;
}

/**
 * The stem without its citation and footnote marks ("... the first day of admission [2,4-6].", "Huang's
 * law,[130] named", "semantic networks,[f]") and its cross-references in brackets ("（参见第 1.4.9 节）",
 * "(siehe Abschnitt 5.2)"): they refer to a bibliography or a section the student does not have. The quote
 * keeps them, as the page does.
 */
/** A cleaned prompt that no longer has the blank its draft had: what it asked for went with a citation. */
function lostBlank(draft: string, prompt: string): boolean {
  return draft.includes(BLANK) && !prompt.includes(BLANK);
}

export function withoutCitationMarks(prompt: string): string {
  return withoutCrossReferences(prompt.replace(/\s?\[(?:\d{1,4}|\p{Ll})(?:\s?[,–-]\s?\d{1,4})*\](?!\p{L})/gu, ''));
}

/**
 * The stem with a person's surname written as the full name the document gave ("Simon defines intelligence" ->
 * "Herbert Simon defines intelligence"), once per name, unless the stem has it or `keep` refuses it.
 */
export function withFullNames(
  prompt: string,
  stats: Pick<TermStats, 'fullName'>,
  keep: (replaced: string) => boolean,
): string {
  let out = prompt;
  // Surnames with a capital inside ("McCarthy", "DiCaprio", "O’Neil") as well as plain ones.
  for (const m of prompt.matchAll(
    /(?<!\p{Lu}[\p{L}.'’-]*\s)(?<![\p{L}'’])(\p{Lu}(?:\p{Ll}*['’]?\p{Lu})?\p{Ll}+)(?![\p{L}'’])(?!\s\p{Lu})/gu,
  )) {
    const full = stats.fullName(m[1]!);
    if (!full || out.includes(full)) continue;
    const replaced = out.replace(new RegExp(`(?<![\\p{L}])${m[1]}(?![\\p{L}])`, 'u'), full);
    if (keep(replaced)) out = replaced;
  }
  return out;
}

/**
 * The stem with its statement opening in a capital when the drafted one did: "AI pioneer Jürgen Schmidhuber"
 * spelled out is "Artificial intelligence (AI) pioneer ...", not "artificial intelligence (AI) pioneer ...".
 */
export function capitalizedLike(prompt: string, drafted: string): string {
  const opening = /^([^:]*:\s*["“«]?)(\p{L})/u;
  const before = opening.exec(drafted);
  const after = opening.exec(prompt);
  if (!before || !after || !/\p{Lu}/u.test(before[2]!) || !/\p{Ll}/u.test(after[2]!)) return prompt;
  return `${after[1]}${after[2]!.toUpperCase()}${prompt.slice(after[0].length)}`;
}

/** Longest follow-on sentence quoted in an explanation. */
const MAX_NEXT_CHARS = 280;

/** The sentence after `position` when it is in the same paragraph and short enough to quote, else undefined. */
function nextInParagraph(page: AnalyzedPage, position: number): string | undefined {
  const here = page.sentences[position];
  const next = page.sentences[position + 1];
  if (!here || !next) return undefined;
  const end = page.tokens[here.end]!;
  const start = page.tokens[next.start]!.offset;
  if (page.text.slice(end.offset + end.value.length, start).includes('\n')) return undefined;
  const last = page.tokens[next.end]!;
  const text = page.text.slice(start, last.offset + last.value.length);
  // "f. See AI winter.", "j. Geoffrey Hinton said ...": a lettered note, not the thought going on.
  if (!/^["“]?[\p{Lu}\d]/u.test(text) || /^\p{L}\.\s/u.test(text)) return undefined;
  return text.length <= MAX_NEXT_CHARS && /[.!]["”)]?$/.test(text) ? text : undefined;
}
