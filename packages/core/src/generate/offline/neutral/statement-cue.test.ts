import { describe, expect, it } from 'vitest';
import { hasStatementVerb } from './statement-cue.js';

describe('hasStatementVerb', () => {
  it.each([
    ['Die Aussagenlogik ist entscheidbar.', true],
    ['Die Lernziele der heutigen Vorlesung und der Übungen.', false],
    ['Un paquet binaire contient les fichiers installés.', true],
    ['Les bons débuts et les premiers pas du responsable.', false],
    ['Debian 4.0 (Etch) se publicó el 8 de abril de 2007 para el mismo número de arquitecturas.', false],
    ['Debian 2.0 fue publicada en julio de 1998.', true],
    ['备份和恢复操作是成功的系统管理中非常重要的一部分。', true],
    ['第二章 Debian 软件包管理', false],
    ['Фотосинтез — процесс образования глюкозы.', true],
  ])('%s -> %s', (sentence, expected) => {
    expect(hasStatementVerb(sentence)).toBe(expected);
  });
});
