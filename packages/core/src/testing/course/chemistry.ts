// Chemistry for the sample course: elements with symbols, atomic numbers and discoverers, and core ideas.
import { type Concept, type CourseSubject, cap, conceptTopic, others, type Topic } from './subject.js';

interface Element {
  name: string;
  symbol: string;
  z: number;
  group: string;
  found?: { year: number; by: string };
}

// biome-ignore format: one record per line reads as a table
const ELEMENTS: readonly Element[] = [
  { name: 'hydrogen', symbol: 'H', z: 1, group: 'nonmetals', found: { year: 1766, by: 'Henry Cavendish' } },
  { name: 'helium', symbol: 'He', z: 2, group: 'noble gases', found: { year: 1868, by: 'Pierre Janssen and Norman Lockyer, in the spectrum of the Sun' } },
  { name: 'carbon', symbol: 'C', z: 6, group: 'nonmetals' },
  { name: 'nitrogen', symbol: 'N', z: 7, group: 'nonmetals', found: { year: 1772, by: 'Daniel Rutherford' } },
  { name: 'oxygen', symbol: 'O', z: 8, group: 'nonmetals', found: { year: 1774, by: 'Joseph Priestley' } },
  { name: 'fluorine', symbol: 'F', z: 9, group: 'halogens', found: { year: 1886, by: 'Henri Moissan' } },
  { name: 'neon', symbol: 'Ne', z: 10, group: 'noble gases', found: { year: 1898, by: 'William Ramsay and Morris Travers' } },
  { name: 'sodium', symbol: 'Na', z: 11, group: 'alkali metals', found: { year: 1807, by: 'Humphry Davy' } },
  { name: 'magnesium', symbol: 'Mg', z: 12, group: 'alkaline earth metals', found: { year: 1808, by: 'Humphry Davy' } },
  { name: 'aluminium', symbol: 'Al', z: 13, group: 'post-transition metals', found: { year: 1825, by: 'Hans Christian Orsted' } },
  { name: 'silicon', symbol: 'Si', z: 14, group: 'metalloids', found: { year: 1824, by: 'Jons Jacob Berzelius' } },
  { name: 'chlorine', symbol: 'Cl', z: 17, group: 'halogens', found: { year: 1774, by: 'Carl Wilhelm Scheele' } },
  { name: 'argon', symbol: 'Ar', z: 18, group: 'noble gases', found: { year: 1894, by: 'Lord Rayleigh and William Ramsay' } },
  { name: 'potassium', symbol: 'K', z: 19, group: 'alkali metals', found: { year: 1807, by: 'Humphry Davy' } },
  { name: 'calcium', symbol: 'Ca', z: 20, group: 'alkaline earth metals', found: { year: 1808, by: 'Humphry Davy' } },
  { name: 'iron', symbol: 'Fe', z: 26, group: 'transition metals' },
  { name: 'copper', symbol: 'Cu', z: 29, group: 'transition metals' },
  { name: 'silver', symbol: 'Ag', z: 47, group: 'transition metals' },
  { name: 'tungsten', symbol: 'W', z: 74, group: 'transition metals', found: { year: 1783, by: 'the brothers Juan Jose and Fausto Elhuyar' } },
  { name: 'gold', symbol: 'Au', z: 79, group: 'transition metals' },
  { name: 'polonium', symbol: 'Po', z: 84, group: 'post-transition metals', found: { year: 1898, by: 'Marie and Pierre Curie' } },
  { name: 'radium', symbol: 'Ra', z: 88, group: 'alkaline earth metals', found: { year: 1898, by: 'Marie and Pierre Curie' } },
  { name: 'uranium', symbol: 'U', z: 92, group: 'actinides', found: { year: 1789, by: 'Martin Heinrich Klaproth' } },
  { name: 'lithium', symbol: 'Li', z: 3, group: 'alkali metals', found: { year: 1817, by: 'Johan August Arfwedson' } },
  { name: 'beryllium', symbol: 'Be', z: 4, group: 'alkaline earth metals', found: { year: 1798, by: 'Louis Nicolas Vauquelin' } },
  { name: 'phosphorus', symbol: 'P', z: 15, group: 'nonmetals', found: { year: 1669, by: 'Hennig Brand' } },
  { name: 'sulfur', symbol: 'S', z: 16, group: 'nonmetals' },
  { name: 'titanium', symbol: 'Ti', z: 22, group: 'transition metals', found: { year: 1791, by: 'William Gregor' } },
  { name: 'chromium', symbol: 'Cr', z: 24, group: 'transition metals', found: { year: 1797, by: 'Louis Nicolas Vauquelin' } },
  { name: 'manganese', symbol: 'Mn', z: 25, group: 'transition metals', found: { year: 1774, by: 'Johan Gottlieb Gahn' } },
  { name: 'cobalt', symbol: 'Co', z: 27, group: 'transition metals', found: { year: 1735, by: 'Georg Brandt' } },
  { name: 'nickel', symbol: 'Ni', z: 28, group: 'transition metals', found: { year: 1751, by: 'Axel Fredrik Cronstedt' } },
  { name: 'zinc', symbol: 'Zn', z: 30, group: 'transition metals' },
  { name: 'bromine', symbol: 'Br', z: 35, group: 'halogens', found: { year: 1826, by: 'Antoine Jerome Balard' } },
  { name: 'krypton', symbol: 'Kr', z: 36, group: 'noble gases', found: { year: 1898, by: 'William Ramsay and Morris Travers' } },
  { name: 'tin', symbol: 'Sn', z: 50, group: 'post-transition metals' },
  { name: 'iodine', symbol: 'I', z: 53, group: 'halogens', found: { year: 1811, by: 'Bernard Courtois' } },
  { name: 'xenon', symbol: 'Xe', z: 54, group: 'noble gases', found: { year: 1898, by: 'William Ramsay and Morris Travers' } },
  { name: 'lead', symbol: 'Pb', z: 82, group: 'post-transition metals' },
];

