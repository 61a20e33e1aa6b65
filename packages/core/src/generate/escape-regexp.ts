// Text to match literally inside a regular expression: "C++" or "(MC)" as they are written.

/** `text` with every character that has a meaning in a regular expression escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
