/**
 * The response cache answers a repeated query without the store, and never
 * serves a graph older than the store's: an ingest from another connection
 * (another process) is seen on the next request.
 */
import { createApp } from '../../src/server/create-app';
import { openStore } from '../../src/store/open-store';
import type { Store } from '../../src/store/store';
import { ingestSummits, ingestTalks } from '../schema/graph-fixtures';
import { openTempStore, postGraphQL } from './app-harness';

const PEOPLE = '{ people(first: 50) { totalCount edges { node { name } } } }';

function countingStore(store: Store): { store: Store; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (property !== 'dataVersion') reads++;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, reads: () => reads };
}

describe('the response cache', () => {
  it('answers a repeated query without reading the store', async () => {
    const temp = await openTempStore();
    try {
      await ingestTalks(temp.store);
      const counted = countingStore(temp.store);
      const app = createApp({ store: counted.store });
      const first = await postGraphQL(app, PEOPLE);
      const readsAfterFirst = counted.reads();
      const second = await postGraphQL(app, PEOPLE);
      expect(readsAfterFirst).toBeGreaterThan(0);
      expect(counted.reads()).toBe(readsAfterFirst);
      expect(second).toEqual(first);
    } finally {
      await temp.close();
    }
  });

  it('sees an ingest made through another connection to the same database on the next request', async () => {
    const temp = await openTempStore();
    try {
      await ingestTalks(temp.store);
      const app = createApp({ store: temp.store });
      const before = await postGraphQL<{ people: { totalCount: number } }>(app, PEOPLE);
      // A second connection stands for `newsgraph ingest` running in another process.
      const dbFile = (temp.store as unknown as { db: { name: string } }).db.name;
      const other = await openStore({ NEWSGRAPH_DB: dbFile });
      await ingestSummits(other, 3);
      await other.close();
      const after = await postGraphQL<{ people: { totalCount: number } }>(app, PEOPLE);
      expect(after.data!.people.totalCount).toBeGreaterThan(before.data!.people.totalCount);
    } finally {
      await temp.close();
    }
  });

  it('sees an ingest made through the mutation of the same server', async () => {
    const temp = await openTempStore();
    try {
      const app = createApp({ store: temp.store });
      const before = await postGraphQL<{ people: { totalCount: number } }>(app, PEOPLE);
      const ingest = await postGraphQL(app, 'mutation($text: String!) { ingestDocument(input: { text: $text }) { created } }', {
        text: 'Talks end\n\nPrime Minister Jana Novak met President Luis Ortega in Lisbon on Monday.\n',
      });
      expect(ingest.errors).toBeUndefined();
      const after = await postGraphQL<{ people: { totalCount: number } }>(app, PEOPLE);
      expect(after.data!.people.totalCount).toBeGreaterThan(before.data!.people.totalCount);
    } finally {
      await temp.close();
    }
  });
});
