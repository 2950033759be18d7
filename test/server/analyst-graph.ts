/**
 * The graph the analyst API is tested on: the seed, the dev corpus and two
 * small articles written for these tests (dated, so timelines have an order).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestArticle } from '../../src/graph/ingest';
import type { Store } from '../../src/store/store';

const ROOT = join(__dirname, '..', '..');
// Beside the repository in the shared workspace; a clone elsewhere runs on the seed and the test articles alone.
const DEV_CORPUS = [process.env.NEWSGRAPH_DEV_CORPUS, join(ROOT, '..', 'shared', 'corpus', 'dev'), '/work/shared/corpus/dev'].find(
  (dir): dir is string => typeof dir === 'string' && existsSync(dir),
);
const FIXTURES = join(ROOT, 'test', 'graph', 'fixtures');

/** Written for the tests: B happens (and is published) before A, but is ingested after it. */
export const ANALYST_ARTICLES = [
  { file: 'analyst-a.txt', publishedAt: '2024-03-04' },
  { file: 'analyst-b.txt', publishedAt: '2024-01-12' },
];

export async function ingestAnalystGraph(store: Store, options: { devCorpus?: boolean } = {}): Promise<void> {
  await ingestArticle(store, { text: readFileSync(join(ROOT, 'seeds', 'reuters-kerry-putin-moscow.txt'), 'utf8'), publishedAt: '2016-03-24' });
  if (options.devCorpus !== false && DEV_CORPUS) {
    for (const file of readdirSync(DEV_CORPUS).filter((f) => f.endsWith('.txt')).sort()) {
      await ingestArticle(store, { text: readFileSync(join(DEV_CORPUS, file), 'utf8'), source: file });
    }
  }
  for (const { file, publishedAt } of ANALYST_ARTICLES) {
    await ingestArticle(store, { text: readFileSync(join(FIXTURES, file), 'utf8'), publishedAt, source: file });
  }
}
