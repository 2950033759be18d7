/**
 * openStore(env): the Store the configuration asks for, migrated and ready.
 *   DATABASE_URL=sqlite:/path/to.db (or file:...)  -> SQLite at that path
 *   DATABASE_URL=postgres://...[?schema=NAME]       -> PostgreSQL (postgresql:// too)
 *   otherwise NEWSGRAPH_DB, else ./data/newsgraph.db -> SQLite (folder created)
 * Adapters are looked up by URL scheme in ADAPTERS; callers do not change.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Store } from './store';
import { SqliteStore } from './sqlite/sqlite-store';
import { PostgresStore } from './postgres/pg-store';
import { connectionFailure } from './postgres/connection-error';

export const DEFAULT_DB_PATH = './data/newsgraph.db';

export class UnsupportedDatabaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedDatabaseError';
  }
}

type OpenAdapter = (url: URL, raw: string) => Promise<Store>;

async function openSqlite(filename: string): Promise<Store> {
  if (filename !== ':memory:') mkdirSync(dirname(resolve(filename)), { recursive: true });
  const store = new SqliteStore(filename);
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

async function openPostgres(raw: string): Promise<Store> {
  const store = new PostgresStore(raw);
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw connectionFailure(error, store.target.address) ?? error;
  }
  return store;
}

/** "sqlite:relative/path.db", "sqlite:///abs/path.db", "sqlite::memory:" -> a filename. */
function sqlitePath(url: URL, raw: string): string {
  const rest = raw.slice(url.protocol.length);
  if (rest === ':memory:' || rest === '//:memory:') return ':memory:';
  if (rest.startsWith('//')) return decodeURIComponent(url.pathname);
  return decodeURIComponent(rest);
}

const ADAPTERS: Record<string, OpenAdapter> = {
  'sqlite:': (url, raw) => openSqlite(sqlitePath(url, raw)),
  'file:': (url, raw) => openSqlite(sqlitePath(url, raw)),
  'postgres:': (_url, raw) => openPostgres(raw),
  'postgresql:': (_url, raw) => openPostgres(raw),
};

export async function openStore(env: NodeJS.ProcessEnv = process.env): Promise<Store> {
  const databaseUrl = env.DATABASE_URL?.trim();
  if (databaseUrl) {
    let url: URL;
    try {
      url = new URL(databaseUrl);
    } catch {
      throw new UnsupportedDatabaseError(`DATABASE_URL is not a URL: "${databaseUrl}" (expected e.g. sqlite:./data/newsgraph.db)`);
    }
    const open = ADAPTERS[url.protocol];
    if (open) return open(url, databaseUrl);
    const supported = Object.keys(ADAPTERS).join(', ');
    throw new UnsupportedDatabaseError(`DATABASE_URL uses the unsupported scheme "${url.protocol}"; supported schemes: ${supported}`);
  }
  return openSqlite(env.NEWSGRAPH_DB?.trim() || DEFAULT_DB_PATH);
}
