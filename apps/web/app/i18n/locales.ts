// The languages of the interface: code, BCP 47 tag, name in its own language, writing direction. English is
// the default and the fallback; the browser's preferred languages choose among the others on a first visit.

export interface InterfaceLocale {
  code: 'en' | 'de' | 'fr' | 'es' | 'ja' | 'zh' | 'ru' | 'ar' | 'he';
  language: string;
  name: string;
  dir: 'ltr' | 'rtl';
}

export const LOCALES: InterfaceLocale[] = [
  { code: 'en', language: 'en', name: 'English', dir: 'ltr' },
  { code: 'de', language: 'de', name: 'Deutsch', dir: 'ltr' },
  { code: 'fr', language: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'es', language: 'es', name: 'Español', dir: 'ltr' },
  { code: 'ja', language: 'ja', name: '日本語', dir: 'ltr' },
  { code: 'zh', language: 'zh-CN', name: '简体中文', dir: 'ltr' },
  { code: 'ru', language: 'ru', name: 'Русский', dir: 'ltr' },
  { code: 'ar', language: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'he', language: 'he', name: 'עברית', dir: 'rtl' },
];

export type LocaleCode = InterfaceLocale['code'];

/** Name of the cookie that keeps the language a visitor chose (or that was detected on the first visit). */
export const LOCALE_COOKIE = 'quizstream_locale';
