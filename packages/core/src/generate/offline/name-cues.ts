// Cues that tell people from places from organizations among capitalized names. wink's lite model has no
// named-entity types for names, so a name's kind comes from these words around and inside it. Distractors
// must be of the answer's kind (a person for a person), so a wrong guess here costs a question, not a bad one:
// a name that matches no cue becomes a plain "name" and only competes with other plain names.

const words = (s: string) => new Set(s.split(' '));

/** Titles before a person's name ("King Louis XVI", "Dr. Watson"). */
export const PERSON_TITLES = words(
  'mr mrs ms miss dr doctor prof professor sir dame lord lady king queen emperor empress prince princess duke duchess count countess baron tsar czar kaiser pope saint st president senator governor general admiral captain colonel lieutenant sergeant chancellor bishop archbishop cardinal father brother sister rev reverend pharaoh sultan caliph shah chief judge justice consul',
);

/** Common given names (English and other European, historical figures included), lowercase. */
export const GIVEN_NAMES = words(
  'aaron abraham ada adam adolf adrian agatha agnes alan albert alexander alexandre alfred alice alan amelia amy andrew angela anna anne antoine anton antonio archibald aristotle arthur august augustus barbara benjamin bernard blaise bertrand betty brian carl carlos caroline catherine cecilia charles charlotte christian christopher clara claude constantine daniel david dmitri donald dorothy edgar edmund edward edwin eleanor elizabeth ellen emil emily emma enrico ernest erwin eugene ferdinand florence francis francesco francois franz frederick friedrich galileo george georg gerald gertrude giovanni giuseppe gottfried gregor gregory gustav hans harold harriet harry heinrich helen henri henry herbert hugh hugo ida immanuel isaac isabella jacob jacques james jan jane jean jeanne johann johannes john jonathan joseph josephine julia julius karl katherine kurt laura leonardo leo leonhard leopold linus louis louise lucy ludwig luis margaret maria marie mark martin mary matthew matthias max maximilien michael michel napoleon nicholas nicolaus niels nikola olga oliver otto paul peter philip pierre rachel ralph rene richard robert roger rosa rosalind rudolf samuel sarah simon sophie stephen susan theodor theodore thomas victor victoria vincent walter werner wilhelm william winston wolfgang',
);

/** Last words of place names ("Galapagos Islands", "Malay Archipelago"). */
export const PLACE_SUFFIXES = words(
  'island islands river sea ocean mountains mountain lake bay gulf strait desert valley peninsula archipelago coast kingdom republic city county province state states canal channel plain plains plateau basin falls forest highlands isles cape',
);

/** First words of place names ("Mount Everest", "Lake Victoria"). */
export const PLACE_PREFIXES = words('mount mt lake cape fort port san santa new north south east west upper lower');

/** Countries, continents and large regions, lowercase. */
export const PLACES = words(
  'africa america asia europe australia antarctica oceania arctic england scotland wales ireland britain france germany spain portugal italy greece russia china japan india egypt persia rome prussia austria hungary poland sweden norway denmark finland netherlands holland belgium switzerland turkey israel iran iraq syria mexico canada brazil argentina chile peru cuba korea vietnam indonesia australia paris london berlin vienna moscow madrid athens beijing tokyo washington york boston versailles waterloo',
);

/** Words that make a name an organization. */
export const ORGANIZATION_WORDS = words(
  'assembly committee council parliament congress senate university college institute institution society company corporation party church academy association agency bank museum army navy court league union federation ministry department commission',
);

/** Words that make a name an event or period. */
export const EVENT_WORDS = words(
  'war wars revolution battle siege reign age era crusade rebellion uprising dynasty renaissance reformation',
);

/** Words that make a name a document (law, treaty, declaration). */
export const DOCUMENT_WORDS = words(
  'treaty declaration act code charter constitution bill manifesto accord convention',
);

/** Verbs that follow a person's name far more often than a place's ("Darwin published", "Hooke described"). */
export const PERSON_VERBS = words(
  'said wrote published proposed discovered described argued studied showed invented founded developed observed believed claimed suggested died ruled led married reigned painted composed formulated realised realized explained noticed concluded crowned sailed visited worked lived',
);

/** Prepositions before a place ("in Paris", "from France"). */
export const PLACE_PREPOSITIONS = words('in at from to near across throughout into towards toward around');

/** Words spelled capitalized that are never names worth a question on their own. */
export const NOT_NAMES = words(
  'i celsius fahrenheit kelvin chapter section figure fig table page part unit lesson appendix contents index introduction summary exercise exercises note notes example examples monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december',
);
