import { describe, expect, it } from 'vitest';
import { GenerateOptions } from '../../../schemas/options.js';
import type { QuestionDraft } from '../../../schemas/question.js';
import { createOfflineGenerator } from '../offline-generator.js';
import { AcronymIndex, acronymsIn, isAcronym } from './acronyms.js';
import { stopWords } from './stop-words.js';

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
  it('offers acronyms the document speaks of alike as wrong choices, none of the sentence', () => {
    const index = new AcronymIndex();
    const stop = stopWords('el');
    const sentences = [
      'Το σύστημα αρχείων NTFS υποστηρίζεται για ανάγνωση και εγγραφή.',
      'Το σύστημα αρχείων FAT υποστηρίζεται από όλα τα λειτουργικά.',
      'Το σύστημα αρχείων HFS υποστηρίζεται μόνο για ανάγνωση.',
      'Το πρωτόκολλο DHCP δίνει διευθύνσεις στους υπολογιστές.',
      'Το πρωτόκολλο TFTP μεταφέρει εικόνες εκκίνησης.',
    ];
    for (const page of [1, 2]) for (const s of sentences) index.observe(s, page, stop);
    // Named once: no wrong choice.
    index.observe('Το σύστημα αρχείων UFS υποστηρίζεται για ανάγνωση.', 2, stop);
    expect(index.likeness('NTFS', 'FAT')).toBeGreaterThan(index.likeness('NTFS', 'DHCP'));
    let n = 0;
    const random = () => (n++ % 7) / 7;
    expect(index.wrongChoices('NTFS', sentences[0]!, 2, 3, random, 0.2).sort()).toEqual(['FAT', 'HFS']);
    expect(index.wrongChoices('DHCP', sentences[3]!, 2, 3, random, 0.2)).toEqual(['TFTP']);
    expect(index.sentencesWith('NTFS')).toBe(2);
  });
});

// Sentences after the Debian installation guide in Greek (installation-guide-amd64).
const GREEK = [
  'Το πρωτόκολλο BOOTP πληροφορεί έναν υπολογιστή για τη διεύθυνσή του και από πού να πάρει την εικόνα εκκίνησης.',
  'Ένας εξυπηρετητής DHCP που είναι ελεύθερο λογισμικό είναι ο dhcpd από το πρόγραμμα του οργανισμού.',
  'Το πρωτόκολλο TFTP χρησιμοποιείται για να σταλεί η εικόνα εκκίνησης στον υπολογιστή πελάτη από τον εξυπηρετητή.',
  'Για την εκκίνηση με το πρωτόκολλο PXE χρειάζεται ένας εξυπηρετητής που δίνει τις διευθύνσεις στο δίκτυο.',
  'Το πρωτόκολλο DHCP επιτρέπει τον προσδιορισμό ενός ονόματος αρχείου για την εικόνα εκκίνησης του πελάτη.',
  'Ο εξυπηρετητής TFTP πρέπει να είναι ενεργός πριν ξεκινήσει η εκκίνηση του υπολογιστή από το δίκτυο.',
  'Οι κάρτες δικτύου με υποστήριξη του πρωτοκόλλου PXE μπορούν να ξεκινήσουν χωρίς δίσκο και χωρίς καμία άλλη συσκευή.',
  'Ο εξυπηρετητής BOOTP ήταν ο πρόγονος του πρωτοκόλλου που χρησιμοποιούν σήμερα τα περισσότερα δίκτυα γραφείων.',
  'Το πρωτόκολλο NFS επιτρέπει την προσάρτηση καταλόγων από έναν εξυπηρετητή του δικτύου.',
  'Ο εξυπηρετητής NFS μοιράζεται καταλόγους με τους υπολογιστές του δικτύου χωρίς τοπικό δίσκο.',
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
const FILLER = ['.', ' στο σύστημα.', ' στο δίκτυο.', ' στον υπολογιστή.', ' στη μνήμη.', ' στο δίσκο.'].flatMap(
  (end) => AROUND.map((s) => s.replace(/\.$/u, end)),
);

async function quiz(sentences: string[]): Promise<QuestionDraft[]> {
  const options = GenerateOptions.parse({ questionsPerPage: 10, types: ['multiple_choice'] });
  async function* source() {
    yield { page: 1, totalPages: 1, text: sentences.join('\n') };
  }
  const out: QuestionDraft[] = [];
  for await (const e of createOfflineGenerator().generate(source(), options, { signal: new AbortController().signal }))
    if (e.kind === 'question') out.push(e.question);
  return out;
}

describe('acronym questions', () => {
  it('asks for an acronym of a sentence in another script among the document’s other acronyms', async () => {
    const questions = await quiz([...GREEK, ...FILLER]);
    const asked = questions.filter((q) => /^(?:BOOTP|DHCP|TFTP|PXE|NFS)$/u.test(q.answer[0] ?? ''));
    expect(asked.length).toBeGreaterThanOrEqual(2);
    for (const q of asked) {
      expect(q.prompt).toMatch(/^Συμπληρώστε το κενό: «.*____.*»$/u);
      expect(q.choices).toHaveLength(4);
      expect(q.choices).toContain(q.answer[0]);
      for (const c of q.choices) expect(['BOOTP', 'DHCP', 'TFTP', 'PXE', 'NFS']).toContain(c);
      // None of the wrong choices stands in the sentence, and the answer only where the blank is.
      for (const c of q.choices) expect(q.prompt.includes(c)).toBe(false);
      expect(q.prompt.replace('____', q.answer[0]!)).toContain(q.source.quote.replace(/^«|»$/gu, ''));
    }
  });

  it('asks for no acronym named once, given away by the sentence, or run into a list entry’s description', async () => {
    const once = 'Το πρωτόκολλο SNMP επιτρέπει την παρακολούθηση των συσκευών του δικτύου.';
    // Another word opens with it, case aside, or holds it.
    const opening = 'Ο εξυπηρετητής TFTP διαβάζει τα αρχεία του καταλόγου tftpboot στο δίσκο του υπολογιστή.';
    const inside = 'Ο εξυπηρετητής PXE φορτώνει από το δίκτυο το πρόγραμμα iPXE για τους πελάτες του.';
    // Coordinated with another acronym: the pair gives it away.
    const paired = 'Οι εξυπηρετητές DHCP και BOOTP δίνουν διευθύνσεις στους υπολογιστές του δικτύου.';
    const entry = 'BOOTP Πρωτόκολλο εκκίνησης από το δίκτυο για υπολογιστές χωρίς δίσκο.';
    const questions = await quiz([once, opening, inside, paired, entry, ...GREEK, ...FILLER]);
    expect(questions.some((q) => q.answer.includes('SNMP'))).toBe(false);
    for (const s of [opening, inside, paired, entry]) expect(questions.map((q) => q.source.quote)).not.toContain(s);
    // The same acronyms in sentences that do not give them away are asked.
    expect(questions.some((q) => GREEK.includes(q.source.quote))).toBe(true);
  });
});
