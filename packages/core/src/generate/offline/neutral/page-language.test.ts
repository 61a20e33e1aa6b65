import { describe, expect, it } from 'vitest';
import { pageLanguage } from './page-language.js';

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

  it('segments Traditional Chinese as ideographic text', () => {
    expect(pageLanguage('這個軟體包會在系統開機時自動啟動。').ideographic).toBe(true);
  });
});
