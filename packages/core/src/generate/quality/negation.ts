// A statement with its one negation taken out ("The Compact does not pre-empt the Oklahoma water statutes" ->
// "The Compact pre-empts the Oklahoma water statutes"): the plain contradiction of what the document says,
// so a false statement without doubt, in a sentence with no year, date or name to swap. Shared by the English
// and the any-language generators. A sentence qualifies only when taking the negation out gives its exact
// opposite: one negation, in the main clause, over a plain predicate. Not when the negation belongs to a
// clause of its own ("Tarrant counters that ... would not intrude"), is only partial ("not only", "not
// always", "not all"), sits beside another negative or a word that needs one ("any", "either", "yet"), or
// the sentence turns on a contrast or a condition ("..., but", "although", "unless"), where the opposite is
// not what the negation alone said. Modals of possibility ("may not", "could not") are left alone: "may be
// aware" does not contradict "may not be aware".

export interface Flip {
  /** The sentence with the negation taken out. */
  affirmative: string;
  /** The negation as written ("does not", "n'est pas", "nicht", "不"). */
  negation: string;
  /** Where the negation starts in the sentence: what comes before is its subject. */
  at: number;
}

/** The sentence affirmed, or null when it has no single clean negation to take out. */
export function withoutNegation(sentence: string, language: string): Flip | null {
  switch (language.toLowerCase().split('-')[0]) {
    case 'en':
      return english(sentence);
    case 'es':
      return singleWord(sentence, 'no', SPANISH);
    case 'pt':
      return singleWord(sentence, 'não', PORTUGUESE);
    case 'it':
      return singleWord(sentence, 'non', ITALIAN);
    case 'de':
      return german(sentence);
    case 'ru':
      return singleWord(sentence, 'не', RUSSIAN);
    case 'uk':
      return singleWord(sentence, 'не', UKRAINIAN);
    case 'fr':
      return french(sentence);
    case 'zh':
      return chinese(sentence);
    case 'ja':
      return japanese(sentence);
    case 'ko':
      return korean(sentence);
    case 'el':
      return singleWord(sentence, 'δεν', GREEK);
    case 'ar':
      return singleWord(sentence, 'لا', ARABIC);
    case 'he':
      return singleWord(sentence, 'לא', HEBREW);
    default:
      return null;
  }
}

// ---- English ----

/** Contracted negations and what they become without the negation. */
const EN_CONTRACTED: Record<string, string> = {
  "isn't": 'is',
  "aren't": 'are',
  "wasn't": 'was',
  "weren't": 'were',
  "hasn't": 'has',
  "haven't": 'have',
  "hadn't": 'had',
  "can't": 'can',
  cannot: 'can',
  "won't": 'will',
  "wouldn't": 'would',
  "shouldn't": 'should',
  "mustn't": 'must',
  "doesn't": 'does',
  "don't": 'do',
  "didn't": 'did',
};

/** Words that end the subject: a clause of its own starts there, so its negation is not the sentence's. */
const EN_CLAUSE =
  /\b(?:that|which|who|whom|whose|whether|if|when|whenever|because|although|though|while|since|unless|until|once|so|to|said|says|argued|argues|claims?|claimed|believes?|believed|suggests?|suggested|shows?|showed|found|finds|thinks?|thought|counters?|contends?|maintains?|reasons?|notes?|noted|states?|stated)\b/i;
/** A verb in what should be the subject: the negation follows a second predicate. */
const EN_VERB =
  /\b(?:is|are|was|were|be|been|being|has|have|had|can|could|will|would|should|must|may|might|do|does|did)\b/i;
