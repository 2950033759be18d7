/**
 * Extraction throughput (issue 3): the whole newsgraph pipeline in-process
 * over the dev corpus repeated to at least 1,000 documents, and compromise's
 * own `nlp(text)` parse over the same texts in the same run. Prints
 * documents/second for both, the ratio, and the peak memory (RSS).
 *
 *   npm run bench:extract
 *   BENCH_DOCS=2000 BENCH_CORPUS=../shared/corpus/dev npm run bench:extract
 *
 * The corpus defaults to ../shared/corpus/dev beside the repository, falling
 * back to seeds/ when it is not there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { extract } from '../src/extract/pipeline';

const root = join(__dirname, '..');
const DOCS = Number(process.env.BENCH_DOCS ?? 1000);
const corpusDir = process.env.BENCH_CORPUS ?? [join(root, '..', 'shared', 'corpus', 'dev'), join(root, 'seeds')].find(existsSync)!;

function loadTexts(): string[] {
  const files = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0) throw new Error(`no .txt articles in ${corpusDir}`);
  const texts = files.map((f) => readFileSync(join(corpusDir, f), 'utf8'));
  const out: string[] = [];
  while (out.length < DOCS) out.push(texts[out.length % texts.length]);
  return out;
}

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);

function time(label: string, texts: string[], run: (text: string) => unknown): number {
  const started = process.hrtime.bigint();
  let sink = 0;
  for (const text of texts) sink += run(text) ? 1 : 0;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const rate = texts.length / seconds;
  console.log(`${label.padEnd(30)} ${texts.length} docs in ${seconds.toFixed(2)} s = ${rate.toFixed(1)} docs/s${sink < 0 ? '' : ''}`);
  return rate;
}

function main(): void {
  const texts = loadTexts();
  const chars = texts.reduce((n, t) => n + t.length, 0);
  console.log(`corpus ${corpusDir}: ${texts.length} documents, ${(chars / texts.length).toFixed(0)} chars on average`);
  // Warm-up: lexicons and gazetteers load lazily on the first document.
  const warmStart = Date.now();
  extract(texts[0]);
  console.log(`first document (lexicons and gazetteers loaded): ${Date.now() - warmStart} ms`);
  nlp(texts[0]);
  const ours = time('newsgraph extract()', texts, (t) => extract(t).entities.length);
  const theirs = time('compromise nlp(text)', texts, (t) => nlp(t).length);
  clearInterval(sampler);
  console.log(`ratio newsgraph / compromise: ${(ours / theirs).toFixed(2)}x (target >= 5x, >= 300 docs/s)`);
  console.log(`peak RSS: ${(peakRss / 1024 / 1024).toFixed(0)} MB (target < 300 MB)`);
}

main();
