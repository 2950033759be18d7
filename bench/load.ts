/**
 * Load benchmark (issue 7): the analyst's read mix (bench/analyst-workload.ts)
 * plus paginated lists with totalCount, from many connections, while a second
 * client ingests distinct generated articles at a fixed rate, against one
 * newsgraph server in its own process on a temp copy of the dev corpus + seed.
 * It reports throughput, latency, 5xx and GraphQL errors, the ingests'
 * outcome and latency, and the server's RSS (/proc/<pid>/status, sampled every
 * second) before load, after the warm-up and at the end.
 *
 *   npm run bench:load                                         # 50 connections, 30 s, 5 ingests/s, default config
 *   npm run bench:load -- --response-cache off                 # the same with NEWSGRAPH_RESPONSE_CACHE=off
 *   npm run bench:load -- --connections 20 --duration 10 --ingest-rate 2 --response-cache both
 *
 * NEWSGRAPH_TOKEN, when set, is sent as `Authorization: Bearer` with the mutations.
 * `--heap-log` also preloads bench/server-heap-log.js into the server and
 * reports its V8 heap: the live heap after major GCs tells a leak apart from
 * V8 merely growing old space (RSS up, live data flat).
 */
import autocannon from 'autocannon';
import type { ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, graphql, seedBenchDatabase, workload } from './analyst-workload';
import { generatedArticle } from './generated-article';
import { freePort, start, waitFor } from './spawn-server';

interface LoadOptions {
  connections: number;
  durationSeconds: number;
  /** Ingests started per second, whatever the server's pace (an open loop). */
  ingestRate: number;
  warmupSeconds: number;
  responseCache: 'on' | 'off' | 'both';
  heapLog: boolean;
}

const USAGE =
  'usage: npm run bench:load -- [--connections N (50)] [--duration S (30)] [--ingest-rate R per s (5)] [--warmup S (5)] [--response-cache on|off|both (on)] [--heap-log]';

export function parseLoadOptions(argv: string[]): LoadOptions {
  const options: LoadOptions = { connections: 50, durationSeconds: 30, ingestRate: 5, warmupSeconds: 5, responseCache: 'on', heapLog: false };
  const numbers: Record<string, 'connections' | 'durationSeconds' | 'ingestRate' | 'warmupSeconds'> = {
    '--connections': 'connections',
    '--duration': 'durationSeconds',
    '--ingest-rate': 'ingestRate',
    '--warmup': 'warmupSeconds',
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    if (flag === '--heap-log' && inline === undefined) {
      options.heapLog = true;
      continue;
    }
    if (flag !== '--response-cache' && !(flag in numbers)) throw new Error(`unknown option "${argv[i]}"\n${USAGE}`);
    const value = inline ?? argv[++i];
    if (flag === '--response-cache') {
      if (value !== 'on' && value !== 'off' && value !== 'both') throw new Error(`--response-cache must be on, off or both, got "${value}"\n${USAGE}`);
      options.responseCache = value;
    } else if (flag in numbers) {
      const n = Number(value);
      if (!Number.isFinite(n) || n < 0) throw new Error(`${flag} needs a number >= 0, got "${value}"\n${USAGE}`);
      options[numbers[flag]] = n;
    }
  }
  if (options.connections < 1) throw new Error(`--connections must be at least 1\n${USAGE}`);
  if (options.warmupSeconds >= options.durationSeconds) throw new Error(`--warmup (${options.warmupSeconds} s) must be shorter than --duration`);
  return options;
}

/** Paginated root lists with totalCount: page one, and page two through page one's cursor. (bench:scale sends them too.) */
export async function listRequests(port: number): Promise<{ name: string; body: string }[]> {
  const people = 'query($after: String) { people(first: 20, after: $after, orderBy: MENTIONS) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }';
  const firstPage = await graphql(port, people);
  const lists = [
    { name: 'people page 1', query: people, variables: {} },
    { name: 'people page 2', query: people, variables: { after: firstPage.people.pageInfo.endCursor } },
    {
      name: 'documents + quotes lists',
      query:
        '{ documents(first: 10, orderBy: PUBLISHED_DESC) { totalCount edges { node { title publishedAt } } } ' +
        'quotes(first: 20, orderBy: CONFIDENCE) { totalCount edges { node { text speaker { name } } } } }',
      variables: {},
    },
  ];
  for (const l of lists) await graphql(port, l.query, l.variables);
  return lists.map((l) => ({ name: l.name, body: JSON.stringify({ query: l.query, variables: l.variables }) }));
}

