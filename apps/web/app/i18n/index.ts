// Every interface language's strings, by locale code. Each catalog is checked against English's type, so a
// missing or misspelled message is a type error.
import { ar } from './ar';
import { de } from './de';
import { en, type Messages } from './en';
import { es } from './es';
import { fr } from './fr';
import { he } from './he';
import { ja } from './ja';
import type { LocaleCode } from './locales';
import { ru } from './ru';
import { zh } from './zh';

export const CATALOGS: Record<LocaleCode, Messages> = { en, de, fr, es, ja, zh, ru, ar, he };
