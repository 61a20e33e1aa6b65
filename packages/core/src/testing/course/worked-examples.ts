// Worked examples for the sample course: short calculations with random but consistent numbers, the way
// textbooks practise a formula. Being computed, they keep long generated courses from repeating themselves.

import type { Random } from '../seeded-random.js';
import { num } from './subject.js';

type Example = (random: Random) => string;

const fixed = (n: number, digits: number) => Number(n.toFixed(digits)).toLocaleString('en-US');

const PHYSICS: readonly Example[] = [
  (r) => {
    const m = r.between(2, 40);
    const a = r.between(1, 12);
    return `Worked example: a resultant force acts on a trolley of mass ${m} kg and gives it an acceleration of ${a} m/s^2. By Newton's second law, F = ma = ${m} x ${a}, so the force is ${m * a} N.`;
  },
  (r) => {
    const i = r.between(2, 15) / 2;
    const ohms = r.between(2, 60);
    return `Worked example: a current of ${i} A flows through a resistor of ${ohms} ohms. Using V = IR, the voltage across the resistor is ${fixed(i * ohms, 1)} V.`;
  },
  (r) => {
    const d = r.between(12, 400);
    const t = r.between(2, 20);
    return `Worked example: a cyclist covers ${d} metres in ${t} seconds. The average speed is distance divided by time, ${d} / ${t}, which is about ${fixed(d / t, 2)} m/s.`;
  },
  (r) => {
    const f = r.between(10, 900);
    const a = r.between(2, 50) / 100;
    return `Worked example: a force of ${f} N presses on an area of ${a} m^2. Pressure is force divided by area, so the pressure is about ${num(Math.round(f / a))} Pa.`;
  },
  (r) => {
    const e = r.between(3, 90) * 100;
    const t = r.between(5, 120);
    return `Worked example: a motor transfers ${num(e)} J of energy in ${t} s. Power is energy divided by time, so its power is about ${fixed(e / t, 1)} W.`;
  },
];

const MOLAR_MASSES = [
  { name: 'water', formula: 'H2O', mass: 18 },
  { name: 'carbon dioxide', formula: 'CO2', mass: 44 },
  { name: 'sodium chloride', formula: 'NaCl', mass: 58.5 },
  { name: 'oxygen gas', formula: 'O2', mass: 32 },
  { name: 'methane', formula: 'CH4', mass: 16 },
  { name: 'calcium carbonate', formula: 'CaCO3', mass: 100 },
] as const;

const CHEMISTRY: readonly Example[] = [
  (r) => {
    const s = r.pick(MOLAR_MASSES);
    const moles = r.between(1, 24) / 2;
    return `Worked example: the molar mass of ${s.name} (${s.formula}) is ${s.mass} g/mol. A sample of ${fixed(moles * s.mass, 1)} g therefore contains ${fixed(moles * s.mass, 1)} / ${s.mass} = ${moles} mol.`;
  },
  (r) => {
    const s = r.pick(MOLAR_MASSES);
    const moles = r.between(2, 40) / 4;
    return `Worked example: to weigh out ${moles} mol of ${s.name}, multiply by its molar mass of ${s.mass} g/mol, which gives ${fixed(moles * s.mass, 2)} g.`;
  },
  (r) => {
    const ph = r.between(1, 6);
    const diff = 7 - ph;
    return `Worked example: a solution of pH ${ph} has ${num(10 ** diff)} times the hydrogen ion concentration of pure water at pH 7, because each pH unit is a factor of ten.`;
  },
];

const GEOGRAPHY: readonly Example[] = [
  (r) => {
    const scale = r.pick([10000, 25000, 50000, 100000, 250000]);
    const cm = r.between(2, 30);
    return `Worked example: on a map with a scale of 1:${num(scale)}, a distance of ${cm} cm on the map stands for ${fixed((cm * scale) / 100000, 2)} km on the ground.`;
  },
  (r) => {
    const area = r.between(5, 900) * 10;
    const people = area * r.between(3, 400);
    return `Worked example: a district of ${num(area)} square kilometres with ${num(people)} inhabitants has a population density of ${num(Math.round(people / area))} people per square kilometre.`;
  },
  (r) => {
    const hour = r.between(1, 11);
    const [city, offset] = r.pick([
      ['Tokyo', 9],
      ['New Delhi', 5.5],
      ['Nairobi', 3],
      ['Rio de Janeiro', -3],
      ['New York', -5],
    ] as const);
    const local = (((hour + offset) % 24) + 24) % 24;
    const h = Math.floor(local);
    const m = local % 1 ? '30' : '00';
    return `Worked example: when it is ${hour}:00 in London on Greenwich Mean Time, the standard time in ${city} (UTC${offset >= 0 ? '+' : ''}${offset}) is ${h}:${m}.`;
  },
];

const BIOLOGY: readonly Example[] = [
  (r) => {
    const seeds = r.between(10, 250) * 4;
    return `Worked example: of ${num(seeds)} seeds from a cross between two pea plants that each carry one tall and one short allele (Tt x Tt), about ${num((seeds * 3) / 4)} would grow into tall plants, since the expected ratio of tall to short is 3:1.`;
  },
  (r) => {
    const cell = r.between(5, 120);
    const image = r.between(10, 90);
    return `Worked example: a cell ${cell} micrometres across appears ${image} mm wide in a drawing. Magnification is image size divided by actual size, ${image * 1000} / ${cell}, or about ${num(Math.round((image * 1000) / cell))} times.`;
  },
  (r) => {
    const bpm = r.between(55, 95);
    return `Worked example: a heart beating ${bpm} times a minute beats about ${num(bpm * 60 * 24)} times in a day.`;
  },
];

const GRAVITY = [
  ['Mercury', 3.7],
  ['Venus', 8.87],
  ['Mars', 3.71],
  ['Jupiter', 24.79],
  ['Saturn', 10.44],
  ['the Moon', 1.62],
] as const;

const ASTRONOMY: readonly Example[] = [
  (r) => {
    const mass = r.between(35, 95);
    const [place, g] = r.pick(GRAVITY);
    return `Worked example: a ${mass} kg astronaut weighs about ${num(Math.round(mass * 9.81))} N on Earth but only about ${num(Math.round(mass * g))} N on ${place}, where g is ${g} N/kg, because weight is mass times gravitational field strength.`;
  },
  (r) => {
    const million = r.between(56, 400);
    return `Worked example: when Mars is ${million} million km from Earth, a radio signal travelling at the speed of light needs about ${fixed((million * 1e9) / 299792458 / 60, 1)} minutes to arrive.`;
  },
];

const HISTORY: readonly Example[] = [
  (r) => {
    const [a, b] = r.shuffle([1066, 1215, 1453, 1492, 1517, 1648, 1776, 1789, 1815, 1914, 1945, 1969]).slice(0, 2) as [
      number,
      number,
    ];
    return `Practice: how many years separate ${Math.min(a, b)} and ${Math.max(a, b)}? Subtracting gives ${Math.abs(a - b)} years, which is ${fixed(Math.abs(a - b) / 100, 2)} centuries.`;
  },
];

export const WORKED_EXAMPLES: Readonly<Record<string, readonly Example[]>> = {
  Physics: PHYSICS,
  Chemistry: CHEMISTRY,
  Geography: GEOGRAPHY,
  Biology: BIOLOGY,
  Astronomy: ASTRONOMY,
  History: HISTORY,
};
