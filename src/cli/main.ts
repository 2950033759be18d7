/**
 * The `newsgraph` command line: argv parsing only; every command calls the
 * same functions the server uses.
 */
import { availableParallelism } from 'node:os';
import { EXPORT_FORMATS, isExportFormat } from '../graph/export/export-formats';
import { runExtract } from './extract-command';

// The store (a native SQLite addon) and the server (yoga, Pothos, graphql) load
// only for the commands that use them: `extract`, which the scorer runs once
// per article, then starts in about half the time.
// (require, not import(): the CLI runs as CommonJS through tsx's require hook.)
const loadStore = async () => require('../store/open-store') as typeof import('../store/open-store');
const loadIngest = async () => require('./ingest-command') as typeof import('./ingest-command');
const loadServer = async () => ({
  ...(require('../server/serve') as typeof import('../server/serve')),
  ...(require('../server/listen') as typeof import('../server/listen')),
});
const loadExport = async () => require('../graph/export-graph') as typeof import('../graph/export-graph');

const USAGE = `usage: newsgraph <command> [options]

commands:
  extract FILE [--explain]       print the document graph JSON of one article (- for stdin); stores nothing
  ingest FILE|DIR|- ... [--workers N] [--quiet]
                                 extract and store articles (one transaction each; stored texts are skipped,
                                 so a rerun after Ctrl-C finishes the rest); N extraction threads (default: cores)
  serve [--ingest DIR] [--quiet] serve GraphQL + GraphiQL on PORT (default 4000), after ingesting DIR if given
  export [--format F]            print the whole graph: json (default), jsonld (schema.org), graphml (Gephi),
                                 csv (nodes table, blank line, edges table), cypher (Neo4j CREATE statements)

environment: NEWSGRAPH_DB (default ./data/newsgraph.db), PORT, NEWSGRAPH_MAX_DOCUMENT_BYTES,
             NEWSGRAPH_WORKERS (ingest's --workers; 0 = extract in-process),
             NEWSGRAPH_RESPONSE_CACHE=off (answer every query from the store),
             NEWSGRAPH_PERSISTED_ONLY=true (run only the persisted operations of schema/generated),
             REDIS_URL (share live events between replicas), NEWSGRAPH_REDIS_PREFIX (default newsgraph)
`;

/** Splits argv into positional arguments and --flags (a flag may take the next value). */
function parseArgs(args: string[], valued: string[]): { positional: string[]; flags: Map<string, string | true> } {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith('--')) {
      const name = arg.slice(2);
      if (valued.includes(name)) {
        const value = args[++i];
        if (value === undefined) throw new UsageError(`--${name} needs a value`);
        flags.set(name, value);
      } else flags.set(name, true);
    } else positional.push(arg);
  }
  return { positional, flags };
}

class UsageError extends Error {}

/** --workers N, else NEWSGRAPH_WORKERS, else one extraction thread per core. */
function workerCount(flag: string | true | undefined): number {
  const raw = typeof flag === 'string' ? flag : process.env.NEWSGRAPH_WORKERS?.trim();
  if (raw === undefined || raw === '') return availableParallelism();
  if (!/^\d+$/.test(raw)) throw new UsageError(`newsgraph ingest: --workers (or NEWSGRAPH_WORKERS) must be a whole number >= 0, got "${raw}"`);
  return Number(raw);
}

async function ingestCommand(args: string[]): Promise<number> {
  const { positional, flags } = parseArgs(args, ['workers']);
  if (positional.length === 0) throw new UsageError('newsgraph ingest: name at least one FILE, DIR or -');
  const workers = workerCount(flags.get('workers'));
  const [{ openStore }, { runIngestCommand }] = await Promise.all([loadStore(), loadIngest()]);
  const store = await openStore();
  try {
    return await runIngestCommand(store, positional, { workers, quiet: flags.has('quiet') });
  } finally {
    await store.close();
  }
}

async function serveCommand(args: string[]): Promise<number> {
  const { flags } = parseArgs(args, ['ingest']);
  const [{ openStore }, { formatIngestSummary, runIngest }, { serveStore, portFromEnv }] = await Promise.all([
    loadStore(),
    loadIngest(),
    loadServer(),
  ]);
  const port = portFromEnv();
  const store = await openStore();
  const seedDir = flags.get('ingest');
  const quiet = flags.has('quiet');
  if (typeof seedDir === 'string') {
    const summary = await runIngest(store, [seedDir], { workers: workerCount(undefined), quiet });
    if (!quiet) process.stderr.write(formatIngestSummary(summary) + '\n');
  }
  const { app, port: bound } = await serveStore(store, port);
  process.stderr.write(`newsgraph: GraphiQL at http://localhost:${bound}${app.graphqlEndpoint}, health at /health\n`);
  return 0;
}

async function exportCommand(args: string[]): Promise<number> {
  const { flags } = parseArgs(args, ['format']);
  const format = flags.get('format') ?? 'json';
  if (typeof format !== 'string' || !isExportFormat(format)) {
    throw new UsageError(`newsgraph export: --format must be one of ${Object.keys(EXPORT_FORMATS).join(', ')}`);
  }
  const [{ openStore }, { exportGraph }] = await Promise.all([loadStore(), loadExport()]);
  const store = await openStore();
  try {
    process.stdout.write(EXPORT_FORMATS[format].render(await exportGraph(store)));
    return 0;
  } finally {
    await store.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'extract': {
      const { positional, flags } = parseArgs(rest, []);
      if (positional.length !== 1) throw new UsageError('newsgraph extract: expected exactly one FILE');
      process.stdout.write(runExtract(positional[0], { explain: flags.has('explain') }) + '\n');
      return 0;
    }
    case 'ingest':
      return ingestCommand(rest);
    case 'serve':
      return serveCommand(rest);
    case 'export':
      return exportCommand(rest);
    case undefined:
    case 'help':
    case '--help':
      process.stdout.write(USAGE);
      return 0;
    default:
      throw new UsageError(`newsgraph: unknown command "${command}"`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`newsgraph: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
