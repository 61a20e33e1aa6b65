// Numbers, plurals and dates in one language, through Intl: "1 page" / "2 pages", "1 страница" / "2 страницы" /
// "5 страниц", "1,234" / "1 234" / "1.234".

/** A word's forms by plural category (Intl.PluralRules): `other` always, the rest where the language has them. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface Formats {
  /** The number written as the language writes it. */
  number(n: number): string;
  /** The number and the word in the form that number takes, with a space between ("3 pages"). */
  plural(n: number, forms: PluralForms): string;
  /** A share (0..1) as a percentage: "75%", "75 %". */
  percent(share: number): string;
  /** A number with one digit after the decimal mark: "1.5", "1,5". */
  decimal(n: number): string;
  /** Only the word in the form `n` takes ("page" or "pages"), for languages that place the number elsewhere. */
  word(n: number, forms: PluralForms): string;
  /** A date and time as the language writes them; the input as it is when it is no date. */
  date(iso: string): string;
  /** Items joined as the language joins them: "3, 4 and 9", "3, 4 et 9", "3、4、9". */
  list(items: readonly string[]): string;
  /** US dollars as the language writes money: "$0.42", "0,42 $US"; two significant digits below a cent. */
  usd(amount: number): string;
}

export function formatsFor(locale: string): Formats {
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const decimals = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const lists = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const dollars = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' });
  const cents = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', maximumSignificantDigits: 2 });
  const word = (n: number, forms: PluralForms) => forms[rules.select(n)] ?? forms.other;
  return {
    number: (n) => numbers.format(n),
    plural: (n, forms) => `${numbers.format(n)} ${word(n, forms)}`,
    percent: (share) => percents.format(share),
    decimal: (n) => decimals.format(n),
    word,
    date: (iso) => {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : dates.format(d);
    },
    list: (items) => lists.format(items),
    usd: (amount) => (amount > 0 && amount < 0.01 ? cents : dollars).format(amount),
  };
}
