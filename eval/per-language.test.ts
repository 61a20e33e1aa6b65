import type { Question } from '@quizstream/core/schemas';
import { describe, expect, it } from 'vitest';
import { englishWrapper, measureLanguages, questionLanguage, totalLanguages } from './per-language.js';

const tf = (prompt: string, quote: string, key: string, page = 1): Question => ({
  id: prompt,
  type: 'true_false',
  prompt,
  choices: key === 'True' || key === 'False' ? ['True', 'False'] : ['Vrai', 'Faux'],
  answer: [key],
  explanation: '',
  difficulty: 'medium',
  source: { page, quote },
});

// Sentences of the French guide for new Debian maintainers and of the Spanish Debian history (whose release
// notes are quoted in English).
const french =
  'Le programme dpkg ne gère pas les dépendances entre les paquets binaires. Le paquet ucf fournit un dispositif ' +
  'pour conserver les modifications des utilisateurs dans les fichiers de configuration. La mise à jour du style ' +
  'd’empaquetage n’est pas nécessaire lors de la mise à jour d’un paquet, et le préfixe debian/ est omis.';
const english =
  'Debian 11.0 (Bullseye) was released August 14th, 2021, with many new packages for the users of the system.';

describe('figures per language', () => {
  it('counts a question in its quote’s language, else its page’s', () => {
    const pageOf = () => 'es';
    expect(questionLanguage(tf('x', english, 'True'), pageOf)).toBe('en');
    expect(questionLanguage(tf('x', 'Debian 2.0', 'True'), pageOf)).toBe('es');
    // One short English line quoted from a French manual is English.
    const line = 'gbp-dch(1): generate the Debian changelog from Git commit messages.';
    expect(questionLanguage(tf('x', line, 'True'), () => 'fr')).toBe('en');
    expect(questionLanguage(tf('x', 'dpkg-source(1): le paquet source.', 'True'), () => 'en')).toBe('en');
    // A Cyrillic quote with no letter only Russian or only Ukrainian writes is in its page's language.
    expect(questionLanguage(tf('x', 'Зміни в локальних змінних не викликають рендер.', 'True'), () => 'uk')).toBe('uk');
    expect(questionLanguage(tf('x', 'Компонент повинен мати ключ.', 'True'), () => 'uk')).toBe('uk');
    expect(questionLanguage(tf('x', 'Компонент повинен мати ключ.', 'True'), () => 'ru')).toBe('ru');
    expect(questionLanguage(tf('x', 'Пакеты удаляются из дистрибутива.', 'True'), () => 'uk')).toBe('ru');
  });

  it('finds English wording around a question in another language, not around an English one', () => {
    const quote = 'Le programme dpkg ne gère pas les dépendances entre les paquets binaires.';
    expect(englishWrapper({ prompt: `True or false: ${quote}`, choices: ['True', 'False'] }, 'fr')).toBe(true);
    expect(englishWrapper({ prompt: `Vrai ou faux : ${quote}`, choices: ['True', 'False'] }, 'fr')).toBe(true);
    expect(englishWrapper({ prompt: `Vrai ou faux : ${quote}`, choices: ['Vrai', 'Faux'] }, 'fr')).toBe(false);
    expect(englishWrapper({ prompt: `True or false: ${english}`, choices: ['True', 'False'] }, 'en')).toBe(false);
  });

  it('gives each language its body pages, questions, True share and English wrappers, and adds documents up', () => {
    const pages = [
      { page: 1, text: french },
      {
        page: 2,
        text:
          `${english} Debian 10.0 (Buster) was released July 6th, 2019, and Debian 9 (Stretch) was released June ` +
          '17th, 2017, each with thousands of new packages and updated versions of the packages of the release before.',
      },
      { page: 3, text: 'Sommaire' },
    ];
    const questions = [
      tf(
        'Vrai ou faux : Le programme dpkg gère les dépendances entre les paquets binaires.',
        french.slice(0, 73),
        'Faux',
      ),
      tf(
        'True or false: Le paquet ucf fournit un dispositif.',
        'Le paquet ucf fournit un dispositif pour conserver les modifications des utilisateurs dans les fichiers de configuration.',
        'True',
      ),
      tf(`True or false: ${english}`, english, 'True', 2),
    ];
    const measured = measureLanguages(pages, questions);
    const fr = measured.find((m) => m.language === 'fr')!;
    expect(fr).toMatchObject({ bodyPages: 1, questions: 2, trueKeys: 1, trueFalse: 2, englishWrappers: 1 });
    const en = measured.find((m) => m.language === 'en')!;
    expect(en).toMatchObject({ bodyPages: 1, questions: 1, trueKeys: 1, trueFalse: 1, englishWrappers: 0 });
    const total = totalLanguages([measured, measured]);
    expect(total.find((m) => m.language === 'fr')).toMatchObject({ bodyPages: 2, questions: 4, englishWrappers: 2 });
  });
});
