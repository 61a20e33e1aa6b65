// The strings of the current language. Only English for now; the indirection is where a locale switch goes.
import { en, type Messages } from '~/i18n/en';

export function useMessages(): Messages {
  return en;
}