/** One line of bench/server-heap-log.js, MiB. */
interface HeapLine {
  heapTotal: number;
  heapUsed: number;
  majorGCs: number;
  liveAfterMajorGC: number | null;
}

function lastHeapLine(file: string): HeapLine | undefined {
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, 'utf8').trim().split('\n');
  return lines[lines.length - 1] ? (JSON.parse(lines[lines.length - 1]) as HeapLine) : undefined;
}

/** Resident set size of a process in MiB, from the kernel's VmRSS line. */
function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
  if (!line) throw new Error(`no VmRSS for process ${pid}`);
  return Number(line[1]) / 1024;
}

/** The median of samples[i - 1 .. i + 1] (fewer at the ends). */
function medianAround(samples: number[], i: number): number {
  const window = samples.slice(Math.max(0, i - 1), i + 2).sort((a, b) => a - b);
  return window[Math.floor(window.length / 2)];
}

const percentile = (sorted: number[], p: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]);

const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { created document { id } } }`;

interface IngestFigures {
  attempted: number;
  succeeded: number;
  failed: number;
  p50: number;
  p99: number;
  max: number;
  /** Seconds from the stream's start to the start of the slowest ingest. */
  slowestStartedAt: number;
  firstFailures: string[];
}

/**
 * Posts a new generated article every 1/rate s until stop() and counts each
 * outcome: success is HTTP 200, no GraphQL errors and `created: true`
 * (a distinct article must make a new document).
 */
function startIngestStream(port: number, rate: number, firstArticle: number): { stop: () => Promise<IngestFigures> } {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (process.env.NEWSGRAPH_TOKEN) headers.authorization = `Bearer ${process.env.NEWSGRAPH_TOKEN}`;
  const latencies: number[] = [];
  let slowest = { latency: -1, startedAt: NaN };
  const streamStarted = performance.now();
  const failures: string[] = [];
  const inFlight = new Set<Promise<void>>();
  let attempted = 0;
  const ingestOne = async (n: number) => {
    const began = performance.now();
    try {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: INGEST, variables: { input: generatedArticle(n) } }),
      });
      const text = await res.text();
      const json = JSON.parse(text) as { data?: { ingestDocument?: { created: boolean } }; errors?: unknown };
      if (res.status !== 200 || json.errors || json.data?.ingestDocument?.created !== true) failures.push(`HTTP ${res.status}: ${text.slice(0, 200)}`);
    } catch (error) {
      failures.push(String(error));
    } finally {
      const latency = performance.now() - began;
      latencies.push(latency);
      if (latency > slowest.latency) slowest = { latency, startedAt: (began - streamStarted) / 1000 };
    }
  };
  const timer =
    rate > 0
      ? setInterval(() => {
          const pending = ingestOne(firstArticle + attempted++);
          inFlight.add(pending);
          void pending.then(() => inFlight.delete(pending));
        }, 1000 / rate)
      : undefined;
  return {
    async stop() {
      clearInterval(timer);
      await Promise.all(inFlight);
      const sorted = [...latencies].sort((a, b) => a - b);
      return {
        attempted,
        succeeded: attempted - failures.length,
        failed: failures.length,
        p50: percentile(sorted, 50),
        p99: percentile(sorted, 99),
        max: sorted[sorted.length - 1] ?? NaN,
        slowestStartedAt: slowest.startedAt,
        firstFailures: failures.slice(0, 3),
      };
    },
  };
}

interface RunFigures {
  label: string;
  requestsPerSecond: number;
  requests: number;
  p50: number;
  p99: number;
  non2xx: number;
  status5xx: number;
  socketErrors: number;
  graphqlErrors: number;
  graphqlErrorSamples: string[];
  ingest: IngestFigures;
  rssBefore: number;
  rssAfterWarmup: number;
  rssEnd: number;
  rssPeak: number;
  /** RSS once a second from the start of the load, MiB. */
  rssSamples: number[];
  /** With --heap-log: the server's heap line at each RSS sample. */
  heapSamples: (HeapLine | undefined)[];
  documentsBefore: number;
  documentsAfter: number;
}

async function runOnce(seededDb: string, dir: string, responseCache: boolean, options: LoadOptions): Promise<RunFigures> {
  const label = responseCache ? 'response cache on (default)' : 'NEWSGRAPH_RESPONSE_CACHE=off';
  // A fresh copy of the seeded database per run, so both configurations start from the same graph.
  const db = join(dir, `load-${responseCache ? 'cached' : 'uncached'}.db`);
  copyFileSync(seededDb, db);
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { PORT: String(port), NEWSGRAPH_DB: db, NEWSGRAPH_RESPONSE_CACHE: responseCache ? 'on' : 'off' };
  const heapLog = join(dir, `heap-${responseCache ? 'cached' : 'uncached'}.jsonl`);
  if (options.heapLog) {
    env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --require ${join(__dirname, 'server-heap-log.js')}`.trim();
    env.NEWSGRAPH_BENCH_HEAP_LOG = heapLog;
  }
  const server: ChildProcess = start(process.execPath, [...CLI, 'serve', '--quiet'], env);
  try {
    await waitFor(`http://127.0.0.1:${port}/health`);
    const pid = server.pid!;
    const bodies = [...(await workload(port)), ...(await listRequests(port))];
    const documentsBefore = (await graphql(port, '{ stats { documents } }')).stats.documents as number;
    const rssBefore = rssMiB(pid);

    let graphqlErrors = 0;
    const graphqlErrorSamples: string[] = [];
    // Every response is checked: a cheap substring test, then a parse to confirm (quote text may say "errors").
    const requests = bodies.map((b) => ({
      method: 'POST' as const,
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: b.body,
      onResponse: (status: number, body: string) => {
        if (status !== 200 || !body.includes('"errors"')) return;
        try {
          if (!(JSON.parse(body) as { errors?: unknown }).errors) return;
        } catch {
          // an unparseable body counts as an error too
        }
        graphqlErrors++;
        if (graphqlErrorSamples.length < 3) graphqlErrorSamples.push(`${b.name}: ${body.slice(0, 200)}`);
      },
    }));

    const rssSamples: number[] = [];
    const heapSamples: (HeapLine | undefined)[] = [];
    const sample = () => {
      rssSamples.push(rssMiB(pid));
      if (options.heapLog) heapSamples.push(lastHeapLine(heapLog));
    };
    const sampler = setInterval(sample, 1000);
    const ingests = startIngestStream(port, options.ingestRate, 1_000_000 * (responseCache ? 1 : 2));
    const result = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: options.connections,
      duration: options.durationSeconds,
      requests,
    });
    const ingest = await ingests.stop();
    clearInterval(sampler);
    sample();
    const documentsAfter = (await graphql(port, '{ stats { documents } }')).stats.documents as number;

    return {
      label,
      requestsPerSecond: result.requests.average,
      requests: result.requests.total,
      p50: result.latency.p50,
      p99: result.latency.p99,
      non2xx: result.non2xx,
      status5xx: result['5xx'],
      socketErrors: result.errors + result.timeouts,
      graphqlErrors,
      graphqlErrorSamples,
      ingest,
      rssBefore,
      // Medians of three samples: a collection moves RSS by tens of MiB within a second,
      // more than the 10% the target allows, so one sample would judge the GC's timing.
      rssAfterWarmup: medianAround(rssSamples, options.warmupSeconds - 1),
      rssEnd: medianAround(rssSamples, rssSamples.length - 2),
      rssPeak: Math.max(...rssSamples),
      rssSamples,
      heapSamples,
      documentsBefore,
      documentsAfter,
    };
  } finally {
    server.kill('SIGTERM');
  }
}

