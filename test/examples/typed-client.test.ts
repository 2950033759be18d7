/**
 * The example typed client (examples/typed-client) against the app, through
 * urql and the app's in-process fetch: the generated documents, their types
 * and the server agree.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createNewsgraphClient,
  howAreTheyConnected,
  namedWith,
  neighborhoodSize,
  timeline,
  whoSaidWhat,
} from '../../examples/typed-client/client';
import { ingestArticle } from '../../src/graph/ingest';
import { createApp } from '../../src/server/create-app';
import { openTempStore } from '../server/app-harness';

describe('the typed client example', () => {
  let temp: Awaited<ReturnType<typeof openTempStore>>;
  let client: ReturnType<typeof createNewsgraphClient>;

  beforeAll(async () => {
    temp = await openTempStore();
    await ingestArticle(temp.store, { text: readFileSync(join(__dirname, '..', '..', 'seeds', 'reuters-kerry-putin-moscow.txt'), 'utf8') });
    const app = createApp({ store: temp.store });
    client = createNewsgraphClient('http://newsgraph.test/graphql', app.fetch as unknown as typeof fetch);
  });
  afterAll(() => temp.close());

  it('tells how Lavrov is connected to Putin, as chains of named hops', async () => {
    const chains = await howAreTheyConnected(client, 'Lavrov', 'Vladimir Putin');
    expect(chains).toContain('Sergey Lavrov -MET-> John Kerry -MET-> Vladimir Putin');
  });

  it('lists who said what', async () => {
    const quotes = await whoSaidWhat(client);
    expect(quotes.some((q) => q.speaker === 'John Kerry' && q.text.length > 0)).toBe(true);
  });

  it('reads a timeline, a neighborhood and co-occurrences', async () => {
    expect((await timeline(client, 'Kerry')).length).toBeGreaterThan(0);
    const around = await neighborhoodSize(client, 'Kerry');
    expect(around.nodes).toBeGreaterThan(1);
    expect(around.edges).toBeGreaterThanOrEqual(around.nodes - 1);
    expect((await namedWith(client, 'Kerry')).map((c) => c.name)).toContain('Vladimir Putin');
  });

  it('surfaces a GraphQL error instead of hiding it', async () => {
    await expect(howAreTheyConnected(client, 'Lavrov', 'Vladimir Putin', 99)).rejects.toThrow(/maxHops/);
  });
});
