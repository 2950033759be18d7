/**
 * The analyst's mixed workload (issue 4): entity search, quotes by speaker,
 * path and neighborhood, in turn, on the graph of the dev corpus plus the
 * seed, against newsgraph with and without the response cache, and a raw
 * node:http server in the same run. Prints requests/s, p50, p99 and the ratio.
 *
 *   npm run bench:analyst                      # 10 connections, 10 s per target
 *   BENCH_SECONDS=20 BENCH_CORPUS=../shared/corpus/dev npm run bench:analyst
 */
import autocannon from 'autocannon';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, waitFor } from './spawn-server';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
export const CORPUS = process.env.BENCH_CORPUS ?? join(__dirname, '..', '..', 'shared', 'corpus', 'dev');
export const CLI = ['--import', 'tsx', 'src/cli/main.ts'];
const node = process.execPath;

export async function graphql(port: number, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await res.json()) as { data?: any; errors?: unknown };
  if (json.errors) throw new Error(`benchmark query failed: ${JSON.stringify(json.errors)}`);
  return json.data;
}

async function idOf(port: number, name: string): Promise<string> {
  const data = await graphql(port, 'query($q: String!) { search(query: $q, first: 1) { edges { node { id } } } }', { q: name });
  const id = data.search.edges[0]?.node.id;
  if (!id) throw new Error(`no entity for "${name}" in the benchmark graph`);
  return id;
}

/** Whom and what the four questions ask about: global ids, except the (misspelt) search words. */
export interface AnalystSubjects {
  searchWords: string;
  speaker: string;
  pathFrom: string;
  pathTo: string;
  hub: string;
}

/** The four questions about `subjects`; each is run once (so a broken one fails loudly) before load. */
export async function analystQuestions(port: number, subjects: AnalystSubjects): Promise<{ name: string; body: string }[]> {
  const requests = [
    { name: 'search', query: 'query($q: String!) { search(query: $q, first: 5) { totalCount edges { node { id name } } } }', variables: { q: subjects.searchWords } },
    {
      name: 'quotes by speaker',
      query: 'query($s: ID!) { quotes(speaker: $s, first: 10) { totalCount edges { node { text speaker { name } document { title } } } } }',
      variables: { s: subjects.speaker },
    },
    {
      name: 'path',
      query: 'query($a: ID!, $b: ID!) { path(from: $a, to: $b, maxHops: 4) { paths { length hops { type from { name } to { name } relation { evidence { sentence } } } } } }',
      variables: { a: subjects.pathFrom, b: subjects.pathTo },
    },
    {
      name: 'neighborhood',
      query: 'query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 50) { nodes { id depth entity { name } } edges { type source target confidence } } }',
      variables: { id: subjects.hub },
    },
  ];
  for (const r of requests) await graphql(port, r.query, r.variables);
  return requests.map((r) => ({ name: r.name, body: JSON.stringify({ query: r.query, variables: r.variables }) }));
}

/** The four questions on the dev corpus + seed graph, with ids looked up once: autocannon sends them in turn. */
export async function workload(port: number): Promise<{ name: string; body: string }[]> {
  const [lavrov, kerry, putin] = [await idOf(port, 'Lavrov'), await idOf(port, 'Kerry'), await idOf(port, 'Putin')];
  const syria = await idOf(port, 'Syria');
  return analystQuestions(port, { searchWords: 'lavrof', speaker: kerry, pathFrom: lavrov, pathTo: syria, hub: putin });
}

export interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/** One autocannon run (10 connections, BENCH_SECONDS unless `options` says otherwise). */
export async function load(options: autocannon.Options): Promise<Figures> {
  const result = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

/** Ingests the seed and the benchmark corpus (when it exists) into `db` with the CLI. */
export function seedBenchDatabase(db: string): void {
  const sources = ['seeds', ...(existsSync(CORPUS) ? [CORPUS] : [])];
  const ingest = spawnSync(node, [...CLI, 'ingest', ...sources], { env: { ...process.env, NEWSGRAPH_DB: db }, encoding: 'utf8' });
  if (ingest.status !== 0) throw new Error(`ingest failed: ${ingest.stderr}`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-analyst-bench-'));
  const children: ChildProcess[] = [];
  try {
    const db = join(dir, 'bench.db');
    seedBenchDatabase(db);
    const [cachedPort, uncachedPort, rawPort] = [4211, 4212, 4213];
    children.push(start(node, [...CLI, 'serve', '--quiet'], { PORT: String(cachedPort), NEWSGRAPH_DB: db }));
    children.push(start(node, [...CLI, 'serve', '--quiet'], { PORT: String(uncachedPort), NEWSGRAPH_DB: db, NEWSGRAPH_RESPONSE_CACHE: 'off' }));
    children.push(start(node, ['--import', 'tsx', 'bench/raw-http-server.ts'], { PORT: String(rawPort) }));
    await Promise.all([cachedPort, uncachedPort].map((p) => waitFor(`http://127.0.0.1:${p}/health`)));
    await waitFor(`http://127.0.0.1:${rawPort}/`);

    const stats = (await graphql(cachedPort, '{ stats { documents entities relations } }')).stats;
    const bodies = await workload(cachedPort);
    const requests = bodies.map((b) => ({ method: 'POST' as const, path: '/graphql', headers: { 'content-type': 'application/json' }, body: b.body }));
    for (const port of [cachedPort, uncachedPort]) await autocannon({ url: `http://127.0.0.1:${port}`, connections: 2, duration: 2, requests });

    const results: [string, Figures][] = [
      ['mixed workload, response cache', await load({ url: `http://127.0.0.1:${cachedPort}`, requests })],
      ['mixed workload, no cache', await load({ url: `http://127.0.0.1:${uncachedPort}`, requests })],
    ];
    // Each question alone, from the store, to see which one dominates p99.
    for (const [i, b] of bodies.entries()) {
      results.push([`  ${b.name} alone, no cache`, await load({ url: `http://127.0.0.1:${uncachedPort}`, requests: [requests[i]] })]);
    }
    const raw = await load({ url: `http://127.0.0.1:${rawPort}/` });
    results.push(['raw node:http fixed JSON', raw]);

    console.log(`\n${CONNECTIONS} connections, ${SECONDS} s each; graph: ${stats.documents} documents, ${stats.entities} entities, ${stats.relations} relations`);
    console.log(`${'target'.padEnd(36)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(6)} ${'p99 ms'.padStart(6)} ${'errors'.padStart(7)} ${'ratio'.padStart(6)}`);
    for (const [name, f] of results) {
      console.log(
        `${name.padEnd(36)} ${f.requestsPerSecond.toFixed(0).padStart(8)} ${String(f.p50).padStart(6)} ${String(f.p99).padStart(6)} ${String(f.errors).padStart(7)} ${(f.requestsPerSecond / raw.requestsPerSecond).toFixed(3).padStart(6)}`,
      );
    }
    // The workload repeats its queries, so the cached row is the best case; the uncached row is the worst.
    const verdict = (p99: number) => `${p99 <= 20 ? 'met' : 'NOT met'} (p99 ${p99} ms)`;
    console.log(
      `target: mixed workload p99 <= 20 ms at 10 connections: with the response cache (the default) ${verdict(results[0][1].p99)}; ` +
        `without it ${verdict(results[1][1].p99)}`,
    );
  } finally {
    for (const child of children) child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

// bench/load.ts imports the workload from here; only `npm run bench:analyst` runs it.
if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
