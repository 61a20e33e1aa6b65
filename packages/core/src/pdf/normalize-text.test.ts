import { describe, expect, it } from 'vitest';
import { seededRandom } from '../testing/seeded-random.js';
import { normalizeText } from './normalize-text.js';

describe('normalizeText', () => {
  it('collapses every kind of space into one and trims the ends', () => {
    expect(normalizeText('  The \t cell\u00A0\u00A0membrane\u2009is \u3000 thin.  ')).toBe(
      'The cell membrane is thin.',
    );
  });

  it('keeps paragraph breaks as single "\\n" without spaces around them', () => {
    expect(normalizeText('First paragraph. \r\n\r\n\n  Second one.\u2029Third.')).toBe(
      'First paragraph.\nSecond one.\nThird.',
    );
  });

  it('turns paragraph breaks into spaces when asked to, for comparisons', () => {
    expect(normalizeText('One.\n\nTwo.\nThree.', { keepParagraphs: false })).toBe('One. Two. Three.');
  });

  it('joins a word hyphenated across a line break', () => {
    expect(normalizeText('the transfer of informa-\ntion between cells')).toBe(
      'the transfer of information between cells',
    );
    expect(normalizeText('Фото-\nсинтез')).toBe('Фотосинтез');
    expect(normalizeText('informa\u2010 \n tion')).toBe('information');
  });

  it('keeps a hyphen that belongs to the word or is followed by a capital or a digit', () => {
    expect(normalizeText('Jean-\nPaul Sartre')).toBe('Jean-\nPaul Sartre');
    expect(normalizeText('COVID-\n19 cases')).toBe('COVID-\n19 cases');
    expect(normalizeText('a well-known fact')).toBe('a well-known fact');
    expect(normalizeText('pages 3-\n\nfollowing')).toBe('pages 3-\nfollowing');
  });

  it('drops soft hyphens inside words and treats one at a line end as a hyphen', () => {
    expect(normalizeText('photo\u00ADsynthesis')).toBe('photosynthesis');
    expect(normalizeText('photo\u00AD\nsynthesis')).toBe('photosynthesis');
    expect(normalizeText('Jean\u00AD\nPaul')).toBe('Jean-\nPaul');
  });

  it('expands ligatures into letters', () => {
    expect(normalizeText('The ﬁnal ﬂow, the eﬀect, the oﬃce, baﬄed, ﬅ ﬆ')).toBe(
      'The final flow, the effect, the office, baffled, st st',
    );
  });

  it('reads the shaped forms of Arabic letters as the letters', () => {
    // The Debian Administrator's Handbook in Arabic, printed to PDF by Chromium: every glyph's form, lam-alef too.
    expect(normalizeText('ﺣﺰﻣﺔ دﺑﻴﺎن ﻋﺒﺎرة ﻋﻦ أرﺷﻴﻒ، وﻻﻗﺖ ﻧﺠﺎﺣﺎ')).toBe('حزمة دبيان عبارة عن أرشيف، ولاقت نجاحا');
    expect(normalizeText('ﬠברית')).toBe('עברית');
  });

  it('joins an Arabic vowel mark set after a space to its letter', () => {
    // Tanween ends its word; a shadda or kasra sits inside one ("يعدِّل").
    expect(normalizeText('ولاقت نجاحا ًكبيرا ً— حيث')).toBe('ولاقت نجاحاً كبيراً — حيث');
    expect(normalizeText('حتى عندما يعُد ِّل مدير النظام')).toBe('حتى عندما يعُدِّل مدير النظام');
    expect(normalizeText('نجاحا ً\nكبيرا ً')).toBe('نجاحاً\nكبيراً');
  });

  it('joins an Arabic vowel mark set after its word’s punctuation, and a lone alef with tanween, to the word', () => {
    // The Arabic Debian Administrator's Handbook, printed by a browser.
    expect(normalizeText('إلا قلة قليلة جدا.ً نأمل بصدق')).toBe('إلا قلة قليلة جداً. نأمل بصدق');
    expect(normalizeText('أخيرا،ً شكراً لك وأخيرا؛ً أنا متأكد، شيوعا:ً')).toBe('أخيراً، شكراً لك وأخيراً؛ أنا متأكد، شيوعاً:');
    expect(normalizeText('أصبح ممكن اً، يحُمّل المُثبتّ')).toBe('أصبح ممكناً، يحُمّل المُثبتّ');
    expect(normalizeText('لتثبيت البرامج يدوي اً دون الكتابة')).toBe('لتثبيت البرامج يدوياً دون الكتابة');
    // A mark after punctuation with no Arabic letter before it is left where it is.
    expect(normalizeText('x.\u064B')).toBe('x.\u064B');
  });

  it('sets right what reading a right-to-left line back reverses: an Arabic ligature, a Hebrew prefix and its number', () => {
    expect(normalizeText('رأت الطبعة الأوىل النور، واتصل عىل الفور إىل الناشر.')).toBe(
      'رأت الطبعة الأولى النور، واتصل على الفور إلى الناشر.',
    );
    // Uyghur writes ى inside words and at their end ("يىل", a year): its text is left as it is.
    expect(normalizeText('بۇ يىل ئۈچۈن')).toBe('بۇ يىل ئۈچۈن');
    expect(normalizeText('הוקמה ב8- בדצמבר 1949, בגודל של כ16- על 14 מטרים.')).toBe(
      'הוקמה ב-8 בדצמבר 1949, בגודל של כ-16 על 14 מטרים.',
    );
    expect(normalizeText('נכון ל2018-אונרא מדווחת, כשב1948- הוגדרו')).toBe('נכון ל-2018 אונרא מדווחת, כשב-1948 הוגדרו');
    expect(normalizeText('נכון לשנת ,2014 הגדרת הפליט')).toBe('נכון לשנת 2014, הגדרת הפליט');
  });

  it('puts back the space lost between a word and guillemets, not inside German »…«', () => {
    expect(normalizeText('Ο ορισμός της γραμμής σε«UTC» ή «LOCAL» καθορίζει την ώρα.')).toBe(
      'Ο ορισμός της γραμμής σε «UTC» ή «LOCAL» καθορίζει την ώρα.',
    );
    expect(normalizeText('la commande«ls»affiche les fichiers')).toBe('la commande «ls» affiche les fichiers');
    expect(normalizeText('Er sagte »Hallo« und ging.')).toBe('Er sagte »Hallo« und ging.');
    expect(normalizeText('un «\u00A0mot\u00A0» ici')).toBe('un « mot » ici');
  });

  it('reads a Kangxi radical a font maps a character to as the character', () => {
    // Noto CJK in a PDF a browser printed, as pdf.js reads it.
    expect(normalizeText('find のバージョンを表⽰して終了します。')).toBe('find のバージョンを表示して終了します。');
    expect(normalizeText('⼀个⽤户可以⻅到⻓的⽂件名。')).toBe('一个用户可以见到长的文件名。');
    expect(normalizeText('⻑いオプション')).toBe('長いオプション');
  });

  it('leaves other compatibility characters as the reader sees them', () => {
    expect(normalizeText('area 5 m² (１２ ｍ)、½')).toBe('area 5 m² (１２ ｍ)、½');
  });

  it('composes decomposed accents (NFC) so both spellings of é match', () => {
    expect(normalizeText('caf\u0065\u0301')).toBe('caf\u00e9');
  });

  it('removes invisible characters but keeps joiners that change how a word is written', () => {
    expect(normalizeText('zero\u200Bwidth\uFEFF and\u0000 nul')).toBe('zerowidth and nul');
    expect(normalizeText('می\u200Cخواهم')).toBe('می\u200Cخواهم');
  });

  it('is idempotent, also on random mixes of the characters it rewrites', () => {
    const alphabet = [
      'a',
      'B',
      'é',
      'e\u0301',
      ' ',
      '\t',
      '\n',
      '\r',
      '-',
      '\u2010',
      '\u00AD',
      'ﬁ',
      '\u200B',
      '\u3000',
      'Ж',
      'ж',
      '1',
      '\u2028',
    ];
    const random = seededRandom(7);
    for (let i = 0; i < 2000; i++) {
      const s = Array.from({ length: random.between(0, 24) }, () => random.pick(alphabet)).join('');
      const once = normalizeText(s);
      expect(normalizeText(once), JSON.stringify(s)).toBe(once);
      expect(once).toBe(once.trim());
      expect(once).not.toMatch(/ {2}|\n\n| \n|\n /);
    }
  });
});
