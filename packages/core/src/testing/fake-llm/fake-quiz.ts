// Questions a fake model writes from the page it was sent: built from the page's own sentences, so they pass
// every check the LLM generator applies (shape, verbatim quote, no duplicates). Deterministic.

export interface FakeQuestion {
  type: string;
  quote: string;
  prompt: string;
  choices: string[];
  answer: string[];
  explanation: string;
  difficulty: string;
}

export interface FakeQuizRequest {
  /** The page's text, as the prompt carried it. */
  text: string;
  page: number;
  count: number;
  /** Allowed types and difficulties (from the request's JSON schema); the first is used when one is needed. */
  types: string[];
  difficulties: string[];
  /** Questions to skip first, so a second ask for the same page yields different ones. */
  skip?: number;
}

/** `count` questions from the sentences of `text`, cycling through `types`. */
export function fakeQuestions(req: FakeQuizRequest): FakeQuestion[] {
  const sentences = sentencesOf(req.text);
  const words = [...new Set(req.text.match(/\p{L}{5,}/gu) ?? [])];
  const out: FakeQuestion[] = [];
  const skip = req.skip ?? 0;
  for (let i = skip; i < sentences.length && out.length < req.count; i++) {
    const sentence = sentences[i]!;
    const term = longestWord(sentence);
    if (!term) continue;
    const type = req.types[i % req.types.length] ?? 'multiple_choice';
    const difficulty = req.difficulties[i % req.difficulties.length] ?? 'medium';
    const blanked = sentence.replace(term, '____');
    const others = words.filter((w) => w.toLowerCase() !== term.toLowerCase()).slice(i, i + 3);
    while (others.length < 3) others.push(`Option${others.length + 1}`);
    const base = { quote: sentence, difficulty, explanation: `Page ${req.page} says so.` };
    if (type === 'true_false') {
      out.push({ ...base, type, prompt: `True or false: ${sentence}`, choices: ['True', 'False'], answer: ['True'] });
    } else if (type === 'short_answer') {
      out.push({ ...base, type, prompt: `Fill in the blank: ${blanked}`, choices: [], answer: [term] });
    } else {
      const choices = [term, ...others];
      out.push({ ...base, type, prompt: `Which word completes: ${blanked}`, choices, answer: [term] });
    }
  }
  return out;
}

/** The JSON text a model in structured-output array mode writes for these questions. */
export function quizJson(questions: unknown[]): string {
  return JSON.stringify({ elements: questions });
}

function sentencesOf(text: string): string[] {
  return (text.match(/[^.!?\n]+[.!?]/g) ?? []).map((s) => s.trim()).filter((s) => s.length >= 20);
}

function longestWord(sentence: string): string | undefined {
  const words = sentence.match(/\p{L}{4,}/gu) ?? [];
  return words.sort((a, b) => b.length - a.length)[0];
}
