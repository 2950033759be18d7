import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, UnsupportedDatabaseError } from '../../src/store/open-store';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';
import { PostgresStore } from '../../src/store/postgres/pg-store';
import { freshPostgresSchema, TEST_DATABASE_URL } from '../support/postgres';

describe('openStore', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-open-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens a migrated SQLite store at NEWSGRAPH_DB, creating missing folders', async () => {
    const file = join(dir, 'nested', 'deeper', 'graph.db');
    const store = await openStore({ NEWSGRAPH_DB: file });
    try {
      expect(store).toBeInstanceOf(SqliteStore);
      expect(existsSync(file)).toBe(true);
      expect(await store.stats()).toEqual({ documents: 0, entities: 0, quotes: 0, relations: 0, mentions: 0 });
    } finally {
      await store.close();
    }
  });

  it('uses ./data/newsgraph.db when nothing is configured', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const store = await openStore({});
      await store.close();
      expect(existsSync(join(dir, 'data', 'newsgraph.db'))).toBe(true);
    } finally {
      process.chdir(cwd);
    }
  });

  it.each([
    ['sqlite:', (d: string) => join(d, 'a.db')],
    ['sqlite://', (d: string) => join(d, 'b.db')],
    ['file:', (d: string) => join(d, 'c.db')],
  ])('opens SQLite from a DATABASE_URL starting with %p', async (scheme, path) => {
    const file = path(dir);
    const store = await openStore({ DATABASE_URL: `${scheme}${file}`, NEWSGRAPH_DB: join(dir, 'ignored.db') });
    await store.close();
    expect(existsSync(file)).toBe(true);
    expect(existsSync(join(dir, 'ignored.db'))).toBe(false);
  });

  it('opens an in-memory store for sqlite::memory:', async () => {
    const store = await openStore({ DATABASE_URL: 'sqlite::memory:' });
    expect((await store.stats()).documents).toBe(0);
    await store.close();
  });

  it.each(['postgres:', 'postgresql:'])('opens a migrated PostgreSQL store in the ?schema= of a DATABASE_URL starting with %p', async (scheme) => {
    const schema = await freshPostgresSchema('ng_open');
    const url = schema.url.replace(/^postgres(ql)?:/, scheme);
    try {
      const store = await openStore({ DATABASE_URL: url, NEWSGRAPH_DB: join(dir, 'ignored.db') });
      try {
        expect(store).toBeInstanceOf(PostgresStore);
        expect(await store.stats()).toEqual({ documents: 0, entities: 0, quotes: 0, relations: 0, mentions: 0 });
      } finally {
        await store.close();
      }
      expect(existsSync(join(dir, 'ignored.db'))).toBe(false);
    } finally {
      await schema.drop();
    }
  });

  it('names host:port and the cause when PostgreSQL cannot be reached, without a stack', async () => {
    // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
    const failure = openStore({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/news' });
    await expect(failure).rejects.toThrow(/^cannot connect to PostgreSQL at 127\.0\.0\.1:1: .*ECONNREFUSED/);
    await expect(failure).rejects.not.toThrow(/\n\s+at /);
  });

  it('names the cause when PostgreSQL refuses the session, e.g. a database that does not exist', async () => {
    const url = new URL(TEST_DATABASE_URL);
    url.pathname = '/no_such_database_for_newsgraph';
    const address = `${url.hostname}:${url.port || '5432'}`;
    await expect(openStore({ DATABASE_URL: url.toString() })).rejects.toThrow(
      new RegExp(`cannot connect to PostgreSQL at ${address.replace(/\./g, '\\.')}: .*no_such_database_for_newsgraph.*does not exist`),
    );
  });

  it('names the scheme it does not know and the ones it does', async () => {
    await expect(openStore({ DATABASE_URL: 'mysql://localhost/news' })).rejects.toThrow(/unsupported scheme "mysql:".*sqlite:/);
    await expect(openStore({ DATABASE_URL: 'not a url' })).rejects.toThrow(/DATABASE_URL is not a URL: "not a url"/);
  });
});
