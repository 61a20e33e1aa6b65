import { describe, expect, it } from 'vitest';
import { endsWithConsonant, glossedChoice, glossedTerms } from './glossed-terms.js';

const terms = (text: string) => glossedTerms(text).map((g) => `${g.native}|${g.gloss}`);

describe('glossedTerms', () => {
  // Sentences of the Rust book and the Debian installation guide in Korean.
  it('takes as many words before the gloss as it has, where each begins and ends', () => {
    const text = '각각 메모리를 해제하게 되면 중복 해제(double free) 오류가 발생할 겁니다.';
    const [term] = glossedTerms(text);
    expect(term).toMatchObject({ native: '중복 해제', gloss: 'double free', key: '중복해제', name: false });
    expect(text.slice(term!.start, term!.end)).toBe('중복 해제(double free)');
    expect(
      terms('RAID0는 들어오는 데이터를 스트라이프(stripe)로 나눠서 배열의 각 디스크에 똑같이 분산시킵니다.'),
    ).toEqual(['스트라이프|stripe']);
    // A space before the bracket, a quotation mark before the term.
    expect(terms('튜플의 벡터에 대해 반복자 (iterator) 와 collect 메소드를 사용하는 것입니다.')).toEqual([
      '반복자|iterator',
    ]);
    expect(terms("러스트는 '소유권(ownership)' 이라는 시스템을 만들었습니다.")).toEqual(['소유권|ownership']);
  });

  it('starts a one-word term after a particle or a modifier ending, never after a bare noun', () => {
    expect(terms('스택에 데이터를 추가하는 행위를 푸시(push) 라고 합니다.')).toEqual(['푸시|push']);
    expect(terms('참조자의 또 다른 종류인 슬라이스(slice) 입니다.')).toEqual(['슬라이스|slice']);
    expect(terms('해당 지점을 가리키는 포인터(pointer) 를 반환합니다.')).toEqual(['포인터|pointer']);
    // "디바이스 매퍼", "연결 유지", "디스크 없이": the term may be both words.
    expect(terms('암호화 방법으로 디바이스 매퍼(dm-crypt)를 선택했을 때 옵션을 봅니다.')).toEqual([]);
    expect(terms('ssh 서버는 연결 유지(keep-alive) 패킷을 보내지 않습니다.')).toEqual([]);
  });

  it('takes no verb, no gloss of a clause, no acronym and no gloss of three words or more', () => {
    expect(terms('소유자가 스코프 밖으로 벗어날 때, 값은 버려진다(dropped).')).toEqual([]);
    expect(terms('String은 Vec<u8>을 감싼 것입니다(wrapper).')).toEqual([]);
    expect(terms('중앙 처리 장치(CPU)는 명령을 실행합니다.')).toEqual([]);
    expect(terms('이 과정을 힙 공간 할당(allocating on the heap) 이라 합니다.')).toEqual([]);
    expect(terms('HashMap은 서비스 거부 공격(Denial of Service(DoS) attack)에 저항합니다.')).toEqual([]);
  });

  it('tells a name from a term by its capitals', () => {
    const [name] = glossedTerms('리눅스 커널은 리누스 토발즈(Linus Torvalds) 가 처음 만들었습니다.');
    const [term] = glossedTerms('기본 레이아웃은 니어 카피(Near copies) 입니다.');
    expect(name?.name).toBe(true);
    expect(term?.name).toBe(false);
    expect(glossedChoice(name!)).toBe('리누스 토발즈(Linus Torvalds)');
  });
});

describe('endsWithConsonant', () => {
  it('tells the syllables that take 이라, 을, 은 from those that take 라, 를, 는', () => {
    expect(endsWithConsonant('이동')).toBe(true);
    expect(endsWithConsonant('소유권')).toBe(true);
    expect(endsWithConsonant('푸시')).toBe(false);
    expect(endsWithConsonant('스트라이프')).toBe(false);
  });
});
