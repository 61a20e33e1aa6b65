import { describe, expect, it } from 'vitest';
import { expansionOf, ShortForms } from './short-forms.js';

// From the Supreme Court's opinion in Tarrant Regional Water Dist. v. Herrmann (2013) and an FAA directive.
describe('ShortForms', () => {
  it('writes a defined short form out in full, once, and leaves the rest of the sentence alone', () => {
    const forms = new ShortForms();
    forms.observe(
      'The Red River Compact (or Compact) is a congressionally sanctioned agreement that allocates water rights within the Red River basin.',
    );
    expect(forms.expand('Congress approved the Compact in 1980, transforming it into federal law.')).toBe(
      'Congress approved the Red River Compact in 1980, transforming it into federal law.',
    );
    expect(forms.expand('One of the Compact’s principal purposes was apportionment.')).toBe(
      'One of the Red River Compact’s principal purposes was apportionment.',
    );
    expect(forms.expand('The Red River Compact allocates water; the Compact has five Reaches.')).toBe(
      'The Red River Compact allocates water; the Compact has five Reaches.',
    );
  });

  it('takes a long name the document clearly leans on, and leaves a short form open when several names share it', () => {
    const forms = new ShortForms();
    forms.observe(
      'The Federal Aviation Administration issued the rule. The Federal Aviation Administration will review comments.',
    );
    forms.observe(
      'The District Court granted summary judgment, and the Supreme Court reversed. The Court of Appeals affirmed.',
    );
    expect(forms.expand('the Administration will announce the availability of the addendum.')).toBe(
      'the Federal Aviation Administration will announce the availability of the addendum.',
    );
    expect(forms.expand('The Court held that the statutes are not pre-empted.')).toBe(
      'The Court held that the statutes are not pre-empted.',
    );
  });

  it('takes no running head in capitals or word that opens a sentence into the name', () => {
    const forms = new ShortForms();
    forms.observe('CERTIORARI TO THE TENTH CIRCUIT The Red River Compact (or Compact) allocates water.');
    forms.observe('Once The Red River Compact was approved, no State pressed for a diversion.');
    expect(forms.fullName('Compact')).toBe('Red River Compact');
  });

  it('does not expand when the full name would show the answer', () => {
    const forms = new ShortForms();
    forms.observe('The Red River Compact (or Compact) allocates the water of the Red River basin.');
    const stem = 'The Compact allocates the water of the ____ basin.';
    expect(forms.expand(stem, (s) => !s.includes('Red River'))).toBe(stem);
  });
});

// From a trauma-care review, an FAA directive and Wikipedia.
describe('acronyms the document spells out', () => {
  it.each([
    ['a resulting pulmonary embolism', 'PE', 'pulmonary embolism'],
    ['The FAA issued the Freedom of Information Act', 'FOIA', 'Freedom of Information Act'],
    ['flightcrews use the quick reference handbook', 'QRH', 'quick reference handbook'],
    ['the flightcrew performs a non-normal procedure', 'NNP', 'non-normal procedure'],
    ['Pulmonary embolism', 'PE', 'pulmonary embolism'],
  ])('%s (%s) -> %s', (before, acronym, expected) => {
    expect(expansionOf(before, acronym)).toBe(expected);
  });

  it('reads an expansion broken over a line, as a PDF page often is', () => {
    const forms = new ShortForms();
    forms.observe('The flight control computer commands the speed trim system\n(STS), which is part of the airplane.');
    expect(forms.acronym('STS')).toBe('speed trim system');
  });

  it('finds no expansion in words that do not spell the letters', () => {
    expect(expansionOf('was searched in the databases', 'EMBASE')).toBeUndefined();
    expect(expansionOf('data from', 'IVC')).toBeUndefined();
  });

  it('spells an acronym out at its first use in a stem, not inside a longer token or where the stem has it', () => {
    const forms = new ShortForms();
    forms.observe(
      'Although DVT alone is not life-threatening, a resulting pulmonary embolism (PE) carries significant morbidity. ' +
        'Options include the inferior vena cava (IVC) filter. Generative pre-trained transformers (GPT) write text.',
    );
    expect(forms.acronym('PE')).toBe('pulmonary embolism');
    expect(forms.spellOut('PE is the third leading cause of death; IVC filters prevent PE.')).toBe(
      'pulmonary embolism (PE) is the third leading cause of death; inferior vena cava (IVC) filters prevent PE.',
    );
    expect(forms.spellOut('GPT-3 was released in 2020.')).toBe('GPT-3 was released in 2020.');
    expect(forms.spellOut('A pulmonary embolism (PE) carries risk.')).toBe('A pulmonary embolism (PE) carries risk.');
    // Refused where it would show the answer.
    expect(forms.spellOut('IVC filters migrate.', (s) => !s.includes('vena'))).toBe('IVC filters migrate.');
  });
});
