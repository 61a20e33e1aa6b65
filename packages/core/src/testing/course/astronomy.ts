// Astronomy for the sample course: the planets in figures, distances, and how the model of the sky changed.
import { type Concept, type CourseSubject, conceptTopic, num, others, type Topic } from './subject.js';

interface Planet {
  name: string;
  order: number;
  km: number;
  year: string;
  fact: string;
}

// biome-ignore format: one record per line reads as a table
const PLANETS: readonly Planet[] = [
  { name: 'Mercury', order: 1, km: 4879, year: '88 Earth days', fact: 'Mercury has no moons and almost no atmosphere.' },
  { name: 'Venus', order: 2, km: 12104, year: '225 Earth days', fact: 'Venus rotates backwards and has a thick carbon dioxide atmosphere with surface temperatures above 460 degrees Celsius.' },
  { name: 'Earth', order: 3, km: 12742, year: 'about 365.25 days', fact: 'Earth is the only planet known to support life, and liquid water covers about 71 percent of its surface.' },
  { name: 'Mars', order: 4, km: 6779, year: '687 Earth days', fact: 'Mars has two small moons, Phobos and Deimos, and the tallest volcano in the Solar System, Olympus Mons.' },
  { name: 'Jupiter', order: 5, km: 139820, year: 'about 11.9 Earth years', fact: 'Jupiter is the largest planet, and its Great Red Spot is a storm larger than Earth.' },
  { name: 'Saturn', order: 6, km: 116460, year: 'about 29.5 Earth years', fact: 'Saturn has the most prominent ring system, made mostly of ice particles.' },
  { name: 'Uranus', order: 7, km: 50724, year: 'about 84 Earth years', fact: 'Uranus was discovered by William Herschel in 1781 and is tilted on its side by about 98 degrees.' },
  { name: 'Neptune', order: 8, km: 49244, year: 'about 165 Earth years', fact: 'Neptune was found by Johann Galle in 1846 after Urbain Le Verrier predicted its position.' },
];

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'];

const planetTopic = (p: Planet): Topic => ({
  name: p.name,
  sentences: (random) => {
    return [
      random.pick([
        `${p.name} is the ${ORDINALS[p.order - 1]} planet from the Sun, with a diameter of about ${num(p.km)} km.`,
        `Measuring roughly ${num(p.km)} kilometres across, ${p.name} orbits ${ORDINALS[p.order - 1]} in line from the Sun.`,
      ]),
      `One orbit of ${p.name} around the Sun takes ${p.year}.`,
      p.fact,
      ...others(random, PLANETS, p).map((o) => {
        const [big, small] = p.km > o.km ? [p, o] : [o, p];
        return `${big.name} is about ${(big.km / small.km).toFixed(1)} times as wide as ${small.name}.`;
      }),
    ];
  },
});

// biome-ignore format: one record per line reads as a table
const ASTRONOMY_FACTS: readonly Concept[] = [
  { term: 'the astronomical unit', definition: 'the average distance between Earth and the Sun, about 149.6 million kilometres', facts: ['Light needs about 8 minutes and 20 seconds to cross one astronomical unit.', 'Distances within the Solar System are often given in astronomical units.'] },
  { term: 'a light-year', definition: 'the distance light travels in one year, about 9.46 trillion kilometres', facts: ['The speed of light in a vacuum is exactly 299,792,458 metres per second.', 'Proxima Centauri, the nearest star to the Sun, is about 4.2 light-years away.'] },
  { term: 'a dwarf planet', definition: 'a body that orbits the Sun and is round but has not cleared its orbit of other objects', facts: ['The International Astronomical Union reclassified Pluto as a dwarf planet in 2006.', 'Ceres, in the asteroid belt, is the largest object between Mars and Jupiter.'] },
  { term: 'the Moon', definition: "Earth's only natural satellite, about 3,474 km in diameter and on average 384,400 km away", facts: ['The Moon takes about 27.3 days to orbit Earth and always shows the same face to us.', 'Tides on Earth are caused mainly by the gravitational pull of the Moon.'] },
  { term: 'the Sun', definition: 'the star at the centre of the Solar System, a ball of hot plasma about 1.39 million km across', facts: ['The Sun produces energy by nuclear fusion, turning hydrogen into helium in its core.', 'The Sun contains about 99.8 percent of the mass of the Solar System.'] },
  { term: 'a comet', definition: 'a small icy body that releases gas and dust, forming a tail, when it passes close to the Sun', facts: ["Halley's Comet returns about every 76 years and was last seen from Earth in 1986.", 'The tail of a comet always points away from the Sun because of the solar wind.'] },
  { term: 'heliocentrism', definition: 'the model in which Earth and the other planets orbit the Sun', facts: ['Nicolaus Copernicus set out the heliocentric model in a book published in 1543.', 'In 1610 Galileo Galilei observed four moons orbiting Jupiter, which supported the model.'] },
];

export const ASTRONOMY: CourseSubject = {
  subject: 'Astronomy',
  chapters: ['The Solar System', 'Planets and Distances', 'Observing the Sky'],
  topics: [...PLANETS.map(planetTopic), ...ASTRONOMY_FACTS.map((c) => conceptTopic(c, ASTRONOMY_FACTS))],
};
