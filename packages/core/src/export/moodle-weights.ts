// Answer weights for Moodle (XML and GIFT). Moodle's importer only accepts the grades of its own grade menu
// (100, 50, 33.33333, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, … and their negatives); any other value
// makes the whole question fail to import. 100/n is on the menu for n from 1 to 10.

/** A percentage as Moodle writes it: at most five decimals, no trailing zeros ("33.33333", "12.5", "100"). */
export function formatPercent(value: number): string {
  return String(Number(value.toFixed(5)));
}

/**
 * The weight of each choice of a multi-select question: the right ones share +100%, the wrong ones share -100%
 * (so ticking every box scores 0). With more than ten wrong choices each wrong one weighs -100%, which Moodle
 * accepts; more than ten right ones cannot be expressed exactly.
 */
export function multiSelectWeights(choices: readonly string[], answer: readonly string[]): Map<string, string> {
  const right = choices.filter((c) => answer.includes(c));
  const wrong = choices.filter((c) => !answer.includes(c));
  const rightWeight = formatPercent(100 / Math.max(1, right.length));
  const wrongWeight = wrong.length > 0 && wrong.length <= 10 ? formatPercent(-100 / wrong.length) : '-100';
  return new Map(choices.map((c) => [c, answer.includes(c) ? rightWeight : wrongWeight]));
}

/** Moodle short answers treat `*` as a wildcard; a literal asterisk is written `\*`. */
export function escapeShortAnswerWildcards(answer: string): string {
  return answer.replace(/\*/g, '\\*');
}
