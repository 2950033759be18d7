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
    const pool = store.pool as unknown as { query: (text: string, values?: unknown[]) => Promise<QueryResult> };
    const query = pool.query.bind(pool);
    pool.query = (text: string, values?: unknown[]) => {
      sent.push({ text, values: values ?? [] });
      return query(text, values);
    };
  });

  afterAll(async () => {
    await harness?.dispose();
  });

  /** The plans of every statement `read` sends, as EXPLAIN prints them. */
  async function plans(read: (store: Store) => Promise<unknown>): Promise<string> {
    sent = [];
    await read(store);
    const statements = sent;
    const client: PoolClient = await store.pool.connect();
    try {
      await client.query('SET enable_seqscan = off');
      const printed: string[] = [];
      for (const { text, values } of statements) {
        const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (COSTS OFF) ${text}`, values);
        printed.push(rows.map((row) => row['QUERY PLAN']).join('\n'));
      }
      return printed.join('\n---\n');
    } finally {
      await client.query('RESET enable_seqscan');
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
    ['the quotes of speakers', (s) => s.findQuotesBy('quotesBySpeaker', ['1', '2'], {}, 'DIRECT_FIRST', PAGE), 'quotes_speaker_direct'],
  ])('reads %s through an index', async (_case, read, index) => {
    const plan = await plans(read);
    expect(plan).toMatch(index);
  });

  it('reads a page of people in name order without sorting them', async () => {
    const plan = await plans((s) => s.findEntities({ types: ['Person'] }, 'NAME', PAGE));
    const rowsPlan = plan.split('\n---\n').find((p) => p.includes('Limit'))!;
    expect(rowsPlan).not.toMatch(/Sort/);
  });
});
