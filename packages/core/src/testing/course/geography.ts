// Geography for the sample course: rivers, mountains, countries and capitals, with real figures.
import { type CourseSubject, cap, num, others, type Topic } from './subject.js';

interface River {
  name: string;
  km: number;
  continent: string;
  mouth: string;
  through: string;
}

// biome-ignore format: one record per line reads as a table
const RIVERS: readonly River[] = [
  { name: 'Nile', km: 6650, continent: 'Africa', mouth: 'Mediterranean Sea', through: 'Uganda, Sudan and Egypt' },
  { name: 'Amazon', km: 6400, continent: 'South America', mouth: 'Atlantic Ocean', through: 'Peru, Colombia and Brazil' },
  { name: 'Yangtze', km: 6300, continent: 'Asia', mouth: 'East China Sea', through: 'China' },
  { name: 'Yellow River', km: 5464, continent: 'Asia', mouth: 'Bohai Sea', through: 'China' },
  { name: 'Parana', km: 4880, continent: 'South America', mouth: 'Rio de la Plata', through: 'Brazil, Paraguay and Argentina' },
  { name: 'Congo', km: 4700, continent: 'Africa', mouth: 'Atlantic Ocean', through: 'the Democratic Republic of the Congo' },
  { name: 'Mekong', km: 4350, continent: 'Asia', mouth: 'South China Sea', through: 'China, Laos, Cambodia and Vietnam' },
  { name: 'Niger', km: 4180, continent: 'Africa', mouth: 'Gulf of Guinea', through: 'Guinea, Mali, Niger and Nigeria' },
  { name: 'Mississippi', km: 3730, continent: 'North America', mouth: 'Gulf of Mexico', through: 'the United States' },
  { name: 'Volga', km: 3530, continent: 'Europe', mouth: 'Caspian Sea', through: 'Russia' },
  { name: 'Indus', km: 3180, continent: 'Asia', mouth: 'Arabian Sea', through: 'China, India and Pakistan' },
  { name: 'Danube', km: 2850, continent: 'Europe', mouth: 'Black Sea', through: 'ten countries from Germany to Ukraine' },
  { name: 'Zambezi', km: 2574, continent: 'Africa', mouth: 'Indian Ocean', through: 'Zambia, Zimbabwe and Mozambique' },
  { name: 'Ganges', km: 2525, continent: 'Asia', mouth: 'Bay of Bengal', through: 'India and Bangladesh' },
  { name: 'Murray', km: 2508, continent: 'Australia', mouth: 'Southern Ocean', through: 'New South Wales, Victoria and South Australia' },
  { name: 'Rhine', km: 1230, continent: 'Europe', mouth: 'North Sea', through: 'Switzerland, Germany and the Netherlands' },
  { name: 'Orinoco', km: 2140, continent: 'South America', mouth: 'Atlantic Ocean', through: 'Venezuela and Colombia' },
  { name: 'Yukon', km: 3190, continent: 'North America', mouth: 'Bering Sea', through: 'Canada and Alaska' },
  { name: 'Dnieper', km: 2201, continent: 'Europe', mouth: 'Black Sea', through: 'Russia, Belarus and Ukraine' },
  { name: 'Thames', km: 346, continent: 'Europe', mouth: 'North Sea', through: 'southern England' },
];

const riverTopic = (r: River): Topic => ({
  name: `The ${r.name}`,
  sentences: (random) => {
    const miles = num(Math.round(r.km * 0.621371));
    return [
      random.pick([
        `The ${r.name} is about ${num(r.km)} kilometres long and flows into the ${r.mouth}.`,
        `Stretching for roughly ${num(r.km)} km, the ${r.name} ends in the ${r.mouth}.`,
        `One of the major rivers of ${r.continent} is the ${r.name}, which runs for about ${num(r.km)} kilometres.`,
      ]),
      random.pick([
        `Its course passes through ${r.through}.`,
        `On its way to the sea, the ${r.name} crosses ${r.through}.`,
      ]),
      `A length of ${num(r.km)} kilometres is roughly ${miles} miles.`,
      ...others(random, RIVERS, r).map((o) =>
        r.km > o.km
          ? random.pick([
              `The ${r.name} is about ${num(r.km - o.km)} km longer than the ${o.name}, which reaches the ${o.mouth}.`,
              `Compared with the ${o.name} (${num(o.km)} km), the ${r.name} is the longer river.`,
            ])
          : random.pick([
              `The ${o.name}, at ${num(o.km)} km, is longer than the ${r.name} by about ${num(o.km - r.km)} km.`,
              `The ${r.name} is shorter than the ${o.name} of ${o.continent}, which flows into the ${o.mouth}.`,
            ]),
      ),
      random.pick([
        `The land drained by the ${r.name} and its tributaries is called its drainage basin.`,
        `Like every large river, the ${r.name} carries sediment that builds up where it meets the ${r.mouth}.`,
        `Settlements have grown along the ${r.name} for thousands of years because it supplies water and a route for trade.`,
        `Seasonal floods on the ${r.name} once spread fertile silt over the surrounding farmland.`,
      ]),
    ];
  },
});

