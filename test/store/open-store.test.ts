import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, UnsupportedDatabaseError } from '../../src/store/open-store';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';

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

  it('says PostgreSQL is not supported yet, rather than failing obscurely', async () => {
    await expect(openStore({ DATABASE_URL: 'postgres://user@localhost/news' })).rejects.toThrow(UnsupportedDatabaseError);
    await expect(openStore({ DATABASE_URL: 'postgresql://localhost/news' })).rejects.toThrow(/PostgreSQL is not supported yet/);
  });

  it('names the scheme it does not know and the ones it does', async () => {
    await expect(openStore({ DATABASE_URL: 'mysql://localhost/news' })).rejects.toThrow(/unsupported scheme "mysql:".*sqlite:/);
    await expect(openStore({ DATABASE_URL: 'not a url' })).rejects.toThrow(/DATABASE_URL is not a URL: "not a url"/);
  });
});
