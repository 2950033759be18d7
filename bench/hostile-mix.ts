/**
 * Hostile-mix benchmark (issue 7): latency of a normal analyst query alone,
 * then while other connections send only hostile queries (too deep, too many
 * aliases, too many tokens, too costly, first too large, batches). The
 * limits refuse hostile queries before they reach the store, so the analyst's
 * p50/p99 should barely move. Prints both, and checks that every hostile
 * request was refused and every normal one answered.
 *
 *   npm run bench:hostile                               # 10 + 10 connections, 10 s per phase
 *   BENCH_SECONDS=20 BENCH_CONNECTIONS=20 npm run bench:hostile
 *
 * The server (seed graph, embedded SQLite, response cache off so the analyst
 * query does its full work every time) runs in its own process.
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
const PORT = Number(process.env.BENCH_PORT ?? 4211);

const deep = `{ people(first: 1) { edges { node { ${'quotes(first: 1) { edges { node { speaker { ... on Person { '.repeat(4)} name ${'} } } } } '.repeat(4)}} } } }`;
const HOSTILE: Record<string, unknown> = {
  deep: { query: deep },
  aliases: { query: `{ ${Array.from({ length: 40 }, (_, i) => `p${i}: people(first: 100) { totalCount }`).join(' ')} }` },
  tokens: { query: `{ ${'__typename '.repeat(5000)}}` },
  costly: {
    query: `{ people(first: 100) { edges { node { quotes(first: 100) { edges { node { speaker { ... on Person {
      quotes(first: 100) { edges { node { text } } } } } } } } } } } }`,
  },
  first: { query: '{ people(first: 100000) { edges { node { name } } } }' },
  batch: Array.from({ length: 50 }, () => ({ query: NESTED_QUERY })),
};

interface Figures {
  requests: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

const figuresOf = (result: autocannon.Result): Figures => ({
  requests: result.requests.total,
  p50: result.latency.p50,
  p99: result.latency.p99,
  non2xx: result.non2xx,
  errors: result.errors,
});

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-hostile-'));
  let server: ChildProcess | undefined;
  try {
    const serve = ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--ingest', 'seeds', '--quiet'];
    server = start(process.execPath, serve, { PORT: String(PORT), NEWSGRAPH_DB: join(dir, 'bench.db'), NEWSGRAPH_RESPONSE_CACHE: 'off' });
    await waitFor(`http://127.0.0.1:${PORT}/health`);
    const url = `http://127.0.0.1:${PORT}/graphql`;
    // application/graphql-response+json: refusals come back as 4xx, so autocannon counts them as non-2xx.
    const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };

    // Each hostile body is refused, and with a code, before the measurement starts.
    for (const [name, body] of Object.entries(HOSTILE)) {
      const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
      const answer = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      const code = answer.errors?.[0]?.extensions?.code;
      if (response.ok || !code) throw new Error(`hostile query "${name}" was not refused: ${response.status} ${JSON.stringify(answer).slice(0, 200)}`);
      console.log(`hostile ${name.padEnd(8)} -> ${response.status} ${code}`);
    }
    const normal = { url, method: 'POST' as const, headers, body: JSON.stringify({ query: NESTED_QUERY }) };
    const check = await fetch(url, normal);
    if (!check.ok) throw new Error(`the analyst query failed: ${check.status} ${await check.text()}`);

    await autocannon({ ...normal, connections: 2, duration: 2 }); // warm-up
    const alone = figuresOf(await autocannon({ ...normal, connections: CONNECTIONS, duration: SECONDS }));
    const hostileRequests = Object.values(HOSTILE).map((body) => ({ method: 'POST' as const, headers, body: JSON.stringify(body) }));
    const [mixed, hostile] = await Promise.all([
      autocannon({ ...normal, connections: CONNECTIONS, duration: SECONDS }).then(figuresOf),
      autocannon({ url, connections: CONNECTIONS, duration: SECONDS, requests: hostileRequests }).then(figuresOf),
    ]);

    const row = (name: string, f: Figures) =>
      `${name.padEnd(42)} ${String(f.requests).padStart(8)} ${String(f.p50).padStart(7)} ${String(f.p99).padStart(7)} ${String(f.non2xx + f.errors).padStart(8)}`;
    console.log(`\n${CONNECTIONS} analyst connections (+ ${CONNECTIONS} hostile in the mix), ${SECONDS} s per phase, seed graph, no response cache`);
    console.log(`${'load'.padEnd(42)} ${'requests'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'non-2xx'.padStart(8)}`);
    console.log(row('analyst query alone', alone));
    console.log(row('analyst query with hostile traffic', mixed));
    console.log(row('hostile queries (all must be refused)', hostile));
    if (alone.non2xx + alone.errors + mixed.non2xx + mixed.errors > 0) throw new Error('some analyst queries failed');
    if (hostile.non2xx !== hostile.requests) console.log(`warning: ${hostile.requests - hostile.non2xx} hostile requests were not refused`);
  } finally {
    server?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
