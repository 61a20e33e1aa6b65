// Biology for the sample course: definitions of processes and the discoveries that named them.
import { type Concept, type CourseSubject, conceptTopic, num, others, type Topic } from './subject.js';

const BIOLOGY_CONCEPTS: readonly Concept[] = [
  {
    term: 'photosynthesis',
    definition:
      'the process by which plants, algae and some bacteria use light energy to turn carbon dioxide and water into glucose and oxygen',
    facts: [
      'In plant cells, photosynthesis takes place in the chloroplasts, which contain the green pigment chlorophyll.',
      'The overall equation can be written as 6CO2 + 6H2O -> C6H12O6 + 6O2.',
      'The light-dependent reactions happen in the thylakoid membranes, while the Calvin cycle runs in the stroma.',
    ],
  },
  {
    term: 'cellular respiration',
    definition: 'the set of reactions that break down glucose to release energy stored in ATP',
    facts: [
      'Aerobic respiration takes place mainly in the mitochondria and needs oxygen.',
      'One molecule of glucose can yield roughly 30 to 32 molecules of ATP in aerobic respiration.',
      'Without oxygen, muscle cells switch to anaerobic respiration and produce lactic acid.',
    ],
  },
  {
    term: 'mitosis',
    definition: 'a type of cell division that produces two genetically identical daughter cells',
    facts: [
      'The stages of mitosis are prophase, metaphase, anaphase and telophase.',
      'Mitosis allows organisms to grow and to replace damaged cells.',
      'A human body cell entering mitosis contains 46 chromosomes.',
    ],
  },
  {
    term: 'meiosis',
    definition:
      'a type of cell division that halves the number of chromosomes and produces four genetically different gametes',
    facts: [
      'Meiosis involves two rounds of division, called meiosis I and meiosis II.',
      'Crossing over between homologous chromosomes during meiosis increases genetic variation.',
      'Human gametes produced by meiosis contain 23 chromosomes.',
    ],
  },
  {
    term: 'osmosis',
    definition:
      'the movement of water molecules across a partially permeable membrane from a dilute solution to a more concentrated one',
    facts: [
      'A plant cell placed in pure water takes up water by osmosis and becomes turgid.',
      'Red blood cells placed in pure water can swell and burst because of osmosis.',
    ],
  },
  {
    term: 'diffusion',
    definition:
      'the net movement of particles from a region of higher concentration to a region of lower concentration',
    facts: [
      'Oxygen enters the blood in the alveoli of the lungs by diffusion.',
      'The rate of diffusion increases with temperature and with a steeper concentration gradient.',
    ],
  },
  {
    term: 'homeostasis',
    definition: 'the maintenance of a stable internal environment despite changes outside the body',
    facts: [
      'Human core body temperature is kept close to 37 degrees Celsius.',
      'The hormones insulin and glucagon, made in the pancreas, regulate blood glucose.',
    ],
  },
  {
    term: 'natural selection',
    definition:
      'the process by which individuals with inherited traits better suited to their environment tend to survive and reproduce more',
    facts: [
      'Charles Darwin described natural selection in On the Origin of Species, published in 1859.',
      'Alfred Russel Wallace reached the same idea independently and published with Darwin in 1858.',
      'Antibiotic resistance in bacteria is a modern example of natural selection.',
    ],
  },
  {
    term: 'an enzyme',
    definition: 'a protein that speeds up a chemical reaction without being used up',
    facts: [
      'Each enzyme has an active site that fits a particular substrate.',
      'High temperatures can denature an enzyme by changing the shape of its active site.',
      'Amylase, found in saliva, breaks starch down into sugars.',
    ],
  },
  {
    term: 'transcription',
    definition: 'the copying of a gene from DNA into messenger RNA',
    facts: [
      'In eukaryotic cells, transcription takes place in the nucleus.',
      'The enzyme RNA polymerase builds the messenger RNA strand during transcription.',
    ],
  },
  {
    term: 'translation',
    definition: 'the building of a protein from the code carried by messenger RNA',
    facts: [
      'Translation takes place on ribosomes in the cytoplasm.',
      'Each group of three bases on messenger RNA, called a codon, specifies one amino acid.',
    ],
  },
  {
    term: 'an antibody',
    definition: 'a Y-shaped protein made by white blood cells that binds to a specific antigen',
    facts: [
      'Antibodies are produced by B lymphocytes.',
      'Vaccination works by training the immune system to produce antibodies before an infection.',
    ],
  },
  {
    term: 'a food chain',
    definition: 'a sequence that shows how energy passes from one organism to another through feeding',
    facts: [
      'Every food chain begins with a producer, usually a plant or alga.',
      'Arrows in a food chain point from the organism that is eaten to the one that eats it.',
    ],
  },
  {
    term: 'an ecosystem',
    definition: 'a community of living organisms together with the physical environment they interact with',
    facts: [
      'Energy enters most ecosystems through producers such as green plants.',
      'Only about 10 percent of the energy at one trophic level is passed on to the next.',
    ],
  },
];

