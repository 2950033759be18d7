/**
 * Crash safety of `newsgraph ingest` (issue 7): a process killed with SIGKILL
 * in the middle of a bulk ingest leaves only whole documents, and running the
 * same command again completes the folder without duplicates. Run against
 * SQLite (WAL) and PostgreSQL (a fresh schema).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentHash } from '../../src/extract/pipeline';
import { ingestArticle } from '../../src/graph/ingest';
import { bulkIngest } from '../../src/ingest/bulk-ingest';
import { openStore } from '../../src/store/open-store';
import type { Store } from '../../src/store/store';
import { generatedArticleText, writeArticleFolder } from '../support/article-folder';
import { factsByDocument, graphFingerprint } from '../support/graph-fingerprint';
import { type DocumentCounter, postgresDocumentCounter, spawnIngest, sqliteDocumentCounter, waitForDocuments } from '../support/ingest-child';
import { freshPostgresSchema } from '../support/postgres';

const ARTICLES = 300;
/** Killed once at least this many documents are committed: well before the end. */
const KILL_AFTER = 40;

interface Target {
  env: NodeJS.ProcessEnv;
  count: DocumentCounter;
  drop(): Promise<void>;
}

const targets: [string, (dir: string) => Promise<Target>][] = [
  [
    'SQLite (WAL)',
    async (dir) => {
      const path = join(dir, 'graph.db');
      return { env: { NEWSGRAPH_DB: path, DATABASE_URL: '' }, count: sqliteDocumentCounter(path), drop: async () => {} };
    },
  ],
  [
    'PostgreSQL',
    async () => {
      const schema = await freshPostgresSchema('ng_crash');
      return { env: { DATABASE_URL: schema.url }, count: postgresDocumentCounter(schema.url, schema.schema), drop: schema.drop };
    },
  ],
];

describe('a bulk ingest killed with SIGKILL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-crash-'));
  const articles = join(dir, 'articles');
  writeArticleFolder(articles, ARTICLES);
  const textByHash = new Map(Array.from({ length: ARTICLES }, (_, n) => [contentHash(generatedArticleText(n)), generatedArticleText(n)]));
  let reference: Store;

  beforeAll(async () => {
    // A clean one-shot ingest of the same folder: what the interrupted store must end up as.
    reference = await openStore({ DATABASE_URL: 'sqlite::memory:' });
    await bulkIngest(reference, [articles], { workers: 0 });
  }, 60_000);

  afterAll(async () => {
    await reference.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe.each(targets)('on %s', (_name, makeTarget) => {
    let target: Target;
    beforeAll(async () => {
      target = await makeTarget(dir);
    });
    afterAll(async () => {
      await target.drop();
    });

    it('leaves only whole documents, and a rerun completes the folder without duplicates', async () => {
      const killed = spawnIngest([articles, '--quiet'], target.env);
      await waitForDocuments(killed, target.count, KILL_AFTER);
      killed.child.kill('SIGKILL');
      expect(await killed.exited).toMatchObject({ signal: 'SIGKILL' });
      const atKill = await target.count();
      expect(atKill).toBeGreaterThanOrEqual(KILL_AFTER);
      expect(atKill).toBeLessThan(ARTICLES); // the kill came in the middle, or this test proves nothing

      // Every stored document holds exactly what ingesting it alone into a fresh store writes.
      const store = await openStore(target.env);
      try {
        const stored = await factsByDocument(store);
        expect(stored.size).toBe(atKill);
        for (const [hash, facts] of stored) {
          const text = textByHash.get(hash);
          expect(text).toBeDefined();
          const alone = await openStore({ DATABASE_URL: 'sqlite::memory:' });
          try {
            await ingestArticle(alone, { text: text! });
            expect(facts).toEqual((await factsByDocument(alone)).get(hash));
          } finally {
            await alone.close();
          }
        }
      } finally {
        await store.close();
      }

      const rerun = spawnIngest([articles, '--quiet'], target.env);
      const { code } = await rerun.exited;
      expect(rerun.stderr()).toBe('');
      expect(code).toBe(0);
      expect(rerun.stdout()).toMatch(new RegExp(`ingested ${ARTICLES - atKill} document\\(s\\)`));
      expect(rerun.stdout()).toMatch(new RegExp(`${atKill} skipped as already ingested, 0 failed`));

      const completed = await openStore(target.env);
      try {
        const graph = await graphFingerprint(completed);
        expect(graph.documents).toHaveLength(ARTICLES);
        expect(new Set(graph.documents.map((d) => d.split(' ')[0])).size).toBe(ARTICLES);
        expect((await completed.stats()).entities).toBe((await reference.stats()).entities);
        expect(graph).toEqual(await graphFingerprint(reference));
      } finally {
        await completed.close();
      }
    }, 60_000);
  });
});
