/**
 * Queries analysts run, on a hand-written graph ingested into a temp SQLite
 * store: expected values come from the fixture text, not from the resolvers.
 */
import { type Harness, openHarness } from '../server/app-harness';
import { ingestTalks, TALKS_TEXT } from './graph-fixtures';

let h: Harness;
const ids: Record<string, string> = {};

beforeAll(async () => {
  h = await openHarness();
  await ingestTalks(h.store);
  const found = await h.query(`{
    people { edges { node { id name } } }
    organizations { edges { node { id name } } }
    documents { edges { node { id } } }
    events { edges { node { id name } } }
  }`);
  for (const list of ['people', 'organizations', 'events'] as const) {
    for (const edge of found.data![list].edges) ids[edge.node.name] = edge.node.id;
  }
  ids.document = found.data!.documents.edges[0].node.id;
});

afterAll(() => h.close());

function span(words: string) {
  const start = TALKS_TEXT.indexOf(words);
  return { start, end: start + words.length };
}

describe('who said what', () => {
  it('lists a person\'s quotes with the person as speaker, the addressee, and the sentence as evidence', async () => {
    const result = await h.query(
      `query ($id: ID!) { node(id: $id) { ... on Person { name quotes { totalCount edges { node {
        text direct speaker { id name } addressee { name } document { title }
        evidence { start end text sentence document { id } } } } } } } }`,
      { id: ids['Anna Berg'] },
    );
    expect(result.errors).toBeUndefined();
    const quotes = result.data!.node.quotes;
    expect(quotes.totalCount).toBe(1);
    const quote = quotes.edges[0].node;
    expect(quote).toMatchObject({
      text: 'We will keep talking,',
      direct: true,
      speaker: { id: ids['Anna Berg'], name: 'Anna Berg' },
      addressee: { name: 'Carl Holm' },
      document: { title: 'Berg and Holm meet' },
    });
    expect(quote.evidence).toEqual({
      ...span('We will keep talking,'),
      text: 'We will keep talking,',
      sentence: '"We will keep talking," Berg told Holm.',
      document: { id: ids.document },
    });
  });

  it('finds quotes by speaker id and by words, and not for someone who said nothing', async () => {
    const result = await h.query(
      `query ($berg: ID!, $holm: ID!) {
        byBerg: quotes(speaker: $berg) { totalCount }
        byHolm: quotes(speaker: $holm) { totalCount }
        keep: quotes(contains: "KEEP talking") { totalCount edges { node { speaker { name } } } }
        none: quotes(contains: "surrender") { totalCount }
      }`,
      { berg: ids['Anna Berg'], holm: ids['Carl Holm'] },
    );
    expect(result.data).toEqual({
      byBerg: { totalCount: 1 },
      byHolm: { totalCount: 0 },
      keep: { totalCount: 1, edges: [{ node: { speaker: { name: 'Anna Berg' } } }] },
      none: { totalCount: 0 },
    });
  });

  it('rejects a speaker id that is not an entity\'s with BAD_USER_INPUT', async () => {
    const result = await h.query('query ($doc: ID!) { quotes(speaker: $doc) { totalCount } }', { doc: ids.document });
    expect(result.errors![0]).toMatchObject({
      message: 'quotes: speaker must be the id of an entity, got the id of a Document',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('entities', () => {
  it('cuts every mention\'s text and sentence out of the document text', async () => {
    const result = await h.query(
      `query ($id: ID!) { node(id: $id) { ... on Entity { mentions { totalCount edges { node { start end text sentence } } } } } }`,
      { id: ids['Anna Berg'] },
    );
    const mentions = result.data!.node.mentions;
    expect(mentions.totalCount).toBe(2); // "Anna Berg" and "Berg"
    for (const { node } of mentions.edges) {
      expect(node.text).toBe(TALKS_TEXT.slice(node.start, node.end));
      expect(['Anna Berg', 'Berg']).toContain(node.text);
      expect(node.sentence).toContain(node.text);
      expect(TALKS_TEXT).toContain(node.sentence);
    }
  });

  it('shows who met whom, from either side, with the words that say so', async () => {
    const result = await h.query(
      `query ($holm: ID!) {
        relations(type: MET) { totalCount edges { node { type label source { name } target { name } evidence { text } } } }
        node(id: $holm) { ... on Person { met { edges { node { __typename name } } } } }
      }`,
      { holm: ids['Carl Holm'] },
    );
    expect(result.data!.relations).toEqual({
      totalCount: 1,
      edges: [{ node: { type: 'MET', label: 'MET', source: { name: 'Anna Berg' }, target: { name: 'Carl Holm' }, evidence: [{ text: 'Anna Berg met Carl Holm' }] } }],
    });
    expect(result.data!.node.met.edges).toEqual([{ node: { __typename: 'Person', name: 'Anna Berg' } }]);
  });

  it('describes an event: kind, time, place, and participants with their roles', async () => {
    const result = await h.query(`{ events { totalCount edges { node {
      name kind time { text date }
      locations { name kind countryCode within { name } events { totalCount } }
      participants { role entity { __typename name } }
    } } } }`);
    expect(result.errors).toBeUndefined();
    const event = result.data!.events.edges[0].node;
    expect(event).toMatchObject({
      name: 'talks',
      kind: 'MEETING',
      time: { text: 'on Monday', date: '2031-03-03' },
      locations: [{ name: 'Varnholm', kind: 'CITY', countryCode: 'XT', within: null, events: { totalCount: 1 } }],
    });
    expect(event.participants).toEqual(
      expect.arrayContaining([
        { role: null, entity: { __typename: 'Person', name: 'Anna Berg' } },
        { role: null, entity: { __typename: 'Person', name: 'Carl Holm' } },
        { role: 'host', entity: { __typename: 'Organization', name: 'Tessaly Council' } },
      ]),
    );
    expect(event.participants).toHaveLength(3);
  });

  it('gives a person\'s roles with the organization and the words that state them', async () => {
    const result = await h.query(
      `query ($id: ID!) { node(id: $id) { ... on Person { roles { title of { __typename name } evidence { text } } events { edges { node { name } } } } } }`,
      { id: ids['Anna Berg'] },
    );
    expect(result.data!.node).toEqual({
      roles: [{ title: 'Minister', of: { __typename: 'Organization', name: 'Tessaly Council' }, evidence: { text: 'Minister' } }],
      events: { edges: [{ node: { name: 'talks' } }] },
    });
  });

  it('lists the people holding a role in an organization as its members', async () => {
    const result = await h.query(
      `query ($id: ID!) { node(id: $id) { ... on Organization { members { totalCount edges { node { name } } } events { totalCount } } } }`,
      { id: ids['Tessaly Council'] },
    );
    expect(result.data!.node).toEqual({ members: { totalCount: 1, edges: [{ node: { name: 'Anna Berg' } }] }, events: { totalCount: 1 } });
  });

  it('searches names and aliases, and filters by type', async () => {
    const result = await h.query(`{
      holm: search(query: "Holm") { totalCount edges { node { __typename name } } }
      orgsOnly: search(query: "Holm", types: [ORGANIZATION]) { totalCount }
      council: search(query: "Tessaly", types: [ORGANIZATION]) { edges { node { name type } } }
    }`);
    expect(result.data!.holm.edges[0].node).toEqual({ __typename: 'Person', name: 'Carl Holm' });
    expect(result.data!.orgsOnly.totalCount).toBe(0);
    expect(result.data!.council.edges).toEqual([{ node: { name: 'Tessaly Council', type: 'ORGANIZATION' } }]);
  });

  it('rejects an empty search with BAD_USER_INPUT', async () => {
    const result = await h.query(`{ search(query: "  ") { totalCount } }`);
    expect(result.errors![0]).toMatchObject({ message: 'search: query must not be empty', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('documents', () => {
  it('lists what a document contains, with counts', async () => {
    const result = await h.query(
      `query ($id: ID!) { node(id: $id) { ... on Document { title publishedAt text
        entities { totalCount } people: entities(types: [PERSON]) { totalCount edges { node { name } } }
        quotes { totalCount } events { totalCount edges { node { name } } } } } }`,
      { id: ids.document },
    );
    expect(result.data!.node).toMatchObject({
      title: 'Berg and Holm meet',
      publishedAt: '2031-03-04',
      text: TALKS_TEXT,
      entities: { totalCount: 5 },
      people: { totalCount: 2 },
      quotes: { totalCount: 1 },
      events: { totalCount: 1, edges: [{ node: { name: 'talks' } }] },
    });
  });
});

describe('stats', () => {
  it('counts the whole graph', async () => {
    const result = await h.query('{ stats { documents entities quotes relations } }');
    expect(result.data!.stats).toEqual({ documents: 1, entities: 5, quotes: 1, relations: 3 });
  });
});

describe('Relay', () => {
  it('refetches any object by its global id, and nodes() keeps the order of the ids', async () => {
    const result = await h.query(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Entity { name } } }`,
      { ids: [ids['Carl Holm'], ids.document, ids['Tessaly Council'], ids['Anna Berg']] },
    );
    expect(result.data!.nodes).toEqual([
      { __typename: 'Person', id: ids['Carl Holm'], name: 'Carl Holm' },
      { __typename: 'Document', id: ids.document },
      { __typename: 'Organization', id: ids['Tessaly Council'], name: 'Tessaly Council' },
      { __typename: 'Person', id: ids['Anna Berg'], name: 'Anna Berg' },
    ]);
  });

  it('answers null for an id of the wrong type or of nothing, rather than another object', async () => {
    const personStoreId = Buffer.from(ids['Anna Berg'], 'base64').toString().split(':')[1];
    const asOrganization = Buffer.from(`Organization:${personStoreId}`).toString('base64');
    const missing = Buffer.from('Person:999999').toString('base64');
    const result = await h.query(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [asOrganization, missing] });
    expect(result.errors).toBeUndefined();
    expect(result.data!.nodes).toEqual([null, null]);
  });

  it('rejects a malformed id with BAD_USER_INPUT', async () => {
    const result = await h.query(`{ node(id: "definitely not an id") { id } }`);
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toMatch(/is not a valid id/);
  });

  it('pages with first/after, counting the whole list in totalCount', async () => {
    const first = await h.query(`{ people(first: 1) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { name } } } }`);
    const page1 = first.data!.people;
    expect(page1.totalCount).toBe(2);
    expect(page1.edges).toHaveLength(1);
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await h.query(`query ($after: String) { people(first: 1, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage } edges { node { name } } } }`, {
      after: page1.pageInfo.endCursor,
    });
    const page2 = second.data!.people;
    expect(page2.totalCount).toBe(2);
    expect(page2.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
    expect([page1.edges[0].node.name, page2.edges[0].node.name].sort()).toEqual(['Anna Berg', 'Carl Holm']);
  });

  it('rejects a negative first with a clear BAD_USER_INPUT error', async () => {
    const result = await h.query(`{ people(first: -5) { totalCount } }`);
    expect(result.data).toBeNull();
    expect(result.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(result.errors![0].message).toMatch(/first must be 0 or more \(got -5\)/);
  });
});
