import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { applyMigrations, readMigrations } from '../../src/store/sqlite/apply-migrations';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';
import { SQL } from '../../src/store/sqlite/statements';

describe('SQLite migrations', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-migrations-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads the numbered files in number order, whatever the listing order', () => {
    writeFileSync(join(dir, '010_later.sql'), 'SELECT 1;');
    writeFileSync(join(dir, '002_second.sql'), 'SELECT 1;');
    writeFileSync(join(dir, '001_first.sql'), 'SELECT 1;');
    writeFileSync(join(dir, 'notes.txt'), 'not a migration');
    expect(readMigrations(dir).map((m) => [m.version, m.name])).toEqual([
      [1, 'first'],
      [2, 'second'],
      [10, 'later'],
    ]);
  });

  it('refuses two migrations with the same number', () => {
    writeFileSync(join(dir, '001_a.sql'), 'SELECT 1;');
    writeFileSync(join(dir, '001_b.sql'), 'SELECT 1;');
    expect(() => readMigrations(dir)).toThrow(/two migrations share the number 1/);
  });

  it('applies each migration once and records it in schema_migrations', () => {
    const db = new Database(':memory:');
    const migrations = [
      { version: 1, name: 'table', sql: 'CREATE TABLE t (x INTEGER);' },
      { version: 2, name: 'row', sql: 'INSERT INTO t VALUES (1);' },
    ];
    expect(applyMigrations(db, migrations)).toEqual([1, 2]);
    expect(applyMigrations(db, migrations)).toEqual([]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all()).toEqual([
      { version: 1, name: 'table' },
      { version: 2, name: 'row' },
    ]);
    // A new migration added later is the only one applied.
    expect(applyMigrations(db, [...migrations, { version: 3, name: 'more', sql: 'INSERT INTO t VALUES (3);' }])).toEqual([3]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 2 });
    db.close();
  });

  it('leaves no trace of a migration that fails halfway, and keeps the ones before it', () => {
    const db = new Database(':memory:');
    const migrations = [
      { version: 1, name: 'table', sql: 'CREATE TABLE t (x INTEGER);' },
      { version: 2, name: 'broken', sql: 'CREATE TABLE u (y INTEGER); INSERT INTO nowhere VALUES (1);' },
    ];
    expect(() => applyMigrations(db, migrations)).toThrow(/nowhere/);
    expect(db.prepare('SELECT version FROM schema_migrations').all()).toEqual([{ version: 1 }]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'u'").get()).toBeUndefined();
    db.close();
  });

  it('migrates the real schema once, even from two stores on the same file', async () => {
    const file = join(dir, 'shared.db');
    const a = new SqliteStore(file);
    const b = new SqliteStore(file);
    await a.migrate();
    await b.migrate();
    await a.migrate();
    const versions = a.db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[];
    expect(versions.map((v) => v.version)).toEqual(readMigrations().map((m) => m.version));
    await a.close();
    await b.close();
  });
});

describe('SQLite migration 005 (folded quote text)', () => {
  it('fills the folded text of quotes written before it, so word filters find them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-m005-'));
    const file = join(dir, 'old.db');
    try {
      const old = new SqliteStore(file, { migrations: readMigrations().filter((m) => m.version < 5) });
      await old.migrate();
      old.db.exec(`INSERT INTO documents (id, content_hash, text, ingested_at) VALUES (1, 'h', 'x', 'now');
        INSERT INTO quotes (document_id, local_id, text, direct, start, end, sentence_index, sentence_start, sentence_end, rule, confidence)
        VALUES (1, 'q1', 'The CAFÉ stays open', 1, 0, 1, 0, 0, 1, 'r', 1);`);
      await old.close();
      const upgraded = new SqliteStore(file);
      await upgraded.migrate();
      expect((await upgraded.listQuotes({ contains: 'café' }, { offset: 0, limit: 5 })).items.map((q) => q.text)).toEqual(['The CAFÉ stays open']);
      await upgraded.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('SQLite schema', () => {
  let store: SqliteStore;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-schema-'));
    store = new SqliteStore(join(dir, 'schema.db'));
    await store.migrate();
  });

  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes a text once even when two connections to one file ingest it', async () => {
    const other = new SqliteStore(join(dir, 'schema.db'));
    await other.migrate();
    const text = 'Two writers, one text.';
    const extraction = { document: { id: 'x', title: null, publishedAt: null }, sentences: [], entities: [], quotes: [], relations: [] };
    const [a, b] = await Promise.all([store.ingestDocument({ text }, extraction), other.ingestDocument({ text }, extraction)]);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(a.document.id).toBe(b.document.id);
    await other.close();
  });

  it('runs in WAL mode with foreign keys on', () => {
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('has an index led by every foreign key column', () => {
    const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
    const unindexed: string[] = [];
    for (const { name } of tables) {
      const foreignKeys = store.db.pragma(`foreign_key_list(${name})`) as { from: string }[];
      const leading = new Set<string>();
      for (const index of store.db.pragma(`index_list(${name})`) as { name: string }[]) {
        const columns = store.db.pragma(`index_info(${index.name})`) as { seqno: number; name: string }[];
        const first = columns.find((c) => c.seqno === 0);
        if (first?.name) leading.add(first.name);
      }
      for (const fk of foreignKeys) if (!leading.has(fk.from)) unindexed.push(`${name}.${fk.from}`);
    }
    expect(unindexed).toEqual([]);
  });

  it('names every statement after a Store method', () => {
    const methods = new Set(Object.getOwnPropertyNames(SqliteStore.prototype));
    const strays = Object.keys(SQL).filter((name) => !methods.has(name.replace(/(Count|\..*)$/, '')));
    expect(strays).toEqual([]);
  });

  it('prepares every statement against the migrated schema', () => {
    for (const sql of Object.values(SQL)) expect(() => store.db.prepare(sql)).not.toThrow();
  });

  it('seeks the rows of every batch read through an index on the parent key, never scanning a table', () => {
    // `keys` for the statements over all parents at once, `key` for those run per parent (`.page`, `.pageCount`).
    const params = { keys: '[1]', key: 1, offset: 0, limit: 10, type: null, types: null, contains: null };
    const batchReads = Object.keys(SQL).filter((name) => /^\w+By(Entity|Speaker|Document|Participant|Location|Organization|Person|Event)(\.page(Count)?)?$|^get(Documents|Entities|Quotes|Relations)$/.test(name)) as (keyof typeof SQL)[];
    expect(batchReads.length).toBeGreaterThan(18);
    const bad: string[] = [];
    for (const name of batchReads) {
      const plan = store.db.prepare(`EXPLAIN QUERY PLAN ${SQL[name]}`).all(params) as { detail: string }[];
      for (const { detail } of plan) {
        const touchesTable = /^(SCAN|SEARCH) (m|q|qa|r|ev|ed|e|ep|el|ro|d)\b/.test(detail);
        const byKey = /[(\s](id|rowid|entity_id|document_id|speaker_id|source_id|target_id|event_id|location_id|of_entity_id|person_id|quote_id|relation_id)=\?/.test(detail);
        if (touchesTable && !byKey) bad.push(`${name}: ${detail}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
