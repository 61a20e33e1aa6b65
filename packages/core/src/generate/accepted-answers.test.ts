import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AnswerHints,
  acceptedAnswers,
  acceptedAnswersOf,
  answerMatches,
  questionLanguage,
  withAcceptedAnswers,
} from './accepted-answers.js';

describe('acceptedAnswers', () => {
  const cases: [answer: string, hints: AnswerHints, expected: string[]][] = [
    // English: articles, singular and plural (regular, irregular, Latin and Greek).
    ['the mitochondria', { language: 'en' }, ['the mitochondria', 'mitochondria', 'mitochondrion']],
    ['Mitochondrion', { language: 'en', kind: 'noun', plural: false }, ['Mitochondrion', 'Mitochondria']],
    ['red blood cells', { language: 'en', kind: 'noun', plural: true }, ['red blood cells', 'red blood cell']],
    ['an enzyme', { language: 'en', kind: 'noun', plural: false }, ['an enzyme', 'enzyme']],
    ['settlements', { language: 'en', kind: 'noun', plural: false }, ['settlements', 'settlement']],
    ['kangchenjunga', { language: 'en', kind: 'noun', plural: false }, ['kangchenjunga']],
    // Dates as people write them.
    [
      'March 10, 2019',
      { language: 'en', kind: 'date' },
      ['March 10, 2019', '10 March 2019', 'March 10 2019', 'March 10th, 2019', '2019-03-10'],
    ],
    [
      'August 16th, 1993',
      { language: 'en', kind: 'date' },
      ['August 16th, 1993', 'August 16, 1993', '16 August 1993', 'August 16 1993', '1993-08-16'],
    ],
    ['proportional', { language: 'en', kind: 'noun', plural: false }, ['proportional']],
    ['analyses', { language: 'en' }, ['analyses', 'analysis']],
    ['criteria', { language: 'en', kind: 'noun', plural: false }, ['criteria', 'criterion']],
    ['phenomenon', { language: 'en', kind: 'noun' }, ['phenomenon', 'phenomena']],
    ['data', { language: 'en', kind: 'noun', plural: true }, ['data', 'datum']],
    ['index', { language: 'en', kind: 'noun' }, ['index', 'indices', 'indexes']],
    ['matrices', { language: 'en', kind: 'noun', plural: true }, ['matrices', 'matrix']],
    ['children', { language: 'en', kind: 'noun', plural: true }, ['children', 'child']],
    ['people', { language: 'en', kind: 'noun', plural: true }, ['people', 'person']],
    ['cities', { language: 'en', kind: 'noun', plural: true }, ['cities', 'city']],
    ['churches', { language: 'en', kind: 'noun', plural: true }, ['churches', 'church']],
    ['leaves', { language: 'en', kind: 'noun', plural: true }, ['leaves', 'leaf']],
    ['movies', { language: 'en', kind: 'noun', plural: true }, ['movies', 'movie']],
    ['houses', { language: 'en', kind: 'noun', plural: true }, ['houses', 'house']],
    // Words with no honest other number get none.
    ['big data', { language: 'en', kind: 'noun' }, ['big data']],
    ['photosynthesis', { language: 'en', kind: 'noun', plural: false }, ['photosynthesis']],
    ['glucose', { language: 'en', kind: 'noun', plural: false }, ['glucose']],
    ['species', { language: 'en', kind: 'noun', plural: true }, ['species']],
    ['gas', { language: 'en', kind: 'noun' }, ['gas', 'gases']],
    ['Mars', { language: 'en' }, ['Mars']],
    ['Wales', { language: 'en', kind: 'place' }, ['Wales']],
    // A plural gets its singular; a singular gets no regular plural (it may be a name, a verb, an adjective).
    ['cells', { language: 'en' }, ['cells', 'cell']],
    ['increase', { language: 'en' }, ['increase']],
    // People: the surname, with its particle, without a suffix.
    ['Isaac Newton', { language: 'en', kind: 'person' }, ['Isaac Newton', 'Newton']],
    ['Vincent van Gogh', { language: 'en', kind: 'person' }, ['Vincent van Gogh', 'van Gogh']],
    ['Martin Luther King Jr.', { language: 'en', kind: 'person' }, ['Martin Luther King Jr.', 'King']],
    ['Aristotle', { language: 'en', kind: 'person' }, ['Aristotle']],
    // Numbers: with and without thousands separators in the language's style; years never grouped.
    ['1,000', { language: 'en', kind: 'number' }, ['1,000', '1000']],
    ['25000', { language: 'en', kind: 'number' }, ['25000', '25,000']],
    ['$1,500', { language: 'en', kind: 'money' }, ['$1,500', '$1500']],
    ['1989', { language: 'en', kind: 'year' }, ['1989']],
    ['1066', { language: 'en' }, ['1066']],
    ['3.5', { language: 'en', kind: 'number' }, ['3.5']],
    ['45%', { language: 'en', kind: 'percent' }, ['45%', '45 percent']],
    ['12 per cent', { language: 'en', kind: 'percent' }, ['12 per cent', '12%', '12 percent']],
    // Hyphens, "&".
    ['drug-resistant', { language: 'en' }, ['drug-resistant', 'drug resistant', 'drugresistant']],
    ['Johnson & Johnson', { language: 'en', kind: 'organization' }, ['Johnson & Johnson', 'Johnson and Johnson']],
    ['Marks and Spencer', { language: 'en', kind: 'organization' }, ['Marks and Spencer', 'Marks & Spencer']],
    // French.
    ['la mitochondrie', { language: 'fr' }, ['la mitochondrie', 'mitochondrie']],
    ["l'ADN", { language: 'fr' }, ["l'ADN", 'ADN']],
    ['l’énergie', { language: 'fr' }, ['l’énergie', 'énergie', 'energie']],
    ['les chevaux', { language: 'fr' }, ['les chevaux', 'chevaux', 'cheval']],
    ['des cellules', { language: 'fr' }, ['des cellules', 'cellules', 'cellule']],
    ['les noyaux', { language: 'fr' }, ['les noyaux', 'noyaux', 'noyau']],
    ['le pays', { language: 'fr' }, ['le pays', 'pays']],
    ['les travaux', { language: 'fr' }, ['les travaux', 'travaux', 'travail']],
    ['Mendeleïev', { language: 'fr', kind: 'person' }, ['Mendeleïev', 'Mendeleiev']],
    ['1 000', { language: 'fr', kind: 'number' }, ['1 000', '1000']],
    ['45 %', { language: 'fr', kind: 'percent' }, ['45 %', '45%', '45 pour cent']],
    // German.
    ['die Zelle', { language: 'de', kind: 'noun', plural: false }, ['die Zelle', 'Zelle']],
    ['die Zellen', { language: 'de', kind: 'noun', plural: true }, ['die Zellen', 'Zellen', 'Zelle']],
    ['die Zeitungen', { language: 'de' }, ['die Zeitungen', 'Zeitungen', 'Zeitung']],
    ['die Ergebnisse', { language: 'de' }, ['die Ergebnisse', 'Ergebnisse', 'Ergebnis']],
    ['das Wissen', { language: 'de' }, ['das Wissen', 'Wissen']],
    ['die Straße', { language: 'de' }, ['die Straße', 'Straße', 'Strasse']],
    ['Gödel', { language: 'de', kind: 'person' }, ['Gödel', 'Goedel']],
    ['1.000.000', { language: 'de', kind: 'number' }, ['1.000.000', '1000000', '1 000 000']],
    ['1,5', { language: 'de', kind: 'number' }, ['1,5']],
    // Spanish.
    ['las células', { language: 'es' }, ['las células', 'células', 'célula', 'celulas']],
    ['el átomo', { language: 'es', kind: 'noun' }, ['el átomo', 'átomo', 'atomo']],
    ['las luces', { language: 'es' }, ['las luces', 'luces', 'luz']],
    ['las canciones', { language: 'es' }, ['las canciones', 'canciones', 'canción']],
    ['los árboles', { language: 'es' }, ['los árboles', 'árboles', 'árbol', 'arboles']],
    ['los padres', { language: 'es' }, ['los padres', 'padres', 'padre']],
    ['los exámenes', { language: 'es' }, ['los exámenes', 'exámenes', 'examen', 'examenes']],
    ['la crisis', { language: 'es' }, ['la crisis', 'crisis']],
    ['10000', { language: 'es', kind: 'number' }, ['10000', '10.000', '10 000']],
    // Italian and Portuguese: articles.
    ['il nucleo', { language: 'it' }, ['il nucleo', 'nucleo']],
    ['a célula', { language: 'pt-BR' }, ['a célula', 'célula', 'celula']],
    // Whitespace is tidied, blanks give nothing.
    ['  the   nucleus ', { language: 'en' }, ['the nucleus', 'nucleus', 'nuclei']],
    ['   ', { language: 'en' }, []],
  ];

  it.each(cases)('%j %j', (answer, hints, expected) => {
    expect(acceptedAnswers(answer, hints)).toEqual(expected);
  });

  it('strips articles of any supported language when the language is unknown, but not "die" in English', () => {
    expect(acceptedAnswers('la mitochondrie')).toEqual(['la mitochondrie', 'mitochondrie']);
    expect(acceptedAnswers('Die Hard')).toEqual(['Die Hard']);
  });

  it('lists each spelling once, whatever its case or spacing', () => {
    expect(acceptedAnswers('The  Nile', { language: 'en', kind: 'place' })).toEqual(['The Nile', 'Nile']);
    expect(acceptedAnswersOf(['DNA', 'dna', 'deoxyribonucleic acid'], { language: 'en' })).toEqual([
      'DNA',
      'deoxyribonucleic acid',
    ]);
  });

  it('keeps several given answers first, then their variants', () => {
    expect(acceptedAnswersOf(['the mitochondria', 'mitochondrion'], { language: 'en' })).toEqual([
      'the mitochondria',
      'mitochondrion',
      'mitochondria',
    ]);
  });
});

