// Physics for the sample course: laws with their authors and dates, SI units, core quantities.
import { type Concept, type CourseSubject, conceptTopic, others, type Topic } from './subject.js';

interface Law {
  name: string;
  statement: string;
  by: string;
  year: number;
}

// biome-ignore format: one record per line reads as a table
const LAWS: readonly Law[] = [
  { name: "Newton's first law", statement: 'an object stays at rest or moves at constant velocity unless a net external force acts on it', by: 'Isaac Newton', year: 1687 },
  { name: "Newton's second law", statement: 'the net force on an object equals its mass multiplied by its acceleration, written F = ma', by: 'Isaac Newton', year: 1687 },
  { name: "Newton's third law", statement: 'when one body exerts a force on another, the second exerts an equal and opposite force on the first', by: 'Isaac Newton', year: 1687 },
  { name: "Ohm's law", statement: 'the current through a conductor is proportional to the voltage across it, written V = IR', by: 'Georg Ohm', year: 1827 },
  { name: "Boyle's law", statement: 'at constant temperature the pressure of a fixed mass of gas is inversely proportional to its volume', by: 'Robert Boyle', year: 1662 },
  { name: "Hooke's law", statement: 'the extension of a spring is proportional to the force applied, up to the limit of proportionality', by: 'Robert Hooke', year: 1678 },
  { name: "Coulomb's law", statement: 'the force between two point charges is proportional to the product of the charges and inversely proportional to the square of their distance', by: 'Charles-Augustin de Coulomb', year: 1785 },
  { name: "Kepler's third law", statement: "the square of a planet's orbital period is proportional to the cube of the semi-major axis of its orbit", by: 'Johannes Kepler', year: 1619 },
  { name: "Snell's law", statement: 'the ratio of the sines of the angles of incidence and refraction is constant for a given pair of materials', by: 'Willebrord Snellius', year: 1621 },
];

// biome-ignore format: one record per line reads as a table
const PHYSICS_CONCEPTS: readonly Concept[] = [
  { term: 'density', definition: 'mass per unit volume, measured in kilograms per cubic metre', facts: ['Pure water has a density of about 1,000 kg/m^3.', 'An object floats in water if its average density is less than that of water.'] },
  { term: 'momentum', definition: 'the product of the mass and the velocity of an object', facts: ['In a collision with no external forces, the total momentum is conserved.', 'Momentum is measured in kilogram metres per second.'] },
  { term: 'kinetic energy', definition: 'the energy an object has because of its motion, equal to half its mass times its speed squared', facts: ['Doubling the speed of a car multiplies its kinetic energy by four.', 'Brakes transfer kinetic energy to the thermal energy store of the brake pads.'] },
  { term: 'half-life', definition: 'the time taken for half of the radioactive nuclei in a sample to decay', facts: ['Carbon-14 has a half-life of about 5,730 years.', 'After three half-lives, one eighth of the original radioactive nuclei remain.'] },
  { term: 'a transverse wave', definition: 'a wave in which the vibrations are at right angles to the direction the wave travels', facts: ['Light and other electromagnetic waves are transverse.', 'Sound waves, by contrast, are longitudinal.'] },
];

const lawTopic = (l: Law): Topic => ({
  name: l.name,
  sentences: (random) => {
    return [
      random.pick([
        `${l.name} states that ${l.statement}.`,
        `According to ${l.name}, ${l.statement}.`,
        `${l.by} formulated what we call ${l.name}: ${l.statement}.`,
      ]),
      random.pick([
        `${l.by} published this result in ${l.year}.`,
        `The law dates from ${l.year} and carries the name of ${l.by}.`,
      ]),
      ...others(random, LAWS, l).map((o) =>
        l.year === o.year
          ? `${l.name} and ${o.name} were both published in ${l.year}.`
          : `${l.name} is ${Math.abs(l.year - o.year)} years ${l.year < o.year ? 'older' : 'younger'} than ${o.name}.`,
      ),
      random.pick([
        `Students should be able to state ${l.name} in words and apply it in a calculation.`,
        `Laboratory experiments confirm ${l.name} within the limits of measurement error.`,
        `Many exam problems can be solved with ${l.name} alone.`,
      ]),
    ];
  },
});

interface Unit {
  name: string;
  plural: string;
  symbol: string;
  quantity: string;
  honours: string;
  equals: string;
}

// biome-ignore format: one record per line reads as a table
const UNITS: readonly Unit[] = [
  { name: 'newton', plural: 'newtons', symbol: 'N', quantity: 'force', honours: 'Isaac Newton', equals: 'one kilogram metre per second squared' },
  { name: 'joule', plural: 'joules', symbol: 'J', quantity: 'energy', honours: 'James Prescott Joule', equals: 'one newton metre' },
  { name: 'watt', plural: 'watts', symbol: 'W', quantity: 'power', honours: 'James Watt', equals: 'one joule per second' },
  { name: 'pascal', plural: 'pascals', symbol: 'Pa', quantity: 'pressure', honours: 'Blaise Pascal', equals: 'one newton per square metre' },
  { name: 'ohm', plural: 'ohms', symbol: 'the Greek letter omega', quantity: 'electrical resistance', honours: 'Georg Ohm', equals: 'one volt per ampere' },
  { name: 'volt', plural: 'volts', symbol: 'V', quantity: 'electric potential difference', honours: 'Alessandro Volta', equals: 'one joule per coulomb' },
  { name: 'coulomb', plural: 'coulombs', symbol: 'C', quantity: 'electric charge', honours: 'Charles-Augustin de Coulomb', equals: 'one ampere second' },
  { name: 'hertz', plural: 'hertz', symbol: 'Hz', quantity: 'frequency', honours: 'Heinrich Hertz', equals: 'one cycle per second' },
];

const unitTopic = (u: Unit): Topic => ({
  name: `The ${u.name}`,
  sentences: (random) => [
    random.pick([
      `The ${u.name} (${u.symbol}) is the SI unit of ${u.quantity}.`,
      `In the SI system, ${u.quantity} is measured in ${u.plural} (${u.symbol}).`,
    ]),
    `One ${u.name} equals ${u.equals}.`,
    random.pick([`The ${u.name} is named after ${u.honours}.`, `The name of the ${u.name} honours ${u.honours}.`]),
    ...others(random, UNITS, u, 1).map(
      (o) => `Do not mix up the ${u.name}, a unit of ${u.quantity}, with the ${o.name}, a unit of ${o.quantity}.`,
    ),
  ],
});

export const PHYSICS: CourseSubject = {
  subject: 'Physics',
  chapters: ['Forces and Motion', 'Laws of Physics', 'Units and Measurement', 'Electricity and Waves'],
  topics: [
    ...LAWS.map(lawTopic),
    ...UNITS.map(unitTopic),
    ...PHYSICS_CONCEPTS.map((c) => conceptTopic(c, PHYSICS_CONCEPTS)),
  ],
};
