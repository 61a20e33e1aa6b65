// LLM tokens used per owner per day (UTC), for the optional daily budget of each teacher or API key.
import type { Sql } from './sql.js';

export class TokenUsage {
  constructor(private readonly sql: Sql) {}

  /** Tokens `account` used today. */
  async today(account: string): Promise<number> {
    const { rows } = await this.sql.query<{ tokens: string | number }>(
      `select tokens from token_usage where account = $1 and day = (now() at time zone 'utc')::date`,
      [account],
    );
    return Number(rows[0]?.tokens ?? 0);
  }

  async add(account: string, tokens: number): Promise<void> {
    if (!(tokens > 0)) return;
    await this.sql.query(
      `insert into token_usage (account, day, tokens) values ($1, (now() at time zone 'utc')::date, $2)
       on conflict (account, day) do update set tokens = token_usage.tokens + excluded.tokens`,
      [account, Math.round(tokens)],
    );
  }
}