interface Mountain {
  name: string;
  m: number;
  range: string;
  /** Where it stands, with its preposition: "in Argentina", "on the border of Nepal and China". */
  where: string;
  ascent?: { year: number; by: string };
}

// biome-ignore format: one record per line reads as a table
const MOUNTAINS: readonly Mountain[] = [
  { name: 'Mount Everest', m: 8849, range: 'the Himalayas', where: 'on the border of Nepal and China', ascent: { year: 1953, by: 'Edmund Hillary and Tenzing Norgay' } },
  { name: 'K2', m: 8611, range: 'the Karakoram', where: 'on the border of Pakistan and China', ascent: { year: 1954, by: 'Achille Compagnoni and Lino Lacedelli' } },
  { name: 'Kangchenjunga', m: 8586, range: 'the Himalayas', where: 'on the border of Nepal and India', ascent: { year: 1955, by: 'Joe Brown and George Band' } },
  { name: 'Aconcagua', m: 6961, range: 'the Andes', where: 'in Argentina', ascent: { year: 1897, by: 'Matthias Zurbriggen' } },
  { name: 'Denali', m: 6190, range: 'the Alaska Range', where: 'in the United States', ascent: { year: 1913, by: 'a party led by Hudson Stuck' } },
  { name: 'Kilimanjaro', m: 5895, range: 'a volcanic massif in East Africa', where: 'in Tanzania', ascent: { year: 1889, by: 'Hans Meyer and Ludwig Purtscheller' } },
  { name: 'Mount Elbrus', m: 5642, range: 'the Caucasus', where: 'in Russia' },
  { name: 'Vinson Massif', m: 4892, range: 'the Ellsworth Mountains', where: 'in Antarctica', ascent: { year: 1966, by: 'an American expedition led by Nicholas Clinch' } },
  { name: 'Mont Blanc', m: 4806, range: 'the Alps', where: 'on the border of France and Italy', ascent: { year: 1786, by: 'Jacques Balmat and Michel-Gabriel Paccard' } },
  { name: 'Matterhorn', m: 4478, range: 'the Alps', where: 'on the border of Switzerland and Italy', ascent: { year: 1865, by: 'a party led by Edward Whymper' } },
  { name: 'Mount Fuji', m: 3776, range: 'an active stratovolcano on Honshu', where: 'in Japan' },
  { name: 'Mount Kosciuszko', m: 2228, range: 'the Snowy Mountains', where: 'in Australia', ascent: { year: 1840, by: 'Pawel Strzelecki' } },
];

const mountainTopic = (x: Mountain): Topic => ({
  name: x.name,
  sentences: (random) => {
    const ft = num(Math.round(x.m * 3.28084));
    const sentences = [
      random.pick([
        `${x.name} rises to about ${num(x.m)} metres above sea level.`,
        `At roughly ${num(x.m)} m, ${x.name} is one of the best-known summits of ${x.range}.`,
        `With a height of about ${num(x.m)} metres (${ft} feet), ${x.name} stands ${x.where}.`,
      ]),
      random.pick([`${x.name} belongs to ${x.range} and lies ${x.where}.`, `${x.name} is part of ${x.range}.`]),
      ...others(random, MOUNTAINS, x).map((o) =>
        x.m > o.m
          ? `${x.name} is about ${num(x.m - o.m)} m higher than ${o.name}, which stands ${o.where}.`
          : `${o.name} is about ${num(o.m - x.m)} m higher than ${x.name}.`,
      ),
      random.pick([
        'Air pressure falls with altitude, so each breath on a high summit holds less oxygen than at sea level.',
        'Temperature usually drops by about 6.5 degrees Celsius for every 1,000 metres of height gained.',
        'Mountain ranges form mainly where tectonic plates collide and the crust is pushed upward.',
        `Climbers on ${x.name} must allow for sudden changes in the weather.`,
      ]),
    ];
    if (x.ascent) {
      sentences.push(
        random.pick([
          `The first recorded ascent of ${x.name} was made in ${x.ascent.year} by ${x.ascent.by}.`,
          `${cap(x.ascent.by)} first reached the summit of ${x.name} in ${x.ascent.year}.`,
        ]),
      );
    }
    return sentences;
  },
});

interface Country {
  name: string;
  capital: string;
  continent: string;
  currency: string;
  languages: string;
}