describe('answerMatches', () => {
  const matches: [given: string, accepted: string[], language: string | undefined][] = [
    ['mitochondria', ['mitochondria'], 'en'],
    ['Mitochondrion', ['mitochondria'], 'en'],
    ['the mitochondria', ['mitochondria'], 'en'],
    ['  THE   Mitochondria. ', ['mitochondria'], 'en'],
    ['mitochondrion', ['the mitochondria'], undefined],
    ['cell', ['cells'], 'en'],
    ['enzymes', ['an enzyme'], 'en'],
    ['Zellen', ['die Zelle'], 'de'],
    ['Ergebnisse', ['das Ergebnis'], 'de'],
    ['átomos', ['el átomo'], 'es'],
    ['chevaux', ['cheval'], 'fr'],
    ['red blood cell', ['red blood cells'], 'en'],
    ['cells', ['cell'], 'en'],
    ['criterion', ['criteria'], 'en'],
    ['child', ['children'], 'en'],
    ['1000', ['1,000'], 'en'],
    ['1 000', ['1,000'], 'en'],
    ['1,000', ['1000'], 'en'],
    ['1.000', ['1000'], 'de'],
    ['1.000', ['1 000'], 'fr'],
    ['10.000', ['10000'], 'es'],
    ['3,5', ['3.5'], 'de'],
    ['2.50', ['2.5'], 'en'],
    ['.5', ['0.5'], 'en'],
    [',5', ['0,5'], 'fr'],
    ['45 percent', ['45%'], 'en'],
    ['45 per cent', ['45%'], 'en'],
    ['45%', ['45 pour cent'], 'fr'],
    ['45 Prozent', ['45 %'], 'de'],
    ['drug resistant', ['drug-resistant'], 'en'],
    ['drugresistant', ['drug-resistant'], 'en'],
    ['Johnson and Johnson', ['Johnson & Johnson'], 'en'],
    ['Newton', ['Isaac Newton', 'Newton'], 'en'],
    ['Mitochondrie', ['la mitochondrie'], 'fr'],
    ['la mitochondrie', ['mitochondrie'], 'fr'],
    ['adn', ["l'ADN"], 'fr'],
    ["l'énergie", ['énergie'], 'fr'],
    ['energie', ['l’énergie'], 'fr'],
    ['cheval', ['les chevaux'], 'fr'],
    ['oeuvre', ['œuvre'], 'fr'],
    ['Zelle', ['die Zellen'], 'de'],
    ['die Zellen', ['Zelle'], 'de'],
    ['Strasse', ['Straße'], 'de'],
    ['Mueller', ['Müller'], 'de'],
    ['Muller', ['Müller'], 'de'],
    ['celula', ['las células'], 'es'],
    ['la célula', ['células'], 'es'],
    ['luz', ['las luces'], 'es'],
    ['canciones', ['canción'], 'es'],
    ['¿El átomo?', ['átomo'], 'es'],
    ['Istanbul', ['İstanbul'], 'tr'],
    ['C#', ['C#'], 'en'],
    ['-5 °C', ['−5 °C'], 'en'],
  ];

  it.each(matches)('%j is one of %j (%s)', (given, accepted, language) => {
    expect(answerMatches(given, accepted, language)).toBe(true);
  });

  const misses: [given: string, accepted: string[], language: string | undefined][] = [
    ['', ['mitochondria'], 'en'],
    ['   ', ['mitochondria'], 'en'],
    ['...', ['mitochondria'], 'en'],
    ['the', ['the mitochondria'], 'en'],
    ['ribosome', ['mitochondria'], 'en'],
    ['mitochondrial', ['mitochondria'], 'en'],
    ['100', ['1,000'], 'en'],
    ['10000', ['1,000'], 'en'],
    ['1.000', ['1000'], 'en'],
    ['35', ['3.5'], 'en'],
    ['.5', ['5'], 'en'],
    ['7', ['007'], 'en'],
    ['5', ['-5'], 'en'],
    ['12', ['1/2'], 'en'],
    ['12', ['1, 2'], 'en'],
    ['1989', ['1898'], 'en'],
    ['46%', ['45%'], 'en'],
    ['C', ['C#'], 'en'],
    ['C', ['C++'], 'en'],
    ['Newton', ['Isaac Newton'], 'en'],
    ['Mar', ['Mars'], 'en'],
    ['band', ['I band'], undefined],
    ['Hard', ['Die Hard'], 'en'],
    ['cellule', ['cellules souches'], 'fr'],
    ['Zeitung', ['die Zellen'], 'de'],
    ['gato', ['gatos negros'], 'es'],
    ['perro', ['gato'], 'es'],
    ['anything', [], 'en'],
    ['x', [''], 'en'],
  ];

  it.each(misses)('%j is not one of %j (%s)', (given, accepted, language) => {
    expect(answerMatches(given, accepted, language)).toBe(false);
  });
});

