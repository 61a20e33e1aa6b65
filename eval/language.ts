// The language of a page, and the words of each language the detectors look for: stop words (never worth a
// blank) and pointers (words that send the reader elsewhere: "it", "this", "the following", "however").
// Kept apart from the offline generator on purpose, so that the evaluation does not share its blind spots; the
// stop-word lists of other languages are copied from its data (packages/core/.../neutral/stop-words.ts).

const words = (s: string) => new Set(s.split(' '));

const STOP_WORDS: Record<string, Set<string>> = {
  en: words(
    'a an the and or but nor so yet of to in on at by for with from into onto upon about as than then that this these those there here it its is are was were be been being am do does did done has have had having will would shall should can could may might must not no yes he she they them their his her him we us our you your i me my mine who whom whose which what when where why how all any both each few more most other some such only own same too very just also if because while until against between through during before after above below up down out off over under again further once',
  ),
  fr: words(
    'le la les un une des du de et est sont était dans que qui pour pas sur au aux par ne se avec il elle ils elles on ce cette ces son sa ses leur leurs plus comme mais ou où été être avoir a ont en y lui nous vous',
  ),
  de: words(
    'der die das und ist nicht ein eine einer eines einem einen zu den von mit sich des auf für im dem auch es wird sind war wurde wurden bei aus als nach wie oder aber noch nur vor über unter durch er sie wir ihr sein seine ihre diese dieser dieses',
  ),
  es: words(
    'el la los las de y que en un una unos unas es son por con para del se no al lo como más pero sus su fue era ha han este esta estos estas ese esa entre sobre también',
  ),
  it: words(
    'il lo la gli le di e che è un una uno per non con del della dei delle degli sono si nel nella al alla da in come anche più ma suo sua suoi era fu ha hanno questo questa',
  ),
  pt: words(
    'o a os as de e que em um uma do da dos das não para com por se é ao à na no nas nos foi era são mais como mas seu sua seus suas este esta ele ela',
  ),
  nl: words(
    'de het een en van in is dat op te zijn met voor niet aan er ook als bij door naar om was werd worden hij zij ze wij dit deze die',
  ),
  ru: words(
    'и в во не что он на я с со как а то все всё она так его но да ты к у же вы за бы по только ее её мне было вот от меня еще ещё нет о об из ему теперь когда даже ну ли если уже или ни быть был была были него до вас вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем сам без будто чего раз тоже себе под будет тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее сейчас куда можно при два другой хоть после над больше тот через эти нас про всего них какая много три эту эта это этой перед такой им более всегда между является являются также который которая которое которые которых',
  ),
  el: words(
    'ο η το οι τα του της των τον την τις τους και κι να σε με για από που στο στη στην στον στα στις στους είναι ήταν θα δεν μη μην ως ή αν όπως αλλά ένα μια μία ένας έναν μιας ενός αυτό αυτή αυτός αυτά αυτές αυτοί επίσης έχει έχουν είχε πιο κατά μετά μέχρι προς χωρίς όταν',
  ),
  ja: words(
    'こと もの ため よう これ それ あれ この その あの ここ そこ 人 中 方 者 等 など 的 は が を に で と の です ます する される できる ある いる なる また および ただし',
  ),
  // Single characters, and the two-character function words (modal verbs, prepositions, conjunctions, adverbs
  // of degree, pronouns) that a blank can fall on in unspaced text.
  zh: words(
    '的 了 是 在 和 有 与 及 或 也 都 而 这 那 个 人 中 之 为 以 于 其 我 你 他 她 它 可以 能够 需要 应该 应当 必须 可能 会 能 要 将 被 把 让 使 根据 按照 通过 对于 关于 由于 因为 所以 因此 但是 然而 然后 而且 并且 如果 虽然 即使 或者 以及 还是 非常 十分 比较 更加 已经 正在 一直 总是 这里 那里 这些 那些 这个 那个 一个 一些 一种 我们 你们 他们 它们 自己 什么 怎么 如何 没有 不是 就是 里面 中的 之间 之后 之前 以上 以下 其他 等等',
  ),
};

/** Latin-script languages told apart by counting their stop words on the page. */
const LATIN = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl'] as const;

/**
 * The page's language as a two-letter code: by script for the scripts of one main language, else the Latin
 * language whose stop words are most frequent; "und" when nothing tells. A Latin language needs more than
 * `leastHits - 1` of its stop words (a page has many; one sentence may have only two).
 */
