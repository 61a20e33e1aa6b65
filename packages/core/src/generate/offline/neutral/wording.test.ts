import { describe, expect, it } from 'vitest';
import { answerIsTrue } from '../../../export/true-false.js';
import { hasWording, pairedQuotes, wordingFor } from './wording.js';

describe('pairedQuotes', () => {
  it('sets the language’s quotation marks where the page set the closing one on both sides', () => {
    // The Debian Reference in English, German and Chinese.
    expect(pairedQuotes('The mount options are set in ”/etc/fstab”.')).toBe(
      'The mount options are set in “/etc/fstab”.',
    );
    expect(pairedQuotes('Die ”Packages”-Metadaten werden aktualisiert, wenn eine ”deb”-Zeile existiert.', 'de')).toBe(
      'Die „Packages“-Metadaten werden aktualisiert, wenn eine „deb“-Zeile existiert.',
    );
    expect(pairedQuotes('移除”/etc/apt/preferences” 文件。', 'zh')).toBe('移除“/etc/apt/preferences”文件。');
    // Marks already paired, or one left open, stay as they are.
    for (const text of ['Il dit “oui” et ”non”.', 'The file ”/etc/fstab is cut.'])
      expect(pairedQuotes(text)).toBe(text);
  });

  it('sets the inner marks inside the marks of a question that quotes the sentence', () => {
    expect(wordingFor('de').fillBlank('Die Optionen werden in ”____” festgelegt.')).toBe(
      'Ergänzen Sie die Lücke: „Die Optionen werden in ‚____‘ festgelegt.“',
    );
    expect(wordingFor('zh').fillBlank('移除”____” 文件。')).toBe('填空：“移除‘____’文件。”');
    // Full-width punctuation where the PDF left Latin commas, full stops and spaces between characters.
    expect(
      wordingFor('zh').fillBlank('____ 程序以好看的格式展示”/proc/modules” 的内容, 显示当前内核加载了哪些模块.'),
    ).toBe('填空：“____ 程序以好看的格式展示‘/proc/modules’的内容，显示当前内核加载了哪些模块。”');
    expect(wordingFor('zh').fillBlank('最近的 ____ 用完全的”nocompatible” 选项启动自己，进入到 普通模式。')).toBe(
      '填空：“最近的 ____ 用完全的‘nocompatible’选项启动自己，进入到普通模式。”',
    );
    // No space the layout left between a character and a mark, in Chinese and Japanese.
    expect(wordingFor('zh').fillBlank('虚拟设备的一个例子是控制台，用 ”____”来描述。')).toBe(
      '填空：“虚拟设备的一个例子是控制台，用‘____’来描述。”',
    );
    // The sentence's own marks of the question's kind: “““____”” would read as one mark too many.
    expect(wordingFor('zh').fillBlank('“____”中包含了基础的静态文件系统配置。')).toBe(
      '填空：“‘____’中包含了基础的静态文件系统配置。”',
    );
    expect(wordingFor('fr').fillBlank('Le fichier ”____” est lu au démarrage.')).toBe(
      'Complétez\u00A0: «\u00A0Le fichier “____” est lu au démarrage.\u00A0»',
    );
    // A true or false statement is no quotation: its marks are the language's first ones.
    expect(wordingFor('fr').trueFalse('Le fichier ”/etc/fstab” est lu au démarrage.')).toBe(
      'Vrai ou faux\u00A0: Le fichier «\u00A0/etc/fstab\u00A0» est lu au démarrage.',
    );
  });
});

describe('wordingFor', () => {
  it('writes French with a no-break space before the colon and guillemets', () => {
    const w = wordingFor('fr');
    expect(w.fillBlank('Debian fut fondé en ____.', 'year')).toBe(
      'Complétez (une année)\u00A0: «\u00A0Debian fut fondé en ____.\u00A0»',
    );
    expect(w.trueFalse('Debian fut fondé en 1993.')).toBe('Vrai ou faux\u00A0: Debian fut fondé en 1993.');
    expect(w.truth).toEqual(['Vrai', 'Faux']);
  });

  it('writes German and Spanish with their own quotation marks', () => {
    expect(wordingFor('de').pageStates(3, 'Ein Satz.')).toBe('Seite 3: „Ein Satz.“');
    expect(wordingFor('es-MX').fillBlank('Debian se fundó en ____.')).toBe(
      'Complete el espacio en blanco: «Debian se fundó en ____.»',
    );
  });

  it('writes Japanese and Chinese with full-width punctuation, Traditional Chinese for zh-TW and zh-Hant', () => {
    expect(wordingFor('ja').fillBlank('富士山の高さは____メートルである。', 'number')).toBe(
      '空欄を埋めてください（数）：「富士山の高さは____メートルである。」',
    );
    expect(wordingFor('zh').verdict(false, 2, '它有 16 个分区。')).toBe('错误。第 2 页写道：“它有 16 个分区。”');
    expect(wordingFor('zh-TW').truth).toEqual(['正確', '錯誤']);
    expect(wordingFor('zh-Hant-HK').truth).toEqual(['正確', '錯誤']);
  });

  it('opens Arabic and Hebrew with a right-to-left mark', () => {
    expect(wordingFor('ar').trueFalse('نص').startsWith('\u200Fصحيح أم خطأ')).toBe(true);
    expect(wordingFor('he').verdict(true, 1, 'משפט.').startsWith('\u200Fנכון.')).toBe(true);
    expect(wordingFor('ru').trueFalse('x').startsWith('\u200F')).toBe(false);
  });

  it('falls back to English for a language it has no words for', () => {
    expect(hasWording('sw')).toBe(false);
    expect(wordingFor('sw').language).toBe('en');
    expect(wordingFor(undefined).trueFalse('Water boils.')).toBe('True or false: Water boils.');
  });

  it('writes true/false choices the exporters read as true and false, in every language it has', () => {
    for (const tag of [
      'en',
      'fr',
      'de',
      'es',
      'it',
      'pt',
      'nl',
      'ru',
      'uk',
      'el',
      'ar',
      'he',
      'zh',
      'zh-TW',
      'ja',
      'ko',
    ]) {
      const [yes, no] = wordingFor(tag).truth;
      expect(answerIsTrue([yes, no], yes), `${tag}: ${yes}`).toBe(true);
      expect(answerIsTrue([yes, no], no), `${tag}: ${no}`).toBe(false);
      // Also when the exporters see the choices in the other order.
      expect(answerIsTrue([no, yes], yes), `${tag}: ${yes} second`).toBe(true);
    }
  });
});