const growthPercent = (r: RunFigures) => ((r.rssEnd - r.rssAfterWarmup) / r.rssAfterWarmup) * 100;

interface Target {
  name: string;
  met: (r: RunFigures) => boolean;
  shown: (r: RunFigures) => string;
}

const TARGETS: Target[] = [
  { name: 'RSS growth after warm-up < 10%', met: (r) => growthPercent(r) < 10, shown: (r) => `${growthPercent(r).toFixed(1)}%` },
  { name: 'zero 5xx', met: (r) => r.status5xx === 0, shown: (r) => String(r.status5xx) },
  { name: 'zero failed ingests', met: (r) => r.ingest.failed === 0 && r.ingest.attempted > 0, shown: (r) => `${r.ingest.failed} of ${r.ingest.attempted}` },
  { name: 'zero GraphQL errors', met: (r) => r.graphqlErrors === 0, shown: (r) => String(r.graphqlErrors) },
  { name: 'zero non-2xx / socket errors', met: (r) => r.non2xx + r.socketErrors === 0, shown: (r) => String(r.non2xx + r.socketErrors) },
];

const mib = (n: number) => `${n.toFixed(1)} MiB`;

/** A heap figure at sample i (negative counts from the end), or "?" when the log had none yet. */
function heapAt(r: RunFigures, i: number, field: 'heapTotal' | 'liveAfterMajorGC'): string {
  const value = r.heapSamples.at(i)?.[field];
  return value == null ? '?' : mib(value);
}
const ms = (n: number) => `${n.toFixed(0)} ms`;

