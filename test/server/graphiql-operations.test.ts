/**
 * The saved example operations of schema/operations: GraphiQL opens with
 * them, and each runs as is (variables at their defaults) on the seed graph
 * and finds something.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestArticle } from '../../src/graph/ingest';
import { createApp, type App } from '../../src/server/create-app';
import { GRAPHIQL_TAB_FILES, graphiqlTabs } from '../../src/server/graphiql-tabs';
import { openTempStore, postGraphQL } from './app-harness';

function findsSomething(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0 && value.every(findsSomething);
  if (value && typeof value === 'object') return Object.values(value).some(findsSomething);
  return value !== null && value !== undefined;
}

describe('the GraphiQL example operations', () => {
  let temp: Awaited<ReturnType<typeof openTempStore>>;
  let app: App;

  beforeAll(async () => {
    temp = await openTempStore();
    await ingestArticle(temp.store, { text: readFileSync(join(__dirname, '..', '..', 'seeds', 'reuters-kerry-putin-moscow.txt'), 'utf8') });
    app = createApp({ store: temp.store });
  });
  afterAll(() => temp.close());

  it('open in GraphiQL as its default tabs', async () => {
    const response = await app.fetch('http://newsgraph.test/graphql', { headers: { accept: 'text/html' } });
    const html = await response.text();
    for (const name of ['WhoSaidWhat', 'HowAreTheyConnected', 'Neighborhood', 'Timeline', 'Cooccurrences']) expect(html).toContain(name);
  });

  it.each(GRAPHIQL_TAB_FILES.map((file, i) => [file, i]))('%s runs with its default variables and finds something', async (_file, i) => {
    const result = await postGraphQL(app, graphiqlTabs()[i as number].query);
    expect(result.errors).toBeUndefined();
    expect(findsSomething(result.data)).toBe(true);
  });
});
