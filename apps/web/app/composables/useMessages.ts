// The strings of the interface language. The object returned reads the current language on every access, so a
// template that shows `m.upload.prompt` renders again when the language is switched.

import { CATALOGS } from '~/i18n';
import type { Messages } from '~/i18n/en';
import type { LocaleCode } from '~/i18n/locales';

export function useMessages(): Messages {
  const { $i18n } = useNuxtApp();
  return new Proxy({} as Messages, {
    get: (_target, key) => {
      const catalog = CATALOGS[$i18n.locale.value as LocaleCode] ?? CATALOGS.en;
      return catalog[key as keyof Messages];
    },
  });
}
