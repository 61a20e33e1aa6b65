import { describe, expect, it } from 'vitest';
import { neutralTerms } from './neutral-terms.js';
import { pageLanguage } from './page-language.js';
import { segmentSentences } from './segment.js';
import { stopWords } from './stop-words.js';

// Sentences of the Chinese and French Debian manuals and the Spanish history of Debian.
function termsOf(text: string, commonWords: string[] = []): string[] {
  const language = pageLanguage(text);
  const [sentence] = segmentSentences(text, language.locale);
  return neutralTerms(sentence!, {
    language,
    stop: stopWords(language.locale),
    isCommon: () => false,
    isCommonWord: (key) => commonWords.includes(key),
  }).map((t) => t.text);
}

describe('neutralTerms', () => {
  it('never blanks a number inside an identifier: a code point, a version string', () => {
    expect(termsOf('一个最令人讨厌的情形是在中日韩国家中的 U+3001 和 U+3002 两个标点。')).not.toContain('3001');
    expect(termsOf('Utilisez plutôt la forme 0~110429 pour la version amont du paquet source.')).not.toContain(
      '110429',
    );
    expect(termsOf('La longueur par défaut du champ de nom de paquet dans aptitude est de 30 caractères.')).toContain(
      '30',
    );
  });

  it('takes no label head, no word of a quoted title and no head of a longer name for a name', () => {
    const section = termsOf('Beaucoup de paquets sont en attente de bons responsables, voir Section 2.2 du guide.');
    expect(section).not.toContain('Section');
    const quoted = termsOf(
      'La Charte Debian, 12.5 « Informations sur le copyright » impose son contenu et son format.',
    );
    expect(quoted).not.toContain('Informations');
    const university = termsOf(
      'Debian la empezó Ian Murdock en agosto de 1993, estudiante de la Universidad de Purdue.',
    );
    expect(university).not.toContain('Universidad');
    expect(university).toContain('1993');
  });

  it('takes no capitalized common word for a name, and no second word after a capitalized first one', () => {
    expect(
      termsOf('Proporcionar las Dependencias y Conflictos del sistema Debian de hoy.', ['conflictos']),
    ).not.toContain('Conflictos');
    expect(termsOf('Ian Jackson pronto tomó el desarrollo de la herramienta de empaquetado.')).not.toContain('Jackson');
  });
});
