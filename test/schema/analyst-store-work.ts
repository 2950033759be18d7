/**
 * totalCount, filters, sorts and search are computed by the store: a
 * paginated analyst query makes the same number of store calls and reads the
 * same number of rows from the database on a graph ten times bigger. Written
 * once, run against every adapter (analyst-store-work.test.ts for SQLite,
 * postgres-analyst-store-work.test.ts). Store calls are counted through a
 * Proxy on the Store; rows read are counted by the adapter's test, at the
 * point where the database hands rows to the adapter.
 */
import { createApp } from '../../src/server/create-app';
import type { Store } from '../../src/store/store';
import { postGraphQL } from '../server/app-harness';
import { ingestSummits } from './graph-fixtures';

/** A store whose reads are counted: `rowsRead()` is the number of rows the database has returned so far. */
export interface CountedStore {
  store: Store;
  rowsRead(): number;
  dispose(): Promise<void>;
}

interface Work {
  calls: Map<string, number>;
  rows: number;
}

/** The store behind a Proxy that counts its method calls into `calls`. */
function countCalls(store: Store, calls: Map<string, number>): Store {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.set(String(property), (calls.get(String(property)) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

export const ANALYST_QUERIES: [string, string][] = [
  [
    'people filtered by name, sorted by name, with their direct quotes',
    `{ people(first: 5, filter: { nameContains: "e" }, orderBy: NAME) {
        totalCount
        edges { node { name quotes(first: 2, filter: { direct: true }, orderBy: CONFIDENCE) { totalCount edges { node { text } } } } }
      } }`,
  ],
  [
    'quotes filtered by speaker name and sorted by date',
    `{ quotes(first: 5, filter: { speakerNameContains: "a", direct: true }, orderBy: DATE_DESC) { totalCount edges { node { text } } } }`,
  ],
  [
    'events filtered by kind, with their participants',
    `{ events(first: 3, filter: { kinds: [MEETING] }, orderBy: NAME) { totalCount edges { node { name participants { entity { name } } } } } }`,
  ],
  [
    'a full-text search of quotes with snippets and speakers',
    `{ searchQuotes(query: "agree part", first: 5) { totalCount edges { snippet rank node { text speaker { name } } } } }`,
  ],
  [
    'a full-text search of documents',
    `{ searchDocuments(query: "summit", first: 3) { totalCount edges { snippet node { title } } } }`,
  ],
  [
    'a typo-tolerant entity search',
    `{ search(query: "harbor league", first: 3) { totalCount edges { node { name } } } }`,
  ],
  [
    'quotes per speaker and events per place',
    `{ aggregates { quotesPerSpeaker(first: 5) { totalCount edges { node { count entity { name } } } } } }`,
  ],
];

export function describeAnalystStoreWork(adapter: string, openStore: () => Promise<CountedStore>): void {
  describe(`the analyst API leaves the work to the ${adapter} store`, () => {
    const opened: CountedStore[] = [];
    let small: CountedStore;
    let big: CountedStore;

    async function graph(articles: number): Promise<CountedStore> {
      const counted = await openStore();
      opened.push(counted);
      await ingestSummits(counted.store, articles);
      return counted;
    }

    beforeAll(async () => {
      small = await graph(4);
      big = await graph(40);
    });

    afterAll(async () => {
      for (const counted of opened) await counted.dispose();
    });

    async function measure(counted: CountedStore, query: string): Promise<{ work: Work; data: Record<string, any> }> {
      const calls = new Map<string, number>();
      const app = createApp({ store: countCalls(counted.store, calls), responseCache: false } as Parameters<typeof createApp>[0]);
      // The first request prepares the statements; measure the second, as a server would run.
      await postGraphQL(app, query);
      calls.clear();
      const before = counted.rowsRead();
      const result = await postGraphQL(app, query);
      expect(result.errors).toBeUndefined();
      return { work: { calls, rows: counted.rowsRead() - before }, data: result.data! };
    }

    it.each(ANALYST_QUERIES)('%s: same store calls and rows read on a graph ten times bigger', async (_case, query) => {
      const a = await measure(small, query);
      const b = await measure(big, query);
      // The bigger graph really has more to count: the totals differ (or the query has none).
      const totals = (data: unknown) => JSON.stringify(data).match(/"totalCount":\d+/g) ?? [];
      if (totals(a.data).length > 0) expect(totals(b.data)).not.toEqual(totals(a.data));
      expect(Object.fromEntries(b.work.calls)).toEqual(Object.fromEntries(a.work.calls));
      expect(b.work.rows).toBe(a.work.rows);
    });

    it('counts a filtered list with one COUNT row, not by reading the list', async () => {
      const { work, data } = await measure(big, `{ people(first: 1, filter: { nameContains: "e" }) { totalCount } }`);
      expect(data.people.totalCount).toBeGreaterThan(20);
      // One row of the page and one COUNT row (plus the data version of the response cache, if any).
      expect(work.rows).toBeLessThanOrEqual(3);
    });
  });
}
