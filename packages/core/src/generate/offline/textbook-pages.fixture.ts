// A small multi-page "textbook" (biology, history, physics) shared by the generator's tests and the
// sample printout: realistic prose with names, dates, numbers and headings, written for this repo.
import type { PageText } from '../../pdf/page-text.js';

export const TEXTBOOK_PAGES: readonly string[] = [
  `Chapter 1: The Cell
The cell is the basic unit of life. Every living organism, from a single bacterium to a blue whale, is made of one or more cells. In 1665, the English scientist Robert Hooke examined a thin slice of cork under a microscope and described tiny compartments that he called cells. Nearly two centuries later, Matthias Schleiden and Theodor Schwann proposed the cell theory, which states that all plants and animals are composed of cells.
Cells come in two basic types. Prokaryotic cells, such as bacteria, lack a nucleus and other membrane-bound organelles. Eukaryotic cells, found in plants, animals and fungi, keep their genetic material inside a nucleus. The human body contains roughly 37 trillion cells, and a typical animal cell measures about 20 micrometres across.
The mitochondrion is often called the powerhouse of the cell because it produces most of the cell's supply of ATP. In plant cells, photosynthesis takes place in the chloroplasts, where light energy is converted into chemical energy stored in glucose. The ribosomes assemble proteins by reading the instructions carried by messenger RNA.
Figure 1.2
• Nucleus
• Cytoplasm`,
  `Chapter 2: Genetics and Evolution
Gregor Mendel, an Austrian monk, studied inheritance by crossing about 29,000 pea plants between 1856 and 1863. His experiments showed that traits are passed from parents to offspring in discrete units, which we now call genes. Mendel published his results in 1866, but their importance was not recognised until 1900.
In 1953, James Watson and Francis Crick described the double helix structure of DNA, building on X-ray images produced by Rosalind Franklin. Each strand of DNA is a chain of nucleotides, and the bases adenine, thymine, guanine and cytosine carry the genetic code. The human genome contains about 3 billion base pairs.
Charles Darwin sailed on HMS Beagle for nearly five years and visited the Galapagos Islands in 1835. In 1859 he published On the Origin of Species, which explained evolution by natural selection. Alfred Russel Wallace had reached a similar conclusion independently while working in the Malay Archipelago. Natural selection favours individuals whose inherited traits help them survive and reproduce in their environment.
What do you think? Discuss with a partner.`,
  `Chapter 3: The French Revolution
The French Revolution began in 1789, when a financial crisis forced King Louis XVI to summon the Estates-General for the first time since 1614. On 14 July 1789, crowds in Paris stormed the Bastille, a royal fortress that had become a symbol of tyranny. In August 1789, the National Assembly adopted the Declaration of the Rights of Man and of the Citizen.
The monarchy was abolished in September 1792, and Louis XVI was executed by guillotine in January 1793. During the Reign of Terror, Maximilien Robespierre and the Committee of Public Safety ordered the execution of roughly 17,000 people across France. Robespierre himself was arrested and executed in July 1794.
In 1799, Napoleon Bonaparte seized power in a coup and became First Consul. He crowned himself Emperor of the French in 1804 and introduced the Napoleonic Code, a civil law code that still influences the legal systems of many countries. His invasion of Russia in 1812 ended in disaster, and he was finally defeated at the Battle of Waterloo in 1815.`,
  `Chapter 4: Motion and Gravity
Isaac Newton published the Principia in 1687, setting out three laws of motion and the law of universal gravitation. According to the first law, an object remains at rest or moves in a straight line at constant speed unless a force acts on it. The second law states that the force on an object equals its mass multiplied by its acceleration.
Galileo Galilei had earlier shown that objects of different mass fall with the same acceleration when air resistance is negligible. Near the surface of the Earth, this acceleration is about 9.8 metres per second squared. The Moon orbits the Earth at an average distance of about 384,000 kilometres and completes one orbit in roughly 27 days.
In 1905, Albert Einstein published his theory of special relativity, which showed that the speed of light in a vacuum is the same for all observers. Light travels at almost 300,000 kilometres per second. Einstein later extended his ideas in the general theory of relativity, published in 1915, which describes gravity as the curvature of spacetime.
Water boils at 100 degrees Celsius at sea level, but at the top of Mount Everest it boils at about 70 degrees Celsius because the air pressure is much lower.`,
];

/** The fixture as the extractor would deliver it. */
export function textbookPages(pages: readonly string[] = TEXTBOOK_PAGES): PageText[] {
  return pages.map((text, i) => ({ page: i + 1, totalPages: pages.length, text }));
}
