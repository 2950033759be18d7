import type { Figures } from '../../bench/analyst-workload';
import { formatScaleReport, parseScaleOptions, type BackendFigures } from '../../bench/scale';

const figures = (requestsPerSecond: number, p99: number): Figures => ({ requestsPerSecond, p50: Math.round(p99 / 4), p99, errors: 0 });
const run = (requestsPerSecond: number, p99: number, peakRssMB = 200) => ({ figures: figures(requestsPerSecond, p99), peakRssMB });

describe('bench:scale options', () => {
  it('defaults to 10,000 articles with both stores and the peer', () => {
    expect(parseScaleOptions([])).toMatchObject({ count: 10000, skipPostgres: false, skipPeer: false, perQuestion: false });
  });

  it('reads --count, --seed and the skip flags', () => {
    expect(parseScaleOptions(['--count', '300', '--seed', '4', '--skip-sqlite', '--skip-postgres', '--skip-peer'])).toMatchObject({
      skipSqlite: true,
      count: 300,
      seed: 4,
      skipPostgres: true,
      skipPeer: true,
    });
  });

  it.each([[['--count', '0']], [['--count', 'many']], [['--fast']]])('rejects %j', (argv) => {
    expect(() => parseScaleOptions(argv)).toThrow(/bench:scale/);
  });
});

describe('the bench:scale report', () => {
  const options = { count: 10000, seed: 1, seconds: 10, skipSqlite: false, skipPostgres: false, skipPeer: false, perQuestion: false };
  const sqlite: BackendFigures = {
    name: 'SQLite',
    ingestDocs: 10000,
    ingestSeconds: 80, // 125 docs/s
    sizeBytes: 50 * 1048576,
    stages: [
      { documents: 1000, cached: run(2000, 10), uncached: run(300, 20) },
      { documents: 10000, cached: run(1800, 12), uncached: run(250, 60, 600) },
    ],
  };
  const postgres: BackendFigures = {
    name: 'PostgreSQL',
    ingestDocs: 10000,
    ingestSeconds: 400, // 25 docs/s
    sizeBytes: 120 * 1048576,
    stages: [
      { documents: 1000, cached: run(2000, 10), uncached: run(200, 30) },
      { documents: 10000, cached: run(1900, 15), uncached: run(150, 40) },
    ],
    peer: { newsgraphCached: figures(3000, 5), newsgraphUncached: figures(150, 80), postgraphile: figures(100, 90) },
  };
  const report = formatScaleReport([sqlite, postgres], options, 'npm run bench:scale');
  const rowOf = (label: string) => report.split('\n').find((line) => line.startsWith(`| ${label}`)) ?? '';

  it('judges each store against its own ingest target', () => {
    expect(rowOf('ingest')).toContain('125.0 (met)');
    expect(rowOf('ingest')).toContain('25.0 (**NOT met**)');
  });

  it('judges p99 only at the largest graph and reports its growth', () => {
    expect(rowOf('analyst mix at 1000 articles, cache off')).not.toContain('met');
    expect(rowOf('analyst mix at 10000 articles, cache off')).toContain('60 (**NOT met**)');
    expect(rowOf('analyst mix at 10000 articles, cache off')).toContain('40 (met)');
    expect(rowOf('p99 growth')).toContain('x3.00');
  });

  it('takes the peak RSS over every server run', () => {
    expect(rowOf('server peak RSS')).toContain('600 (**NOT met**)');
  });

  it('compares PostGraphile with newsgraph without its response cache, and names the comparison', () => {
    expect(report).toContain("ratio (cache off vs PostGraphile's best run above; PostGraphile has no response cache): 1.50 (target >= 1.0: met)");
    expect(report).toContain('with newsgraph\'s response cache on: 30.00');
  });

  it('judges the ratio against the peer given the index its plan wants, when that run is faster', () => {
    const indexed: BackendFigures = { ...postgres, peer: { ...postgres.peer!, postgraphileIndexed: figures(300, 20) } };
    const withIndex = formatScaleReport([sqlite, indexed], options, 'npm run bench:scale');
    expect(withIndex).toContain('| PostGraphile v5, plus an index on quotes (speaker_id, id) for its order | 300 |');
    expect(withIndex).toContain("best run above; PostGraphile has no response cache): 0.50 (target >= 1.0: **NOT met**)");
  });

  it('says "not available" for a store that could not be benchmarked', () => {
    const missing: BackendFigures = { name: 'PostgreSQL', unavailable: 'connection refused', ingestDocs: 0, ingestSeconds: 0, stages: [], sizeBytes: 0 };
    const partial = formatScaleReport([sqlite, missing], options, 'npm run bench:scale');
    expect(partial).toContain('| ingest, docs/s (10000 articles, extraction included) | 125.0 (met) | not available |');
    expect(partial).toContain('PostgreSQL: connection refused');
  });
});
