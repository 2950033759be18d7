/**
 * The PostgreSQL analyst reads can be answered from indexes: every statement a
 * read sends is EXPLAINed, with its own parameters, on a connection where
 * sequential scans are priced out (the test tables are far too small for the
 * planner to choose an index on its own), and the plan must name the index
 * the filter, order or search was written for.
 */
import type { PoolClient, QueryResult } from 'pg';
import type { PostgresStore } from '../../src/store/postgres/pg-store';
import type { Store } from '../../src/store/store';
import { postgresHarness, type StoreHarness } from '../support/store-harness';
import { ingestHarbour, ingestRiver } from './contract/full-text-search';

const PAGE = { offset: 0, limit: 5 };

describe('PostgreSQL analyst reads go through indexes', () => {
  let harness: StoreHarness;
  let store: PostgresStore;
  let sent: { text: string; values: unknown[] }[] = [];

  beforeAll(async () => {
    harness = await postgresHarness('ng_plans');
    store = harness.store as PostgresStore;
    await ingestHarbour(store);
    await ingestRiver(store);
    const pool = store.pool as unknown as { query: (text: string | { text: string; values?: unknown[] }, values?: unknown[]) => Promise<QueryResult> };
    const query = pool.query.bind(pool);
    // The core reads send named prepared statements ({ name, text, values }), the analyst reads text and values.
    pool.query = (text: string | { text: string; values?: unknown[] }, values?: unknown[]) => {
      sent.push(typeof text === 'string' ? { text, values: values ?? [] } : { text: text.text, values: text.values ?? [] });
      return query(text as string, values);
    };
  });

  afterAll(async () => {
    await harness?.dispose();
  });

  /**
   * The plans of every statement `read` sends, as EXPLAIN prints them; `noSort`
   * also prices out sorts, so that a page in an index's order is read from it.
   */
  async function plans(read: (store: Store) => Promise<unknown>, noSort = false): Promise<string> {
    sent = [];
    await read(store);
    const statements = sent;
    const client: PoolClient = await store.pool.connect();
    try {
      await client.query('SET enable_seqscan = off');
      if (noSort) await client.query('SET enable_sort = off');
      const printed: string[] = [];
      for (const { text, values } of statements) {
        const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (COSTS OFF) ${text}`, values);
        printed.push(rows.map((row) => row['QUERY PLAN']).join('\n'));
      }
      return printed.join('\n---\n');
    } finally {
      await client.query('RESET enable_seqscan');
      await client.query('RESET enable_sort');
      client.release();
    }
  }

  it.each<[string, (store: Store) => Promise<unknown>, string | RegExp]>([
    ['people in name order, read in index order', (s) => s.findEntities({ types: ['Person'] }, 'NAME', PAGE), 'entities_type_name_key'],
    ['a part of a name', (s) => s.findEntities({ nameContains: 'vanto' }, 'NAME', PAGE), 'entity_names_name_key_trgm'],
    // A prefix is a range of the byte-ordered (COLLATE "C") name key index.
    ['the start of a name', (s) => s.findEntities({ namePrefix: 'quel' }, 'NAME', PAGE), /on entity_names_name_key$/m],
    ['a typo-tolerant name search', (s) => s.searchEntities('vantongerin', {}, PAGE), 'entity_names_name_key_trgm'],
    ['quote words', (s) => s.searchQuotes('harbour', {}, PAGE), 'quotes_search_tsv'],
    ['document words', (s) => s.searchDocuments('bridge', {}, PAGE), 'documents_search_tsv'],
    ['documents in a date range', (s) => s.findDocuments({ published: { from: '2031-05', to: '2031-05' } }, 'INGESTED', PAGE), 'documents_published_at'],
  ])('reads %s through an index', async (_case, read, index) => {
    const plan = await plans(read);
    expect(plan).toMatch(index);
  });

  // Per parent: each speaker's page is read in the order's index and cut to the page (LIMIT), however many quotes they said.
  it.each<[string, (store: Store) => Promise<unknown>, string]>([
    ['the quotes of speakers, direct first', (s) => s.findQuotesBy('quotesBySpeaker', ['1', '2'], {}, 'DIRECT_FIRST', PAGE), 'quotes_speaker_direct_id'],
    ['the quotes of speakers in text order', (s) => s.findQuotesBy('quotesBySpeaker', ['1', '2'], {}, 'POSITION', PAGE), 'quotes_speaker_position'],
    ['the quotes of speakers by confidence', (s) => s.findQuotesBy('quotesBySpeaker', ['1', '2'], {}, 'CONFIDENCE', PAGE), 'quotes_speaker_confidence'],
    ['the quotes of speakers (core read)', (s) => s.quotesBySpeaker(['1', '2'], {}, PAGE), 'quotes_speaker_direct_id'],
    ['the mentions of entities', (s) => s.mentionsByEntity(['1', '2'], PAGE), 'mentions_entity_pronoun'],
  ])('reads a page of %s from its index, cut to the page', async (_case, read, index) => {
    const plan = await plans(read, true);
    // An Incremental Sort of the index's order (ties on its last column) also stops at the page.
    expect(plan).toMatch(new RegExp(`Limit\\n\\s+->  (Incremental Sort\\n.*\\n.*Presorted Key.*\\n\\s+->  )?Index (Only )?Scan using ${index}\\b`));
  });

  it.each<[string, (store: Store) => Promise<unknown>, string]>([
    ['documents, newest first', (s) => s.findDocuments({}, 'PUBLISHED_DESC', PAGE), 'documents_published_desc'],
    ['documents, oldest first', (s) => s.findDocuments({}, 'PUBLISHED_ASC', PAGE), 'documents_published_asc'],
    ['quotes by confidence', (s) => s.findQuotes({}, 'CONFIDENCE', PAGE), 'quotes_confidence'],
    ['quotes, direct first', (s) => s.findQuotes({}, 'DIRECT_FIRST', PAGE), 'quotes_direct_position'],
    ['relations by confidence', (s) => s.findRelations({}, 'CONFIDENCE', PAGE), 'relations_confidence'],
    ['people, most mentioned first', (s) => s.listEntities({ types: ['Person'] }, PAGE), 'entities_type_mentions_id'],
  ])('reads a root page of %s in its index order', async (_case, read, index) => {
    const plan = await plans(read, true);
    const rowsPlan = plan.split('\n---\n').find((p) => p.includes('Limit'))!;
    expect(rowsPlan).toMatch(index);
    expect(rowsPlan).not.toMatch(/Sort/);
  });

  it('reads a page of people in name order without sorting them', async () => {
    const plan = await plans((s) => s.findEntities({ types: ['Person'] }, 'NAME', PAGE));
    const rowsPlan = plan.split('\n---\n').find((p) => p.includes('Limit'))!;
    expect(rowsPlan).not.toMatch(/Sort/);
  });
});
