// Words never worth a blank, per language: the maintained lists of stopwords-iso (articles, pronouns,
// prepositions, conjunctions, auxiliaries, common adverbs, in 50 languages), and ours beside them: the words for
// "year" that follow dates, and a few of each language the lists leave out. The document's own frequencies catch
// the rest (a token in a third of all sentences is too common to ask for).
import { createRequire } from 'node:module';

const LISTS: Record<string, string> = {
  ru: 'и в во не что он на я с со как а то все всё она так его но да ты к у же вы за бы по только ее её мне было вот от меня еще ещё нет о об из ему теперь когда даже ну ли если уже или ни быть был была были было него до вас вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем сам без будто чего раз тоже себе под будет тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее сейчас куда можно при два другой хоть после над больше тот через эти нас про всего них какая много три эту эта это эти этой перед такой им более всегда между является являются также который которая которое которые которых год году года лет около самая самый самое самые её его их',
  uk: 'і й та в у на з із що як це не але до від за по для при про він вона воно вони ми ви я ти його її їх був була було були є бути також який яка яке які році року рік',
  el: 'ο η το οι τα του της των τον την τις τους και κι να σε με για από που στο στη στην στον στα στις στους είναι ήταν θα δεν μη μην ως ή αν όπως αλλά ένα μια μία ένας έναν μιας ενός αυτό αυτή αυτός αυτά αυτές αυτοί επίσης έχει έχουν είχε πιο κατά μετά μέχρι προς χωρίς όταν οποία οποίο οποίος οποίες οποίοι οποίων οποίας οποίου οποίο',
  fr: 'le la les un une des du de et est sont était dans que qui pour pas sur au aux par ne se avec il elle ils elles on ce cette ces son sa ses leur leurs plus comme mais ou où été être avoir a ont en y lui nous vous',
  de: 'der die das und ist nicht ein eine einer eines einem einen zu den von mit sich des auf für im dem auch es wird sind war wurde wurden bei aus als nach wie oder aber noch nur vor über unter durch er sie wir ihr sein seine ihre diese dieser dieses',
  es: 'el la los las de y que en un una unos unas es son por con para del se no al lo como más pero sus su fue era ha han este esta estos estas ese esa entre sobre también',
  it: 'il lo la gli le di e che è un una uno per non con del della dei delle degli sono si nel nella al alla da in come anche più ma suo sua suoi era fu ha hanno questo questa',
  pt: 'o a os as de e que em um uma do da dos das não para com por se é ao à na no nas nos foi era são mais como mas seu sua seus suas este esta ele ela',
  nl: 'de het een en van in is dat op te zijn met voor niet aan er ook als bij door naar om was werd worden hij zij ze wij dit deze die',
  ja: 'こと もの ため よう これ それ あれ この その あの ここ そこ 年 月 日 人 中 方 者 等 など 的',
  zh: '的 了 是 在 和 有 与 及 或 也 都 而 这 那 个 年 月 日 人 中 之 为 以 于 其',
};

/** stopwords-iso: ISO 639-1 code to its list (a JSON file, read once). */
const ISO = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;
const SETS = new Map<string, Set<string>>(
  [...new Set([...Object.keys(LISTS), ...Object.keys(ISO)])].map((locale) => [
    locale,
    new Set([...(LISTS[locale]?.split(' ') ?? []), ...(ISO[locale] ?? []).map((w) => w.toLowerCase())]),
  ]),
);
// Cyrillic pages are all segmented as "ru"; Ukrainian function words are kept out of blanks too.
SETS.set('ru', new Set([...SETS.get('ru')!, ...SETS.get('uk')!]));
const EMPTY = new Set<string>();

/** The stop words of `locale` ("ru", "el", ...), lowercase; empty for a language without a list. */
export function stopWords(locale: string): ReadonlySet<string> {
  return SETS.get(locale) ?? EMPTY;
}
