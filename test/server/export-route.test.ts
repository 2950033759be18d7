/** GET /export.{format}: the whole graph as a download, through the HTTP interface. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestArticle } from '../../src/graph/ingest';
import { createApp, type App } from '../../src/server/create-app';
import { openTempStore, postGraphQL } from './app-harness';

describe('the export route', () => {
  let temp: Awaited<ReturnType<typeof openTempStore>>;
  let app: App;
  let stats: { entities: number; relations: number; quotes: number };

  beforeAll(async () => {
    temp = await openTempStore();
    await ingestArticle(temp.store, { text: readFileSync(join(__dirname, '..', '..', 'seeds', 'reuters-kerry-putin-moscow.txt'), 'utf8') });
    app = createApp({ store: temp.store });
    stats = (await postGraphQL(app, '{ stats { entities relations quotes } }')).data!.stats;
  });
  afterAll(() => temp.close());

  const get = (path: string) => app.fetch(`http://newsgraph.test${path}`);

  it.each([
    ['/export.json', 'application/json'],
    ['/export.jsonld', 'application/ld+json'],
    ['/export.graphml', 'application/graphml+xml'],
    ['/export.csv', 'text/csv'],
    ['/export.cypher', 'text/plain'],
  ])('%s answers 200 as %s', async (path, type) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain(type);
  });

  it('exports every entity and relation of the graph', async () => {
    const graphml = await (await get('/export.graphml')).text();
    expect(graphml.match(/<node /g)).toHaveLength(stats.entities);
    expect(graphml.match(/<edge /g)).toHaveLength(stats.relations);
    const json = await (await get('/export.json')).json();
    expect(json.quotes).toHaveLength(stats.quotes);
    const cypher = await (await get('/export.cypher')).text();
    expect(cypher.split('\n').filter((l) => l.includes('CREATE (a)-'))).toHaveLength(stats.relations);
  });

  it('answers 404 for an unknown format, naming the known ones', async () => {
    const response = await get('/export.xlsx');
    expect(response.status).toBe(404);
    expect((await response.json()).error).toContain('graphml');
  });
});
