import { describe, expect, it } from 'vitest';
import { GenerateOptions } from '../../../schemas/options.js';
import type { QuestionDraft } from '../../../schemas/question.js';
import { createOfflineGenerator } from '../offline-generator.js';
import { AcronymIndex, acronymsIn, isAcronym } from './acronyms.js';

describe('isAcronym', () => {
  it('knows acronyms from English words in capitals, units and numerals', () => {
    const english = new Set(['home', 'path', 'data']);
    const isWord = (w: string) => english.has(w);
    for (const w of ['DHCP', 'NTFS', 'RAID5', 'UTF8', 'IP', 'LVM', 'CD']) expect(isAcronym(w, isWord), w).toBe(true);
    for (const w of [
      'HOME',
      'PATH',
      'DATA',
      'IPv6',
      'Windows',
      'TaskApp',
      'MB',
      'GiB',
      'III',
      'A',
      'dhcp',
      'VERYLONGNAME',
    ])
      expect(isAcronym(w, isWord), w).toBe(false);
  });
});

describe('acronymsIn', () => {
  it('finds acronyms standing alone in a sentence of another script, with their offsets', () => {
    const sentence = 'Το DHCP επιτρέπει τον προσδιορισμό ενός ονόματος αρχείου μέσω «TFTP».';
    const found = acronymsIn(sentence);
    expect(found.map((m) => m.text)).toEqual(['DHCP', 'TFTP']);
    for (const m of found) expect(sentence.slice(m.start, m.end)).toBe(m.text);
  });

  it('leaves out acronyms beside other Latin words, in brackets, in paths, and sentences mostly in Latin letters', () => {
    expect(acronymsIn('O άλλος είναι ένας εξυπηρετητής, ο ISC dhcpd.')).toEqual([]);
    expect(acronymsIn('Στη συνέχεια υπάρχει ο Mail Transfer Agent (MTA) που μεταφέρει τα μηνύματα.')).toEqual([]);
    expect(acronymsIn('Για κατατμήσεις FAT/FAT32 και αρχεία /etc/NTFS ή SSH(1) στο δίσκο.')).toEqual([]);
    expect(acronymsIn('The DHCP server gives each computer its address.')).toEqual([]);
  });
});

describe('AcronymIndex', () => {
  it('offers the acronyms named nearest the page as wrong choices, none of the sentence', () => {
    const index = new AcronymIndex();
    index.observe('Ο πυρήνας υποστηρίζει συσκευές USB και κάρτες PCI σε κάθε υπολογιστή.', 1);
    index.observe('Το πρωτόκολλο BOOTP δίνει τη διεύθυνση και το TFTP μεταφέρει την εικόνα εκκίνησης.', 9);
    index.observe('Η εκκίνηση PXE χρειάζεται εξυπηρετητή για τη διεύθυνση του υπολογιστή.', 10);
    index.observe('Το DHCP επιτρέπει τον προσδιορισμό ενός ονόματος αρχείου για την εκκίνηση.', 10);
    const sentence = 'Το DHCP επιτρέπει τον προσδιορισμό ενός ονόματος αρχείου για την εκκίνηση.';
    let n = 0;
    const random = () => (n++ % 7) / 7;
    expect(index.wrongChoices('DHCP', sentence, 10, 3, random).sort()).toEqual(['BOOTP', 'PXE', 'TFTP']);
    expect(index.sentencesWith('DHCP')).toBe(1);
  });
});

