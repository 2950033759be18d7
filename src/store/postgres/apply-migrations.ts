/**
 * Numbered migrations for PostgreSQL (`migrations/NNN_name.sql`), applied at
 * start-up by every replica. Two replicas starting together must not both
 * apply a migration, so the whole run holds a session advisory lock: the
 * second waits, then finds everything recorded and applies nothing. Each
 * migration runs in its own transaction together with its row in
 * schema_migrations (PostgreSQL DDL is transactional), so a failed migration
 * leaves no trace. A recorded migration whose name or text changed since is
 * an error: the database was built by other SQL than the files describe.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { ClientBase } from 'pg';
import { readMigrations as readMigrationFiles, type Migration } from '../sqlite/apply-migrations';

export type { Migration };

export const PG_MIGRATIONS_DIR = join(__dirname, 'migrations');

/**
 * The advisory lock key of a migration run (one bigint; "newsgrph" in ASCII).
 * One key for the whole database rather than per schema: CREATE EXTENSION is
 * database-wide, and two schemas migrating at once would race on it.
 */
export const MIGRATION_LOCK_KEY = '7954894839749134440';

export class MigrationMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationMismatchError';
  }
}

export function readPgMigrations(dir: string = PG_MIGRATIONS_DIR): Migration[] {
  return readMigrationFiles(dir);
}

/** sha256 of the migration text, line endings normalised (a checkout with CRLF is the same migration). */
export function migrationChecksum(sql: string): string {
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
}

/** `"name"` with inner quotes doubled: a schema name as an SQL identifier. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

interface AppliedRow {
  version: number;
  name: string;
  checksum: string;
}

/**
 * Applies the migrations not yet recorded in `schema` (created if missing;
 * null: the connection's own search_path). `client` must be one dedicated
 * connection, since session advisory locks belong to a connection.
 * Returns the versions applied now.
 */
export async function applyPgMigrations(
  client: ClientBase,
  schema: string | null,
  migrations: readonly Migration[] = readPgMigrations(),
): Promise<number[]> {
  await client.query('SELECT pg_advisory_lock($1::bigint)', [MIGRATION_LOCK_KEY]);
  try {
    if (schema !== null) {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
      await client.query(`SET search_path = ${quoteIdentifier(schema)}, public`);
    }
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version     integer PRIMARY KEY,
      name        text NOT NULL,
      checksum    text NOT NULL,
      applied_at  timestamptz NOT NULL DEFAULT now()
    )`);
    const applied = new Map(
      (await client.query<AppliedRow>('SELECT version, name, checksum FROM schema_migrations ORDER BY version')).rows.map((row) => [
        row.version,
        row,
      ]),
    );
    checkRecorded(applied, migrations, schema);

    const done: number[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
          migration.version,
          migration.name,
          migrationChecksum(migration.sql),
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        const cause = error instanceof Error ? error.message : String(error);
        throw new Error(`migration ${migration.version}_${migration.name} failed and was rolled back: ${cause}`, { cause: error });
      }
      done.push(migration.version);
    }
    return done;
  } finally {
    // On a broken connection this fails too; the caller then closes the connection, which releases the lock.
    await client.query('SELECT pg_advisory_unlock($1::bigint)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
  }
}

/** Every recorded migration must be one of the files, with the same name and text. */
function checkRecorded(applied: Map<number, AppliedRow>, migrations: readonly Migration[], schema: string | null): void {
  const where = schema === null ? 'the database' : `schema "${schema}"`;
  const files = new Map(migrations.map((m) => [m.version, m]));
  for (const row of applied.values()) {
    const file = files.get(row.version);
    if (!file) {
      throw new MigrationMismatchError(
        `${where} has migration ${row.version}_${row.name} applied, but there is no migration ${row.version} here: ` +
          'the database was migrated by another (newer?) version of newsgraph',
      );
    }
    if (file.name !== row.name) {
      throw new MigrationMismatchError(
        `migration ${row.version} was applied to ${where} as "${row.name}" but the file now names it "${file.name}"`,
      );
    }
    if (migrationChecksum(file.sql) !== row.checksum) {
      throw new MigrationMismatchError(
        `migration ${row.version}_${row.name} changed after it was applied to ${where} (checksum ${row.checksum.slice(0, 12)} recorded, ` +
          `${migrationChecksum(file.sql).slice(0, 12)} now): add a new migration instead of editing an applied one`,
      );
    }
  }
}
