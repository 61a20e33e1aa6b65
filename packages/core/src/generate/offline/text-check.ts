// Decides whether a page has English prose worth questions, before any NLP runs. The offline generator
// only understands English; on anything else it must warn rather than emit nonsense questions.

export type TextCheck =
  | { ok: true; words: number }
  | { ok: false; code: 'no_text' | 'too_little_text' | 'unsupported_language'; message: string };

/** Fewer words than this cannot carry a sentence worth a question. */
const MIN_WORDS = 12;
/** English prose is 35-50% function words; other languages and word salad score far lower. */
const MIN_ENGLISH_RATIO = 0.15;
const MIN_OTHER_RATIO = 0.12;

const ENGLISH = new Set(
  'the of and to a in is was it for that as on with by be are from at this which or an were his her its their not but have has had they he she we you been also these those there than into who when after can would will one all more other such'.split(
    ' ',
  ),
);

/** Frequent function words of languages a Latin-script page is likely to be in instead. */
const OTHER_LANGUAGES: Record<string, Set<string>> = {
  French: new Set(
    'le la les des du de et est une un dans que qui pour pas sur au aux par ne se sont avec il elle'.split(' '),
  ),
  German: new Set(
    'der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es wird sind'.split(' '),
  ),
  Spanish: new Set('el la los las de y que en un una es por con para del se no al lo como más pero sus'.split(' ')),
  Italian: new Set('il lo la gli le di e che è un una per non con del della dei sono si nel alla'.split(' ')),
  Portuguese: new Set('o a os as de e que em um uma do da dos das não para com por se é ao'.split(' ')),
  Dutch: new Set('de het een en van in is dat op te zijn met voor niet aan er ook als bij'.split(' ')),
};

export function checkText(text: string): TextCheck {
  const words = text.match(/\p{L}[\p{L}\p{M}'’]*/gu) ?? [];
  if (words.length === 0) return { ok: false, code: 'no_text', message: 'The page has no text.' };

  const letters = words.join('');
  const latin = letters.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (latin / letters.length < 0.6) {
    return {
      ok: false,
      code: 'unsupported_language',
      message: 'The page is not in English; the offline generator only makes questions from English text.',
    };
  }
  if (words.length < MIN_WORDS) {
    return { ok: false, code: 'too_little_text', message: `The page has too little text (${words.length} words).` };
  }

  const lower = words.map((w) => w.toLowerCase());
  const singleLetters = lower.filter((w) => w.length === 1 && w !== 'a' && w !== 'i').length;
  if (singleLetters / lower.length > 0.3) {
    return { ok: false, code: 'too_little_text', message: 'The page text is unreadable (letters without words).' };
  }

  const ratio = (set: Set<string>) => lower.filter((w) => set.has(w)).length / lower.length;
  if (ratio(ENGLISH) >= MIN_ENGLISH_RATIO) return { ok: true, words: words.length };

  for (const [language, set] of Object.entries(OTHER_LANGUAGES)) {
    if (ratio(set) >= MIN_OTHER_RATIO) {
      return {
        ok: false,
        code: 'unsupported_language',
        message: `The page looks like ${language}; the offline generator only makes questions from English text.`,
      };
    }
  }
  return { ok: false, code: 'too_little_text', message: 'The page has no readable English prose.' };
}
