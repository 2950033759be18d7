/**
 * The store side of the graph questions, on hand-written extractions: edges
 * of a frontier, timelines and co-occurrences paged per key in key order.
 * Written once, run against every adapter.
 */
import type { Store } from '../../../src/store/store';
import { article, type ArticleFixture } from '../extraction-fixture';
import type { StoreHarness } from '../store-contract';

const JANUARY = article('Anna Berg met Carl Holm in Varnholm. "The bridge opens in May," Berg said. Holm and Dora Lind toured the harbour in March.', {
  publishedAt: '2024-01-10',
})
  .person('p1', 'Anna Berg', { aliases: ['Berg'] })
  .person('p2', 'Carl Holm', { aliases: ['Holm'] })
  .person('p3', 'Dora Lind')
  .location('l1', 'Varnholm')
  .event('ev1', 'toured the harbour', { kind: 'MEETING', participants: [['p2', null], ['p3', null]], time: { text: 'in March', date: '2023-03-01' } })
  .quote('q1', 'The bridge opens in May,', { speaker: 'p1' })
  .relation('MET', 'p1', 'p2', { confidence: 0.9 })
  .relation('PARTICIPATED_IN', 'p2', 'ev1', { confidence: 0.7 })
  .relation('PARTICIPATED_IN', 'p3', 'ev1', { confidence: 0.6 });

const EARLIER = article('"Ferries run late," Anna Berg said on Monday.', { publishedAt: '2023-12-01' })
  .person('p1', 'Anna Berg')
  .quote('q1', 'Ferries run late,', { speaker: 'p1' });

export function describeGraphReadsContract(adapter: string, makeStore: () => Promise<StoreHarness>): void {
  describe(`graph reads in the ${adapter} store`, () => {
    let harness: StoreHarness;
    let store: Store;
    const ids: Record<string, string> = {};

    async function ingest(fixture: ArticleFixture, publishedAt: string) {
      await store.ingestDocument({ text: fixture.text, publishedAt }, fixture.build());
    }

    beforeAll(async () => {
      harness = await makeStore();
      store = harness.store;
      await ingest(JANUARY, '2024-01-10');
      await ingest(EARLIER, '2023-12-01');
      for (const name of ['Anna Berg', 'Carl Holm', 'Dora Lind', 'toured the harbour']) {
        ids[name] = (await store.searchEntities(name, {}, { offset: 0, limit: 1 })).items[0].id;
      }
    });
    afterAll(async () => {
      await harness?.dispose();
    });

    it('reads the relations of a whole frontier in one call, strongest first, within the limit and types', async () => {
      const edges = await store.edgesOf([ids['Anna Berg'], ids['Dora Lind']], {}, 10);
      expect(edges.map((e) => [e.type, e.confidence])).toEqual([
        ['MET', 0.9],
        ['PARTICIPATED_IN', 0.6],
      ]);
      expect(await store.edgesOf([ids['Carl Holm']], {}, 1)).toHaveLength(1);
      expect((await store.edgesOf([ids['Carl Holm']], { types: ['PARTICIPATED_IN'] }, 10)).map((e) => e.targetId)).toEqual([ids['toured the harbour']]);
      expect(await store.edgesOf(['999999', 'not-an-id'], {}, 10)).toEqual([]);
    });

    it('pages timelines per key, in key order, dated by event date else publication date', async () => {
      const [holm, missing, berg] = await store.timelineByEntity([ids['Carl Holm'], '999999', ids['Anna Berg']], { offset: 0, limit: 10 });
      expect(holm.items.map((i) => [i.kind, i.date, i.dateSource])).toEqual([['EVENT', '2023-03-01', 'EVENT']]);
      expect(missing).toEqual({ items: [], totalCount: 0 });
      // The December quote comes first although its document was stored second.
      expect(berg.items.map((i) => [i.kind, i.date])).toEqual([
        ['QUOTE', '2023-12-01'],
        ['QUOTE', '2024-01-10'],
      ]);
      const [second] = await store.timelineByEntity([ids['Anna Berg']], { offset: 1, limit: 5 });
      expect(second.items.map((i) => i.date)).toEqual(['2024-01-10']);
      expect(second.totalCount).toBe(2);
    });

    it('counts co-occurrences per key by sentence or by document, with a type filter', async () => {
      const [berg, lind] = await store.cooccurrencesByEntity([ids['Anna Berg'], ids['Dora Lind']], 'SENTENCE', {}, { offset: 0, limit: 10 });
      expect(berg.items.map((c) => c.entityId)).toContain(ids['Carl Holm']);
      expect(berg.items.map((c) => c.entityId)).not.toContain(ids['Dora Lind']);
      expect(lind.items.map((c) => c.entityId)).toContain(ids['Carl Holm']);
      const [byDocument] = await store.cooccurrencesByEntity([ids['Anna Berg']], 'DOCUMENT', { types: ['Person'] }, { offset: 0, limit: 10 });
      expect(byDocument.items.map((c) => c.entityId).sort()).toEqual([ids['Carl Holm'], ids['Dora Lind']].sort());
      expect(byDocument.items.every((c) => c.count === 1)).toBe(true);
    });
  });
}