const elementTopic = (e: Element): Topic => ({
  name: cap(e.name),
  sentences: (random) => {
    return [
      random.pick([
        `${cap(e.name)} has the chemical symbol ${e.symbol} and the atomic number ${e.z}.`,
        `The element with atomic number ${e.z} is ${e.name}, written ${e.symbol}.`,
        `${cap(e.name)} (${e.symbol}) is element number ${e.z} of the periodic table.`,
      ]),
      `An atomic number of ${e.z} means that every ${e.name} atom has ${protons(e.z)} in its nucleus.`,
      random.pick([`${cap(e.name)} is classed among the ${e.group}.`, `Chemists group ${e.name} with the ${e.group}.`]),
      e.found
        ? random.pick([
            `${cap(e.name)} was first identified in ${e.found.year} by ${e.found.by}.`,
            `Credit for discovering ${e.name} in ${e.found.year} goes to ${e.found.by}.`,
          ])
        : `${cap(e.name)} has been known since ancient times, so no single discoverer is named.`,
      ...others(random, ELEMENTS, e).map((o) =>
        e.z > o.z
          ? `A ${e.name} nucleus holds ${protons(e.z - o.z)} more than a ${o.name} nucleus.`
          : `A ${o.name} nucleus (${o.symbol}) holds ${protons(o.z - e.z)} more than a ${e.name} nucleus.`,
      ),
    ];
  },
});

const protons = (n: number) => `${n} proton${n === 1 ? '' : 's'}`;

// biome-ignore format: one record per line reads as a table
const CHEMISTRY_CONCEPTS: readonly Concept[] = [
  { term: 'a covalent bond', definition: 'a chemical bond in which two atoms share a pair of electrons', facts: ['Covalent bonds hold together the atoms in a water molecule.', 'Substances made of small covalent molecules usually have low melting points.'] },
  { term: 'an ionic bond', definition: 'the electrostatic attraction between oppositely charged ions', facts: ['Sodium chloride, common salt, is held together by ionic bonds.', 'Ionic compounds conduct electricity when molten or dissolved in water.'] },
  { term: 'a catalyst', definition: 'a substance that speeds up a chemical reaction without being permanently changed', facts: ['Catalysts work by providing a reaction pathway with a lower activation energy.', 'Iron is used as a catalyst in the Haber process, which makes ammonia from nitrogen and hydrogen.'] },
  { term: 'the pH scale', definition: 'a measure of how acidic or alkaline a solution is, usually running from 0 to 14', facts: ['Pure water at 25 degrees Celsius has a pH of 7, which is neutral.', 'Each step of one on the pH scale means a tenfold change in hydrogen ion concentration.'] },
  { term: 'an isotope', definition: 'a form of an element whose atoms have the same number of protons but a different number of neutrons', facts: ['Carbon-14 is a radioactive isotope used to date organic remains up to about 50,000 years old.', 'Deuterium is an isotope of hydrogen with one proton and one neutron.'] },
  { term: 'the mole', definition: 'the amount of substance that contains about 6.022 x 10^23 particles', facts: ['The number 6.022 x 10^23 is known as the Avogadro constant.', 'One mole of carbon-12 has a mass of exactly 12 grams by the older definition of the mole.'] },
  { term: 'an exothermic reaction', definition: 'a reaction that releases energy to its surroundings, usually as heat', facts: ['Combustion of methane is a common example of an exothermic reaction.', 'In an exothermic reaction the products have less stored energy than the reactants.'] },
];

export const CHEMISTRY: CourseSubject = {
  subject: 'Chemistry',
  chapters: ['The Periodic Table', 'Atoms, Bonds and Reactions', 'Elements and Their Discoverers'],
  topics: [...ELEMENTS.map(elementTopic), ...CHEMISTRY_CONCEPTS.map((c) => conceptTopic(c, CHEMISTRY_CONCEPTS))],
};
