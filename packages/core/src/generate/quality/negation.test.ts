import { describe, expect, it } from 'vitest';
import { withoutNegation } from './negation.js';

const affirmed = (sentence: string, language = 'en') => withoutNegation(sentence, language)?.affirmative ?? null;

describe('a denial turned into its opposite', () => {
  it('takes the one negation out of an English statement, inflecting the verb "do" carried', () => {
    // A Supreme Court syllabus, a trauma review, Wikipedia, a kernel manual.
    expect(affirmed('The Compact does not pre-empt the Oklahoma water statutes.')).toBe(
      'The Compact pre-empts the Oklahoma water statutes.',
    );
    expect(affirmed('AI pioneer Jürgen Schmidhuber did not sign the joint statement.')).toBe(
      'AI pioneer Jürgen Schmidhuber signed the joint statement.',
    );
    expect(affirmed('The kernel cannot load modules signed with an unknown key.')).toBe(
      'The kernel can load modules signed with an unknown key.',
    );
    expect(affirmed('Mechanical compression devices should not be used as an initial choice.')).toBe(
      'Mechanical compression devices should be used as an initial choice.',
    );
    expect(affirmed("The package manager doesn't resolve circular dependencies.")).toBe(
      'The package manager resolves circular dependencies.',
    );
    expect(withoutNegation('The Compact does not pre-empt the statutes.', 'en')).toMatchObject({
      negation: 'does not',
      at: 'The Compact '.length,
    });
  });

  it('leaves alone a negation of a clause of its own, a partial one, a possibility, or one beside a contrast', () => {
    for (const sentence of [
      'Tarrant counters that its interpretation would not intrude on the sovereign prerogative of Oklahoma.',
      'Representational fairness tries to ensure that AI systems do not reinforce negative stereotypes.',
      'The developers may not be aware that the bias exists.',
      'Failed filter retrieval does not carry an immediate complication, but it does expose the patient.',
      'Although DVT alone is not life-threatening, a resulting pulmonary embolism carries significant morbidity.',
      'The early release is deprecated and should not be used.',
      'Tarrant has not raised any Commerce Clause challenge to the allocation.',
      'Transformers are not only used for language.',
      'Such infections are not uncommon in intensive care.',
      'Deep learning is not always the best choice for small data sets.',
      'The reason that deep learning performs so well is not known.',
      'No signatory State had pressed for a diversion, and the Compact did not allow one.',
      'AI pioneer Jürgen Schmidhuber did not sign the joint statement, emphasising that AI research is about health.',
      // Some of a kind: "some are not" and "some are" are both true.
      'Some operations of the archive are not automated in the upload process.',
      // "also" sets the denial beside one the sentence before made.
      'The Oklahoma water statutes also do not run afoul of the Commerce Clause.',
      // The gnuplot manual: "often not" is no "never", and a cause explains the negation.
      'Often the endianess of binary data in the file does not agree with that of the platform.',
      'Resizing of the console window does not work correctly due to a bug in libcaca.',
    ]) {
      expect(affirmed(sentence), sentence).toBeNull();
    }
  });

  it('takes out "no", "não", "non" and "nicht" before what they deny, unless partial or in another clause', () => {
    expect(affirmed('El proyecto Debian no incluye software privativo en la distribución principal.', 'es')).toBe(
      'El proyecto Debian incluye software privativo en la distribución principal.',
    );
    expect(affirmed('O instalador não suporta discos com tabelas de partição híbridas.', 'pt')).toBe(
      'O instalador suporta discos com tabelas de partição híbridas.',
    );
    expect(affirmed('Il pacchetto non contiene la documentazione completa del programma.', 'it')).toBe(
      'Il pacchetto contiene la documentazione completa del programma.',
    );
    expect(affirmed('Das Paket wird bei der Installation nicht automatisch konfiguriert.', 'de')).toBe(
      'Das Paket wird bei der Installation automatisch konfiguriert.',
    );
    for (const [sentence, language] of [
      ['El proyecto Debian no solo incluye software libre.', 'es'],
      // A plural adjective denied, not the verb (the Debian Reference in Spanish and Portuguese).
      ['Los paquetes no binarios («Arquitectura: todas») son seguros de instalar.', 'es'],
      ['Os pacotes não oficiais ficam fora do arquivo principal.', 'pt'],
      ['La Debian 1.0 prematura en CD está desaprobada y no debe ser usada.', 'es'],
      ['El paquete que no tiene mantenedor se elimina de la distribución.', 'es'],
      ['Das Paket ist nicht nur klein, sondern auch schnell.', 'de'],
      ['Ein Paket enthält keine Dokumentation und wird nicht gebaut.', 'de'],
      ['El instalador no detecta el disco, y el sistema se detiene.', 'es'],
      // The Debian developers' reference in German: a "da" clause, a relative clause, "nicht" making an adjective.
      ['Der erste Upload ist problematisch, da die Umgebung nicht gut genug war.', 'de'],
      ['Sponsern bedeutet, ein Paket für einen Betreuer hochzuladen, der nicht in der Lage ist, dies zu tun.', 'de'],
      ['Die Interaktion muss vermieden werden, um nicht interaktive Installationen zu ermöglichen.', 'de'],
      ['Manchmal wird das Paket nicht gebaut.', 'de'],
      ['Einige Operationen zum Manipulieren von Archiven sind im Upload-Prozess nicht automatisiert.', 'de'],
      ['Die häufigsten Gründe warum ein Paket nicht berücksichtigt wird lauten: zu neu.', 'de'],
      ['Einige der Server sind nicht öffentlich – eine erste Schicht von Spiegeln verteilt die Last.', 'de'],
      // A possibility denied ("may not be") is no claim its affirmative contradicts; "sometimes" neither.
      ['L’indirizzo IP 127.0.1.1 nella seconda riga può non essere presente in altri sistemi.', 'it'],
      ['O endereço IP 127.0.1.1 pode não ser encontrado noutros sistemas tipo-Unix.', 'pt'],
      ['Por vezes, um pacote pode não dar para instalar através das ferramentas de gestão de pacotes.', 'pt'],
      ['A volte il pacchetto non viene installato dagli strumenti di gestione.', 'it'],
      // A clause after it says what is the case instead.
      ['Os pacotes fonte Debian não podem ser instalados, são apenas desempacotados num directório.', 'pt'],
    ]) {
      expect(affirmed(sentence!, language), sentence).toBeNull();
    }
  });

  it('takes out a German "nicht" past a relative clause closed on both sides, and "kein" where "ein" fits', () => {
    // Sentences of the Debian developer's reference in German.
    expect(
      affirmed('Informationen, die immer noch vertraulich sind, werden nicht zur Datenbank hinzugefügt.', 'de'),
    ).toBe('Informationen, die immer noch vertraulich sind, werden zur Datenbank hinzugefügt.');
    expect(
      affirmed(
        'Vorlagentexte sollten keinen Bezug zu Steuerelementen herstellen, die zu irgendwelchen Debconf-Schnittstellen gehören.',
        'de',
      ),
    ).toBe(
      'Vorlagentexte sollten einen Bezug zu Steuerelementen herstellen, die zu irgendwelchen Debconf-Schnittstellen gehören.',
    );
    expect(affirmed('Der Betreuer hat kein verbliebenes Problem gemeldet.', 'de')).toBe(
      'Der Betreuer hat ein verbliebenes Problem gemeldet.',
    );
    expect(affirmed('Die Kurzbeschreibung sollte keine Wiederholung des Paketnamens enthalten.', 'de')).toBe(
      'Die Kurzbeschreibung sollte eine Wiederholung des Paketnamens enthalten.',
    );
    for (const sentence of [
      // "keine" before a plural, or before a noun whose number its form does not show: no "eine" to put.
      'Für einen Upload eines Portierers werden keine Änderungen am Quellcode vorgenommen.',
      'Gegen das Paket eingereichte Fehlerberichte haben keine Antwort vom Betreuer.',
      // "keinen" before a dative plural.
      'Die Betreuer sollten keinen Paketen aus Experimental vertrauen.',
      // The negation inside the relative clause; a condition; two negations.
      'Sponsern bedeutet, ein Paket für einen Betreuer hochzuladen, der nicht in der Lage ist, dies selbst zu tun.',
      'Falls es keinen vernünftigen Grund für einen neuen Schlüssel gibt, können die Betreuer ihn ablehnen.',
      'Der Sponsor konnte kein Problem finden und hat das Paket nicht hochgeladen.',
      // A spoiler in the main clause still counts; "überhaupt nicht" (not at all) has no plain affirmative.
      'Pakete, die veraltet sind, werden manchmal nicht entfernt.',
      'Das Paket zu entfernen würde überhaupt nicht helfen.',
      // "in general", as "normally": a rule with exceptions, whose opposite is not plainly false.
      'Syntaktisch falschen Sätzen wird im Allgemeinen keine Bedeutung zugewiesen.',
      // "could not": a possibility, as "kann nicht" (and a story's, the Debian developer's reference's sponsor).
      'Der Sponsor konnte kein verbliebenes Problem finden.',
      // "nicht" in a label after "als" ("as not fixed").
      'Debian-Mitglieder sollten entfernte Pakete als nicht Fehler behoben im Security Tracker-Repository markieren.',
    ]) {
      expect(affirmed(sentence, 'de'), sentence).toBeNull();
    }
  });

  it('takes out a Russian or Ukrainian "не" before the verb of the main clause only', () => {
    expect(affirmed('Пакеты не удаляются напрямую из тестируемого дистрибутива.', 'ru')).toBe(
      'Пакеты удаляются напрямую из тестируемого дистрибутива.',
    );
    expect(affirmed('Пакети не видаляються безпосередньо з тестового дистрибутиву.', 'uk')).toBe(
      'Пакети видаляються безпосередньо з тестового дистрибутиву.',
    );
    for (const sentence of [
      'Пакет, который не собирается, удаляется из архива.', // a relative clause's
      'Пакет не всегда собирается на всех архитектурах.', // partial
      'Этот пакет может не работать на старых системах.', // a possibility
      'Иногда пакет не собирается из-за ошибок.', // "sometimes"
      'Пакет не собирается, а только распаковывается.', // what is the case instead
      'Пакет вовсе не означает, что это тестируемый дистрибутив.', // "not at all"
      'Пользователи отправляют вопросы, не относящиеся к Debian, в группы USENET.', // an aside's
    ]) {
      expect(affirmed(sentence, 'ru'), sentence).toBeNull();
    }
    // React's guide in Ukrainian.
    expect(affirmed('Зміни в локальних змінних не викликають рендер.', 'uk')).toBe(
      'Зміни в локальних змінних викликають рендер.',
    );
    // React's guide: "no longer", the genitive of negation, an exclamation, a clause after a colon, an English
    // negation beside it. Manual pages: the genitive after an impersonal "не передбачено", "none", "hardly",
    // "instead", "some".
    const kept: [string, string][] = [
      [
        'Використання початкового індексу рядка як key більше не працює, оскільки кожен роздільник тепер у масиві.',
        'uk',
      ],
      ['Наприклад, ненульове значення error не має змісту, коли status має значення success.', 'uk'],
      ['На першій скульптурі також не має бути краху.', 'uk'],
      ['Ви можете передати всі пропси JSX за допомогою spread синтаксису, але не зловживайте цим!', 'uk'],
      [
        'React не групує докупи оновлення з різних свідомих дій штибу клацань: кожне клацання обробляється окремо.',
        'uk',
      ],
      ['Локальні змінні не зберігаються (don’t persist) між рендерами.', 'uk'],
      ["Локальні змінні не зберігаються (don't persist) між рендерами.", 'uk'],
      ['У метасимволах не передбачено спеціальної обробки «/» або «.».', 'uk'],
      ['Команда mount не реалізує жодної політики для керування цією поведінкою.', 'uk'],
      ['Розмір блоку майже не впливає на швидкість стискання або розпаковування.', 'uk'],
      ['Програма виводить назви файлів, натомість не виводить рядки зі збігами.', 'uk'],
      ['Деякі комбінації не реалізовано в усіх системах.', 'uk'],
      ['Этот метод больше не работает в новых версиях.', 'ru'],
      ['Такое значение не имеет смысла.', 'ru'],
      ['Этот параметр почти не влияет на скорость сжатия.', 'ru'],
      ['В метасимволах не предусмотрено специальной обработки.', 'ru'],
    ];
    for (const [sentence, language] of kept) expect(affirmed(sentence, language), sentence).toBeNull();
  });

  it('takes out French "ne … pas" around the verb, not a "ne … que", a "pas de" or an instruction', () => {
    expect(affirmed('Le programme dpkg ne gère pas les dépendances entre paquets.', 'fr')).toBe(
      'Le programme dpkg gère les dépendances entre paquets.',
    );
    expect(
      affirmed('La mise à jour du style d’empaquetage n’est pas nécessaire lors de la mise à jour d’un paquet.', 'fr'),
    ).toBe('La mise à jour du style d’empaquetage est nécessaire lors de la mise à jour d’un paquet.');
    for (const sentence of [
      'Le paquet ne contient que des fichiers de documentation.',
      "Il n'y a pas de fichier de configuration dans ce paquet source.",
      'Remarquez qu’il n’est pas nécessaire de créer un nouveau paquet pour devenir développeur.',
      'Le préfixe est omis quand la signification n’est pas ambiguë.',
      'Les raisons pour lesquelles un paquet n’est pas considéré sont la jeunesse du paquet.',
      "Certaines manipulations de l'archive ne sont pas possibles avec le processus automatisé.",
      'Le seul endroit pour les conffiles est /etc, donc ce fichier ne devrait pas exister.',
      'Souvent les fichiers inutiles ne sont pas nettoyés correctement ; adaptez le fichier rules.',
      'L’empaquetage de bibliothèque n’est pas facile pour un mainteneur débutant, et devrait être évité.',
      // A second negation in the sentence (the Debian developer's reference).
      'Sauver un paquet n’est pas destiné à remplacer la gestion MIA et diffère en ce qu’elle n’implique aucunement l’activité complète de responsable.',
    ]) {
      expect(affirmed(sentence, 'fr'), sentence).toBeNull();
    }
  });

  it('takes out a Chinese 不 before a verb of the main clause only', () => {
    expect(affirmed('dpkg 不支持自动解决依赖关系。', 'zh')).toBe('dpkg 支持自动解决依赖关系。');
    expect(affirmed('本文档不能够代替官方指导手册。', 'zh')).toBe('本文档能够代替官方指导手册。');
    for (const sentence of [
      '这个软件包不同于其他的软件包。',
      '举个例子，不使用选项时，mount(8) 假设 vfat 文件系统使用 CP437。',
      '某些软件在遇到软链接目录时可能不会正常工作。',
      '一些著名的由系统提供的组允许其成员不需要 root 权限访问某些特定的文件。',
      '默认情况下系统没有安装图形界面。',
    ]) {
      expect(affirmed(sentence, 'zh'), sentence).toBeNull();
    }
  });

  it('takes out a Japanese polite negative at the end of a plain statement only', () => {
    // The Debian Reference in Japanese.
    expect(affirmed('Debian は”/usr/local/” とか”/opt” 中のファイルに触れません。', 'ja')).toBe(
      'Debian は”/usr/local/” とか”/opt” 中のファイルに触れます。',
    );
    expect(affirmed('本書は正式の案内書を置き換えません。', 'ja')).toBe('本書は正式の案内書を置き換えます。');
    expect(affirmed('次は順番に実行すると言う意味の例ではありません。', 'ja')).toBe(
      '次は順番に実行すると言う意味の例です。',
    );
    // What は marked as denied is there with が.
    expect(affirmed('ダブルクォート中のシングルクォートに効果はありません。', 'ja')).toBe(
      'ダブルクォート中のシングルクォートに効果があります。',
    );
    expect(affirmed('GNU grep では、基本と拡張の文法の間で、利用できる機能に違いはありません。', 'ja')).toBe(
      'GNU grep では、基本と拡張の文法の間で、利用できる機能に違いがあります。',
    );
    for (const sentence of [
      // "might", "must not", "need not", "only", a word that needs a negative, a reason, a second negative.
      '翻訳されたメッセージは別の地域化パッケージとして供給されているかもしれません。',
      '”/etc/exim4/passwd.client” 中のホスト名はエイリアスであってはいけません。',
      '次に示すように、今後リモートパスワードは必要ありません。',
      'この方法は root しか使えません。',
      'ここでも、UTF-8 ロケールを使ったからといって何も失うわけではありません。',
      '対応する機能が利用できないため、このソフトウェアはインストールできません。',
      'ほとんどの普通のプログラムはカーネルヘッダーを必要としませんし、直接用いるとうまくいかないかもしれません。',
      // "... too is no exception": the rule is the sentence before's.
      'Debian システムも例外ではありません。',
    ]) {
      expect(affirmed(sentence, 'ja'), sentence).toBeNull();
    }
  });

  it('takes out a Greek "δεν" before the verb of the main clause only', () => {
    // After the Debian installation guide in Greek.
    expect(affirmed('Στο βασισμένο σε κείμενο περιβάλλον δεν υποστηρίζεται η χρήση ενός ποντικιού.', 'el')).toBe(
      'Στο βασισμένο σε κείμενο περιβάλλον υποστηρίζεται η χρήση ενός ποντικιού.',
    );
    expect(affirmed('Συσκευές σύνθεσης ομιλίας με hardware δεν ανιχνεύονται αυτόματα.', 'el')).toBe(
      'Συσκευές σύνθεσης ομιλίας με hardware ανιχνεύονται αυτόματα.',
    );
    for (const sentence of [
      // Of no one, any more, some: their opposite is not what the negation alone said.
      'Σε αντίθεση με άλλα λειτουργικά συστήματα, το GNU/Linux δεν ανήκει σε κανέναν.',
      'Η υποστήριξη για το σύστημα αρχείων Reiser δεν είναι πια εκ των προτέρων διαθέσιμη.',
      'Μερικές παλιότερες συσκευές CD-ROM δεν υποστηρίζουν την ανάγνωση από δίσκους υψηλής ταχύτητας.',
      // In a relative clause; a "cannot", a "must not".
      'Η υπηρεσία ssh χρησιμοποιεί μια προκαθορισμένη διαμόρφωση που δεν στέλνει πακέτα keep-alive.',
      'Αρκετές συσκευές τύπου slot loading δεν μπορούν να ξαναφορτώσουν τα μέσα αυτόματα.',
      'Ο χρήστης δεν πρέπει να διακόψει την εγκατάσταση του συστήματος.',
      // With its reason after it (Greek Wikipedia, XQuAD): affirmed, the statement contradicts itself.
      'Τα πρώην σχολεία «Μοντέλου Γ» δεν είναι ιδιωτικά σχολεία, καθώς ελέγχονται από το κράτος.',
    ])
      expect(affirmed(sentence, 'el'), sentence).toBeNull();
  });

  it('takes out an Arabic "لا" before a verb in the present, and a Hebrew "לא", of the main clause only', () => {
    expect(affirmed('برنامج الإعداد لا يدعم أنظمة الملفات القديمة.', 'ar')).toBe(
      'برنامج الإعداد يدعم أنظمة الملفات القديمة.',
    );
    expect(affirmed('המערכת לא תומכת בכוננים ישנים.', 'he')).toBe('המערכת תומכת בכוננים ישנים.');
    for (const [sentence, language] of [
      // "No doubt", "they do not exist": "لا" before a noun, whose sentence breaks without it.
      ['حجم مجتمعها دليل لا ريب فيه على استمراريتها.', 'ar'],
      ['ترفض القاعدة الرسائل المرسلة إلى مستخدمين محليين لا وجود لهم.', 'ar'],
      // "Still" (لا يزال), "cannot" (لا يمكن), and a clause after a comma.
      ['المشروع لا يزال يعتمد على المتطوعين.', 'ar'],
      ['المستخدم لا يمكن أن يغير هذا الملف.', 'ar'],
      ['عند التثبيت، لا يطلب البرنامج كلمة المرور.', 'ar'],
      // "Could not", "only", and a second negation.
      ['הוא לא יכול היה לפרסם את שיריו.', 'he'],
      ['המערכת לא תומכת אלא בכוננים חדשים.', 'he'],
      // In a relative clause its prefix marks: "whose name is not known".
      ['נולדו לו שלוש בנות ובת אחת ששמה לא ידוע לחוקרים.', 'he'],
    ] as const)
      expect(affirmed(sentence, language), sentence).toBeNull();
  });

  it('takes out a Korean negative at the end of a plain statement, the verb made affirmative', () => {
    // The Debian installation guide and the Rust book in Korean.
    expect(affirmed('부팅 파라미터에서는 공백이 들어간 값을 지정할 수 없습니다.', 'ko')).toBe(
      '부팅 파라미터에서는 공백이 들어간 값을 지정할 수 있습니다.',
    );
    expect(affirmed('텍스트 기반 환경에서는 마우스 사용을 지원하지 않습니다.', 'ko')).toBe(
      '텍스트 기반 환경에서는 마우스 사용을 지원합니다.',
    );
    expect(affirmed('포인터가 가리키는 힙 영역의 데이터는 복사되지 않습니다.', 'ko')).toBe(
      '포인터가 가리키는 힙 영역의 데이터는 복사됩니다.',
    );
    // A stem ending in a consonant takes 습니다; one in ㄹ drops it for ㅂ.
    expect(affirmed('참조자는 값의 소유권을 갖지 않습니다.', 'ko')).toBe('참조자는 값의 소유권을 갖습니다.');
    expect(affirmed('설치 프로그램은 새 파티션을 만들지 않습니다.', 'ko')).toBe(
      '설치 프로그램은 새 파티션을 만듭니다.',
    );
    // What 은/는 marked as denied is there with 이/가.
    expect(affirmed('설치 과정에서 시스템 시각을 맞추는 방법은 없습니다.', 'ko')).toBe(
      '설치 과정에서 시스템 시각을 맞추는 방법이 있습니다.',
    );
    expect(affirmed('두 문법이 쓸 수 있는 기능에는 차이는 없습니다.', 'ko')).toBe(
      '두 문법이 쓸 수 있는 기능에는 차이가 있습니다.',
    );
    for (const sentence of [
      // Nobody, no longer, a step of a list, "at all", "only": the opposite is not what the negation alone said.
      '다른 운영체제와는 달리 어느 누구도 GNU/리눅스를 소유하지 않습니다.',
      'Reiser 파일 시스템은 더 이상 기본적으로 지원되지 않습니다.',
      '설치 프로그램의 메모리 사용량을 줄이려고 첫째로 번역 기능을 사용하지 않습니다.',
      '원인의 우발성 및 필연성도 전혀 고려되지 않습니다.',
      '이 명령은 관리자만 실행할 수 없습니다.',
      // "Some do not" (its opposite, "some do", is as true), and "of course", which tells the key.
      '일부 하드웨어 제조 업체는 드라이버를 어떻게 만드는지 알려주지 않습니다.',
      '당연히 미리 설정 파일을 읽기 전에 처리하는 질문은 미리 설정할 수 없습니다.',
      // A reason, a condition, a contrast, and a second negative.
      '참조자는 소유권을 갖지 않으므로, 스코프를 벗어나도 값은 drop 되지 않습니다.',
      '포트를 지정하지 않으면 설치 프로그램은 메시지를 보내지 않습니다.',
      '일반 파일을 swap으로 사용할 수 있지만 이것은 권장하지 않습니다.',
      // Too little before it to be a statement.
      '그렇지 않습니다.',
    ])
      expect(affirmed(sentence, 'ko'), sentence).toBeNull();
  });

  it('has no rule for a language it does not know', () => {
    expect(withoutNegation('Faili haipo kwenye diski.', 'sw')).toBeNull();
  });
});