export function pageLanguage(text: string, leastHits = 3): string {
  const counts = { han: 0, kana: 0, hangul: 0, arabic: 0, hebrew: 0, cyrillic: 0, greek: 0, latin: 0 };
  for (const ch of text) {
    if (/\p{Script=Han}/u.test(ch)) counts.han++;
    else if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch)) counts.kana++;
    else if (/\p{Script=Hangul}/u.test(ch)) counts.hangul++;
    else if (/\p{Script=Arabic}/u.test(ch)) counts.arabic++;
    else if (/\p{Script=Hebrew}/u.test(ch)) counts.hebrew++;
    else if (/\p{Script=Cyrillic}/u.test(ch)) counts.cyrillic++;
    else if (/\p{Script=Greek}/u.test(ch)) counts.greek++;
    else if (/\p{Script=Latin}/u.test(ch)) counts.latin++;
  }
  // CJK characters carry about as much as a short Latin word each.
  const weighted: [string, number][] = [
    ['ja', counts.kana * 3 + (counts.kana > 0 ? counts.han * 3 : 0)],
    ['zh', counts.kana > 0 ? 0 : counts.han * 3],
    ['ko', counts.hangul * 3],
    ['ar', counts.arabic],
    ['he', counts.hebrew],
    ['ru', counts.cyrillic],
    ['el', counts.greek],
  ];
  const [script, weight] = weighted.reduce((a, b) => (b[1] > a[1] ? b : a));
  if (weight > counts.latin) return script === 'ru' ? cyrillicLanguage(text) : script;
  const tokens = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best = 'und';
  let bestHits = leastHits - 1;
  for (const lang of LATIN) {
    const list = STOP_WORDS[lang]!;
    const hits = tokens.filter((t) => list.has(t)).length;
    if (hits > bestHits) {
      best = lang;
      bestHits = hits;
    }
  }
  return best;
}

/** Letters only Ukrainian writes (і, ї, є, ґ), and only Russian (ы, э, ъ, ё). */
const UKRAINIAN_LETTERS = /[іїєґ]/giu;
const RUSSIAN_LETTERS = /[ыэъё]/giu;

/** Ukrainian when its own letters outnumber Russian's, else Russian. */
function cyrillicLanguage(text: string): 'ru' | 'uk' {
  const ukrainian = text.match(UKRAINIAN_LETTERS)?.length ?? 0;
  const russian = text.match(RUSSIAN_LETTERS)?.length ?? 0;
  return ukrainian > russian ? 'uk' : 'ru';
}

/** True when a Cyrillic text has no letter that only Russian or only Ukrainian writes. */
export function cyrillicUntold(text: string): boolean {
  return !/[іїєґ]/iu.test(text) && !/[ыэъё]/iu.test(text);
}

/** The stop words of a language (lowercase); empty for a language without a list. */
export function stopWords(language: string): ReadonlySet<string> {
  return STOP_WORDS[language] ?? new Set();
}

/** Words that, opening a statement, point to something said elsewhere (all lowercase, by language). */
const POINTER_OPENINGS: Record<string, string[]> = {
  en: [
    'it',
    'its',
    'this',
    'these',
    'they',
    'their',
    'he',
    'she',
    'his',
    'her',
    'such',
    'there',
    'those',
    'that',
    'above',
    'below',
    'the following',
    'the above',
    'as such',
    'however',
    'thus',
    'therefore',
    'hence',
    'moreover',
    'furthermore',
    'in this case',
    'in that case',
    'as mentioned',
    'as noted',
    'as shown',
    'as described',
    'as discussed',
    'as above',
    'as below',
    'in addition',
  ],
  fr: [
    'il',
    'elle',
    'ils',
    'elles',
    'ce',
    'cet',
    'cette',
    'ces',
    'cela',
    "c'est",
    'ceci',
    'ça',
    'ci-dessus',
    'ci-dessous',
    'le suivant',
    'la suivante',
    'les suivants',
    'les suivantes',
    'cependant',
    'toutefois',
    'donc',
    'ainsi',
    'par conséquent',
    'dans ce cas',
    'comme mentionné',
    'comme indiqué',
    'comme décrit',
    'voici',
    'de plus',
  ],
  de: [
    'er',
    'sie',
    'es',
    'dies',
    'diese',
    'dieser',
    'dieses',
    'diesem',
    'diesen',
    'oben',
    'unten',
    'folgende',
    'folgendes',
    'jedoch',
    'daher',
    'deshalb',
    'somit',
    'also',
    'in diesem fall',
    'wie erwähnt',
    'wie oben',
  ],
  es: [
    'él',
    'ella',
    'ellos',
    'ellas',
    'este',
    'esta',
    'estos',
    'estas',
    'esto',
    'ese',
    'esa',
    'eso',
    'arriba',
    'abajo',
    'lo siguiente',
    'el siguiente',
    'la siguiente',
    'sin embargo',
    'por lo tanto',
    'por eso',
    'así',
    'en este caso',
    'como se mencionó',
    'como se indicó',
    'además',
  ],
  // Chinese and Japanese are written without spaces: these match as prefixes of the statement.
  zh: [
    '这',
    '那',
    '它',
    '他们',
    '她们',
    '此',
    '在这里',
    '在此',
    '以下',
    '下面',
    '上面',
    '如下',
    '如上',
    '上述',
    '因此',
    '所以',
    '然后',
    '但是',
    '然而',
    '另外',
    '此外',
  ],
  ja: [
    'これ',
    'それ',
    'あれ',
    'この',
    'その',
    'あの',
    'ここ',
    'そこ',
    '以下',
    '上記',
    '下記',
    '次の',
    'しかし',
    'したがって',
    'そのため',
    'また',
  ],
};

/** Languages written without spaces, whose pointers are matched as prefixes. */
export const UNSPACED_LANGUAGES: ReadonlySet<string> = new Set(['zh', 'ja']);

/** The pointer openings to look for: English (prompts are often English whatever the page) and the page's. */
export function pointerOpenings(language: string): readonly string[] {
  return language === 'en' ? POINTER_OPENINGS.en! : [...POINTER_OPENINGS.en!, ...(POINTER_OPENINGS[language] ?? [])];
}