// Sentences of the Debian installation guide in Greek (installation-guide-amd64).
const GREEK = [
  'Το BOOTP είναι ένα πρωτόκολλο που πληροφορεί έναν υπολογιστή για τη διεύθυνσή του και από πού να πάρει την εικόνα εκκίνησης.',
  'Ένας εξυπηρετητής DHCP που είναι ελεύθερο λογισμικό είναι ο dhcpd από το πρόγραμμα του οργανισμού.',
  'Το TFTP χρησιμοποιείται για να σταλεί η εικόνα εκκίνησης στον υπολογιστή πελάτη από τον εξυπηρετητή.',
  'Για την εκκίνηση με τη μέθοδο PXE χρειάζεται ένας εξυπηρετητής που δίνει τις διευθύνσεις στο δίκτυο.',
  'Το DHCP επιτρέπει τον προσδιορισμό ενός ονόματος αρχείου για την εικόνα εκκίνησης του πελάτη.',
  'Ο εξυπηρετητής TFTP πρέπει να είναι ενεργός πριν ξεκινήσει η εκκίνηση του υπολογιστή από το δίκτυο.',
  'Οι κάρτες δικτύου με υποστήριξη PXE μπορούν να ξεκινήσουν χωρίς δίσκο και χωρίς καμία άλλη συσκευή.',
  'Το BOOTP ήταν ο πρόγονος του πρωτοκόλλου που χρησιμοποιούν σήμερα τα περισσότερα δίκτυα γραφείων.',
];
/** Sentences of the same guide around them, which name no acronym: none is the document's subject. */
const AROUND = [
  'Αν και η λειτουργικότητά του είναι ταυτόσημη, ο γραφικός εγκαταστάτης έχει μερικά ακόμα σημαντικά πλεονεκτήματα.',
  'Μερικοί χρήστες πιθανόν να χρειάζονται συγκεκριμένη υποστήριξη εξαιτίας πχ. μιας αδυναμίας στην όραση.',
  'Η παρούσα ενότητα περιέχει μόνο ένα περίγραμμα για τις πιο γνωστές (διαδεδομένες) παραμέτρους.',
  'Άλλες τυπικές τιμές της ταχύτητας είναι 57600 ή 115200.',
  'Αν εμφανιστούν προβλήματα, ο εγκαταστάτης προσαρμόζει την προτεραιότητα όπως χρειάζεται.',
  'Ένας πίνακας μπορεί να αλλάξει αργότερα μπαίνοντας στο μενού των προτιμήσεων.',
];
const DOCUMENT = [...GREEK, ...AROUND, ...AROUND.map((s) => s.replace(/\.$/u, ' στο σύστημα.'))];

async function quiz(text: string): Promise<QuestionDraft[]> {
  const options = GenerateOptions.parse({ questionsPerPage: 10, types: ['multiple_choice'] });
  async function* source() {
    yield { page: 1, totalPages: 1, text };
  }
  const out: QuestionDraft[] = [];
  for await (const e of createOfflineGenerator().generate(source(), options, { signal: new AbortController().signal }))
    if (e.kind === 'question') out.push(e.question);
  return out;
}

describe('acronym questions', () => {
  it('asks for an acronym of a sentence in another script among the document’s other acronyms', async () => {
    const questions = await quiz(DOCUMENT.join('\n'));
    const asked = questions.filter((q) => /^(?:BOOTP|DHCP|TFTP|PXE)$/u.test(q.answer[0] ?? ''));
    expect(asked.length).toBeGreaterThanOrEqual(2);
    for (const q of asked) {
      expect(q.prompt).toMatch(/^Συμπληρώστε το κενό: «.*____.*»$/u);
      expect(q.choices).toHaveLength(4);
      expect(q.choices).toContain(q.answer[0]);
      for (const c of q.choices) expect(['BOOTP', 'DHCP', 'TFTP', 'PXE']).toContain(c);
      // None of the wrong choices stands in the sentence, and the answer only where the blank is.
      for (const c of q.choices) expect(q.prompt.includes(c)).toBe(false);
      expect(q.prompt.replace('____', q.answer[0]!)).toContain(q.source.quote.replace(/^«|»$/gu, ''));
    }
  });

  it('asks for no acronym the document names once, nor one another word of the sentence holds', async () => {
    const once = 'Το πρότυπο ISO ορίζει τη μορφή των ειδώλων που γράφονται σε οπτικούς δίσκους.';
    const opening = 'Το LVM διαχειρίζεται λογικούς τόμους, και οι τόμοι LVM2 μεγαλώνουν χωρίς διακοπή.';
    const other = 'Με τόμους LVM τα δεδομένα μετακινούνται σε άλλο δίσκο του υπολογιστή χωρίς διακοπή.';
    // A list's entry run into its description, which opens with its name.
    const entry = 'LVM Διαχειριστής λογικών τόμων που χωρίζει τους δίσκους σε τμήματα.';
    // Inside another word ("CLVM", clustered LVM).
    const inside = 'Το LVM χρησιμοποιείται και από το σύστημα CLVM σε συστοιχίες πολλών υπολογιστών.';
    const more = [' στο δίκτυο.', ' στον υπολογιστή.', ' στη μνήμη.'].flatMap((end) =>
      AROUND.map((s) => s.replace(/\.$/u, end)),
    );
    const questions = await quiz([once, opening, entry, inside, other, ...DOCUMENT, ...more].join('\n'));
    expect(questions.some((q) => q.source.quote === inside)).toBe(false);
    expect(questions.some((q) => q.source.quote === entry)).toBe(false);
    expect(questions.some((q) => q.answer.includes('ISO'))).toBe(false);
    expect(questions.some((q) => q.source.quote === opening)).toBe(false);
    // The same acronym in a sentence that does not give it away is asked.
    expect(questions.some((q) => q.source.quote === other && q.answer[0] === 'LVM')).toBe(true);
  });
});
