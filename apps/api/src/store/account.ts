// Ownership in queries: with API_KEYS on, each row belongs to the key (by name) that made it.

/**
 * Who is asking: the name of the API key a request came with, which then sees only what it made; null when
 * authentication is off (or for the server's own reads), which sees everything.
 */
export type Account = string | null | undefined;

/** `and <column> = $n` when an account is given, nothing otherwise. */
export function accountFilter(column: string, account: Account, param: number): string {
  return account == null ? '' : ` and ${column} = $${param}`;
}
export const accountParams = (account: Account) => (account == null ? [] : [account]);
