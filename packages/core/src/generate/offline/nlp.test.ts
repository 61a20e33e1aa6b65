import { beforeAll, describe, expect, it } from 'vitest';
import { analyzePage, loadNlp } from './nlp.js';
import { capitalizedLike, continuedSection, withFullNames, withoutCitationMarks } from './offline-generator.js';

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

  it('open after a list item’s bullet and a box label, which are no words of theirs', () => {
    // The Debian Reference: boxes labelled "Tip", "Note", "Caution" and bulleted lists.
    const sentences = sentencesOf(
      'Tip The contents of ”/etc/mailname” is used by many non-MTA programs.\nNote: The default shell is bash.\n• The kernel boot message in the ”/var/log/dmesg” contains the size of memory.\nWarning signs are shown in red.',
    );
    expect(sentences).toEqual([
      'The contents of ”/etc/mailname” is used by many non-MTA programs.',
      'The default shell is bash.',
      'The kernel boot message in the ”/var/log/dmesg” contains the size of memory.',
      'Warning signs are shown in red.',
    ]);
  });

  it('do not end at a full stop inside a name, with a letter right after it', () => {
    // The Spanish history of Debian, read on a page with English on it.
    expect(
      sentencesOf(
        'The host moved to i-Connect.Net in 1995. Michael Neuffer and Shimon Shapiro, founders of i-Connect.Net, hosted master for a year. It ended.',
      ),
    ).toEqual([
      'The host moved to i-Connect.Net in 1995.',
      'Michael Neuffer and Shimon Shapiro, founders of i-Connect.Net, hosted master for a year.',
      'It ended.',
    ]);
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

describe('withFullNames', () => {
  const named = new Map([
    ['mccarthy', 'John McCarthy'],
    ['simon', 'Herbert Simon'],
    ['o’neil', 'Cathy O’Neil'],
  ]);
  const stats = { fullName: (surname: string) => named.get(surname.toLowerCase()) };
  const full = (prompt: string) => withFullNames(prompt, stats, () => true);

  it('writes a surname the document gave in full as the full name, a capital inside it or not', () => {
    expect(full('True or false: McCarthy defines intelligence as "the computational part".')).toBe(
      'True or false: John McCarthy defines intelligence as "the computational part".',
    );
    expect(full('True or false: Simon predicted it in 1965.')).toBe(
      'True or false: Herbert Simon predicted it in 1965.',
    );
    expect(full('True or false: O’Neil wrote about it.')).toBe('True or false: Cathy O’Neil wrote about it.');
  });

  it('leaves a name already in full, the second word of a name, and one the document never gave in full', () => {
    expect(full('True or false: John McCarthy coined the term.')).toBe('True or false: John McCarthy coined the term.');
    expect(full('True or false: Paul Simon sang it.')).toBe('True or false: Paul Simon sang it.');
    expect(full('True or false: MacArthur said so.')).toBe('True or false: MacArthur said so.');
  });
});

describe('continuedSection', () => {
  // The gnuplot manual: the "Caca" section starts at the foot of page 240 and goes on at the top of page 241.
  const top =
    'The caca terminal supports mouse interaction. Rotated enhanced text, and transparency are not supported.';

  it('carries the last heading of the page before when the text so far names that section again', () => {
    expect(continuedSection('Caca', top)).toBe('Caca');
    expect(continuedSection('6.2 Substitutions', 'Substitutions of the arguments are made when ...')).toBe(
      '6.2 Substitutions',
    );
  });

  it('carries nothing when the page does not name it, nor a heading in capitals (a running head)', () => {
    expect(continuedSection('Search and optimization', 'Current GPT models are prone to generating falsehoods.')).toBe(
      undefined,
    );
    expect(continuedSection('SUPREME COURT OF THE UNITED STATES', 'the Supreme Court of the United States held')).toBe(
      undefined,
    );
    // A word that only contains it is no mention.
    expect(continuedSection('Grid', 'The gridlines of the polar plot ...')).toBe(undefined);
    expect(continuedSection(undefined, top)).toBe(undefined);
  });
});
