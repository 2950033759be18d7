/**
 * `newsgraph ingest` as a child process, for tests that interrupt or kill it
 * part-way: start it, wait until the store holds some documents, send a signal.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';

const CLI = join(__dirname, '..', '..', 'bin', 'newsgraph.js');

export interface IngestChild {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function spawnIngest(args: string[], env: NodeJS.ProcessEnv): IngestChild {
  const child = spawn(process.execPath, [CLI, 'ingest', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk) => (out += chunk));
  child.stderr!.on('data', (chunk) => (err += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Documents committed so far, as another connection sees them (0 before the schema exists). */
export type DocumentCounter = () => Promise<number>;

export function sqliteDocumentCounter(path: string): DocumentCounter {
  return async () => {
    try {
      const db = new Database(path, { readonly: true, fileMustExist: true });
      try {
        return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
      } finally {
        db.close();
      }
    } catch {
      return 0; // not created or not migrated yet
    }
  };
}

export function postgresDocumentCounter(databaseUrl: string, schema: string): DocumentCounter {
  return async () => {
    const client = new Client({ connectionString: databaseUrl.replace(/\?.*$/, '') });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM "${schema}".documents`);
      return rows[0].n as number;
    } catch {
      return 0;
    } finally {
      await client.end();
    }
  };
}

/** Polls until at least `atLeast` documents are stored; fails if the child exits first or time runs out. */
export async function waitForDocuments(ingest: IngestChild, count: DocumentCounter, atLeast: number, timeoutMs = 30_000): Promise<number> {
  let done = false;
  void ingest.exited.then(() => (done = true));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const n = await count();
    if (n >= atLeast) return n;
    if (done) throw new Error(`the ingest exited with ${n} document(s) stored, before reaching ${atLeast}:\n${ingest.stderr()}`);
    if (Date.now() > deadline) throw new Error(`only ${n} document(s) stored after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
}
