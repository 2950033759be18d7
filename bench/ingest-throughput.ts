/**
 * Bulk-ingest rate on SQLite: writes N generated articles (test/support's
 * article folder: varied texts, a recurring cast, so entities merge) to a temp
 * folder, then runs `newsgraph ingest DIR --workers W` into a fresh database
 * for each W and prints the rate from the command's own summary line.
 *
 *   npm run bench:ingest -- [ARTICLES=2000] [WORKERS=0,2] (a list: 0,2,0,2 alternates)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeArticleFolder } from '../test/support/article-folder';

const articleCount = Number(process.argv[2] ?? 2000);
const workerCounts = (process.argv[3] ?? '0,2').split(',').map(Number);
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-ingest-'));
const cli = join(__dirname, '..', 'bin', 'newsgraph.js');

try {
  writeArticleFolder(join(dir, 'articles'), articleCount);
  console.log(`${articleCount} generated articles; ${availableParallelism()} cores; load average ${(require('node:os') as typeof import('node:os')).loadavg()[0].toFixed(1)}`);
  for (const [index, workers] of workerCounts.entries()) {
    const db = join(dir, `run-${index}.db`); // a fresh database for every run
    const run = spawnSync(process.execPath, [cli, 'ingest', join(dir, 'articles'), '--workers', String(workers), '--quiet'], {
      encoding: 'utf8',
      env: { ...process.env, NEWSGRAPH_DB: db, DATABASE_URL: '' },
    });
    if (run.status !== 0) throw new Error(`ingest --workers ${workers} exited ${run.status}: ${run.stderr}`);
    const totals = run.stdout.split('\n').find((line) => line.includes('docs/s'));
    console.log(`--workers ${workers}: ${totals}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
