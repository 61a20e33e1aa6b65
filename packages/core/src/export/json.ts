// The quiz as JSON, exactly as the API returns it: parsed through the Quiz schema, so what is written always
// reads back, and indented for people who open it.
import { Quiz } from '../schemas/index.js';

export function renderJson(quiz: Quiz): string {
  return `${JSON.stringify(Quiz.parse(quiz), null, 2)}\n`;
}
