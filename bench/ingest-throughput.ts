/**
 * Bulk-ingest rate on SQLite: writes N generated articles (test/support's
 * article folder: varied texts, a recurring cast, so entities merge) to a temp
 * folder, then runs `newsgraph ingest DIR --workers W` into a fresh database
 * for each W and prints the rate from the command's own summary line, and the
 * CPU time of the command's main thread (the writer) per document, read from
 * /proc while it runs: on a machine other work keeps busy, the wall-clock rate
 * says more about the neighbours than about the pool, the main thread's CPU
 * per document is what the pool takes off the writer.
 *
 *   npm run bench:ingest -- [ARTICLES=2000] [WORKERS=0,2] (a list: 0,2,0,2 alternates)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeArticleFolder } from '../test/support/article-folder';

const articleCount = Number(process.argv[2] ?? 2000);
const workerCounts = (process.argv[3] ?? '0,2').split(',').map(Number);
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-ingest-'));
const cli = join(__dirname, '..', 'bin', 'newsgraph.js');
const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** utime + stime of a process's main thread, in ms (null once it is gone, or off Linux). */
function mainThreadCpuMs(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

async function ingest(workers: number, db: string): Promise<{ summary: string; mainCpuMs: number | null }> {
  const child = spawn(process.execPath, [cli, 'ingest', join(dir, 'articles'), '--workers', String(workers), '--quiet'], {
    env: { ...process.env, NEWSGRAPH_DB: db, DATABASE_URL: '' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  let mainCpuMs: number | null = null;
  const sampler = setInterval(() => (mainCpuMs = mainThreadCpuMs(child.pid!) ?? mainCpuMs), 50);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`ingest --workers ${workers} exited ${code}: ${stderr}`);
  return { summary: stdout.split('\n').find((line) => line.includes('docs/s')) ?? stdout, mainCpuMs };
}

async function main() {
  writeArticleFolder(join(dir, 'articles'), articleCount);
  console.log(`${articleCount} generated articles; ${availableParallelism()} cores; load average ${loadavg()[0].toFixed(1)}`);
  for (const [index, workers] of workerCounts.entries()) {
    const { summary, mainCpuMs } = await ingest(workers, join(dir, `run-${index}.db`)); // a fresh database for every run
    const perDoc = mainCpuMs === null ? 'n/a' : `${(mainCpuMs / articleCount).toFixed(2)} ms`;
    console.log(`--workers ${workers}: ${summary}; main thread CPU per document ${perDoc} (sampled every 50 ms)`);
  }
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => rmSync(dir, { recursive: true, force: true }));
