// The Unicode script of a character ("Latin", "Arabic", "Han", "Common"), as the Script property names it: how a
// printed sheet picks a font for each run of its text, and how it names what no installed font could draw.

// Scripts that fill most quizzes first, so that a typical character is told after a test or two.
// biome-ignore format: a name list reads better packed
const SCRIPT_NAMES = [
  'Latin', 'Common', 'Inherited', 'Han', 'Cyrillic', 'Greek', 'Arabic', 'Hebrew', 'Hiragana', 'Katakana', 'Hangul',
  'Devanagari', 'Thai', 'Bengali', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Gujarati', 'Gurmukhi', 'Oriya',
  'Sinhala', 'Georgian', 'Armenian', 'Ethiopic', 'Khmer', 'Lao', 'Myanmar', 'Tibetan', 'Mongolian', 'Bopomofo',
  'Syriac', 'Thaana', 'Nko', 'Yi', 'Cherokee', 'Canadian_Aboriginal', 'Tifinagh', 'Javanese', 'Balinese',
  'Sundanese', 'Adlam', 'Vai', 'Ol_Chiki', 'Braille', 'Coptic', 'Glagolitic', 'Gothic', 'Runic', 'Ogham',
  'Ahom', 'Anatolian_Hieroglyphs', 'Avestan', 'Bamum', 'Bassa_Vah', 'Batak', 'Bhaiksuki', 'Brahmi', 'Buginese',
  'Buhid', 'Carian', 'Caucasian_Albanian', 'Chakma', 'Cham', 'Chorasmian', 'Cuneiform', 'Cypriot', 'Cypro_Minoan',
  'Deseret', 'Dives_Akuru', 'Dogra', 'Duployan', 'Egyptian_Hieroglyphs', 'Elbasan', 'Elymaic', 'Grantha',
  'Gunjala_Gondi', 'Hanifi_Rohingya', 'Hanunoo', 'Hatran', 'Imperial_Aramaic', 'Inscriptional_Pahlavi',
  'Inscriptional_Parthian', 'Kaithi', 'Kawi', 'Kayah_Li', 'Kharoshthi', 'Khitan_Small_Script', 'Khojki',
  'Khudawadi', 'Lepcha', 'Limbu', 'Linear_A', 'Linear_B', 'Lisu', 'Lycian', 'Lydian', 'Mahajani', 'Makasar',
  'Mandaic', 'Manichaean', 'Marchen', 'Masaram_Gondi', 'Medefaidrin', 'Meetei_Mayek', 'Mende_Kikakui',
  'Meroitic_Cursive', 'Meroitic_Hieroglyphs', 'Miao', 'Modi', 'Mro', 'Multani', 'Nabataean', 'Nag_Mundari',
  'Nandinagari', 'New_Tai_Lue', 'Newa', 'Nushu', 'Nyiakeng_Puachue_Hmong', 'Old_Hungarian', 'Old_Italic',
  'Old_North_Arabian', 'Old_Permic', 'Old_Persian', 'Old_Sogdian', 'Old_South_Arabian', 'Old_Turkic', 'Old_Uyghur',
  'Osage', 'Osmanya', 'Pahawh_Hmong', 'Palmyrene', 'Pau_Cin_Hau', 'Phags_Pa', 'Phoenician', 'Psalter_Pahlavi',
  'Rejang', 'Samaritan', 'Saurashtra', 'Sharada', 'Shavian', 'Siddham', 'SignWriting', 'Sogdian', 'Sora_Sompeng',
  'Soyombo', 'Syloti_Nagri', 'Tagalog', 'Tagbanwa', 'Tai_Le', 'Tai_Tham', 'Tai_Viet', 'Takri', 'Tangsa', 'Tangut',
  'Tirhuta', 'Toto', 'Ugaritic', 'Vithkuqi', 'Wancho', 'Warang_Citi', 'Yezidi', 'Zanabazar_Square',
  // Unicode 16: known to the regular expressions of a Node.js whose ICU has it, skipped by an older one.
  'Garay', 'Gurung_Khema', 'Kirat_Rai', 'Ol_Onal', 'Sunuwar', 'Todhri', 'Tulu_Tigalari',
];

const SCRIPTS: readonly { name: string; pattern: RegExp }[] = SCRIPT_NAMES.flatMap((name) => {
  try {
    return [{ name, pattern: new RegExp(`^\\p{Script=${name}}$`, 'u') }];
  } catch {
    return [];
  }
});

const known = new Map<number, string>();

/** The script of one character (a code point): "Latin", "Han", "Arabic", "Common", or "Unknown". */
export function scriptOf(char: string): string {
  const codePoint = char.codePointAt(0) ?? 0;
  let name = known.get(codePoint);
  if (name === undefined) {
    const single = String.fromCodePoint(codePoint);
    name = SCRIPTS.find((s) => s.pattern.test(single))?.name ?? 'Unknown';
    known.set(codePoint, name);
  }
  return name;
}

/** Characters that take the script of the text around them: spaces, digits, punctuation, combining marks. */
export function isNeutralScript(script: string): boolean {
  return script === 'Common' || script === 'Inherited' || script === 'Unknown';
}
