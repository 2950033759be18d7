/**
 * DATABASE_URL for PostgreSQL: a libpq URL plus newsgraph's own `?schema=NAME`,
 * which pg does not know. The schema parameter is taken out of the URL and
 * becomes the search_path of every connection ("NAME", then public, where the
 * extensions live), set as a startup option so no pooled connection can run
 * a query before it.
 */
import { quoteIdentifier } from './apply-migrations';

export interface PostgresTarget {
  /** The URL without `schema` (and without `options`, merged into `options` below). */
  connectionString: string;
  /** The schema of every table, or null for the server's default search_path. */
  schema: string | null;
  /** libpq startup options (`-c search_path=...`), or undefined. */
  options: string | undefined;
  /** "host:port" for error messages. */
  address: string;
}

export function parsePostgresUrl(raw: string): PostgresTarget {
  const url = new URL(raw);
  const schema = url.searchParams.get('schema');
  url.searchParams.delete('schema');
  const given = url.searchParams.get('options');
  url.searchParams.delete('options');
  if (schema !== null && schema.length === 0) throw new Error('DATABASE_URL has an empty ?schema= parameter');
  const options: string[] = given ? [given] : [];
  // Spaces in a startup option are escaped with a backslash (libpq's rule).
  if (schema !== null) options.push(`-c search_path=${`${quoteIdentifier(schema)},public`.replace(/([\\ ])/g, '\\$1')}`);
  const host = decodeURIComponent(url.hostname) || url.searchParams.get('host') || 'localhost';
  const port = url.port || url.searchParams.get('port') || '5432';
  return {
    connectionString: url.toString(),
    schema,
    options: options.length > 0 ? options.join(' ') : undefined,
    address: `${host}:${port}`,
  };
}
