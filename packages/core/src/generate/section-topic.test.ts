import { describe, expect, it } from 'vitest';
import { isGenericHeading, sectionTopic } from './section-topic.js';

describe('sectionTopic', () => {
  it('reads what a heading names, without its number, and nothing of a generic heading or a running head', () => {
    expect(sectionTopic('2.1.8. 하드웨어 음성 합성 장치')).toBe('하드웨어 음성 합성 장치');
    expect(sectionTopic('6.3.1.2 Υποστηριζόμενα σχήματα διαμέρισης')).toBe('Υποστηριζόμενα σχήματα διαμέρισης');
    expect(sectionTopic('3장. 데비안 GNU/리눅스를 설치하기 전에')).toBe('데비안 GNU/리눅스를 설치하기 전에');
    expect(sectionTopic('1.1. Εισαγωγή')).toBeUndefined();
    expect(sectionTopic('개요')).toBeUndefined();
    expect(sectionTopic('1.3. Convenções')).toBeUndefined();
    expect(sectionTopic('ΠΕΡΙΓΡΑΦΗ')).toBeUndefined();
    expect(sectionTopic('Ο ρόλος του Debian: πώς αποφασίζει και τι εγκαθιστά το σύστημα σε εσάς')).toBeUndefined();
    expect(sectionTopic(undefined)).toBeUndefined();
  });

  it('knows a generic heading in any language the generators word, with or without its number', () => {
    expect(isGenericHeading('2.1 Introduction')).toBe(true);
    expect(isGenericHeading('Chapter 4 Examples')).toBe(true);
    expect(isGenericHeading('Εισαγωγή')).toBe(true);
    expect(isGenericHeading('1.2. مقدمة')).toBe(true);
    expect(isGenericHeading('2.1 Le paquet source')).toBe(false);
  });
});
