import { beforeAll, describe, expect, it } from 'vitest';
import { warmUpOfflineGenerator } from './offline-generator.js';
import { offlineQuiz } from './offline-quiz.fixture.js';
import { textbookPages } from './textbook-pages.fixture.js';

// Sentences after Wikipedia's article on artificial intelligence (CC BY-SA 4.0), some shortened, as two pages.
const PAGES = [
  'In 2017, the European Union considered granting electronic personhood to some of the most capable AI systems. ' +
    'In 2024, the Council of Europe created the first international legally binding treaty on AI. ' +
    'The Russian Federation adopted its national strategy for the development of artificial intelligence in 2019. ' +
    'The United Nations launched an advisory body to provide recommendations on AI governance.',
  'In 1974, both the U.S. and British governments cut off exploratory research in response to the criticism of Sir James Lighthill and ongoing pressure from the U.S. Congress to fund more productive projects. ' +
    'The European Union adopted the Artificial Intelligence Act in 2024. ' +
    'The Council of Europe and the United Nations discussed the governance of artificial intelligence.',
];

const questions = () => offlineQuiz(textbookPages(PAGES), { questionsPerPage: 5, types: ['multiple_choice'] });

describe('a name that an abbreviation begins', () => {
  beforeAll(() => warmUpOfflineGenerator());

  it('is not blanked: "the U.S. ____" takes only a name that goes with "U.S.", and the choices give it away', async () => {
    const asked = await questions();
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.prompt, JSON.stringify(q)).not.toMatch(/U\.S\. ____/u);
  });
});
