import { describe, expect, it } from 'vitest';
import { definitionIn } from './definitions.js';

// Sentences of the Debian developer's reference (French and German), the French guide for new maintainers,
// the Spanish Debian history and the Chinese Debian reference.
describe('definitionIn', () => {
  it.each([
    ['Un parrain est une personne qui travaillera sur vos paquets avec vous.', 'fr', 'Un parrain', 'parrain'],
    ['Les NMU sont des envois effectués par quelqu’un d’autre que le responsable attitré.', 'fr', 'Les NMU', 'nmu'],
    [
      'Le sauvetage de paquet est le processus permettant de sauver un paquet qui semble non entretenu.',
      'fr',
      'Le sauvetage de paquet',
      'sauvetage de paquet',
    ],
    [
      'piuparts est l’outil de test d’installation, de mise à niveau et de retrait de paquets .deb.',
      'fr',
      'piuparts',
      'piuparts',
    ],
    ['Deborphan ist ein Programm, das Anwendern hilft, Pakete aufzuspüren.', 'de', 'Deborphan', 'deborphan'],
    [
      'Ein Debug-Paket ist ein Paket, das zusätzliche Informationen enthält, die von gdb verwendet werden können.',
      'de',
      'Ein Debug-Paket',
      'debug-paket',
    ],
    ['Sid es el nombre permanente para la distribución «inestable» de Debian.', 'es', 'Sid', 'sid'],
    [
      'Mondo Rescue 是一个备份系统，它能够方便的从备份 CD/DVD 等设备中快速恢复整个系统。',
      'zh',
      'Mondo Rescue',
      'mondo rescue',
    ],
  ])('%s defines its subject', (sentence, locale, subject, key) => {
    expect(definitionIn(sentence, locale)).toMatchObject({ subject, key });
  });

  it('tells plural from singular, names from noun phrases, and the class the sentence gives', () => {
    expect(
      definitionIn('Les parrains sont des développeurs Debian officiels qui sont volontaires.', 'fr'),
    ).toMatchObject({
      plural: true,
      named: false,
      genus: 'développeurs',
    });
    expect(definitionIn('blhc est un outil qui vérifie les journaux de constructions.', 'fr')).toMatchObject({
      plural: false,
      named: true,
      genus: 'outil',
    });
  });

  it('gives the words a written answer names (without the article, up to a joiner) and whether the article is indefinite', () => {
    expect(
      definitionIn('Ein Alphabet ist eine nicht-leere, endliche Menge von Symbolen (auch Buchstaben genannt).', 'de'),
    ).toMatchObject({ term: 'Alphabet', termStart: 4, indefinite: true });
    expect(definitionIn('L’empaquetage est le processus de construction d’un paquet binaire.', 'fr')).toMatchObject({
      term: 'empaquetage',
      termStart: 2,
      indefinite: false,
    });
    expect(definitionIn('Le sauvetage de paquet est le processus permettant de sauver un paquet.', 'fr')).toMatchObject(
      { term: 'sauvetage', termStart: 3, indefinite: false },
    );
  });

  it('joins the words of a German term by a genitive ("einer", "eines")', () => {
    // Page 8 of the German lecture slides on logic (the corpus).
    const syntax =
      'Die Syntax einer natürlichen Sprache ist die Menge an Regeln, nach denen Sätze gebildet werden dürfen.';
    expect(definitionIn(syntax, 'de')).toMatchObject({
      key: 'syntax einer natürlichen sprache',
      genus: 'menge',
      term: 'Syntax',
      termStart: 4,
    });
  });

  it('gives as the class the first noun in German, and leaves asides in parentheses out', () => {
    // Pages 21 and 24 of the German lecture slides on logic (the corpus).
    expect(
      definitionIn('Ein Alphabet ist eine nicht-leere, endliche Menge von Symbolen (auch Buchstaben genannt).', 'de'),
    ).toMatchObject({ key: 'alphabet', genus: 'menge' });
    expect(
      definitionIn('Eine formale Sprache ist eine (oft unendliche!) Menge von Worten für ein festes Alphabet.', 'de'),
    ).toMatchObject({ key: 'formale sprache', genus: 'menge' });
    expect(
      definitionIn('Un métapaquet est un (petit) paquet quasiment vide qui dépend d’autres paquets.', 'fr'),
    ).toMatchObject({ genus: 'paquet' });
  });

  it.each([
    // Pronouns, demonstratives, possessives, quantifiers and openers make no term.
    ['Cette situation quelque peu étrange est une fonctionnalité bien expliquée dans la Charte.', 'fr'],
    ['Un tel paquet est un peu délicat à inspecter et à comprendre pour chaque modification.', 'fr'],
    ['Si votre paquet est un démon qui doit être exécuté au démarrage du système, vous avez tort.', 'fr'],
    ['Une autre forme de maintenance collective est une maintenance en équipe, recommandée ici.', 'fr'],
    ['Die zweite Ausnahme ist die wenn die Version des Pakets in Testing nicht synchron ist.', 'de'],
    ['In allen Chroots sind die normalen Home-Verzeichnisse der Benutzer verfügbar.', 'de'],
    // A number, a path or a comma in the subject: a line of a listing or a clause, not a term.
    ['La ligne 1 est le nom du paquet source qui est construit ici.', 'fr'],
    ['Comme le nom le suggère, dh_make est une réécriture de debmake et de ses modèles.', 'fr'],
    // The subject's head said again: the stem would show the answer.
    ['Le système quilt est le système de maintenance conseillé pour les paquets.', 'fr'],
    // An example of something is not what it is.
    ['Das vim-Quellpaket ist ein Beispiel dafür, wie dies mit einer handgemachten Datei gemacht wird.', 'de'],
    // Too little said of it, or said by likeness to a term named before.
    ['Gentoo est un paquet.', 'fr'],
    ['Die Kurzbeschreibung ist eine Abfrage und kein Titel.', 'de'],
    ['cowbuilder est un outil similaire, qui accélère le processus de construction sur tout système.', 'fr'],
    ['equivs ist ein weiteres Paket für die Paketerstellung aus leeren Abhängigkeiten.', 'de'],
    // Chinese: only a name in Latin letters has clean edges without a parser.
    ['这个脚本是一个短小的 shell，使用标准工具。', 'zh'],
  ])('%s defines nothing', (sentence, locale) => {
    expect(definitionIn(sentence, locale)).toBeUndefined();
  });

  it('leaves out a lone capitalized opener the document writes in lowercase: a common word ("Gelegentlich ist ...")', () => {
    const sentence =
      'Gelegentlich ist der erste Upload einer Portierung problematisch, da die Umgebung nicht gut genug war.';
    expect(definitionIn(sentence, 'de', (w) => w === 'gelegentlich')).toBeUndefined();
    expect(
      definitionIn(
        'Debconf ist ein Konfigurationsverwaltungssystem für allerlei Skripte der Pakete.',
        'de',
        () => false,
      ),
    ).toMatchObject({ subject: 'Debconf' });
  });

  it('knows no definition in a language without a rule', () => {
    expect(definitionIn('리눅스는 유닉스와 비슷한 운영체제이며 자유 소프트웨어입니다.', 'ko')).toBeUndefined();
  });

  it('reads Greek "X είναι ένα ..." and Ukrainian and Russian "X — це ...", "X — это ..."', () => {
    // The Debian installation guide in Greek, React's guide in Ukrainian.
    expect(
      definitionIn('Το BOOTP είναι ένα πρωτόκολλο IP που πληροφορεί έναν υπολογιστή για την διεύθυνση IP του.', 'el'),
    ).toMatchObject({ subject: 'Το BOOTP', key: 'bootp', genus: 'πρωτόκολλο', indefinite: false });
    expect(
      definitionIn('Vite — це інструмент збирання, який має на меті забезпечити швидшу та ефективнішу розробку.', 'uk'),
    ).toMatchObject({ subject: 'Vite', key: 'vite', named: true, genus: 'інструмент' });
    expect(definitionIn('Пропси — це інформація, яку ви передаєте до тегу JSX.', 'uk')).toMatchObject({
      subject: 'Пропси',
      named: false,
      genus: 'інформація',
    });
    expect(definitionIn('Linux — это ядро операционной системы, написанное Линусом Торвальдсом.', 'ru')).toMatchObject({
      subject: 'Linux',
      named: true,
      genus: 'ядро',
    });
    for (const sentence of [
      'У такій історії React — це офіціант, який приймає від клієнтів замовлення.',
      'Тут — це синтаксичне скорочення, яке означає передати всі властивості об’єкта.',
      'Η διαδικασία ανάπτυξής του είναι ένα παράδειγμα του πόσο καλά μπορεί να δουλέψει το μοντέλο.',
    ])
      expect(definitionIn(sentence, sentence.includes('είναι') ? 'el' : 'uk'), sentence).toBeUndefined();
  });
});
