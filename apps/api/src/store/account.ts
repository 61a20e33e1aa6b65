// Ownership in queries: each row belongs to the account that made it: an API key (by its name), a teacher
// (`email:<address>`), or the local owner of a server without authentication. Names of API keys never hold a
// colon, so the three never meet.

/** The owner of everything made on a server without authentication (and of what was made before there was any). */
export const LOCAL_OWNER = 'local:owner';

/** A teacher's account: her email address, so that she keeps her quizzes whichever way she signs in. */
export const teacherAccount = (email: string) => `email:${email.toLowerCase()}`;

/**
 * Who is asking: the account of the request, which then sees only what it made; null or undefined for the
 * server's own reads, which see everything.
 */
export type Account = string | null | undefined;

/** `and <column> = $n` when an account is given, nothing otherwise. */
export function accountFilter(column: string, account: Account, param: number): string {
  return account == null ? '' : ` and ${column} = $${param}`;
}
export const accountParams = (account: Account) => (account == null ? [] : [account]);
