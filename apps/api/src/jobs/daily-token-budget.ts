// The optional daily LLM token budget of each teacher (or API key), LLM_DAILY_TOKEN_BUDGET: a new LLM job, or a
// Regenerate on an LLM quiz, is refused once the owner's tokens of the day (UTC) reach it, with a clear error
// and when to come back. Tokens are counted when a job completes (store.finishJob); a job that starts under the
// budget may finish past it, by at most LLM_MAX_TOKENS_PER_JOB. The offline generator costs nothing and is never refused.
import type { GenerateOptions } from '@quizstream/core';
import type { AppContext } from '../app-context.js';
import { AppError } from '../errors.js';

/** Seconds until the next day (UTC), when a spent budget is whole again. */
export function secondsUntilUtcMidnight(now = new Date()): number {
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return Math.max(1, Math.ceil((next - now.getTime()) / 1000));
}

/** Refuses (429, Retry-After: the next midnight UTC) an LLM job or Regenerate once the day's budget is spent. */
export async function refuseOverBudget(
  ctx: Pick<AppContext, 'config' | 'generators' | 'store'>,
  account: string | null,
  options: Pick<GenerateOptions, 'generator'>,
): Promise<void> {
  const budget = ctx.config.LLM_DAILY_TOKEN_BUDGET;
  if (budget === 0 || account === null) return;
  if ((options.generator ?? ctx.generators.defaultId) !== 'llm') return;
  const used = await ctx.store.tokenUsage.today(account);
  if (used < budget) return;
  throw new AppError(
    429,
    'token_budget_exhausted',
    `Today's LLM budget of ${budget} tokens is spent (${used} used). The offline generator still works; the budget is whole again at midnight UTC.`,
  ).retryAfter(secondsUntilUtcMidnight());
}
