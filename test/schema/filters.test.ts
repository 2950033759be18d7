/**
 * The analyst API over HTTP: filter/orderBy arguments on root lists and
 * relation connections, full-text search with snippets, aggregates, and the
 * errors a client gets for a bad filter. On graphs written for the tests, in
 * a store of each adapter.
 */
import { createApp } from '../../src/server/create-app';
import { openTempStore, postGraphQL } from '../server/app-harness';
import { article } from '../store/extraction-fixture';
import { ADAPTERS } from '../support/store-harness';
import { ingestSummits, ingestTalks } from './graph-fixtures';

const HARBOUR =
  'Mayor Ilse Vantongeren opened the harbour of Quellport. ' +
  '"The harbour brings work to the coast," Vantongeren said. ' +
  'Anna Berg visited the harbour.';

describe.each(ADAPTERS)('filters, sorting, search and aggregates over HTTP (%s)', (_adapter, openStore) => {
  let temp: Awaited<ReturnType<typeof openTempStore>>;
  let app: ReturnType<typeof createApp>;
  const query = (text: string, variables?: Record<string, unknown>) => postGraphQL(app, text, variables);

  beforeAll(async () => {
    temp = await openStore();
    await ingestTalks(temp.store);
    await ingestSummits(temp.store, 3);
    const doc = article(HARBOUR, { title: 'Harbour opens', publishedAt: '2031-07-01' })
      .person('p1', 'Ilse Vantongeren', { aliases: ['Vantongeren'], roles: [{ title: 'Mayor' }] })
      .person('p2', 'Anna Berg')
      .location('l1', 'Quellport', { gazetteerId: 'city:XQ:quellport' })
      .quote('q1', 'The harbour brings work to the coast,', { speaker: 'p1', about: ['l1'] })
      .build();
    await temp.store.ingestDocument({ text: HARBOUR, title: 'Harbour opens', publishedAt: '2031-07-01' }, doc);
    app = createApp({ store: temp.store });
  });
  afterAll(() => temp?.close());

  async function idOf(name: string): Promise<string> {
    const result = await query(`query($q: String!) { search(query: $q, first: 1) { edges { node { id name } } } }`, { q: name });
    return result.data!.search.edges[0].node.id;
  }

  it('filters people by a part of the name and sorts them by name', async () => {
    const result = await query(`{ people(filter: { nameContains: "berg" }, orderBy: NAME) { totalCount edges { node { name } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.people.totalCount).toBe(1);
    expect(result.data!.people.edges.map((e: any) => e.node.name)).toEqual(['Anna Berg']);
  });

  it('filters people by role title and by the document they appear in', async () => {
    const harbour = (await query(`{ documents(filter: { titleContains: "harbour" }) { edges { node { id } } } }`)).data!.documents.edges[0].node.id;
    const byRole = await query(`{ people(filter: { roleTitle: "mayor" }) { edges { node { name } } } }`);
    expect(byRole.data!.people.edges.map((e: any) => e.node.name)).toEqual(['Ilse Vantongeren']);
    const inDoc = await query(`query($d: ID!) { people(filter: { document: $d }, orderBy: NAME) { totalCount edges { node { name } } } }`, { d: harbour });
    expect(inDoc.data!.people.edges.map((e: any) => e.node.name)).toEqual(['Anna Berg', 'Ilse Vantongeren']);
  });

  it('a filter asking people for another type finds no one, rather than widening the list', async () => {
    const result = await query(`{ people(filter: { types: [LOCATION] }) { totalCount } }`);
    expect(result.data!.people.totalCount).toBe(0);
  });

  it('filters events by kind, date and place, and sorts them by date', async () => {
    const varnholm = await idOf('Varnholm');
    const result = await query(
      `query($p: ID!) { events(filter: { kinds: [MEETING], date: { from: "2031-03", to: "2031-03" }, place: $p }, orderBy: DATE_DESC) {
        totalCount edges { node { name time { date } } } } }`,
      { p: varnholm },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.events.edges.map((e: any) => e.node.name)).toEqual(['talks']);
    const none = await query(`{ events(filter: { date: { from: "2032" } }) { totalCount } }`);
    expect(none.data!.events.totalCount).toBe(0);
  });

  it('filters and sorts quotes at the root: direct quotes of a speaker about something, by confidence', async () => {
    const result = await query(`{ quotes(filter: { speakerNameContains: "vantong", direct: true }, orderBy: CONFIDENCE) { totalCount edges { node { text } } } }`);
    expect(result.data!.quotes.edges.map((e: any) => e.node.text)).toEqual(['The harbour brings work to the coast,']);
    const quellport = await idOf('Quellport');
    const about = await query(`query($a: ID!) { quotes(filter: { about: $a }) { totalCount } }`, { a: quellport });
    expect(about.data!.quotes.totalCount).toBe(1);
  });

  it('the speaker argument and the filter\'s speaker must both hold', async () => {
    const [berg, vantongeren] = [await idOf('Anna Berg'), await idOf('Ilse Vantongeren')];
    const same = await query(`query($a: ID!) { quotes(speaker: $a, filter: { speaker: $a }) { totalCount } }`, { a: berg });
    const different = await query(`query($a: ID!, $b: ID!) { quotes(speaker: $a, filter: { speaker: $b }) { totalCount } }`, { a: berg, b: vantongeren });
    expect(same.data!.quotes.totalCount).toBe(1);
    expect(different.data!.quotes.totalCount).toBe(0);
  });

  it('filters relation connections: a person\'s quotes, the people a person met, a document\'s entities', async () => {
    const result = await query(`{
      people(filter: { nameContains: "berg" }) { edges { node {
        quotes(filter: { contains: "TALKING" }) { totalCount }
        none: quotes(filter: { direct: false }) { totalCount }
        met(filter: { namePrefix: "carl" }) { edges { node { name } } }
        events(filter: { kinds: [ATTACK] }) { totalCount }
      } } }
      documents(orderBy: TITLE, first: 1) { edges { node { title entities(filter: { types: [LOCATION] }, orderBy: NAME) { edges { node { name } } } } } }
    }`);
    expect(result.errors).toBeUndefined();
    const berg = result.data!.people.edges[0].node;
    expect(berg.quotes.totalCount).toBe(1);
    expect(berg.none.totalCount).toBe(0);
    expect(berg.met.edges.map((e: any) => e.node.name)).toEqual(['Carl Holm']);
    expect(berg.events.totalCount).toBe(0);
    const first = result.data!.documents.edges[0].node;
    expect(first.title).toBe('Berg and Holm meet');
    expect(first.entities.edges.map((e: any) => e.node.name)).toEqual(['Varnholm']);
  });

  it('filters and sorts relations at the root and on an entity, the type argument and the filter both holding', async () => {
    const holm = await idOf('Carl Holm');
    const result = await query(
      `query($h: ID!) {
        byType: relations(filter: { types: [MET, OCCURRED_IN] }, orderBy: TYPE) { totalCount edges { node { type } } }
        both: relations(type: MET, filter: { types: [OCCURRED_IN] }) { totalCount }
        people(filter: { nameContains: "anna berg" }) { edges { node { relations(filter: { with: $h }) { edges { node { type target { name } } } } } } }
      }`,
      { h: holm },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.byType.edges.map((e: any) => e.node.type)).toEqual(['MET', 'OCCURRED_IN']);
    expect(result.data!.both.totalCount).toBe(0);
    expect(result.data!.people.edges[0].node.relations.edges.map((e: any) => [e.node.type, e.node.target.name])).toEqual([['MET', 'Carl Holm']]);
  });

  it('sorts documents by publication date, undated last, and filters an entity\'s documents by date', async () => {
    const result = await query(`{ documents(orderBy: PUBLISHED_DESC, first: 2) { totalCount edges { node { title publishedAt } } } }`);
    expect(result.data!.documents.edges.map((e: any) => e.node.title)).toEqual(['Harbour opens', 'Berg and Holm meet']);
    const berg = await query(`{ people(filter: { nameContains: "anna berg" }) { edges { node {
      documents(filter: { published: { from: "2031-07-01", to: "2031-07-01" } }) { totalCount edges { node { title } } } } } } }`);
    expect(berg.data!.people.edges[0].node.documents.edges.map((e: any) => e.node.title)).toEqual(['Harbour opens']);
  });

  it('filters an entity\'s mentions by document', async () => {
    const result = await query(`{ people(filter: { nameContains: "anna berg" }) { edges { node {
      all: mentions { totalCount }
      documents(filter: { titleContains: "harbour" }) { edges { node { id } } } } } } }`);
    const berg = result.data!.people.edges[0].node;
    const harbour = berg.documents.edges[0].node.id;
    const inHarbour = await query(`query($d: ID!) { people(filter: { nameContains: "anna berg" }) { edges { node {
      mentions(filter: { document: $d }) { totalCount edges { node { text document { title } } } } } } } }`, { d: harbour });
    const mentions = inHarbour.data!.people.edges[0].node.mentions;
    expect(mentions.totalCount).toBe(1);
    expect(berg.all.totalCount).toBeGreaterThan(mentions.totalCount);
    expect(mentions.edges.map((e: any) => [e.node.text, e.node.document.title])).toEqual([['Anna Berg', 'Harbour opens']]);
  });

  it('leaves a list in its own order when no filter or order is given', async () => {
    const plain = await query(`{ people(first: 3) { edges { node { name } } } }`);
    const byMentions = await query(`{ people(first: 3, orderBy: MENTIONS) { edges { node { name } } } }`);
    expect(byMentions.data).toEqual(plain.data);
  });

  it('searches quotes and documents by words, with marked snippets and a rank on each edge', async () => {
    const result = await query(`{
      searchQuotes(query: "harbour coast") { totalCount edges { snippet rank node { text speaker { name } } } }
      searchDocuments(query: "harbour", first: 1) { totalCount edges { snippet rank node { title } } }
    }`);
    expect(result.errors).toBeUndefined();
    const quote = result.data!.searchQuotes.edges[0];
    expect(result.data!.searchQuotes.totalCount).toBe(1);
    expect(quote.snippet).toBe('The <mark>harbour</mark> brings work to the <mark>coast</mark>,');
    expect(quote.rank).toBeGreaterThan(0);
    expect(quote.node.speaker.name).toBe('Ilse Vantongeren');
    expect(result.data!.searchDocuments.edges[0].node.title).toBe('Harbour opens');
  });

  it('finds entities despite case, accents and a small typo', async () => {
    for (const q of ['vantongeren', 'VANTONGEREN', 'Vantongerin', 'Ilse Vantongaren']) {
      const result = await query(`query($q: String!) { search(query: $q, first: 1) { edges { node { name } } } }`, { q });
      expect(result.data!.search.edges.map((e: any) => e.node.name)).toEqual(['Ilse Vantongeren']);
    }
  });

  it('combines an entity search with a filter', async () => {
    const everywhere = await query(`{ search(query: "holm") { totalCount } }`);
    const places = await query(`{ search(query: "holm", filter: { types: [LOCATION] }) { edges { node { name } } } }`);
    const ministers = await query(`{ search(query: "anna", filter: { roleTitle: "minister" }) { totalCount edges { node { name } } } }`);
    const typo = await query(`{ search(query: "vantongerin", filter: { published: { from: "2031-07" } }) { edges { node { name } } } }`);
    const tooEarly = await query(`{ search(query: "vantongerin", filter: { published: { to: "2031-06" } }) { totalCount } }`);
    expect(everywhere.data!.search.totalCount).toBeGreaterThan(1);
    expect(places.data!.search.edges.map((e: any) => e.node.name)).toEqual(['Varnholm']);
    expect(ministers.data!.search.edges.map((e: any) => e.node.name)).toEqual(['Anna Berg']);
    expect(ministers.data!.search.totalCount).toBe(1);
    expect(typo.data!.search.edges.map((e: any) => e.node.name)).toEqual(['Ilse Vantongeren']);
    expect(tooEarly.data!.search.totalCount).toBe(0);
  });

  it('serves dashboard aggregates counted by the store', async () => {
    const result = await query(`{
      aggregates {
        quotesPerSpeaker(first: 2) { totalCount edges { node { count entity { name } } } }
        eventsPerKind { kind count }
        eventsPerPlace { edges { node { count location { name } } } }
      }
      people(filter: { nameContains: "anna berg" }) { edges { node { mentionsPerDocument { totalCount edges { node { count document { title } } } } } } }
    }`);
    expect(result.errors).toBeUndefined();
    const aggregates = result.data!.aggregates;
    // Each summit person says two things; Berg and Vantongeren one each.
    expect(aggregates.quotesPerSpeaker.totalCount).toBe(11);
    expect(aggregates.quotesPerSpeaker.edges.map((e: any) => e.node.count)).toEqual([2, 2]);
    expect(aggregates.eventsPerKind).toEqual(expect.arrayContaining([{ kind: 'MEETING', count: expect.any(Number) }]));
    expect(aggregates.eventsPerPlace.edges.map((e: any) => [e.node.location.name, e.node.count])).toEqual([['Varnholm', 1]]);
    const perDocument = result.data!.people.edges[0].node.mentionsPerDocument;
    expect(perDocument.totalCount).toBe(2);
    expect(perDocument.edges.map((e: any) => e.node.document.title).sort()).toEqual(['Berg and Holm meet', 'Harbour opens']);
  });

  it.each([
    ['a malformed date', `{ documents(filter: { published: { from: "31/03/2031" } }) { totalCount } }`, /dates are YYYY-MM-DD/],
    ['a range that ends before it starts', `{ documents(filter: { published: { from: "2031-05", to: "2031-04" } }) { totalCount } }`, /after to/],
    ['contains given twice', `{ quotes(contains: "a", filter: { contains: "b" }) { totalCount } }`, /not both/],
    ['an empty search', `{ searchQuotes(query: "  ") { totalCount } }`, /must not be empty/],
  ])('rejects %s as the client\'s mistake', async (_case, text, message) => {
    const result = await query(text);
    expect(result.errors?.[0].message).toMatch(message);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects the id of the wrong kind of object in a filter', async () => {
    const person = await idOf('Anna Berg');
    const result = await query(`query($p: ID!) { events(filter: { place: $p }) { totalCount } }`, { p: person });
    expect(result.errors?.[0].message).toMatch(/filter.place: expected the id of a Location/);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
