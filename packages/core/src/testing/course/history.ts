// History for the sample course: dated turning points with the people and places involved.
import { type CourseSubject, cap, num, others, type Topic } from './subject.js';

interface HistoricalEvent {
  year: number;
  /** Noun phrase, e.g. "the sealing of the Magna Carta". */
  name: string;
  /** Clause with subject and verb, e.g. "King John of England sealed the Magna Carta at Runnymede". */
  clause: string;
  /** A second fact about it. */
  detail: string;
}

// biome-ignore format: one record per line reads as a table
const EVENTS: readonly HistoricalEvent[] = [
  { year: 1066, name: 'the Battle of Hastings', clause: 'William of Normandy defeated King Harold II at the Battle of Hastings', detail: 'The battle was fought on 14 October 1066 and began the Norman conquest of England.' },
  { year: 1206, name: 'the rise of Genghis Khan', clause: 'Temujin was proclaimed Genghis Khan, ruler of the Mongols', detail: 'Under his successors the Mongol Empire became the largest contiguous land empire in history.' },
  { year: 1215, name: 'the sealing of the Magna Carta', clause: 'King John of England sealed the Magna Carta at Runnymede', detail: 'The charter limited the power of the king and is often cited as an early step towards the rule of law.' },
  { year: 1453, name: 'the fall of Constantinople', clause: 'Constantinople fell to the Ottoman army of Sultan Mehmed II', detail: 'The city had been the capital of the Byzantine Empire for more than a thousand years.' },
  { year: 1492, name: 'the first voyage of Columbus', clause: 'Christopher Columbus reached the Caribbean after sailing west from Spain', detail: 'His voyage was sponsored by Ferdinand and Isabella of Spain.' },
  { year: 1517, name: 'the start of the Reformation', clause: 'Martin Luther published his Ninety-five Theses in Wittenberg', detail: 'His criticism of the sale of indulgences started the Protestant Reformation.' },
  { year: 1603, name: 'the founding of the Tokugawa shogunate', clause: 'Tokugawa Ieyasu became shogun of Japan', detail: 'His family ruled Japan from Edo, today Tokyo, until 1868.' },
  { year: 1648, name: 'the Peace of Westphalia', clause: 'the Peace of Westphalia ended the Thirty Years War', detail: 'The treaties were negotiated in the cities of Osnabruck and Munster.' },
  { year: 1776, name: 'the Declaration of Independence', clause: 'the Continental Congress adopted the Declaration of Independence in Philadelphia', detail: 'The declaration was adopted on 4 July 1776 and was drafted mainly by Thomas Jefferson.' },
  { year: 1789, name: 'the storming of the Bastille', clause: 'crowds in Paris stormed the Bastille fortress', detail: 'The event took place on 14 July 1789 and became a symbol of the French Revolution.' },
  { year: 1804, name: 'the independence of Haiti', clause: 'Haiti declared its independence from France', detail: 'Haiti became the first country founded after a successful revolt of enslaved people.' },
  { year: 1815, name: 'the Battle of Waterloo', clause: 'Napoleon was defeated at Waterloo by Wellington and Blucher', detail: 'The battle was fought on 18 June 1815 in what is now Belgium.' },
  { year: 1868, name: 'the Meiji Restoration', clause: 'the Meiji Restoration returned political power to the Japanese emperor', detail: 'It was followed by rapid industrialisation and the building of railways.' },
  { year: 1869, name: 'the opening of the Suez Canal', clause: 'the Suez Canal opened, linking the Mediterranean Sea and the Red Sea', detail: 'The canal shortened the sea route between Europe and Asia by thousands of kilometres.' },
  { year: 1914, name: 'the assassination in Sarajevo', clause: 'Archduke Franz Ferdinand of Austria was assassinated in Sarajevo', detail: 'The killing on 28 June 1914 set off the crisis that led to the First World War.' },
  { year: 1918, name: 'the Armistice', clause: 'the Armistice ended the fighting of the First World War', detail: 'It took effect at 11 a.m. on 11 November 1918.' },
  { year: 1929, name: 'the Wall Street Crash', clause: 'share prices collapsed on the New York Stock Exchange', detail: 'The crash of October 1929 was followed by the Great Depression.' },
  { year: 1947, name: 'the independence of India', clause: 'India became independent from British rule', detail: 'Independence came on 15 August 1947, together with the partition that created Pakistan.' },
  { year: 1957, name: 'the launch of Sputnik 1', clause: 'the Soviet Union launched Sputnik 1, the first artificial satellite', detail: 'Sputnik 1 was launched on 4 October 1957 and orbited Earth for about three months.' },
  { year: 1969, name: 'the Apollo 11 Moon landing', clause: 'Neil Armstrong and Buzz Aldrin landed on the Moon with Apollo 11', detail: 'The lunar module Eagle touched down on 20 July 1969 while Michael Collins orbited above.' },
  { year: 1989, name: 'the fall of the Berlin Wall', clause: 'the Berlin Wall was opened', detail: 'Crowds crossed the border on the night of 9 November 1989, and Germany was reunified in 1990.' },
  { year: 1096, name: 'the First Crusade', clause: 'Pope Urban II called for the First Crusade and armies set out for Jerusalem', detail: 'The call was made at the Council of Clermont in November 1095, and the crusaders left the following year.' },
  { year: 1347, name: 'the arrival of the Black Death in Europe', clause: 'the Black Death reached Europe through ports on the Black Sea and the Mediterranean', detail: 'The plague killed perhaps a third of the population of Europe within a few years.' },
  { year: 1440, name: 'the invention of the printing press', clause: 'Johannes Gutenberg developed a printing press with movable metal type in Mainz', detail: 'The Gutenberg Bible, printed in the 1450s, was one of the first books made this way.' },
  { year: 1519, name: 'the Magellan expedition', clause: 'Ferdinand Magellan set out on the voyage that became the first circumnavigation of the globe', detail: 'Magellan died in the Philippines in 1521; Juan Sebastian Elcano brought the last ship home in 1522.' },
  { year: 1687, name: 'the publication of the Principia', clause: 'Isaac Newton published his Principia, setting out the laws of motion and universal gravitation', detail: 'The book was published in London with the support of Edmond Halley.' },
  { year: 1848, name: 'the revolutions of 1848', clause: 'revolutions broke out across Europe, from Paris to Vienna and Berlin', detail: 'Most of the uprisings were suppressed within two years, but serfdom was abolished in Austria.' },
  { year: 1865, name: 'the end of the American Civil War', clause: 'the American Civil War ended with the surrender of the Confederate army at Appomattox', detail: 'The Thirteenth Amendment, ratified in December 1865, abolished slavery in the United States.' },
  { year: 1945, name: 'the founding of the United Nations', clause: 'the United Nations was founded after the Second World War', detail: 'The UN Charter came into force on 24 October 1945, now celebrated as United Nations Day.' },
  { year: 1991, name: 'the dissolution of the Soviet Union', clause: 'the Soviet Union was dissolved', detail: 'Its fifteen republics, including Ukraine and Kazakhstan, became independent states.' },
];