describe('answerMatches on any input', () => {
  it('matches any answer with a letter or digit typed as it is listed', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 30 }),
        fc.constantFrom('en', 'fr', 'de', 'es', undefined),
        (a, l) => {
          // The modifier letter apostrophe (ʼ, a letter to Unicode) is read as an apostrophe, as ’ and ' are.
          fc.pre(/[\p{L}\p{N}]/u.test(a.replace(/\u02BC/gu, '')));
          expect(answerMatches(a, [a], l)).toBe(true);
        },
      ),
    );
  });

  it('reads a modifier letter apostrophe as an apostrophe: alone it answers nothing, in a word it is one', () => {
    expect(answerMatches('ʼ', ['ʼ'])).toBe(false);
    expect(answerMatches('Hawaiʻi Kaʼu', ["Hawaiʻi Ka'u"])).toBe(true);
  });

  it('never matches a typed answer without a letter or digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[\s.,;:!?'"()-]*$/), fc.array(fc.string()), (given, accepted) => {
        expect(answerMatches(given, [...accepted, given])).toBe(false);
      }),
    );
  });

  const locales = [
    ['en', 'en-US'],
    ['de', 'de-DE'],
    ['fr', 'fr-FR'],
    ['es', 'es-ES'],
  ] as const;

  it("matches a number written in its language's style to the same value, and never to another", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...locales),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 2 }),
        ([language, locale], x, y, decimals) => {
          const written = (n: number) =>
            (n / 10 ** decimals).toLocaleString(locale, {
              minimumFractionDigits: decimals,
              maximumFractionDigits: decimals,
            });
          expect(answerMatches(written(x), [String(x / 10 ** decimals)], language)).toBe(true);
          if (x !== y) expect(answerMatches(written(x), [written(y)], language)).toBe(false);
        },
      ),
    );
  });
});

