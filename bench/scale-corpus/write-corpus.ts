/**
 * Writes N generated articles to a folder: <id>.txt and <id>.gold.json side by
 * side (the layout score.mjs reads and `newsgraph ingest` takes). Same count
 * and seed -> byte-identical files.
 *
 *   npm run gen:corpus -- --count 200 --seed 1 --out /tmp/scale-200
 *   node ../shared/eval/score.mjs --corpus /tmp/scale-200 --cmd 'npm run --silent extract -- {file}'
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCast } from './cast';
import { generateArticle, type GeneratedArticle } from './generate-article';

export const DEFAULT_SEED = 1;

/** Articles first..first+count-1 of the corpus for `seed`, in memory. */
export function* generateCorpus(count: number, seed: number, first = 0): Generator<GeneratedArticle> {
  const cast = buildCast(seed);
  for (let index = first; index < first + count; index++) yield generateArticle(cast, seed, index);
}

/** Writes articles first..first+count-1; article i does not depend on count or first, so parts add up to the whole. */
export function writeCorpus(dir: string, count: number, seed: number, first = 0): number {
  mkdirSync(dir, { recursive: true });
  let written = 0;
  for (const article of generateCorpus(count, seed, first)) {
    writeFileSync(join(dir, `${article.id}.txt`), article.text);
    writeFileSync(join(dir, `${article.id}.gold.json`), JSON.stringify(article.gold, null, 1) + '\n');
    written++;
  }
  return written;
}

function parseFlags(argv: string[]): { count: number; seed: number; out: string } {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i];
    const value = argv[i + 1];
    if (!name.startsWith('--') || value === undefined) throw new Error(`gen:corpus: expected --count N --seed S --out DIR, got "${argv.join(' ')}"`);
    flags.set(name.slice(2), value);
  }
  const count = Number(flags.get('count') ?? 100);
  const seed = Number(flags.get('seed') ?? DEFAULT_SEED);
  const out = flags.get('out');
  if (!Number.isInteger(count) || count < 1) throw new Error(`gen:corpus: --count must be a positive integer, got "${flags.get('count')}"`);
  if (!Number.isInteger(seed)) throw new Error(`gen:corpus: --seed must be an integer, got "${flags.get('seed')}"`);
  if (!out) throw new Error('gen:corpus: --out DIR is required');
  return { count, seed, out };
}

if (require.main === module) {
  try {
    const { count, seed, out } = parseFlags(process.argv.slice(2));
    const started = Date.now();
    const written = writeCorpus(out, count, seed);
    process.stderr.write(`gen:corpus: ${written} articles (seed ${seed}) in ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