describe('quoting a sentence cut from a quotation', () => {
  it('does not double an opening mark that nothing closes', () => {
    const es = wordingFor('es');
    expect(es.pageStates(7, '«Debian 0.91 fue publicada en enero de 1994.')).toBe(
      'La página 7 dice: «Debian 0.91 fue publicada en enero de 1994.»',
    );
    expect(es.pageStates(7, '«Potato» fue el nombre de Debian 2.2.')).toBe(
      'La página 7 dice: ««Potato» fue el nombre de Debian 2.2.»',
    );
  });
});

describe('about', () => {
  it('names what a question is about beside its hint, in each language’s punctuation', () => {
    const uk = wordingFor('uk');
    expect(uk.about(uk.trueFalse('Це типова поведінка.'), 'find')).toBe(
      'Правильно чи хибно (find): Це типова поведінка.',
    );
    expect(uk.about(uk.fillBlank('У ____ році.', 'year'), 'gzip')).toBe(
      'Заповніть пропуск (gzip, рік): «У ____ році.»',
    );
    const fr = wordingFor('fr');
    expect(fr.about(fr.trueFalse('Il lit les paquets.'), 'dpkg')).toBe(
      'Vrai ou faux (dpkg)\u00A0: Il lit les paquets.',
    );
    const ja = wordingFor('ja');
    expect(ja.about(ja.fillBlank('____年に公開された。', 'year'), 'ls')).toBe(
      '空欄を埋めてください（ls、年）：「____年に公開された。」',
    );
    const ar = wordingFor('ar');
    expect(ar.about(ar.fillBlank('صدر في ____.', 'year'), 'tar')).toBe('\u200Fاملأ الفراغ (tar، سنة): «صدر في ____.»');
    // Any other text stays as it is.
    expect(uk.about('Інше питання', 'find')).toBe('Інше питання');
  });
});

describe('whichEntry', () => {
  it('asks which option or variable a description is of, in each language’s grammar and punctuation', () => {
    expect(wordingFor('uk').whichEntry('option', 'Не заходити автоматично у каталоги.', 'tar')).toBe(
      'Виберіть параметр tar, описаний тут: «Не заходити автоматично у каталоги.»',
    );
    expect(wordingFor('uk').whichEntry('variable', 'Назва файла журналу.', 'less')).toBe(
      'Виберіть змінну less, описану тут: «Назва файла журналу.»',
    );
    expect(wordingFor('en').whichEntry('option', 'Do not descend into directories.', 'tar')).toBe(
      'Choose the option of tar described here: "Do not descend into directories."',
    );
    expect(wordingFor('fr').whichEntry('setting', 'Active le transfert X11.', 'ssh')).toBe(
      'Choisissez le paramètre de ssh décrit ici\u00A0: «\u00A0Active le transfert X11.\u00A0»',
    );
    expect(wordingFor('de').whichEntry('variable', 'Die Zahl der Befehle im Verlauf.', 'less')).toBe(
      'Wählen Sie die hier beschriebene Variable von less: „Die Zahl der Befehle im Verlauf.“',
    );
    // Arabic: the noun bound to the program's name, without its article; a right-to-left mark first.
    expect(wordingFor('ar').whichEntry('option', 'لا تتبع الروابط الرمزية.', 'find')).toBe(
      '\u200Fاختر خيار find الموصوف هنا: «لا تتبع الروابط الرمزية.»',
    );
    expect(wordingFor('ja').whichEntry('option', 'ディレクトリを再帰的にたどらない。', 'tar')).toBe(
      'ここで説明されている tar のオプションを選んでください：「ディレクトリを再帰的にたどらない。」',
    );
    // Korean: the object particle after a vowel (변수를) or a consonant (옵션을).
    expect(wordingFor('ko').whichEntry('variable', '기록할 명령의 개수입니다.', 'less')).toBe(
      '여기에서 설명하는 less 환경 변수를 고르세요: “기록할 명령의 개수입니다.”',
    );
    // A manual page's variables are environment variables: "環境変数", "环境变量" in Japanese and Chinese.
    expect(
      wordingFor('ja').whichEntry('variable', '国際化されたメッセージで使用するロケールを設定します。', 'find'),
    ).toBe(
      'ここで説明されている find の環境変数を選んでください：「国際化されたメッセージで使用するロケールを設定します。」',
    );
    expect(wordingFor('ko').whichEntry('option', '압축을 풉니다.', 'gzip')).toBe(
      '여기에서 설명하는 gzip 옵션을 고르세요: “압축을 풉니다.”',
    );
  });
});