interface Discovery {
  who: string;
  year: number;
  what: string;
  field: string;
}

// biome-ignore format: one record per line reads as a table
const BIOLOGY_DISCOVERIES: readonly Discovery[] = [
  { who: 'Robert Hooke', year: 1665, what: 'described and named cells after looking at cork under a microscope', field: 'cell biology' },
  { who: 'Antonie van Leeuwenhoek', year: 1676, what: 'reported the first observations of bacteria, which he called animalcules', field: 'microbiology' },
  { who: 'Edward Jenner', year: 1796, what: 'tested the first smallpox vaccine, using material from cowpox', field: 'immunology' },
  { who: 'Theodor Schwann', year: 1839, what: 'proposed with Matthias Schleiden that all living things are made of cells', field: 'cell biology' },
  { who: 'Gregor Mendel', year: 1866, what: 'published his experiments on inheritance in pea plants', field: 'genetics' },
  { who: 'Louis Pasteur', year: 1885, what: 'first used a rabies vaccine on a human patient', field: 'microbiology' },
  { who: 'Alexander Fleming', year: 1928, what: 'discovered penicillin, the first widely used antibiotic', field: 'medicine' },
  { who: 'James Watson and Francis Crick', year: 1953, what: "proposed the double-helix structure of DNA, building on Rosalind Franklin's X-ray images", field: 'molecular biology' },
];

const discoveryTopic = (d: Discovery, all: readonly Discovery[]): Topic => ({
  name: d.who,
  sentences: (random) => [
    random.pick([
      `In ${d.year}, ${d.who} ${d.what}.`,
      `${d.who} ${d.what} in ${d.year}.`,
      `A landmark of ${d.field} came in ${d.year}, when ${d.who} ${d.what}.`,
    ]),
    random.pick([
      `The work of ${d.who} is a standard reference point in the history of ${d.field}.`,
      `Textbooks of ${d.field} still cite what ${d.who} achieved in ${d.year}.`,
    ]),
    ...others(random, all, d).map((o) =>
      d.year > o.year
        ? `${d.who} worked ${num(d.year - o.year)} years after ${o.who}, who ${o.what} in ${o.year}.`
        : `${d.who} worked ${num(o.year - d.year)} years before ${o.who}, who ${o.what} in ${o.year}.`,
    ),
  ],
});

export const BIOLOGY: CourseSubject = {
  subject: 'Biology',
  chapters: [
    'Cells and Life Processes',
    'Genetics and Evolution',
    'Pioneers of Biology',
    'Organisms and Their Environment',
  ],
  topics: [
    ...BIOLOGY_CONCEPTS.map((c) => conceptTopic(c, BIOLOGY_CONCEPTS)),
    ...BIOLOGY_DISCOVERIES.map((d) => discoveryTopic(d, BIOLOGY_DISCOVERIES)),
  ],
};
