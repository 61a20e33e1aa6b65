// ALLOWED_EMAIL_DOMAINS keeps a deployment to one school (or a few): a teacher's email must end in one of them.

/** Whether `email` may sign in; every address may when no domain is configured. */
export function emailDomainAllowed(email: string, domains: readonly string[]): boolean {
  if (domains.length === 0) return true;
  const at = email.lastIndexOf('@');
  if (at < 1) return false;
  const domain = email.slice(at + 1).toLowerCase();
  return domains.includes(domain);
}
