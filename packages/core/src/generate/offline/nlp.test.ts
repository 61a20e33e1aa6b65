import { beforeAll, describe, expect, it } from 'vitest';
import { analyzePage, loadNlp } from './nlp.js';
import { capitalizedLike, withoutCitationMarks } from './offline-generator.js';

// Wikipedia's article on artificial intelligence and a trauma-care review: numbered citations after full stops.
let nlp: Awaited<ReturnType<typeof loadNlp>>;
beforeAll(async () => {
  nlp = await loadNlp();
});

function sentencesOf(text: string): string[] {
  const page = analyzePage(nlp, text);
  return page.sentences.map((s) => {
    const last = page.tokens[s.end]!;
    return page.text.slice(page.tokens[s.start]!.offset, last.offset + last.value.length);
  });
}

describe('sentences', () => {
  it('do not open with the citation marks of the sentence before', () => {
    const sentences = sentencesOf(
      'Such machines may be called AIs.[1] In 2024, researchers used machine learning to accelerate the search for drug treatments.[137][138] In automated planning, the agent has a specific goal.[d][32] It was done.',
    );
    expect(sentences[1]).toBe(
      'In 2024, researchers used machine learning to accelerate the search for drug treatments.',
    );
    expect(sentences[2]).toBe('In automated planning, the agent has a specific goal.');
  });

  it('keep a bracket that is part of the text', () => {
    expect(
      sentencesOf('[t]o provide an equitable apportionment of the water was a purpose of the compact.')[0],
    ).toMatch(/^\[t\]o provide/);
  });
});

describe('withoutCitationMarks', () => {
  it('takes numbered citation marks out of a stem and leaves other brackets', () => {
    expect(
      withoutCitationMarks(
        'Fill in the blank: "____ is the third leading cause of death after the first day of admission [2,4-6]."',
      ),
    ).toBe('Fill in the blank: "____ is the third leading cause of death after the first day of admission."');
    expect(
      withoutCitationMarks("Improvements in GPUs have been even faster,[129] a trend called Huang's law,[130] named."),
    ).toBe("Improvements in GPUs have been even faster, a trend called Huang's law, named.");
    expect(
      withoutCitationMarks('Early work based on semantic networks,[f] had difficulty with word-sense disambiguation.'),
    ).toBe('Early work based on semantic networks, had difficulty with word-sense disambiguation.');
    expect(withoutCitationMarks('“[t]o provide an equitable apportionment”')).toBe(
      '“[t]o provide an equitable apportionment”',
    );
  });
});

describe('capitalizedLike', () => {
  it('opens a stem in a capital when spelling out made its first word lowercase, and only then', () => {
    expect(
      capitalizedLike(
        'True or false: artificial intelligence (AI) pioneer Jürgen Schmidhuber signed the joint statement.',
        'True or false: AI pioneer Jürgen Schmidhuber signed the joint statement.',
      ),
    ).toBe('True or false: Artificial intelligence (AI) pioneer Jürgen Schmidhuber signed the joint statement.');
    expect(
      capitalizedLike(
        'Fill in the blank: "inferior vena cava (IVC) filters migrate into the ____."',
        'Fill in the blank: "IVC filters migrate into the ____."',
      ),
    ).toBe('Fill in the blank: "Inferior vena cava (IVC) filters migrate into the ____."');
    // A sentence the document opens in lowercase ("dpkg is ...") stays as it is.
    expect(
      capitalizedLike('True or false: dpkg is the low-level tool.', 'True or false: dpkg is the low-level tool.'),
    ).toBe('True or false: dpkg is the low-level tool.');
  });
});
