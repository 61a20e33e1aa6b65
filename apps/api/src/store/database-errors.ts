// Whether an error means the database cannot be reached just now (a restart, a failover, a network cut, a pool
// that cannot connect), as opposed to a query that is wrong. Such a request is answered 503
// `database_unavailable` with Retry-After: the client comes back, and nothing was half written (every write is
// one statement or one transaction).

/** SQLSTATE classes and codes of a lost or refused connection (Postgres appendix A). */
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01', // admin_shutdown: the server is stopping, or pg_terminate_backend
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up or in recovery
  '53300', // too_many_connections
  '53200', // out_of_memory
  '58030', // io_error: the database's own files cannot be read or written
]);

/** disk_full: the database cannot extend its files (the embedded one shares DATA_DIR with the uploads). */
const OUT_OF_SPACE_SQLSTATE = '53100';

const UNAVAILABLE_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/** What node-postgres says when its connection went away or could not be made in time. */
const UNAVAILABLE_MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /client has encountered a connection error/i,
  /connection is closed/i,
  /cannot use a pool after calling end/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  // The embedded database (PGlite) closed or stopped under the server.
  /pglite is closed/i,
];

/** Whether the database refused a write for want of disk space: answered like a full DATA_DIR, 507. */
export function isDatabaseOutOfSpace(err: unknown): boolean {
  return err instanceof Error && (err as { code?: unknown }).code === OUT_OF_SPACE_SQLSTATE;
}

export function isDatabaseUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (code.startsWith('08') || UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_ERRNOS.has(code)) return true;
  }
  if (UNAVAILABLE_MESSAGES.some((re) => re.test(err.message))) return true;
  // An AggregateError of every address tried (ECONNREFUSED on ::1 and 127.0.0.1).
  if (err instanceof AggregateError) return err.errors.some(isDatabaseUnavailable);
  return false;
}