export function formatReport(runs: RunFigures[], options: LoadOptions, command: string): string {
  const header = (first: string) => [`| ${first} | ${runs.map((r) => r.label).join(' | ')} |`, `|---|${runs.map(() => '---|').join('')}`];
  const row = (name: string, cell: (r: RunFigures) => string) => `| ${name} | ${runs.map(cell).join(' | ')} |`;
  const lines = [
    `### bench:load: ${options.connections} connections x ${options.durationSeconds} s, ${options.ingestRate} ingests/s, warm-up ${options.warmupSeconds} s`,
    '',
    `command: \`${command}\``,
    '',
    ...header('figure'),
    row('documents before -> after', (r) => `${r.documentsBefore} -> ${r.documentsAfter}`),
    row('read requests/s (mean)', (r) => r.requestsPerSecond.toFixed(0)),
    row('read requests total', (r) => String(r.requests)),
    row('read latency p50 / p99', (r) => `${r.p50} / ${r.p99} ms`),
    row('non-2xx / 5xx / socket errors', (r) => `${r.non2xx} / ${r.status5xx} / ${r.socketErrors}`),
    row('GraphQL errors (every response checked)', (r) => String(r.graphqlErrors)),
    row('ingests attempted / succeeded / failed', (r) => `${r.ingest.attempted} / ${r.ingest.succeeded} / ${r.ingest.failed}`),
    row('ingest latency p50 / p99 / max (slowest started at)', (r) =>
      `${ms(r.ingest.p50)} / ${ms(r.ingest.p99)} / ${ms(r.ingest.max)} (${r.ingest.slowestStartedAt.toFixed(1)} s)`,
    ),
    row('server RSS before load', (r) => mib(r.rssBefore)),
    row(`server RSS after warm-up (${options.warmupSeconds} s, median of 3 samples)`, (r) => mib(r.rssAfterWarmup)),
    row('server RSS at the end (median of last 3) / peak', (r) => `${mib(r.rssEnd)} / ${mib(r.rssPeak)}`),
    ...(options.heapLog
      ? [
          row('V8 heap total after warm-up -> end', (r) => `${heapAt(r, options.warmupSeconds - 1, 'heapTotal')} -> ${heapAt(r, -1, 'heapTotal')}`),
          row('live heap after the latest major GC, after warm-up -> end', (r) =>
            `${heapAt(r, options.warmupSeconds - 1, 'liveAfterMajorGC')} -> ${heapAt(r, -1, 'liveAfterMajorGC')} (${r.heapSamples.at(-1)?.majorGCs ?? 0} major GCs)`,
          ),
        ]
      : []),
    '',
    ...header('target'),
    ...TARGETS.map((t) => row(t.name, (r) => `${t.met(r) ? 'PASS' : 'GAP'} (${t.shown(r)})`)),
    '',
    ...runs.map((r) => `RSS per second, ${r.label} (MiB): ${r.rssSamples.map((s) => s.toFixed(0)).join(' ')}`),
    ...runs
      .filter((r) => r.heapSamples.length > 0)
      .map((r) => `live heap after major GC per second, ${r.label} (MiB): ${r.heapSamples.map((h) => h?.liveAfterMajorGC?.toFixed(0) ?? '?').join(' ')}`),
  ];
  for (const r of runs) {
    for (const failure of r.ingest.firstFailures) lines.push(`ingest failure, ${r.label}: ${failure}`);
    for (const sample of r.graphqlErrorSamples) lines.push(`GraphQL error, ${r.label}: ${sample}`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const options = parseLoadOptions(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-load-bench-'));
  try {
    const seeded = join(dir, 'seeded.db');
    seedBenchDatabase(seeded);
    // The CLI closed its connection, so the WAL is checkpointed into the main file.
    if (existsSync(`${seeded}-wal`)) throw new Error('the seeded database still has a WAL file; copy it too');
    const configs = options.responseCache === 'both' ? [true, false] : [options.responseCache === 'on'];
    const runs: RunFigures[] = [];
    for (const cached of configs) runs.push(await runOnce(seeded, dir, cached, options));
    const command = `npm run bench:load -- ${process.argv.slice(2).join(' ')}`.trim();
    console.log(`\n${formatReport(runs, options, command)}`);
    const gaps = runs.flatMap((r) => TARGETS.filter((t) => !t.met(r)));
    if (gaps.length > 0) process.exitCode = 2;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
