/**
 * Errors that mean "the database cannot be reached right now" (server down or restarting, refused, out of
 * connection slots, timed out), as opposed to a fault in the request or the code: the answer is 503
 * `database-unavailable` with Retry-After, as /healthz says, never 500.
 */

/** Seconds a client should wait before trying again. */
export const DB_RETRY_AFTER_SECONDS = 5;

/** Socket errors of Node (connect, DNS, reset) on the way to the database. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);

/**
 * PostgreSQL SQLSTATEs: class 08 (connection exception), 53300 too_many_connections, 57P01 admin_shutdown,
 * 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up or shutting down).
 */
const SQLSTATES = new Set(['53300', '57P01', '57P02', '57P03']);

/** What node-postgres throws without a code when the connection is lost, never made, or timed out. */
const PG_MESSAGES =
  /^(Connection terminated|Connection terminated unexpectedly|Connection terminated due to connection timeout|timeout expired|timeout exceeded when trying to connect|Client has encountered a connection error and is not queryable|Client was closed and is not queryable|Cannot use a pool after calling end on the pool)\b/;

function unavailableHere(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  const message = (e as { message?: unknown }).message;
  return typeof message === 'string' && PG_MESSAGES.test(message);
}

/** True when `err` (or what it wraps: `cause`, AggregateError's `errors`) says the database is unreachable. */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (depth > 5 || !err || typeof err !== 'object') return false;
  // fetch() to another system (gateway, portal) wraps its socket error the same way: not the database
  if (err instanceof TypeError && err.message === 'fetch failed') return false;
  if (unavailableHere(err)) return true;
  const { cause, errors } = err as { cause?: unknown; errors?: unknown };
  if (cause !== undefined && isDatabaseUnavailable(cause, depth + 1)) return true;
  return Array.isArray(errors) && errors.some((e) => isDatabaseUnavailable(e, depth + 1));
}
