// Whether a sentence gives a setting's default ("The default value is 300 ms", "The default polar angle is 30
// degrees", "La longueur par défaut du champ est de 30 caractères"). A default is looked up, not learned: readers
// rejected such numbers as trivia, or asked what setting the sentence was even about. Used by both offline
// generators to keep a number of such a sentence from being the answer.

/** Words for a default, per language (the primary subtag). */
const DEFAULTS: Record<string, RegExp> = {
  en: /\bdefault(?:s|ed)?\b|\bby default\b/iu,
  fr: /par défaut|(?<!\p{L})défaut(?!\p{L})/iu,
  es: /por defecto|predeterminad[oa]s?|por omisión/iu,
  it: /predefinit[oaie]|di default/iu,
  pt: /por padrão|padrão|predefinid[oa]s?/iu,
  de: /standardmäßig|voreingestellt|Standardwert|Vorgabe(?:wert)?|Voreinstellung/iu,
  nl: /standaard/iu,
  zh: /默认|預設|缺省/u,
  ja: /デフォルト|既定/u,
  ru: /по умолчанию/iu,
};

/** True when the sentence, in its language, speaks of a default setting. */
export function givesDefault(sentence: string, language: string): boolean {
  const words = DEFAULTS[language.toLowerCase().split('-')[0]!];
  return words?.test(sentence) ?? false;
}
