/**
 * The example operations of schema/operations, as codegen typed them, run
 * against the app. tsc checks every property read below against the
 * generated result types, so an operation that drifts from the schema fails
 * the type-check as well as the test.
 */
import {
  DocumentWithEntitiesDocument,
  EventsWithParticipantsDocument,
  IngestDocumentDocument,
  PersonProfileDocument,
  SearchEntitiesDocument,
  WhoMetWhomDocument,
  WhoSaidWhatDocument,
} from '../../schema/generated/graphql';
import { ingestTalks } from '../schema/graph-fixtures';
import { execute, type Harness, openHarness } from './app-harness';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
  await ingestTalks(h.store);
});
afterAll(() => h.close());

describe('the example operations', () => {
  it('WhoSaidWhat gives each quote with its speaker, addressee and evidence sentence', async () => {
    const { data, errors } = await execute(h.app, WhoSaidWhatDocument, { first: 10, quotes: 5 });
    expect(errors).toBeUndefined();
    const berg = data!.people.edges.find((e) => e.node.name === 'Anna Berg')!.node;
    const quote = berg.quotes.edges[0].node;
    expect(quote.speaker?.name).toBe('Anna Berg');
    expect(quote.addressee?.name).toBe('Carl Holm');
    expect(quote.evidence.sentence).toContain(quote.text);
    expect(berg.roles.map((r) => r.of?.name)).toEqual(['Tessaly Council']);
  });

  it('WhoMetWhom gives both parties of each meeting', async () => {
    const { data } = await execute(h.app, WhoMetWhomDocument, { first: 5 });
    const pairs = data!.relations.edges.map((e) => [e.node.source.name, e.node.target.name]);
    expect(pairs).toEqual([['Anna Berg', 'Carl Holm']]);
    expect(data!.relations.pageInfo.hasNextPage).toBe(false);
  });

  it('EventsWithParticipants gives the place, the time and the participants', async () => {
    const { data } = await execute(h.app, EventsWithParticipantsDocument, {});
    const event = data!.events.edges[0].node;
    expect(event.kind).toBe('MEETING');
    expect(event.time?.date).toBe('2031-03-03');
    expect(event.locations.map((l) => `${l.name} (${l.countryCode})`)).toEqual(['Varnholm (XT)']);
    expect(event.participants.map((p) => p.entity.__typename).sort()).toEqual(['Organization', 'Person', 'Person']);
  });

  it('SearchEntities then PersonProfile: find a person by name and open their profile', async () => {
    const search = await execute(h.app, SearchEntitiesDocument, { query: 'Berg', types: ['PERSON'] });
    const found = search.data!.search.edges[0].node;
    expect(found.name).toBe('Anna Berg');
    const profile = await execute(h.app, PersonProfileDocument, { id: found.id });
    const node = profile.data!.node;
    if (node?.__typename !== 'Person') throw new Error(`expected a Person, got ${node?.__typename}`);
    expect(node.aliases).toContain('Berg');
    expect(node.roles[0].evidence?.text).toBe('Minister');
    expect(node.quotes.totalCount).toBe(1);
    expect(node.met.edges.map((e) => e.node.name)).toEqual(['Carl Holm']);
    expect(node.events.edges.map((e) => e.node.kind)).toEqual(['MEETING']);
  });

  it('IngestDocument then DocumentWithEntities: add an article and list what it contains', async () => {
    const text = 'Captain Ilse Varga spoke in Norrvik on Sunday. "The port stays open," Varga said.';
    const ingest = await execute(h.app, IngestDocumentDocument, { input: { text, title: 'Port', publishedAt: '2031-05-04' } });
    expect(ingest.errors).toBeUndefined();
    expect(ingest.data!.ingestDocument.created).toBe(true);
    const id = ingest.data!.ingestDocument.document.id;
    const doc = await execute(h.app, DocumentWithEntitiesDocument, { id });
    const node = doc.data!.node;
    if (node?.__typename !== 'Document') throw new Error(`expected a Document, got ${node?.__typename}`);
    expect(node.title).toBe('Port');
    expect(node.publishedAt).toBe('2031-05-04');
    // Whatever the extractor finds, the counts agree with the lists (all under the page size here).
    expect(node.entities.edges).toHaveLength(node.entities.totalCount);
    expect(node.quotes.edges).toHaveLength(node.quotes.totalCount);
  });
});
