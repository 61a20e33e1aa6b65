// The language most of a document is written in, as far as its pages so far tell. A translation often leaves a
// page or a paragraph in English (a release list, a quoted message); a class using the translation wants its
// questions in the document's language, and the offline generator cannot translate: such English is asked
// nothing unless the job asks for English.

/** Letters of a word written without spaces (Chinese, Japanese): one of them stands for about a word. */
const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const LETTER = /\p{L}/gu;
/** Letters in an average word of a language written with spaces between words. */
const LETTERS_PER_WORD = 3;

export class DocumentLanguage {
  private readonly letters = new Map<string, number>();

  /** Counts a page's body text as written in `locale` ("en", "es", "zh", "und" when only the script is known). */
  observe(locale: string, text: string): void {
    const ideographic = text.match(IDEOGRAPHIC)?.length ?? 0;
    const letters = (text.match(LETTER)?.length ?? 0) - ideographic + ideographic * LETTERS_PER_WORD;
    if (letters > 0) this.letters.set(locale, (this.letters.get(locale) ?? 0) + letters);
  }

  /** The language with the most text so far; undefined before any. */
  get main(): string | undefined {
    let best: string | undefined;
    let most = 0;
    for (const [locale, count] of this.letters) {
      if (count > most) {
        best = locale;
        most = count;
      }
    }
    return best;
  }

  /**
   * Whether English text is asked of: when the job names English as its questions' language (`asked`), or when no
   * other language has more of the document so far. (A job naming another language on an English document still
   * gets English questions: the English generator words them in English only.)
   */
  asksEnglish(asked: string | undefined): boolean {
    if (asked?.toLowerCase().split('-')[0] === 'en') return true;
    const main = this.main;
    return main === undefined || main === 'en';
  }
}