describe('withAcceptedAnswers', () => {
  const short = (prompt: string, answer: string[]) => ({
    type: 'short_answer' as const,
    prompt,
    explanation: '',
    answer,
  });

  it('adds the variants to a short answer given with one answer, in the language of the quiz', () => {
    const question = short('Which organelle makes ATP?', ['the mitochondria']);
    expect(withAcceptedAnswers(question, 'en').answer).toEqual(['the mitochondria', 'mitochondria', 'mitochondrion']);
    // "Zellen" may be a plural or not ("Wissen" is not): without being told, no singular is listed.
    expect(withAcceptedAnswers(short('Was ist das?', ['die Zellen']), 'de').answer).toEqual(['die Zellen', 'Zellen']);
  });

  it('reads the language from the question when the quiz does not declare one', () => {
    const question = short('¿Qué orgánulo produce la energía de la célula?', ['las mitocondrias']);
    expect(withAcceptedAnswers(question).answer).toEqual(['las mitocondrias', 'mitocondrias', 'mitocondria']);
  });

  it('leaves answers an author listed, and other question types, as they are', () => {
    const listed = short('What is the capital?', ['Paris', 'the capital']);
    expect(withAcceptedAnswers(listed, 'en')).toBe(listed);
    const choice = { ...short('Which one?', ['the mitochondria']), type: 'multiple_choice' as const };
    expect(withAcceptedAnswers(choice, 'en')).toBe(choice);
  });
});

describe('questionLanguage', () => {
  const cases: [prompt: string, declared: string | undefined, expected: string | undefined][] = [
    ['Which organelle is the powerhouse of the cell?', undefined, 'en'],
    ["Quelle structure cellulaire produit l'énergie de la cellule ?", undefined, 'fr'],
    ['Welche Organelle ist das Kraftwerk der Zelle?', undefined, 'de'],
    ['¿Qué orgánulo produce la energía de la célula?', undefined, 'es'],
    ['Qual é a organela que produz a energia da célula?', undefined, 'pt'],
    ['Name it', undefined, undefined],
    ['Which organelle is the powerhouse of the cell?', 'fr', 'fr'],
  ];
  it.each(cases)('%j (declared %s) is %s', (prompt, declared, expected) => {
    expect(questionLanguage({ prompt }, declared)).toBe(expected);
  });
});