/** Anywhere in the sentence: another negative, a word that needs a negation, a contrast or a condition. */
const EN_SPOILERS =
  /\b(?:no|never|none|nothing|nobody|neither|nor|without|any|anyone|anything|anybody|anywhere|ever|either|yet|but|however|although|though|rather|instead|whereas|while|unless|until|except|because|if|only|merely|unlike|otherwise|fail|fails|failed|lack|lacks|lacked|hardly|barely|scarcely|often|sometimes|usually|generally|typically|normally|frequently|occasionally|mostly|rarely|seldom|due|because)\b|n't\b.*\b(?:not|n't)\b|\bnot\b.*\b(?:not|n't)\b/i;
/**
 * After the negation, a second clause or a participle that goes on from it ("..., and should be avoided",
 * "did not sign the statement, emphasising that ..."), or the reason for it ("δεν είναι ιδιωτικά σχολεία, καθώς
 * ελέγχονται από το κράτος": not private, as the state controls them): with the negation gone, the sentence no
 * longer holds together.
 */
const MORE_AFTER =
  /[—–]|[,;]\s*(?:and|or|so|but|et|ou|donc|mais|y|o|pero|e|ou|mas|ed|ma|und|oder|aber|sondern|и|а|но|или|і|та|але|або|\p{L}+ing|\p{L}+ant|\p{L}+ando|\p{L}+endo|because|since|as|car|parce|puisque|weil|denn|porque|pues|perché|poiché|siccome|pois|потому|поскольку|оскільки|бо|καθώς|επειδή|διότι|γιατί|αφού|εφόσον|لأن|لأنه|لأنها|إذ|כי|מפני|כיוון)(?!\p{L})/iu;

/** Words right after "not" that make it partial or scoped: "not always", "not all", "not as", "not to". */
const EN_PARTIAL =
  /^(?:only|just|necessarily|always|all|every|each|least|until|because|merely|simply|even|so|as|to|enough|quite|very|much|more|less|entirely|fully|completely|exactly|really|unlike|unless|yet|any|a lot|many|most|too|usually|generally|often|sure|clear|known|possible|likely|necessary|uncommon|unusual|un\p{L}+|non\p{L}+|in(?:frequent|significant|considerable|conceivable)\p{L}*|impossible)\b/iu;

function english(sentence: string): Flip | null {
  if (EN_SPOILERS.test(sentence) || sentence.includes('?')) return null;
  const match =
    /^(?<subject>.+?)\s(?<aux>is|are|was|were|has|have|had|can|will|would|should|must|does|do|did)(?<adverb>\s(?:still))?\s(?<not>not)\s(?<rest>\S.*)$/iu.exec(
      sentence,
    ) ??
    /^(?<subject>.+?)\s(?<adverb>(?:still)\s)?(?<aux>isn't|aren't|wasn't|weren't|hasn't|haven't|hadn't|can't|cannot|won't|wouldn't|shouldn't|mustn't|doesn't|don't|didn't)\s(?<rest>\S.*)$/iu.exec(
      sentence.replace(/’/g, "'"),
    );
  if (!match?.groups) return null;
  const { subject = '', aux = '', adverb, rest = '' } = match.groups;
  const words = subject.split(/\s+/);
  if (words.length > 10 || EN_CLAUSE.test(subject) || EN_PARTIAL.test(rest) || MORE_AFTER.test(rest)) return null;
  if (SOME.test(subject)) return null;
  // "X is deprecated and should not be used": a second predicate, whose negation is not the sentence's.
  if (EN_VERB.test(subject) || /\b(?:and|or)$/i.test(subject) || /[;:(]/.test(subject)) return null;
  // "The statutes also do not ...": a denial set beside one the sentence before made.
  if (/\balso$/i.test(subject)) return null;
  // "isn't" -> "is", "cannot" -> "can"; "is not", "can not" keep their auxiliary.
  const base = EN_CONTRACTED[aux.toLowerCase()] ?? aux.toLowerCase();
  const negation = match[0].slice(subject.length + 1, match[0].length - rest.length).trim();
  const adverbText = adverb ? `${adverb.trim()} ` : '';
  let predicate: string;
  if (base === 'does' || base === 'do' || base === 'did') {
    // "does not pre-empt" -> "pre-empts", "do not run" -> "run", "did not grant" -> "granted".
    const verb = /^(\p{Ll}[\p{Ll}-]*)(.*)$/u.exec(rest);
    if (!verb) return null;
    const inflected = base === 'do' ? verb[1]! : base === 'does' ? thirdPerson(verb[1]!) : pastTense(verb[1]!);
    if (!inflected) return null;
    predicate = `${adverbText}${inflected}${verb[2]}`;
  } else {
    predicate = `${adverbText}${base} ${rest}`;
  }
  return { affirmative: `${subject} ${predicate}`, negation, at: subject.length + 1 };
}

const IRREGULAR_THIRD: Record<string, string> = { have: 'has', be: 'is', do: 'does', go: 'goes' };

function thirdPerson(verb: string): string {
  if (IRREGULAR_THIRD[verb]) return IRREGULAR_THIRD[verb]!;
  if (/(?:s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

/** Past tenses of common irregular verbs; any other verb is taken as regular. */
const IRREGULAR_PAST: Record<string, string> = {
  be: 'was',
  become: 'became',
  begin: 'began',
  bring: 'brought',
  build: 'built',
  buy: 'bought',
  choose: 'chose',
  come: 'came',
  cut: 'cut',
  do: 'did',
  draw: 'drew',
  drive: 'drove',
  eat: 'ate',
  fall: 'fell',
  feel: 'felt',
  find: 'found',
  fly: 'flew',
  get: 'got',
  give: 'gave',
  go: 'went',
  grow: 'grew',
  have: 'had',
  hear: 'heard',
  hold: 'held',
  keep: 'kept',
  know: 'knew',
  lead: 'led',
  leave: 'left',
  let: 'let',
  lose: 'lost',
  make: 'made',
  mean: 'meant',
  meet: 'met',
  pay: 'paid',
  put: 'put',
  read: 'read',
  rise: 'rose',
  run: 'ran',
  say: 'said',
  see: 'saw',
  sell: 'sold',
  send: 'sent',
  set: 'set',
  show: 'showed',
  sit: 'sat',
  speak: 'spoke',
  spend: 'spent',
  stand: 'stood',
  take: 'took',
  teach: 'taught',
  tell: 'told',
  think: 'thought',
  understand: 'understood',
  win: 'won',
  write: 'wrote',
};
/** Verbs of two syllables stressed on the last, which double their last consonant ("permitted"). */
const DOUBLING = new Set([
  'permit',
  'admit',
  'commit',
  'omit',
  'submit',
  'occur',
  'refer',
  'prefer',
  'transfer',
  'control',
  'compel',
  'equip',
  'regret',
  'forget',
  'begin',
]);

function pastTense(verb: string): string | undefined {
  if (IRREGULAR_PAST[verb]) return IRREGULAR_PAST[verb];
  if (verb.includes('-')) return undefined;
  if (/e$/.test(verb)) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  if (DOUBLING.has(verb) || /^[^aeiou]*[aeiou][b-df-hj-np-tvz]$/.test(verb)) return `${verb}${verb.slice(-1)}ed`;
  return `${verb}ed`;
}

// ---- Spanish, Portuguese, Italian, German: one negation word before the verb, taken out ----

interface WordRules {
  /** Other negatives, contrasts and conditions: anywhere in the sentence, they rule it out. */
  spoilers: RegExp;
  /** Words right after the negation that make it partial ("no solo", "nicht nur", "non sempre"). */
  partial: RegExp;
  /** What must follow the negation for it to be the verb's, where a lowercase word does not tell. */
  next?: string;
  /** What, right before the negation, opens a clause of its own that a word's prefix marks (Hebrew "ש"). */
  clauseBefore?: RegExp;
}

const SPANISH: WordRules = {
  spoilers:
    /(?<!\p{L})(?:nunca|jamás|nada|nadie|a menudo|a veces|normalmente|generalmente|debido|ningún|ninguna|ninguno|ningunos|ningunas|ni|tampoco|sino|sin|pero|aunque|si|porque|salvo|excepto|mientras|sin embargo|todavía|aún|ya)(?!\p{L})/iu,
  partial:
    /^(?:solo|sólo|solamente|siempre|todos|todas|todo|toda|más|menos|obstante|tan|muy|mucho|mucha|muchos|muchas|tanto|necesariamente|exactamente|del todo|es posible|está claro)(?!\p{L})/iu,
};
const PORTUGUESE: WordRules = {
  spoilers:
    /(?<!\p{L})(?:nunca|jamais|nada|ninguém|frequentemente|às vezes|por vezes|normalmente|geralmente|devido|nenhum|nenhuma|nem|sequer|sem|mas|embora|se|porque|exceto|salvo|enquanto|contudo|porém|ainda|já)(?!\p{L})/iu,
  partial: /^(?:só|somente|apenas|sempre|todos|todas|todo|toda|mais|menos|tão|muito|muita|necessariamente)(?!\p{L})/iu,
};
const ITALIAN: WordRules = {
  spoilers:
    /(?<!\p{L})(?:mai|niente|nulla|nessuno|spesso|talvolta|a volte|normalmente|generalmente|dovuto|nessuna|né|senza|ma|sebbene|benché|se|perché|tranne|eccetto|mentre|però|tuttavia|ancora|più|affatto|mica)(?!\p{L})/iu,
  partial: /^(?:solo|soltanto|sempre|tutti|tutte|tutto|tutta|molto|tanto|necessariamente|ancora)(?!\p{L})/iu,
};
const RUSSIAN: WordRules = {
  spoilers:
    /(?<!\p{L})(?:вовсе|отнюдь|никогда|ничего|ничто|никто|нигде|никак|ни|нет|иногда|часто|обычно|как правило|из-за|но|однако|хотя|если|потому|поэтому|кроме|без|ещё|еще|уже|больше|только|лишь|тоже|зато|почти|вообще|никак\p{L}*|вместо)(?!\p{L})/iu,
  // "не имеет смысла", "не было ошибок", "не предусмотрено специальной обработки": the object is in the genitive
  // of negation, wrong without "не".
  partial:
    /^(?:всегда|все|всё|всех|только|лишь|обязательно|совсем|очень|так|слишком|более|менее|сразу|вполне|весь|вся|нужно|надо|должен|должны|имеет|имел|имела|имело|имели|было|будет|\p{L}+(?:но|то))(?!\p{L})/iu,
};
const UKRAINIAN: WordRules = {
  spoilers:
    /(?<!\p{L})(?:ніколи|нічого|ніхто|ніде|ні|немає|іноді|часто|зазвичай|але|однак|хоча|якщо|тому|крім|без|ще|вже|більше|тільки|лише|теж|проте|зате|майже|взагалі|жодн\p{L}*|натомість|замість)(?!\p{L})/iu,
  // "не має змісту", "не має бути краху", "не передбачено спеціальної обробки": the object in the genitive of
  // negation, wrong without "не".
  partial:
    /^(?:завжди|всі|все|усі|тільки|лише|обов['’]язково|зовсім|дуже|так|занадто|більш|менш|одразу|весь|вся|має|мав|мала|мало|мали|було|буде|\p{L}+(?:но|то))(?!\p{L})/iu,
};
const GREEK: WordRules = {
  spoilers:
    /(?<!\p{L})(?:ποτέ|τίποτα|τίποτε|κανένας|κανένα|κανέναν|καμία|καμιά|κανενός|πουθενά|ούτε|μήτε|χωρίς|αλλά|όμως|ωστόσο|αν|εάν|επειδή|γιατί|διότι|εκτός|μόνο|μόνον|πια|πλέον|ακόμα|ακόμη|συχνά|συνήθως|καθόλου|σχεδόν|αντί|παρά|ενώ|μη|μην|όχι)(?!\p{L})/iu,
  // "δεν πρέπει" (must not) and "δεν μπορεί" (cannot, or may not): their affirmatives say no opposite.
  partial:
    /^(?:πρέπει|χρειάζεται|χρειάζονται|μπορεί|μπορούν|μπορείτε|πάντα|πάντοτε|όλ\p{L}*|απαραίτητα|υποχρεωτικά|πολύ|τόσο|είναι απαραίτητ\p{L}*)(?!\p{L})/iu,
};
/** Arabic "لا" before a verb in the present ("لا يدعم", does not support); the other negations change the verb. */
const ARABIC: WordRules = {
  spoilers:
    /(?<!\p{L})(?:سيما|يزال|تزال|يزالون|بد|إلا|أبدا|أبداً|أي|أحد|شيء|غير|دون|بدون|لكن|لكنه|ولكن|إذا|إن|لو|لأن|فقط|حتى|ولا|فلا|لم|لن|ليس|ليست|ربما|قد|يجب|يمكن|يمكنك|يستطيع|عادة|أحيانا|أحياناً|دائما|دائماً|كل|جميع|سوى)(?!\p{L})/u,
  partial: /^(?:يجب|يمكن|يمكنك|ينبغي|بد|يزال|تزال|سيما)(?!\p{L})/u,
  // A verb in the present of the third person ("لا يدعم"); before a noun ("لا ريب فيه", no doubt; "لا وجود لهم",
  // they do not exist) "لا" denies the noun's existence, and the sentence without it is broken.
  next: '(?=\\s+ي\\p{L})',
};
/** Hebrew "לא" before a verb or an adjective ("המערכת לא תומכת"); "אינו" and "אין" change the sentence around them. */
const HEBREW: WordRules = {
  spoilers:
    /(?<!\p{L})(?:אף|שום|אין|אינו|אינה|אינם|אינן|אלא|אבל|אך|אם|כי|רק|בלי|ללא|עוד|כבר|תמיד|לעולם|מעולם|אפילו|ולא|שלא|כלל|בכלל|לפעמים|כמעט|יכול|יכולה|יכלו|יכל|ניתן|אפשר|צריך|חייב)(?!\p{L})/u,
  partial: /^(?:יכול|יכולה|יכולים|יכל|יכלה|יכלו|ניתן|אפשר|צריך|צריכה|חייב|רק|תמיד|כל|הרבה|מאוד)(?!\p{L})/u,
  // Right after a word written with the relative "ש" ("ובת אחת ששמה לא ידוע", whose name is not known), "לא"
  // is that clause's.
  clauseBefore: /(?<!\p{L})(?:ש|וש|כש|מש)\p{L}{2,}\s*$/u,
};
const GERMAN: WordRules = {
  spoilers:
    /(?<!\p{L})(?:keiner|überhaupt|oft|manchmal|meist|meistens|normalerweise|im Allgemeinen|in der Regel|generell|üblicherweise|gewöhnlich|häufig|wegen|aufgrund|angenommen|nie|niemals|nichts|niemand|weder|noch|sondern|aber|obwohl|wenn|falls|weil|außer|sofern|jedoch|trotzdem|mehr|erst|ohne)(?!\p{L})/iu,
  partial:
    /^(?:nur|immer|alle|jede|jeder|jedes|unbedingt|notwendigerweise|so|sehr|ganz|gar|ohne|zu|mehr|einmal|mal|selten|unbedingt|direkt|genau|gerade)(?!\p{L})/iu,
};

/** Counts `word` standing alone in `text`. */
function occurrences(text: string, word: string): number {
  return text.match(new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'giu'))?.length ?? 0;
}

/**
 * A subject that is some of a kind ("Some operations", "Einige Operationen", "Certaines manipulations", "一些"):
 * "some are not automated" and "some are automated" are both true, so taking the negation out contradicts
 * nothing.
 */
const SOME =
  /(?<!\p{L})(?:some|several|many|certain|few|most|various|numerous|a number of|einige[nmrs]?|manche[nmrs]?|viele[nmrs]?|mehrere[nmrs]?|bestimmte[nmrs]?|wenige[nmrs]?|die meisten|certain(?:e|s|es)?|plusieurs|quelques|beaucoup|la plupart|algun[oa]s|vari[oa]s|much[oa]s|ciert[oa]s|poc[oa]s|la mayoría|alguns|algumas|vári[oa]s|muit[oa]s|alcun[ie]|molt[ie]|divers[ie]|parecchi[e]?|la maggior parte|деяк\p{L}*|некотор\p{L}*|багато|многие|μερικ\p{L}*|κάποι\p{L}*|ορισμέν\p{L}*|πολλ\p{L}*|αρκετ\p{L}*|περισσότερ\p{L}*|بعض|كثير|معظم|عدة|מספר|כמה|חלק|רוב|הרבה)(?!\p{L})|一些|有些|某些|部分|很多|许多|大多数/iu;

/** Words that open a clause of its own: a negation after one is that clause's, not the sentence's. */
const SUBORDINATE =
  /(?<!\p{L})(?:que|qué|dass|daß|ob|da|damit|sodass|wobei|indem|warum|weshalb|wieso|wie|was|wann|che|qui|quand|cuando|quando|wenn|weil|donde|wo|porque|perché|cual|cuales|cuyo|cuya|что|чтобы|который|которая|которое|которые|которых|когда|если|потому|так как|где|чем|що|щоб|який|яка|яке|які|коли|якщо|де|που|οποί\p{L}*|όταν|αν|εάν|επειδή|καθώς|ενώ|ότι|γιατί|διότι|αφού|εφόσον|ώστε|όπως|όπου|الذي|التي|الذين|عندما|إذا|لأن|أن|أنه|أنها|كي|لكي|حيث|بينما|אשר|כאשר|מפני|כיוון|אם|כי)(?!\p{L})|,\s*(?:der|die|das|dem|den|deren|dessen|welche[rsmn]?)(?!\p{L})/iu;

/**
 * A negation after "y", "und", "et" or a semicolon belongs to a second clause, or to one of two subjects
 * ("está desaprobada y no debe ser usada", "ce fichier tar sera utilisé ... et il ne sera pas nécessaire"):
 * taken out, the sentence says two things that do not fit together.
 */
const SECOND_CLAUSE =
  /(?<!\p{L})(?:y|e|ed|et|und|ou|oder|donc|so|dann|pues|quindi|portanto|luego|pero|mais|aber|ma|mas|и|а|но|или|поэтому|і|й|та|або|тому|και|ή|αλλά|επομένως|οπότε|συνεπώς|أو|ثم|לכן|או)(?!\p{L})|[;:(—–،؛]/iu;

/** A clause after a comma saying what is the case instead ("..., são apenas desempacotados", "..., ma solo"). */
const ONLY_AFTER =
  /[,;]\s*(?:\p{L}+\s+){0,3}(?:apenas|somente|só|solo|soltanto|solamente|sólo|seulement|juste|nur|lediglich|only|merely)(?!\p{L})/iu;

/** A modal of possibility right before the negation ("può non", "pode não", "puede no", "kann ... nicht"). */
const POSSIBLE_BEFORE =
  /(?<!\p{L})(?:può|possono|potrebbe|potrebbero|pode|podem|poderá|poderão|poderia|poderiam|puede|pueden|podría|podrían|kann|können|könnte|könnten|konnte|konnten|darf|dürfen|может|могут|можно|мог|могла|могли|може|можуть|можна)\s*$/iu;

/**
 * `sentence` with `word` taken out. `checked` is the sentence as the checks read it, of the same length (German
 * relative clauses closed on both sides blanked out, see german()).
 */
function singleWord(sentence: string, word: string, rules: WordRules, checked = sentence): Flip | null {
  // A question or an exclamation ("..., але не зловживайте цим!") states nothing to contradict. An English
  // negation beside it ("не зберігаються (don't persist)") would be left saying the opposite.
  if (occurrences(checked, word) !== 1 || rules.spoilers.test(checked) || /[?¿!]/.test(sentence)) return null;
  if (word !== 'no' && /n['’]t\b|(?<!\p{L})not(?!\p{L})/iu.test(checked)) return null;
  // Before a verb ("no incluye", "non è"); German puts "nicht" after the verb, before what it negates or at the end.
  // Scripts without case (Hebrew) have no lowercase word to tell a verb by: any word follows.
  const caseless = /[\u0590-\u06FF]/u.test(word);
  const next = rules.next ?? (word === 'nicht' ? '(?=[\\s.!,;:])' : caseless ? '(?=\\s\\p{L})' : '(?=\\s\\p{Ll})');
  const at = new RegExp(`(?<=\\S)\\s${word}${next}`, 'iu').exec(checked);
  // The negation opening the sentence ("No es ...", "Nicht alle ...") has no subject before it to keep.
  if (!at || at.index < 3) return null;
  const before = checked.slice(0, at.index);
  if (SUBORDINATE.test(before) || SECOND_CLAUSE.test(before) || SOME.test(before)) return null;
  if (rules.clauseBefore?.test(before)) return null;
  // "può non essere presente" (may not be): its affirmative ("può essere presente") may be true as well.
  if (POSSIBLE_BEFORE.test(before)) return null;
  // "вопросы, не относящиеся к Debian, ...": right after a comma it opens an aside, not the main clause.
  if (/[,،]\s*$/u.test(before)) return null;
  const after = checked.slice(at.index + at[0].length);
  if (rules.partial.test(after.trimStart()) || MORE_AFTER.test(after)) return null;
  // "... não podem ser instalados, são apenas desempacotados ...": a clause after it says what is the case
  // instead, and with the negation gone the two contradict each other. So does one after a colon ("React не
  // групує оновлення з різних дій: кожне клацання обробляється окремо").
  if (ONLY_AFTER.test(after) || /[:;]/u.test(after)) return null;
  // "Los paquetes no binarios", "pacotes não oficiais": a Spanish or Portuguese "no" before a plural adjective
  // negates that word, not the verb ("no son", "não podem" are verbs; a first person plural is no adjective).
  if (
    (word === 'no' || word === 'não') &&
    /^\s*\p{Ll}+(?:os|as|ais|eis)(?!\p{L})/u.test(after) &&
    !/^\s*\p{Ll}+mos(?!\p{L})/u.test(after)
  )
    return null;
  // "nicht interaktive Installationen": "nicht" before an adjective and its noun makes a word ("non-interactive").
  if (word === 'nicht' && /^\s*\p{Ll}+e[nmrs]?\s+\p{Lu}/u.test(after)) return null;
  // "als nicht behoben markieren" (mark as not fixed): "nicht" is part of the label, not of the verb.
  if (word === 'nicht' && /(?<!\p{L})als\s*$/iu.test(before)) return null;
  const affirmative = `${sentence.slice(0, at.index)}${sentence.slice(at.index + at[0].length)}`;
  return { affirmative, negation: word, at: at.index + 1 };
}

// ---- German: "nicht", or "kein" before a noun ----

/**
 * A relative clause closed on both sides (", die immer noch vertraulich sind,"): an aside about a noun, whose
 * words belong neither to the main clause's negation nor to its spoilers.
 */
const GERMAN_RELATIVE_ASIDE = /,\s*(?:der|die|das|dem|den|deren|dessen|welche[rsmn]?)\s[^,]*,/giu;
/** "kein" and its forms before a noun; "keiner" is also "nobody", so it is left alone. */
const GERMAN_KEIN = /(?<!\p{L})kein(?:e[mns]?)?(?!\p{L})/giu;
/** Endings of feminine nouns in the singular ("keine Frage", "keine Änderung"); their plurals end in -en. */
const FEMININE_SINGULAR = /(?:ung|heit|keit|schaft|ion|tät|ik|ei|anz|enz)$/u;

/**
 * "Die Informationen werden nicht zur Datenbank hinzugefügt." -> "... werden zur Datenbank hinzugefügt.";
 * "Vorlagentexte sollten keinen Bezug zu Steuerelementen herstellen." -> "... sollten einen Bezug ...": one
 * negation in the main clause, relative clauses closed on both sides read as asides. "kein" becomes "ein" only
 * where the form shows the noun is one (keinem, keines, kein; keinen before a noun not ending in -n, which the
 * dative plural does; keine before a feminine noun in the singular): "keine Änderungen" has no "ein".
 */
function german(sentence: string): Flip | null {
  const checked = sentence.replace(GERMAN_RELATIVE_ASIDE, (aside) => `,${' '.repeat(aside.length - 2)},`);
  const keins = [...checked.matchAll(GERMAN_KEIN)];
  const nichts = occurrences(checked, 'nicht');
  if (keins.length + nichts !== 1) return null;
  if (nichts === 1) return singleWord(sentence, 'nicht', GERMAN, checked);
  const kein = keins[0]!;
  if (kein.index < 3 || GERMAN.spoilers.test(checked) || sentence.includes('?')) return null;
  const before = checked.slice(0, kein.index);
  if (SUBORDINATE.test(before) || SECOND_CLAUSE.test(before) || SOME.test(before) || POSSIBLE_BEFORE.test(before))
    return null;
  if (/[,،]\s*$/u.test(before)) return null;
  const after = checked.slice(kein.index + kein[0].length);
  if (ONLY_AFTER.test(after) || MORE_AFTER.test(after)) return null;
  // The noun it stands before: the first capitalized word, past its adjectives.
  const noun = /^\s+(?:\p{Ll}+\s+){0,2}(\p{Lu}[\p{L}-]*)/u.exec(after)?.[1];
  if (!noun) return null;
  const form = kein[0].toLowerCase();
  if (form === 'keinen' && /n$/u.test(noun)) return null;
  if (form === 'keine' && !FEMININE_SINGULAR.test(noun)) return null;
  const article = kein[0].slice(1);
  return {
    affirmative: `${sentence.slice(0, kein.index)}${article}${sentence.slice(kein.index + kein[0].length)}`,
    negation: kein[0],
    at: kein.index,
  };
}

// ---- French: "ne ... pas" around the verb ----

const FRENCH_SPOILERS =
  /(?<!\p{L})(?:jamais|rien|personne|souvent|parfois|généralement|normalement|à cause|en raison|aucun|aucune|aucunement|nul|nulle|ni|guère|plus|que|sans|mais|bien que|quoique|sauf|si|s['’]il|s['’]ils|car|parce|tandis|alors que|sinon|pourtant|cependant|toutefois|encore|seulement)(?!\p{L})/iu;

/** Words that open a clause of their own in French: a negation after one is that clause's. */
const FRENCH_SUBORDINATE =
  /(?<!\p{L})(?:(?:quand|lorsque|puisque|comme|dont|où|qui|afin|que|pourquoi|lequel|laquelle|lesquels|lesquelles|auquel|auxquels|auxquelles|duquel|desquels|desquelles)(?!\p{L})|(?:lorsqu|puisqu|qu)['’])/iu;
/(?<!\p{L})(?:quand|lorsque|lorsqu['’]|puisque|puisqu['’]|comme|dont|où|qui|afin|pour que|qu['’]|que)/iu;
/** An instruction to the reader ("Remarquez", "adaptez le fichier"): no statement to judge. */
const FRENCH_IMPERATIVE = /(?<!\p{L})(?!(?:chez|assez|nez)(?!\p{L}))\p{L}{2,}ez(?!\p{L})/iu;

function french(sentence: string): Flip | null {
  if (FRENCH_SPOILERS.test(sentence) || FRENCH_IMPERATIVE.test(sentence) || sentence.includes('?')) return null;
  if (occurrences(sentence, 'pas') !== 1) return null;
  // A second "ne" ("... et diffère en ce qu’elle n’implique aucunement ...") denies something else as well.
  if ((sentence.match(/(?<!\p{L})(?:ne\s|n['’])/giu)?.length ?? 0) > 1) return null;
  const match =
    /(?<=\S\s)(?<ne>ne\s|n['’])(?<verb>(?:(?:[lsm]e|la|les|[lsm]['’]|y|en|se|lui|leur)\s?)*\p{L}+)\s(?<pas>pas)(?<after>\s|[.!])/iu.exec(
      sentence,
    );
  if (!match?.groups) return null;
  const rest = sentence.slice(match.index + match[0].length - match.groups.after!.length);
  // "pas de", "pas d'": the article changes without the negation ("pas de fichier" -> "un fichier").
  if (
    /^\s(?:de|d['’]|du|des|tous|toutes|tout|toujours|forcément|nécessairement|très|trop|assez|si|aussi)(?!\p{L})/iu.test(
      rest,
    )
  )
    return null;
  const before = sentence.slice(0, match.index);
  if (FRENCH_SUBORDINATE.test(before) || SECOND_CLAUSE.test(before) || MORE_AFTER.test(rest) || SOME.test(before))
    return null;
  const verb = match.groups.verb!;
  const affirmative = `${before}${verb}${rest}`;
  return { affirmative, negation: `${match.groups.ne!.trim()} … pas`, at: match.index };
}

// ---- Chinese: 不 before a verb ----

/** Negated verbs whose affirmative is the verb alone ("不支持" -> "支持"). */
const ZH_NEGATED =
  /(不)(是|能|会|可以|支持|需要|允许|包含|包括|提供|使用|安装|依赖|影响|修改|删除|改变|属于|适用|存在|兼容)/u;
/** Other negatives, contrasts and words built on 不 that are no negation of the verb. */
const ZH_SPOILERS =
  /未|非|无|别|勿|莫|否|可能|也许|或许|不仅|不但|不过|不管|不论|不要|不必|不用|不得|不一定|不再|不只|不同|不断|但|但是|然而|虽然|尽管|如果|除非|除了|只有|只要|吗|？/u;

function chinese(sentence: string): Flip | null {
  if (ZH_SPOILERS.test(sentence)) return null;
  // "没有" before a verb has no plain affirmative ("没有安装" is "已安装", not "有安装"): only "不" is taken out.
  if ((sentence.match(/不|没/gu) ?? []).length !== 1) return null;
  const match = ZH_NEGATED.exec(sentence);
  if (!match || match.index < 2) return null;
  // The negation in the main clause: no clause before it ("举个例子，不使用选项时"), none of "when" after it.
  const clause = sentence.slice(match.index).split(/[，,；;：:]/u)[0]!;
  const before = sentence.slice(0, match.index);
  if (SOME.test(before)) return null;
  if (/[，,；;：:（(]/u.test(before) || /时|时候|情况下/u.test(clause)) return null;
  // A long stretch before it, or a verb that takes a clause ("允许其成员不需要 root 权限"): the negation is the
  // clause's, not the sentence's.
  if (before.replace(/\s/gu, '').length > 12 || /允许|让|使|要求|导致|希望|建议|趋向|倾向/u.test(before)) return null;
  const affirmative = `${sentence.slice(0, match.index)}${sentence.slice(match.index + 1)}`;
  return { affirmative, negation: '不', at: match.index };
}

// ---- Japanese: a polite negative at the sentence's end ----

/** The polite negative that ends a sentence, with the verb (or "では") before it. */
const JA_NEGATED = /(では)?(ありません|ません)([。.])$/u;
/**
 * Words that make the negative something else than a plain denial: "might" (かもしれません), "must"
 * (なければなりません, てはいけません), "do not mind" (かまいません), "not necessarily" (とは限りません, 必ずしも,
 * わけではありません), "only" (しか), "not yet" (まだ), words that need a negative ("決して", "何も", "全く",
 * "あまり"), a need denied (必要ありません: "必要あります" is no Japanese), and clauses of reason, condition, time
 * or contrast, after which the negation is not what the sentence says alone.
 */
const JA_SPOILERS =
  /かも|も例外|いけ|なりません|なければ|なくては|かまい|構い|限り|限ら|必ずしも|わけ|訳|しか|まだ|決して|何も|誰も|どれも|いずれも|どこも|少しも|全く|まったく|一切|ほとんど|殆ど|あまり|余り|めったに|滅多に|必要|ため|ので|から|場合|際|時|とき|ば、|なら|たら|ても|でも|けれど|しかし|ただし|が、|か？|\?|？/u;
/** Negatives besides the one at the end: a sentence with two says something else without one. */
const JA_NEGATIVES = /ません|ない|なく|無い|無く|無し|ず[、にのし]|未|非|不/gu;

function japanese(sentence: string): Flip | null {
  const match = JA_NEGATED.exec(sentence);
  if (!match) return null;
  if (JA_SPOILERS.test(sentence) || (sentence.match(JA_NEGATIVES) ?? []).length !== 1) return null;
  // Something must come before the negative: a subject and a predicate.
  if (match.index < 6) return null;
  const affirmed = match[1] ? 'です' : match[2] === 'ありません' ? 'あります' : 'ます';
  // "違いはありません" (there is no difference) says "違いがあります" when there is one: は marks what is denied.
  const before = sentence.slice(0, match.index);
  const subject = match[2] === 'ありません' && !match[1] ? before.replace(/は$/u, 'が') : before;
  const affirmative = `${subject}${affirmed}${match[3]}`;
  return { affirmative, negation: match[0].slice(0, -1), at: match.index };
}

// ---- Korean: a formal polite negative at the sentence's end ----

/**
 * The negative that ends a sentence: "... 수 없습니다" (cannot), "...지 않습니다" (does not), "...이/가/은/는
 * 없습니다" (there is no).
 */
const KO_NEGATED =
  /(?:(?<=\p{Script=Hangul}) 수 (없)습니다|(\p{Script=Hangul})지 않습니다|(?<=\p{Script=Hangul}[이가은는]) (없)습니다)([.])$/u;
/**
 * Words that make the negative something else than a plain denial: "might" (ㄹ지도), "must" (야), "only" (만, 뿐,
 * 밖에), "not yet" (아직), "no longer" (더 이상), "nobody" (누구도, 아무도), a step of a list (첫째), "not all"
 * (모든, 모두, 항상, 반드시, 꼭), words that need a negative (전혀, 결코, 절대, 아무, 어떠한, 어떤, 별로, 그다지,
 * 굳이, 딱히), "some" (일부, 몇몇: "some do not" is not the opposite of "some do"), "of course" (당연히, 물론:
 * it tells the key), "be sure" (확신), a degree denied (많지, 크지: "not much" is a hedge), and clauses of
 * reason, condition, concession or contrast (때문, 므로, 니까, 으니, 면, 면서, 경우, 때는, 더라도, 어도, 아도, 지만,
 * 는데), after which the negation is not what the sentence says alone.
 */
const KO_SPOILERS =
  /지도|야 |만 |뿐|밖에|아직|더 이상|더이상|누구도|아무도|무엇도|어느|첫째|둘째|셋째|일부|몇몇|당연히|물론|확신|모든|모두|항상|반드시|꼭|전혀|결코|절대|아무|어떠한|어떤|별로|그다지|굳이|딱히|많지|크지|때문|므로|니까|으니|[면며] |면서|경우|때는|때에는|더라도|어도|아도|해도|지만|는데|\?/u;
/** Negatives besides the one at the end: a sentence with two says something else without one. */
const KO_NEGATIVES = /않|없|안 |못|아니|말고/gu;

/** A verb's stem with the formal polite ending: 하 + ㅂ니다 = 합니다, 갖 + 습니다, 만들 → 만듭니다 (ㄹ dropped). */
function koreanPolite(stem: string): string | null {
  const last = stem.codePointAt(stem.length - 1) ?? 0;
  if (last < 0xac00 || last > 0xd7a3) return null;
  const final = (last - 0xac00) % 28;
  const head = stem.slice(0, -1);
  // No final consonant, or ㄹ (8), which gives way: ㅂ (17) is written in its place.
  if (final === 0 || final === 8) return `${head}${String.fromCodePoint(last - final + 17)}니다`;
  return `${stem}습니다`;
}

function koreanSyllableEndsWithConsonant(syllable: string): boolean {
  const code = syllable.codePointAt(0) ?? 0;
  return code >= 0xac00 && code <= 0xd7a3 && (code - 0xac00) % 28 !== 0;
}

function korean(sentence: string): Flip | null {
  const match = KO_NEGATED.exec(sentence);
  if (!match) return null;
  if (KO_SPOILERS.test(sentence) || (sentence.match(KO_NEGATIVES) ?? []).length !== 1) return null;
  // Something must come before the negative: a subject and a predicate.
  if (match.index < 6) return null;
  const before = sentence.slice(0, match.index);
  const end = match[4]!;
  if (match[2]) {
    // "...지 않습니다": the verb's stem is the word before 지.
    const stem = /\p{Script=Hangul}+$/u.exec(before + match[2])?.[0];
    const affirmed = stem && koreanPolite(stem);
    if (!stem || !affirmed) return null;
    const affirmative = `${sentence.slice(0, match.index + 1 - stem.length)}${affirmed}${end}`;
    return { affirmative, negation: '지 않습니다', at: match.index };
  }
  // "수 없습니다" → "수 있습니다"; "차이가 없습니다" → "차이가 있습니다". What 은/는 marked as denied is there
  // with 이/가 ("방법은 없습니다" → "방법이 있습니다"), as in Japanese.
  const denied = /(\p{Script=Hangul})[은는]$/u.exec(before);
  const subject = denied
    ? `${before.slice(0, -1)}${koreanSyllableEndsWithConsonant(denied[1]!) ? '이' : '가'}`
    : before;
  const affirmative = `${subject}${match[0].replace('없', '있')}`;
  return { affirmative, negation: match[0].slice(0, -1).trim(), at: match.index + 1 };
}
