// Nouns that are never worth blanking: a teacher would not ask for "thing", "part" or "kilometres".
// Stop words (wink's list) and pronouns are excluded by tag; these are the content words that slip through.

const words = (s: string) => new Set(s.split(' '));

export const TRIVIAL_NOUNS = words(
  'thing things way ways part parts time times lot lots kind kinds sort sorts type types example examples number numbers amount amounts case cases fact facts people person persons something anything everything nothing someone anyone everyone one ones other others use uses form forms area areas point points end ends side sides result results level levels order group groups set sets instance instances aspect aspects feature features matter matters question questions answer answers item items piece pieces bit bits deal deals stuff thing idea ideas reason reasons manner means sense factor factors term terms word words name names place places while moment year years day days century centuries decade decades month months week weeks hour hours minute minutes second seconds member members figure figures table tables chapter chapters page pages section sections following lesson lessons unit half top bottom front back beginning start',
);

/** Units stay in the sentence; the number before them is the answer worth asking for. */
export const UNITS = words(
  'metre metres meter meters kilometre kilometres kilometer kilometers centimetre centimetres millimetre millimetres micrometre micrometres nanometre nanometres mile miles foot feet inch inches yard yards gram grams kilogram kilograms kg tonne tonnes ton tons pound pounds ounce ounces litre litres liter liters degree degrees percent per cent kelvin celsius fahrenheit joule joules watt watts volt volts newton newtons hertz second seconds minute minutes hour hours day days week weeks month months year years times mph km cm mm m g',
);

/** Words before a number that hedge it; they stay outside the blank ("about ____ kilometres"). */
export const APPROXIMATORS = words(
  'about around roughly approximately nearly almost over under some more less fewer than at least most up to between and since until from by before after in on circa c ca',
);
