import { describe, expect, it } from 'vitest';
import {
  byFunctionWords,
  loadLanguageIdentifier,
  otherThanEnglish,
  pageLanguage,
  sentenceLanguage,
} from './page-language.js';

describe('pageLanguage', () => {
  it.each([
    ['Київ є столицею України і найбільшим містом країни. Він розташований на річці Дніпро.', 'uk'],
    ['Москва является столицей России и крупнейшим городом страны. Она расположена на реке Москве.', 'ru'],
    ['這個軟體包會在系統開機時自動啟動，對於伺服器來說非常重要。', 'zh-Hant'],
    ['这个软件包会在系统开机时自动启动，对于服务器来说非常重要。', 'zh'],
    ['富士山は日本で最も高い山である。', 'ja'],
    ['Le paquet est construit dans un environnement propre pour que les dépendances soient complètes.', 'fr'],
  ])('%s -> %s', (text, locale) => {
    expect(pageLanguage(text).locale).toBe(locale);
  });

  it('tells the Latin-script languages of short pages apart with the language identifier once it is loaded', async () => {
    // Openings of pages of Debian's FAQ in Portuguese and of its New Maintainers' Guide in Catalan and Spanish:
    // function words alone took the first for French and the second for Spanish.
    const catalan = 'Quan s’instal·li el paquet, hi haurà una ordre executable';
    const portuguese = 'CAPÍTULO 6. OS ARQUIVOS DEBIAN 6.10. O QUE É O DIRECTÓRIO';
    const spanish = 'Debian 7.0 (Wheezy) se publicó el 4 de mayo de 2013 para el mismo número de arquitecturas.';
    expect(pageLanguage(catalan).locale).toBe('es');
    await loadLanguageIdentifier();
    // Catalan is none of the languages questions are worded in: the neutral wording (English) is used.
    expect(pageLanguage(catalan).locale).toBe('und');
    expect(pageLanguage(portuguese).locale).toBe('pt');
    expect(pageLanguage(spanish).locale).toBe('es');
    expect(pageLanguage('Der Paketbetreuer prüft die Abhängigkeiten vor dem Hochladen.').locale).toBe('de');
    // Other scripts keep telling their language themselves.
    expect(pageLanguage('Москва является столицей России.').locale).toBe('ru');
  });

  it('tells German by its function words where the identifier is not sure', () => {
    // An option's description in fsck's German manual page, asked in English for want of "der", "die", "das":
    // "nichts" and "sondern" are German's alone.
    expect(byFunctionWords('führt nichts aus, sondern zeigt lediglich, was ausgeführt würde.')).toBe('de');
    expect(byFunctionWords('Zeigt den Fortschritt an, wenn das Dateisystem geprüft wird.')).toBe('de');
  });

  it('segments Traditional Chinese as ideographic text', () => {
    expect(pageLanguage('這個軟體包會在系統開機時自動啟動。').ideographic).toBe(true);
  });
});

describe('sentenceLanguage', () => {
  it.each([
    [
      'Please note that access to non-free-firmware packages are provided by the official installation media.',
      'zh',
      'en',
    ],
    ['Debian 10.0 (Buster) was released July 6th, 2019.', 'es', 'en'],
    ['Debian 7.0 (Wheezy) se publicó el 4 de mayo de 2013 para el mismo número de arquitecturas.', 'es', 'es'],
    ['现在循环设备可以管理多达 16 个分区。', 'zh', 'zh'],
    // A Chinese sentence around a few Latin words is Chinese, whatever the page's language.
    [
      '使用 Google 搜索，在关键字中包含“site:debian.org”， “site:wiki.debian.org”， “site:lists.debian.org” 等等。',
      'en',
      'zh',
    ],
    ['在远程主机”/etc/ssh/sshd_config” 里设置”AllowTcpForward 条目为”yes”.', 'pt', 'zh'],
    ['La longueur par défaut du champ de nom de paquet dans aptitude est de 30 caractères.', 'fr', 'fr'],
    // One і in sixty Cyrillic letters: too few to tell a page, but on a Ukrainian page the sentence is Ukrainian.
    ['Ви можете передати всі пропси JSX за допомогою spread синтаксису, але не зловживайте цим!', 'uk', 'uk'],
    ['Пакеты удаляются напрямую из тестируемого дистрибутива.', 'uk', 'ru'],
    ['Локальні змінні не зберігаються між рендерами.', 'ru', 'uk'],
    ['Пакети видаляються з дистрибутиву.', 'ru', 'ru'],
  ])('%s (page %s) -> %s', (sentence, page, expected) => {
    expect(sentenceLanguage(sentence, page)).toBe(expected);
  });
});

describe('sentenceLanguage on a Spanish page', () => {
  it('keeps the page’s language for a sentence whose few function words look Portuguese or French', () => {
    expect(
      sentenceLanguage('Se unió al proyecto en 1994 y siguió contribuyendo activamente hasta su muerte.', 'es'),
    ).toBe('es');
    expect(sentenceLanguage('Ray fue desarrollador de Debian durante 19 increíbles años.', 'es')).toBe('es');
  });
});

describe('otherThanEnglish', () => {
  it('tells a sentence of another language on an English page, by one function word the identifier agrees on', async () => {
    await loadLanguageIdentifier();
    // The Debian developer's reference in German, whose untranslated pages are English: "die" its only marker.
    expect(
      otherThanEnglish(
        'Natürlich werden einige Unterschiede, die ausgegeben werden, in Ordnung sein, aber es kann Ihnen helfen, verschiedene Missgeschicke zu vermeiden.',
      ),
    ).toBe(true);
    expect(otherThanEnglish('Sobald das Paket entfernt wurde, sollten die Fehler des Pakets geschlossen werden.')).toBe(
      true,
    );
    // The Debian Reference in Italian: no function word of the markers, but eight words and more, none English.
    expect(
      otherThanEnglish('Suggerimento In alternativa si può montare un file immagine vuoto del disco come device loop.'),
    ).toBe(true);
    // A title quoted in English does not make a sentence English (the Debian Reference in German and Spanish).
    expect(
      otherThanEnglish(
        'Die Code-Beispiele zum Erzeugen des Songs ”99 Bottles of Beer” sollten Ihnen gute Ideen zu nahezu allen Programmiersprachen geben.',
      ),
    ).toBe(true);
    expect(
      otherThanEnglish(
        'Si tiene un directorio vacio (p. ej., «/path/to/emp-dir») en otra partición con espacio utilizable, puede crear un enlace.',
      ),
    ).toBe(true);
    // English sentences without a marker of their own stay English, what they quote aside.
    for (const sentence of [
      'John McCarthy defines intelligence as "the computational part of the ability to achieve goals in the world".',
      'The book "Der Prozess" was written by Kafka in German and published after his death in 1925.',
      'Debian runs on many architectures, including amd64, arm64 and riscv64.',
      'Click OK once the installer shows its last screen.',
      'Kasparov lost the rematch against Deep Blue in 1997.',
      'Users can install packages on many architectures using apt once they have network access.',
    ]) {
      expect(otherThanEnglish(sentence), sentence).toBe(false);
    }
  });
});
