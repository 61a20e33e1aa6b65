// Terms a Korean document introduces with their English name in brackets: Korean technical writing glosses its
// terms that way ("*중복 해제(double free)* 오류가 발생할 겁니다", "RAID0는 들어오는 데이터를 스트라이프(stripe)로
// 나눠서 ..."). The gloss marks where the term ends and tells a term from a word of the sentence; Korean writes
// its particles after the bracket, so the term does not inflect, and another glossed term of the document fits
// the same blank. Asked as "fill in the blank" among the document's other glossed terms, term and gloss together.
// (Japanese and Chinese manuals gloss less, and as often with a program's name, "ライブラリー（glibc）", as with
// a translation: not asked.)

export interface Glossed {
  /** The term in Hangul ("중복 해제"). */
  native: string;
  /** The English name in brackets ("double free"). */
  gloss: string;
  /** Offsets in the text searched: the term's first letter, and after its closing bracket. */
  start: number;
  end: number;
  /** Identity: the term, its spaces taken out. */
  key: string;
  /** Every word of the gloss capitalized ("Linus Torvalds", "Debian Junior", "Unix"): a name, not a term. */
  name: boolean;
}

/**
 * A gloss: one to three English words in brackets, right after the term or a space after it ("반복자
 * (iterator)"). Not an acronym ("장치(CPU)": how many words of the term it stands for is not told), a number,
 * nor brackets within brackets ("공격(Denial of Service(DoS) attack)").
 */
const GLOSS = /[ ]?[(（]\s?([A-Za-z][a-z'’-]*[a-z](?: [A-Za-z][a-z'’-]*[a-z]){0,2})\s?[)）]/gu;

const HANGUL_WORD = /^\p{Script=Hangul}{1,8}$/u;
/**
 * A word ending with a particle is no part of a term ("행위를 푸시(push)"): the object, topic, genitive,
 * locative, comitative and instrumental particles. Not 이 and 가, which end nouns as often ("길이", "평가").
 */
const PARTICLE = /(?:을|를|은|는|의|에|와|과|로|도|에서|으로)$/u;
/**
 * The last syllables of a modifier ("종류인", "가리키는", "다른", "새로운", "사용할"), a verb's or adjective's form
 * before a noun, and of a connective ("벡터에 대해", "사용하여", "빠르게", "만들고"). Nouns end in ㄴ and ㄹ as often
 * ("연결", "파일", "버전"), so the syllables are listed.
 */
const LINKING_END = /(?:는|인|한|된|운|던|진|른|린|든|준|쓴|본|온|낸|할|될|갈|볼|줄|쓸|올|해|여|게|고|며)$/u;

/** The terms a Korean `text` glosses, in order. */
export function glossedTerms(text: string): Glossed[] {
  const found: Glossed[] = [];
  for (const m of text.matchAll(GLOSS)) {
    const gloss = m[1]!;
    const before = text.slice(0, m.index);
    // "공격(Denial of Service(DoS) attack)": a bracket left open before it.
    if (/[(（][^)）]*$/u.test(before)) continue;
    const native = termBefore(before, gloss.split(' ').length);
    if (!native) continue;
    found.push({
      native,
      gloss,
      start: m.index - native.length,
      end: m.index + m[0].length,
      key: native.replace(/\s+/gu, ''),
      name: gloss.split(' ').every((w) => /^\p{Lu}/u.test(w)),
    });
  }
  return found;
}

/**
 * As many words before the gloss as it has, up to two: "중복 해제(double free)", "소유권(ownership)". A longer
 * gloss ("힙 공간 할당(allocating on the heap)") does not tell where the term starts.
 */
function termBefore(before: string, glossWords: number): string | undefined {
  if (glossWords > 2) return undefined;
  const words = before.split(' ');
  const term = words.slice(-glossWords);
  // "'소유권(ownership)' 이라는 시스템": a quotation mark opens the term.
  if (term.length > 0) term[0] = term[0]!.replace(/^['"‘“「『]/u, '');
  if (term.length < glossWords || !term.every((w) => HANGUL_WORD.test(w) && !PARTICLE.test(w))) return undefined;
  // "값은 버려진다(dropped)", "감싼 것입니다(wrapper)": a verb glossed, or the gloss of a whole clause.
  if (term[term.length - 1]!.endsWith('다')) return undefined;
  // One word glossed after a bare noun ("디바이스 매퍼(dm-crypt)", "연결 유지(keep-alive)", "디스크
  // 없이(diskless)"): the term may be both words. After a particle or a modifier ending ("행위를 푸시(push)",
  // "다른 종류인 슬라이스(slice)", "가리키는 포인터(pointer)") it starts where the gloss says.
  const previous = words[words.length - glossWords - 1];
  if (
    glossWords === 1 &&
    previous !== undefined &&
    HANGUL_WORD.test(previous) &&
    !PARTICLE.test(previous) &&
    !LINKING_END.test(previous)
  ) {
    return undefined;
  }
  return term.join(' ');
}

/** The final consonant's index of a word's last Hangul syllable: 0 for none, 4 for ㄴ, 8 for ㄹ, -1 for no Hangul. */
function finalConsonant(word: string): number {
  const last = word.codePointAt(word.length - 1) ?? 0;
  return last < 0xac00 || last > 0xd7a3 ? -1 : (last - 0xac00) % 28;
}

/** Whether a word ends with a consonant (받침): it takes 이라, 을, 은, 과 rather than 라, 를, 는, 와. */
export function endsWithConsonant(word: string): boolean {
  return finalConsonant(word) > 0;
}

/** The term as a choice: term and gloss ("중복 해제(double free)"). */
export function glossedChoice(term: Glossed): string {
  return `${term.native}(${term.gloss})`;
}