const eventTopic = (e: HistoricalEvent): Topic => ({
  name: cap(e.name),
  sentences: (random) => {
    return [
      random.pick([
        `In ${e.year}, ${e.clause}.`,
        `The year ${e.year} is remembered because ${e.clause}.`,
        `Historians date ${e.name} to ${e.year}, when ${e.clause}.`,
      ]),
      e.detail,
      ...others(random, EVENTS, e).map((o) =>
        e.year < o.year
          ? `${cap(e.name)} came ${num(o.year - e.year)} years before ${o.name} in ${o.year}.`
          : `${cap(e.name)} happened ${num(e.year - o.year)} years after ${o.name}, which dates from ${o.year}.`,
      ),
      random.pick([
        `A timeline places ${e.name} in the ${centuryName(e.year)}.`,
        `${e.year} falls in the ${centuryName(e.year)}, a useful anchor when revising this period.`,
      ]),
    ];
  },
});

function centuryName(year: number): string {
  const c = Math.floor((year - 1) / 100) + 1;
  const suffix =
    c % 10 === 1 && c !== 11 ? 'st' : c % 10 === 2 && c !== 12 ? 'nd' : c % 10 === 3 && c !== 13 ? 'rd' : 'th';
  return `${c}${suffix} century`;
}

export const HISTORY: CourseSubject = {
  subject: 'History',
  chapters: [
    'Turning Points in World History',
    'Empires and Revolutions',
    'The Modern World',
    'Medieval and Early Modern Times',
  ],
  topics: EVENTS.map(eventTopic),
};
