// Nouns that are never worth blanking: a teacher would not ask for "thing", "part" or "kilometres".
// Stop words (wink's list) and pronouns are excluded by tag; these are the content words that slip through.

const words = (s: string) => new Set(s.split(' '));

export const TRIVIAL_NOUNS = words(
  'thing things way ways part parts time times lot lots kind kinds sort sorts type types example examples number numbers amount amounts case cases fact facts people person persons something anything everything nothing someone anyone everyone one ones other others use uses form forms area areas point points end ends side sides result results level levels order group groups set sets instance instances aspect aspects feature features matter matters question questions answer answers item items piece pieces bit bits deal deals stuff thing idea ideas reason reasons manner means sense factor factors term terms word words name names place places while moment year years day days century centuries decade decades month months week weeks hour hours minute minutes second seconds member members figure figures table tables chapter chapters page pages section sections following lesson lessons unit half top bottom front back beginning start',
);

/**
 * Nouns general enough to fit almost any blank of expository text ("the ____ of the system"): rare in everyday
 * speech, so word frequency does not catch them, but a blank on one alone asks nothing. So do words of a
 * relation to something the sentence leaves out: "The ____ is the interpretation time" (the drawback of what?),
 * "The ____ is a multiplier of 1.0" (the default of what?). In a longer term ("output layer", "reference
 * frame") they are fine.
 */
export const GENERIC_NOUNS = words(
  'drawback drawbacks advantage advantages disadvantage disadvantages benefit benefits downside downsides default defaults aim aims limitation limitations output outputs input inputs outcome outcomes value values discussion discussions exercise exercises reference references reader readers approach approaches method methods process processes system systems result data information analysis analyses structure structures function functions model models concept concepts element elements component components aspect approach procedure procedures technique techniques mechanism mechanisms property properties quantity quantities relation relations relationship relationships context contexts situation situations condition conditions issue issues problem problems solution solutions effect effects role roles purpose purposes goal goals task tasks activity activities practice practices principle principles theory theories framework frameworks perspective perspectives category categories class classes variety varieties range ranges series option options choice choices version versions field fields domain domains object objects entity entities subject subjects topic topics content contents material materials resource resources tool tools device devices unit units step steps stage stages phase phases source sources target targets basis feature scope extent degree degrees impact impacts consequence consequences implication implications significance importance need needs ability abilities capacity capability capabilities possibility possibilities tendency tendencies pattern patterns trend trends change changes difference differences similarity similarities variation variations distinction distinctions characteristic characteristics attribute attributes parameter parameters measure measures standard standards criterion criteria requirement requirements rule rules law laws policy policies strategy strategies decision decisions action actions behaviour behavior operation operations application applications implementation implementations development developments performance usage access support use way manner means curiosity attention interest user users author authors response responses reader readers writer writers provision provisions item items thing things aspect',
);

/** Units stay in the sentence; the number before them is the answer worth asking for. */
export const UNITS = words(
  'metre metres meter meters kilometre kilometres kilometer kilometers centimetre centimetres millimetre millimetres micrometre micrometres nanometre nanometres mile miles foot feet inch inches yard yards gram grams kilogram kilograms kg tonne tonnes ton tons pound pounds ounce ounces litre litres liter liters degree degrees percent per cent kelvin celsius fahrenheit joule joules watt watts volt volts newton newtons hertz second seconds minute minutes hour hours day days week weeks month months year years times mph km cm mm m g',
);

/** Words before a number that hedge it; they stay outside the blank ("about ____ kilometres"). */
export const APPROXIMATORS = words(
  'about around roughly approximately nearly almost over under some more less fewer than at least most up to between and since until from by before after in on circa c ca',
);

/**
 * Adjectives that say where a thing stands in the text or how much it matters there, not what kind it is:
 * "relevant information", "a brief introduction", "the previous discussion" name nothing a student can learn.
 */
export const GENERIC_MODIFIERS = words(
  'specific relevant appropriate previous brief current necessary certain various other different same new main following particular general given above below further additional several many few such overall related respective unprecedented significant important key major minor simple basic whole entire full initial final present possible potential actual real special usual common typical separate dominant distinct optional required essential vast adequate unintended substantial unsolved detailed comparable underlying considerable numerous multiple individual corresponding certain sufficient proper wide broad large small great similar analogous equivalent preferred larger smaller',
);
