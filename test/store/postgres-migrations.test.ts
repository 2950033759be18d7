/**
 * The PostgreSQL migration runner: numbered migrations applied once each, in
 * their own transaction, under an advisory lock, into the ?schema= of the URL;
 * a recorded migration that no longer matches its file is a clear error.
 */
import { Client } from 'pg';
import {
  applyPgMigrations,
  MIGRATION_LOCK_KEY,
  MigrationMismatchError,
  readPgMigrations,
} from '../../src/store/postgres/apply-migrations';
import { parsePostgresUrl } from '../../src/store/postgres/pg-url';
import { PostgresStore } from '../../src/store/postgres/pg-store';
import { freshPostgresSchema, TEST_DATABASE_URL, type TestSchema } from '../support/postgres';

const TABLE = { version: 1, name: 'table', sql: 'CREATE TABLE t (x integer);' };
const ROW = { version: 2, name: 'row', sql: 'INSERT INTO t VALUES (1);' };

describe('PostgreSQL migrations', () => {
  let schema: TestSchema;
  let client: Client;

  beforeEach(async () => {
    schema = await freshPostgresSchema('ng_migrations');
    client = new Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
  });

  afterEach(async () => {
    await client.end();
    await schema.drop();
  });

  async function tableRows(sql: string): Promise<unknown[]> {
    return (await client.query(sql)).rows;
  }

  it('creates the schema, applies each migration once into it and records it with a checksum', async () => {
    expect(await applyPgMigrations(client, schema.schema, [TABLE, ROW])).toEqual([1, 2]);
    expect(await applyPgMigrations(client, schema.schema, [TABLE, ROW])).toEqual([]);
    expect(await tableRows(`SELECT x FROM "${schema.schema}".t`)).toEqual([{ x: 1 }]);
    const recorded = await tableRows(`SELECT version, name, checksum FROM "${schema.schema}".schema_migrations ORDER BY version`);
    expect(recorded).toEqual([
      { version: 1, name: 'table', checksum: expect.stringMatching(/^[0-9a-f]{64}$/) },
      { version: 2, name: 'row', checksum: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
    // A migration added later is the only one applied.
    expect(await applyPgMigrations(client, schema.schema, [TABLE, ROW, { version: 3, name: 'more', sql: 'INSERT INTO t VALUES (3);' }])).toEqual([3]);
    expect(await tableRows(`SELECT count(*)::int AS n FROM "${schema.schema}".t`)).toEqual([{ n: 2 }]);
    expect(await tableRows(`SELECT 1 FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 't'`)).toEqual([]);
  });

  it('leaves no trace of a migration that fails halfway, keeps the ones before it, and says which one failed', async () => {
    const broken = { version: 2, name: 'broken', sql: 'INSERT INTO t VALUES (2); INSERT INTO no_such_table VALUES (1);' };
    await expect(applyPgMigrations(client, schema.schema, [TABLE, broken])).rejects.toThrow(
      /migration 2_broken failed and was rolled back: .*no_such_table/,
    );
    expect(await tableRows(`SELECT x FROM "${schema.schema}".t`)).toEqual([]);
    expect(await tableRows(`SELECT version FROM "${schema.schema}".schema_migrations`)).toEqual([{ version: 1 }]);
    // The lock was released: the fixed migration goes through.
    expect(await applyPgMigrations(client, schema.schema, [TABLE, ROW])).toEqual([2]);
  });

  it.each([
    ['edited since it was applied', [TABLE, { ...ROW, sql: 'INSERT INTO t VALUES (42);' }], /migration 2_row changed after it was applied/],
    ['renamed since it was applied', [TABLE, { ...ROW, name: 'first_row' }], /applied .* as "row" but the file now names it "first_row"/],
    ['missing from the files', [TABLE], /has migration 2_row applied, but there is no migration 2 here/],
  ])('refuses to start when a recorded migration is %s', async (_case, files, message) => {
    await applyPgMigrations(client, schema.schema, [TABLE, ROW]);
    await expect(applyPgMigrations(client, schema.schema, files)).rejects.toThrow(MigrationMismatchError);
    await expect(applyPgMigrations(client, schema.schema, files)).rejects.toThrow(message);
  });

  it('waits for the migration lock another connection holds, then applies nothing twice', async () => {
    const holder = new Client({ connectionString: TEST_DATABASE_URL });
    await holder.connect();
    const store = new PostgresStore(schema.url, { poolMax: 2 });
    try {
      await holder.query('SELECT pg_advisory_lock($1::bigint)', [MIGRATION_LOCK_KEY]);
      let done = false;
      const migrating = store.migrate().then(() => (done = true));
      // The store's connection shows up waiting on the advisory lock, and has not migrated.
      // A bigint advisory key shows in pg_locks as its high and low 32 bits.
      const key = BigInt(MIGRATION_LOCK_KEY);
      const waiting = `SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted
        AND classid = ${key >> 32n} AND objid = ${key & 0xffffffffn} AND objsubid = 1`;
      await waitFor(async () => (await tableRows(waiting)).length > 0);
      expect(done).toBe(false);
      expect(await tableRows(`SELECT 1 FROM information_schema.tables WHERE table_schema = '${schema.schema}'`)).toEqual([]);
      await holder.query('SELECT pg_advisory_unlock($1::bigint)', [MIGRATION_LOCK_KEY]);
      await migrating;
      const versions = await tableRows(`SELECT version FROM "${schema.schema}".schema_migrations ORDER BY version`);
      expect(versions).toEqual(readPgMigrations().map((m) => ({ version: m.version })));
    } finally {
      await holder.end();
      await store.close();
    }
  });

  it('puts every pooled connection in the schema of the URL, then public', async () => {
    const store = new PostgresStore(schema.url, { poolMax: 4 });
    try {
      await store.migrate();
      // More concurrent queries than the pool has connections: every connection answers.
      const paths = await Promise.all(
        Array.from({ length: 12 }, async () => (await store.pool.query(`SELECT array_to_string(current_schemas(false), ',') AS path`)).rows[0].path),
      );
      expect(new Set(paths)).toEqual(new Set([`${schema.schema},public`]));
    } finally {
      await store.close();
    }
  });
});

describe('parsePostgresUrl', () => {
  it('takes ?schema= out of the URL and turns it into the search_path startup option', () => {
    const target = parsePostgresUrl('postgres://news@db.example:6543/graph?schema=tenant_a&sslmode=disable');
    expect(target).toEqual({
      connectionString: 'postgres://news@db.example:6543/graph?sslmode=disable',
      schema: 'tenant_a',
      options: '-c search_path="tenant_a",public',
      address: 'db.example:6543',
    });
  });

  it('keeps the server default search_path without ?schema=, and names the default port', () => {
    expect(parsePostgresUrl('postgresql://localhost/graph')).toMatchObject({ schema: null, options: undefined, address: 'localhost:5432' });
  });

  it('refuses an empty schema name', () => {
    expect(() => parsePostgresUrl('postgres://localhost/graph?schema=')).toThrow(/empty \?schema=/);
  });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