// biome-ignore format: one record per line reads as a table
const COUNTRIES: readonly Country[] = [
  { name: 'France', capital: 'Paris', continent: 'Europe', currency: 'euro', languages: 'French' },
  { name: 'Japan', capital: 'Tokyo', continent: 'Asia', currency: 'yen', languages: 'Japanese' },
  { name: 'Brazil', capital: 'Brasilia', continent: 'South America', currency: 'real', languages: 'Portuguese' },
  { name: 'Kenya', capital: 'Nairobi', continent: 'Africa', currency: 'Kenyan shilling', languages: 'Swahili and English' },
  { name: 'Canada', capital: 'Ottawa', continent: 'North America', currency: 'Canadian dollar', languages: 'English and French' },
  { name: 'Australia', capital: 'Canberra', continent: 'Oceania', currency: 'Australian dollar', languages: 'English' },
  { name: 'Egypt', capital: 'Cairo', continent: 'Africa', currency: 'Egyptian pound', languages: 'Arabic' },
  { name: 'India', capital: 'New Delhi', continent: 'Asia', currency: 'Indian rupee', languages: 'Hindi and English' },
  { name: 'Argentina', capital: 'Buenos Aires', continent: 'South America', currency: 'Argentine peso', languages: 'Spanish' },
  { name: 'Norway', capital: 'Oslo', continent: 'Europe', currency: 'Norwegian krone', languages: 'Norwegian' },
  { name: 'Vietnam', capital: 'Hanoi', continent: 'Asia', currency: 'dong', languages: 'Vietnamese' },
  { name: 'Poland', capital: 'Warsaw', continent: 'Europe', currency: 'zloty', languages: 'Polish' },
  { name: 'New Zealand', capital: 'Wellington', continent: 'Oceania', currency: 'New Zealand dollar', languages: 'English and Maori' },
  { name: 'Peru', capital: 'Lima', continent: 'South America', currency: 'sol', languages: 'Spanish and Quechua' },
  { name: 'Ghana', capital: 'Accra', continent: 'Africa', currency: 'cedi', languages: 'English' },
  { name: 'South Korea', capital: 'Seoul', continent: 'Asia', currency: 'won', languages: 'Korean' },
  { name: 'Morocco', capital: 'Rabat', continent: 'Africa', currency: 'dirham', languages: 'Arabic and Tamazight' },
  { name: 'Chile', capital: 'Santiago', continent: 'South America', currency: 'Chilean peso', languages: 'Spanish' },
  { name: 'Germany', capital: 'Berlin', continent: 'Europe', currency: 'euro', languages: 'German' },
  { name: 'Italy', capital: 'Rome', continent: 'Europe', currency: 'euro', languages: 'Italian' },
  { name: 'Sweden', capital: 'Stockholm', continent: 'Europe', currency: 'Swedish krona', languages: 'Swedish' },
  { name: 'Thailand', capital: 'Bangkok', continent: 'Asia', currency: 'baht', languages: 'Thai' },
  { name: 'Nigeria', capital: 'Abuja', continent: 'Africa', currency: 'naira', languages: 'English' },
  { name: 'Ethiopia', capital: 'Addis Ababa', continent: 'Africa', currency: 'birr', languages: 'Amharic' },
  { name: 'Colombia', capital: 'Bogota', continent: 'South America', currency: 'Colombian peso', languages: 'Spanish' },
  { name: 'Cuba', capital: 'Havana', continent: 'North America', currency: 'Cuban peso', languages: 'Spanish' },
];

const countryTopic = (c: Country): Topic => ({
  name: c.name,
  sentences: (random) => {
    return [
      random.pick([
        `The capital of ${c.name} is ${c.capital}.`,
        `${c.capital} is the capital city of ${c.name}, a country in ${c.continent}.`,
        `${c.name}, whose capital is ${c.capital}, lies in ${c.continent}.`,
      ]),
      random.pick([
        `The currency of ${c.name} is the ${c.currency}.`,
        `Prices in ${c.name} are given in the ${c.currency}.`,
      ]),
      random.pick([
        `The official or main language of ${c.name} is ${c.languages}.`,
        `Most people in ${c.name} speak ${c.languages}.`,
      ]),
      ...others(random, COUNTRIES, c).map((o) =>
        c.continent === o.continent
          ? `Like ${o.name}, whose capital is ${o.capital}, ${c.name} is part of ${c.continent}.`
          : `Unlike ${c.name}, ${o.name} lies in ${o.continent} and uses the ${o.currency}.`,
      ),
    ];
  },
});

export const GEOGRAPHY: CourseSubject = {
  subject: 'Geography',
  chapters: [
    'Rivers and Mountains of the World',
    'Physical Geography',
    'Countries and Capitals',
    'Landforms and Water',
  ],
  topics: [...RIVERS.map(riverTopic), ...MOUNTAINS.map(mountainTopic), ...COUNTRIES.map(countryTopic)],
};
