import { describe, expect, it } from 'vitest';
import { ShortForms } from './short-forms.js';

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
