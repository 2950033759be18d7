/**
 * The README's example queries work against the seed graph: each one runs
 * without errors and finds something. Keeps the user's document true.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestArticle } from '../src/graph/ingest';
import { createApp } from '../src/server/create-app';
import { openTempStore, postGraphQL } from './server/app-harness';

const root = join(__dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const queries = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]).filter((q) => !q.trimStart().startsWith('mutation'));

/** True when some list in the result has at least one item. */
function findsSomething(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value && typeof value === 'object') return Object.values(value).some(findsSomething);
  return false;
}

describe('the README example queries', () => {
  let temp: Awaited<ReturnType<typeof openTempStore>>;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    temp = await openTempStore();
    const text = readFileSync(join(root, 'seeds', 'reuters-kerry-putin-moscow.txt'), 'utf8');
    await ingestArticle(temp.store, { text });
    app = createApp({ store: temp.store });
  });
  afterAll(() => temp.close());

  it('are there to test (at least five)', () => {
    expect(queries.length).toBeGreaterThanOrEqual(5);
  });

  it.each(queries.map((q, i) => [i + 1, q]))('query %i answers without errors and finds something in the seed', async (_n, query) => {
    const result = await postGraphQL(app, query as string);
    expect(result.errors).toBeUndefined();
    expect(findsSomething(result.data)).toBe(true);
  });
});
