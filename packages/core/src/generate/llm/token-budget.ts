// A job's token allowance. It is checked before each call, so a job stops asking once it has spent its
// budget; calls already in flight still finish, so it can be overshot by at most those calls.

export class TokenBudget {
  readonly limit: number;
  #used = 0;

  /** `limit` 0 means no limit. */
  constructor(limit: number) {
    this.limit = limit;
  }

  get used(): number {
    return this.#used;
  }

  #refused = false;

  get exhausted(): boolean {
    return this.limit > 0 && this.#used >= this.limit;
  }

  /** Whether any work was turned down for lack of budget. */
  get refused(): boolean {
    return this.#refused;
  }

  /** Asked before each call or page: false once the budget is spent (and remembered, for the warning). */
  allows(): boolean {
    if (!this.exhausted) return true;
    this.#refused = true;
    return false;
  }

  add(usage: { inputTokens: number; outputTokens: number }): void {
    this.#used += usage.inputTokens + usage.outputTokens;
  }
}

/**
 * A rough token count for when a provider reports none (a call stopped early, a server without usage): about
 * four characters per token for alphabetic scripts, one per character for CJK, which is close enough for a
 * budget.
 */
export function estimateTokens(text: string): number {
  const wide = text.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/gu)?.length ?? 0;
  return Math.ceil(wide + (text.length - wide) / 4);
}
