import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeArticleFolder } from '../support/article-folder';
import { spawnIngest, sqliteDocumentCounter, waitForDocuments } from '../support/ingest-child';

const ARTICLES = 200;

describe('newsgraph ingest interrupted by a signal', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-interrupt-'));
  const articles = join(dir, 'articles');
  writeArticleFolder(articles, ARTICLES);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['SIGINT', '2'],
    ['SIGTERM', '0'],
  ] as const)('stops on %s with exit code 130 and says what was done (--workers %s); a rerun completes the rest', async (signal, workers) => {
    const db = join(dir, `${signal}.db`);
    const env = { NEWSGRAPH_DB: db, DATABASE_URL: '' };
    const count = sqliteDocumentCounter(db);
    const interrupted = spawnIngest([articles, '--workers', workers], env);
    await waitForDocuments(interrupted, count, 20);
    interrupted.child.kill(signal);
    const { code } = await interrupted.exited;

    expect(code).toBe(130);
    expect(interrupted.stderr()).toContain(`${signal}: stopping after the document being written`);
    const written = Number(/ingested (\d+) document\(s\)/.exec(interrupted.stdout())?.[1]);
    expect(await count()).toBe(written); // what the summary says is what the store has
    expect(written).toBeLessThan(ARTICLES);
    expect(interrupted.stdout()).toMatch(new RegExp(`interrupted: ${ARTICLES - written} file\\(s\\) not done; run the same command again`));

    const rerun = spawnIngest([articles, '--workers', workers], env);
    expect((await rerun.exited).code).toBe(0);
    expect(rerun.stdout()).toMatch(new RegExp(`ingested ${ARTICLES - written} document\\(s\\)`));
    expect(rerun.stdout()).toMatch(new RegExp(`${written} skipped as already ingested, 0 failed`));
    expect(await count()).toBe(ARTICLES);
  }, 60_000);
});
