// German nouns in the other number, for a single word, only where the suffix makes the plural certain
// (-ung/-ungen, -heit, -keit, -schaft, -ion, -tät, -erin, -nis, -ismus, and nouns in -e taking -n);
// "Mütter", "Bäume" and the like get nothing.

const DE_RULES: readonly (readonly [singular: RegExp, toPlural: string, plural: RegExp, toSingular: string])[] = [
  [/(ung|heit|keit|schaft|ion|tät)$/, '$1en', /(ung|heit|keit|schaft|ion|tät)en$/, '$1'],
  [/erin$/, 'erinnen', /erinnen$/, 'erin'],
  [/nis$/, 'nisse', /nisse$/, 'nis'],
  [/ismus$/, 'ismen', /ismen$/, 'ismus'],
  [/([^e])e$/, '$1en', /([^aeiou][^aeiouäöü])en$/, '$1e'],
];

export function germanPlural(word: string): string | null {
  const rule = DE_RULES.find(([singular]) => singular.test(word));
  return rule && word.length >= 4 ? word.replace(rule[0], rule[1]) : null;
}

/** "-en" to "-e" ("Zellen") only for a word known to be plural: "Wissen" and "Zeichen" are singular. */
export function germanSingular(word: string, surelyPlural: boolean): string | null {
  const rule = DE_RULES.slice(0, surelyPlural ? undefined : -1).find(([, , plural]) => plural.test(word));
  return rule ? word.replace(rule[2], rule[3]) : null;
}
