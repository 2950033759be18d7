/**
 * "cannot connect to PostgreSQL at db:5432: connection refused" instead of a
 * driver stack: what an operator needs to fix DATABASE_URL or start the server.
 */

/** Network failures (Node system errors) and the SQLSTATEs of a refused session. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET']);
// 08: connection exception; 28: invalid authorization; 3D000: no such database; 57P03: server starting up.
const SESSION_STATES = /^(08|28)|^3D000$|^57P03$/;

export class PostgresConnectionError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PostgresConnectionError';
  }
}

/** The error as a PostgresConnectionError when it says the server could not be reached or refused the session, else null. */
export function connectionFailure(error: unknown, address: string): PostgresConnectionError | null {
  const code = (error as { code?: unknown } | null)?.code;
  const timedOut = error instanceof Error && /timeout|terminated unexpectedly/i.test(error.message);
  if (typeof code === 'string' ? !NETWORK_CODES.has(code) && !SESSION_STATES.test(code) : !timedOut) return null;
  return new PostgresConnectionError(`cannot connect to PostgreSQL at ${address}: ${causeOf(error)}`, { cause: error });
}

/** Node reports a refused dual-stack connect as an AggregateError with an empty message. */
function causeOf(error: unknown): string {
  if (error instanceof AggregateError && !error.message) {
    const messages = error.errors.map((inner: unknown) => (inner instanceof Error ? inner.message : String(inner)));
    return [...new Set(messages)].join('; ') || String((error as { code?: unknown }).code ?? 'connection failed');
  }
  if (error instanceof Error) return error.message || String((error as { code?: unknown }).code ?? error.name);
  return String(error);
}
