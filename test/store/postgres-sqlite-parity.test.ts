/**
 * The same articles, through the real extractor, into a SQLite and a
 * PostgreSQL store: every read of the core Store API must answer the same,
 * ids included (both adapters number rows in write order). This is what lets
 * an operator move from the embedded store to PostgreSQL without the graph
 * changing under the clients. Articles written for this test.
 */
import { extract } from '../../src/extract/pipeline';
import { exportGraph } from '../../src/graph/export-graph';
import type { Store } from '../../src/store/store';
import { PostgresStore } from '../../src/store/postgres/pg-store';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';
import { freshPostgresSchema, type TestSchema } from '../support/postgres';

const ARTICLES = [
  `OSLVIK, Norland (Wire) - Prime Minister Marta Lindqvist met Trade Minister Tomas Arkwright in Oslvik on Monday to discuss the harbour dispute.
"We will not give up the harbour," Lindqvist told reporters after the talks. Arkwright said the Northern Trade Council would send observers.
The council's chairman, Henrik Dahl, said the observers would arrive on Friday.`,
  `VARNHOLM (Wire) - Tomas Arkwright, the trade minister, arrived on Thursday for talks in Geneva with Marta Lindqvist.
The summit in Oslvik was cancelled.
Lindqvist said the harbour deal was close. "The harbour stays open to every ship," she said.
Protesters gathered outside the Northern Trade Council building in Varnholm, police said.`,
  `OSLVIK (Wire) - Henrik Dahl, chairman of the Northern Trade Council, resigned on Tuesday.
Dahl told the board: "I have done what I came to do." Prime Minister Marta Lindqvist thanked him.
Officials in Oslvik said a successor would be named next month. Later, Dahl met Lindqvist in Oslvik.`,
];

const ALL = { offset: 0, limit: 1000 };
const PAGE = { offset: 1, limit: 2 };

/** Every core read, over every id the store lists. */
async function readEverything(store: Store) {
  const graph = await exportGraph(store);
  const { exportedAt: _exportedAt, ...rest } = graph;
  const entityIds = graph.entities.map((e) => e.id);
  const documentIds = graph.documents.map((d) => d.id);
  const byType = (type: string) => graph.entities.filter((e) => e.type === type).map((e) => e.id);
  return {
    graph: rest,
    stats: await store.stats(),
    documents: await store.listDocuments(ALL),
    people: await store.listEntities({ types: ['Person'] }, PAGE),
    quotes: await store.listQuotes({ contains: 'HARBOUR' }, ALL),
    relations: await store.listRelations({ type: 'MET' }, ALL),
    mentions: await store.mentionsByEntity(entityIds, PAGE),
    documentsByEntity: await store.documentsByEntity(entityIds, ALL),
    relationsByEntity: await store.relationsByEntity(entityIds, {}, PAGE),
    quotesBySpeaker: await store.quotesBySpeaker(byType('Person'), {}, ALL),
    met: await store.metByEntity(byType('Person'), ALL),
    eventsByParticipant: await store.eventsByParticipant(entityIds, ALL),
    eventsByLocation: await store.eventsByLocation(byType('Location'), ALL),
    members: await store.membersByOrganization(byType('Organization'), ALL),
    entitiesByDocument: await store.entitiesByDocument(documentIds, {}, PAGE),
    quotesByDocument: await store.quotesByDocument(documentIds, ALL),
    eventsByDocument: await store.eventsByDocument(documentIds, ALL),
    roles: await store.rolesByPerson(byType('Person')),
    participants: await store.participantsByEvent(byType('Event')),
    locations: await store.locationsByEvent(byType('Event')),
    search: await store.searchEntities('lindqvist', {}, ALL),
  };
}

describe('SQLite and PostgreSQL stores fed the same articles', () => {
  let schema: TestSchema;
  let sqlite: SqliteStore;
  let postgres: PostgresStore;

  beforeAll(async () => {
    schema = await freshPostgresSchema('ng_parity');
    postgres = new PostgresStore(schema.url, { poolMax: 2 });
    sqlite = new SqliteStore(':memory:');
    await Promise.all([postgres.migrate(), sqlite.migrate()]);
    for (const text of ARTICLES) {
      const extraction = extract(text);
      const [a, b] = [await sqlite.ingestDocument({ text }, extraction), await postgres.ingestDocument({ text }, extraction)];
      expect(b.counts).toEqual(a.counts);
    }
  });

  afterAll(async () => {
    await postgres.close();
    await sqlite.close();
    await schema.drop();
  });

  it('answer every core read the same, ids and order included', async () => {
    const expected = await readEverything(sqlite);
    // The articles have what the reads need, so an empty answer on both sides cannot pass unnoticed.
    expect(expected.stats.entities).toBeGreaterThan(5);
    expect(expected.met.some((page) => page.totalCount > 1)).toBe(true);
    expect(expected.quotesBySpeaker.some((page) => page.totalCount > 0)).toBe(true);
    expect(expected.locations.some((places) => places.length > 0)).toBe(true);
    expect(expected.participants.some((people) => people.length > 0)).toBe(true);
    const actual = await readEverything(postgres);
    for (const key of Object.keys(expected) as (keyof typeof expected)[]) {
      // Documents carry their ingest time, which differs by the time between the two writes.
      const stripped = (value: unknown) => JSON.parse(JSON.stringify(value, (k, v) => (k === 'ingestedAt' ? undefined : v)));
      expect({ [key]: stripped(actual[key]) }).toEqual({ [key]: stripped(expected[key]) });
    }
  });
});
