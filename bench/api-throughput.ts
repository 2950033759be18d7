/**
 * API throughput benchmark (issue: foundation). Measures, in one run on this
 * machine, a nested analyst query against newsgraph (seed graph, embedded
 * SQLite) and a fixed JSON body from a raw node:http server, both with
 * autocannon on 127.0.0.1, and prints requests/s, p99 and their ratio.
 *
 *   npm run bench            # 10 connections, 10 s per target
 *   BENCH_SECONDS=20 BENCH_CONNECTIONS=20 npm run bench
 *
 * Each server runs in its own process so the load generator does not share
 * an event loop with it.
 */
import autocannon from 'autocannon';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NESTED_QUERY } from './nested-query';
import { start, waitFor } from './spawn-server';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);



interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function load(options: autocannon.Options): Promise<Figures> {
  const result = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  const children: ChildProcess[] = [];
  try {
    const graphPort = 4201;
    const uncachedPort = 4203;
    const rawPort = 4202;
    const db = join(dir, 'bench.db');
    const serve = ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--ingest', 'seeds', '--quiet'];
    children.push(start(process.execPath, serve, { PORT: String(graphPort), NEWSGRAPH_DB: db }));
    await waitFor(`http://127.0.0.1:${graphPort}/health`);
    // The same database, every query answered from the store (no response cache).
    children.push(start(process.execPath, serve, { PORT: String(uncachedPort), NEWSGRAPH_DB: db, NEWSGRAPH_RESPONSE_CACHE: 'off' }));
    children.push(start(process.execPath, ['--import', 'tsx', 'bench/raw-http-server.ts'], { PORT: String(rawPort) }));
    await waitFor(`http://127.0.0.1:${uncachedPort}/health`);
    await waitFor(`http://127.0.0.1:${rawPort}/`);

    const body = JSON.stringify({ query: NESTED_QUERY });
    const check = await fetch(`http://127.0.0.1:${graphPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const checked = (await check.json()) as { data?: { people?: { totalCount: number } }; errors?: unknown };
    if (checked.errors || !checked.data?.people) throw new Error(`the benchmark query failed: ${JSON.stringify(checked)}`);

    const post = { method: 'POST' as const, headers: { 'content-type': 'application/json' }, body };
    // Warm up, then measure one target at a time.
    await autocannon({ url: `http://127.0.0.1:${graphPort}/graphql`, connections: 2, duration: 2, ...post });
    await autocannon({ url: `http://127.0.0.1:${uncachedPort}/graphql`, connections: 2, duration: 2, ...post });
    const graph = await load({ url: `http://127.0.0.1:${graphPort}/graphql`, ...post });
    const uncached = await load({ url: `http://127.0.0.1:${uncachedPort}/graphql`, ...post });
    const raw = await load({ url: `http://127.0.0.1:${rawPort}/` });

    const row = (name: string, f: Figures) =>
      `${name.padEnd(34)} ${f.requestsPerSecond.toFixed(0).padStart(8)} ${String(f.p50).padStart(6)} ${String(f.p99).padStart(6)} ${String(f.errors + f.non2xx).padStart(7)}`;
    console.log(`\n${CONNECTIONS} connections, ${SECONDS} s each, seed graph (${checked.data.people.totalCount} people)`);
    console.log(`${'target'.padEnd(34)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(6)} ${'p99 ms'.padStart(6)} ${'errors'.padStart(7)}`);
    console.log(row('newsgraph nested query', graph));
    console.log(row('newsgraph nested query, no cache', uncached));
    console.log(row('raw node:http fixed JSON', raw));
    const ratio = (f: Figures) => (f.requestsPerSecond / raw.requestsPerSecond).toFixed(3);
    console.log(`ratio newsgraph / raw: ${ratio(graph)} (target >= 0.05); without the response cache: ${ratio(uncached)}`);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
