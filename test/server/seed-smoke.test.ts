/**
 * The seed article through the whole stack: mutation -> extractor -> SQLite ->
 * queries. Assertions hold for any correct extraction (they check structure,
 * not how many entities today's extractor finds).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Harness, openHarness } from './app-harness';

const SEED = readFileSync(join(__dirname, '..', '..', 'seeds', 'reuters-kerry-putin-moscow.txt'), 'utf8');

let h: Harness;
let documentId: string;

beforeAll(async () => {
  h = await openHarness();
  const result = await h.query('mutation ($input: IngestDocumentInput!) { ingestDocument(input: $input) { created document { id } } }', {
    input: { text: SEED, source: 'seeds/reuters-kerry-putin-moscow.txt' },
  });
  expect(result.errors).toBeUndefined();
  expect(result.data!.ingestDocument.created).toBe(true);
  documentId = result.data!.ingestDocument.document.id;
});
afterAll(() => h.close());

describe('the seed article served over GraphQL', () => {
  it('is one document whose text is the article', async () => {
    const result = await h.query('{ documents { totalCount edges { node { id text source } } } }');
    expect(result.data!.documents.totalCount).toBe(1);
    expect(result.data!.documents.edges[0].node).toEqual({ id: documentId, text: SEED, source: 'seeds/reuters-kerry-putin-moscow.txt' });
  });

  it('gives Kerry quotes whose speaker is Kerry himself', async () => {
    const result = await h.query(`{ search(query: "Kerry", types: [PERSON]) { edges { node { id name
      ... on Person { quotes(first: 100) { totalCount edges { node { text speaker { id } evidence { text sentence } } } } } } } } }`);
    const kerry = result.data!.search.edges[0]?.node;
    expect(kerry?.name).toMatch(/Kerry/);
    expect(kerry.quotes.totalCount).toBeGreaterThan(0);
    for (const { node } of kerry.quotes.edges) {
      expect(node.speaker.id).toBe(kerry.id);
      expect(node.evidence.text).toBe(node.text);
      expect(node.evidence.sentence).toContain(node.text.slice(0, 20));
    }
  });

  it('attributes every listed quote of every person to that person', async () => {
    const result = await h.query('{ people(first: 100) { edges { node { id quotes(first: 100) { edges { node { speaker { id } } } } } } } }');
    for (const { node: person } of result.data!.people.edges) {
      for (const { node: quote } of person.quotes.edges) expect(quote.speaker.id).toBe(person.id);
    }
  });

  it('cuts every mention out of the article text at its offsets', async () => {
    const result = await h.query(
      `query ($id: ID!) { node(id: $id) { ... on Document { entities(first: 100) { totalCount edges { node { name
        mentions(first: 100) { edges { node { start end text sentence } } } } } } } } }`,
      { id: documentId },
    );
    const entities = result.data!.node.entities;
    expect(entities.totalCount).toBeGreaterThan(0);
    for (const { node: entity } of entities.edges) {
      for (const { node: mention } of entity.mentions.edges) {
        expect(mention.text).toBe(SEED.slice(mention.start, mention.end));
        expect(mention.sentence).toContain(mention.text);
      }
    }
  });

  it('answers created=false when the same article is ingested again', async () => {
    const again = await h.query('mutation ($text: String!) { ingestDocument(input: { text: $text }) { created document { id } } }', { text: SEED });
    expect(again.data!.ingestDocument).toEqual({ created: false, document: { id: documentId } });
  });
});
