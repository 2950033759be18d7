/**
 * Full-text search in the store: quotes and documents ranked best first with
 * marked snippets, every word required, prefixes and phrases, filters and
 * pages counted by the store; and entity search tolerant of case, accents and
 * small typos. Written once, run against every adapter.
 */
import type { Store } from '../../../src/store/store';
import { article } from '../extraction-fixture';
import type { StoreHarness } from '../store-contract';

const PAGE = { offset: 0, limit: 10 };

const HARBOUR =
  'Mayor Ilse Vantongeren opened the new harbour in Quellport on Friday. ' +
  '"The harbour will bring ships and work to the whole coast," Vantongeren said. ' +
  'Dock workers said the harbour tax was too high.';
const RIVER =
  'The river authority of Quellport closed the old bridge. ' +
  '"Nobody crosses the bridge until the engineers are done," said Bartholomé Ødegård. ' +
  'Ødegård leads the authority.';

export async function ingestHarbour(store: Store): Promise<void> {
  const doc = article(HARBOUR, { title: 'Quellport opens its harbour', publishedAt: '2031-05-02' })
    .person('p1', 'Ilse Vantongeren', { aliases: ['Vantongeren'], roles: [{ title: 'Mayor' }] })
    .location('l1', 'Quellport', { gazetteerId: 'city:XQ:quellport' })
    .quote('q1', 'The harbour will bring ships and work to the whole coast,', { speaker: 'p1' })
    .quote('q2', 'the harbour tax was too high', { direct: false })
    .build();
  await store.ingestDocument({ text: HARBOUR, title: 'Quellport opens its harbour', publishedAt: '2031-05-02' }, doc);
}

export async function ingestRiver(store: Store): Promise<void> {
  const doc = article(RIVER, { title: 'Bridge closed', publishedAt: '2031-06-10' })
    .person('p1', 'Bartholomé Ødegård', { aliases: ['Ødegård'] })
    .organization('o1', 'river authority of Quellport')
    .quote('q1', 'Nobody crosses the bridge until the engineers are done,', { speaker: 'p1' })
    .build();
  await store.ingestDocument({ text: RIVER, title: 'Bridge closed', publishedAt: '2031-06-10' }, doc);
}

export function describeFullTextSearchContract(adapter: string, makeStore: () => Promise<StoreHarness>): void {
  describe(`full-text search in the ${adapter} store`, () => {
    let harness: StoreHarness;
    let store: Store;

    beforeEach(async () => {
      harness = await makeStore();
      store = harness.store;
    });

    afterEach(async () => {
      await harness?.dispose();
    });

    it('finds quotes by their words, best first, with the words marked in the snippet', async () => {
      await ingestHarbour(store);
      await ingestRiver(store);
      const hits = await store.searchQuotes('harbour', {}, PAGE);
      expect(hits.totalCount).toBe(2);
      expect(hits.items.map((h) => h.record.text).sort()).toEqual([
        'The harbour will bring ships and work to the whole coast,',
        'the harbour tax was too high',
      ]);
      for (const hit of hits.items) {
        expect(hit.snippet).toContain('<mark>harbour</mark>');
        expect(hit.rank).toBeGreaterThan(0);
      }
      // The shorter quote, where the word weighs more, ranks first (BM25).
      expect(hits.items[0].rank).toBeGreaterThanOrEqual(hits.items[1].rank);
    });

    it('requires every word, and reads a trailing * as a prefix and quoted words as a phrase', async () => {
      await ingestHarbour(store);
      await ingestRiver(store);
      expect((await store.searchQuotes('harbour coast', {}, PAGE)).totalCount).toBe(1);
      expect((await store.searchQuotes('harbour bridge', {}, PAGE)).totalCount).toBe(0);
      expect((await store.searchQuotes('engin*', {}, PAGE)).items.map((h) => h.record.text)).toEqual([
        'Nobody crosses the bridge until the engineers are done,',
      ]);
      expect((await store.searchQuotes('"tax was too high"', {}, PAGE)).totalCount).toBe(1);
      expect((await store.searchQuotes('"high tax"', {}, PAGE)).totalCount).toBe(0);
    });

    // FTS5 folds letters with a combining accent (é, å); a letter of its own such as ø stays ø.
    it('ignores case and accents in quotes and documents', async () => {
      await ingestRiver(store);
      expect((await store.searchDocuments('ødegard', {}, PAGE)).totalCount).toBe(1);
      expect((await store.searchDocuments('BARTHOLOME', {}, PAGE)).totalCount).toBe(1);
      expect((await store.searchQuotes('NOBODY', {}, PAGE)).totalCount).toBe(1);
    });

    it('marks the words of the original text, accents and case kept, and cuts a long text with "…"', async () => {
      await ingestHarbour(store);
      await ingestRiver(store);
      const [river] = (await store.searchDocuments('bartholome', {}, PAGE)).items;
      expect(river.snippet).toContain('<mark>Bartholomé</mark>');
      const [harbour] = (await store.searchDocuments('tax', {}, PAGE)).items;
      expect(harbour.snippet).toContain('<mark>tax</mark>');
      expect(harbour.snippet.startsWith('…')).toBe(true);
      expect(harbour.snippet.replace(/<\/?mark>|…/g, '').length).toBeLessThan(harbour.record.text.length);
    });

    it('finds documents by title or text, the title weighing more, with a snippet of the text', async () => {
      await ingestHarbour(store);
      await ingestRiver(store);
      const hits = await store.searchDocuments('quellport', {}, PAGE);
      expect(hits.totalCount).toBe(2);
      // Both texts name Quellport once; only the harbour article has it in its title.
      expect(hits.items[0].record.title).toBe('Quellport opens its harbour');
      const bridge = await store.searchDocuments('bridge', {}, PAGE);
      expect(bridge.items.map((h) => h.record.title)).toEqual(['Bridge closed']);
      expect(bridge.items[0].snippet).toContain('<mark>bridge</mark>');
    });

    it('splits words at every punctuation mark, as the query does ("U.S.", "2.5", "grain-route", a web address, curly quotes)', async () => {
      const text = 'The U.S. envoy said 2.5 million tonnes would move by the grain-route, says www.port-info.org. The chief’s “plan” — final.';
      const doc = article(text, { title: 'Grain numbers' })
        .quote('q1', '2.5 million tonnes would move by the grain-route', { direct: false })
        .build();
      await store.ingestDocument({ text, title: 'Grain numbers' }, doc);
      for (const query of ['"U.S." envoy', 'u s envoy', '"2.5 million"', '"the grain route"', 'route', 'port info', '"info org"', '"chief s plan final"']) {
        expect([query, (await store.searchDocuments(query, {}, PAGE)).totalCount]).toEqual([query, 1]);
      }
      expect((await store.searchQuotes('"by the grain" 2.5', {}, PAGE)).totalCount).toBe(1);
      expect((await store.searchQuotes('"2 5 million"', {}, PAGE)).totalCount).toBe(1);
    });

    it('combines a search with filters, still counted by the store', async () => {
      await ingestHarbour(store);
      await ingestRiver(store);
      expect((await store.searchQuotes('harbour', { direct: true }, PAGE)).totalCount).toBe(1);
      expect((await store.searchDocuments('quellport', { published: { from: '2031-06' } }, PAGE)).items.map((h) => h.record.title)).toEqual([
        'Bridge closed',
      ]);
    });

    it('pages hits with a total over all pages', async () => {
      await ingestHarbour(store);
      const first = await store.searchQuotes('harbour', {}, { offset: 0, limit: 1 });
      const second = await store.searchQuotes('harbour', {}, { offset: 1, limit: 1 });
      expect(first.totalCount).toBe(2);
      expect(first.items).toHaveLength(1);
      expect(second.items).toHaveLength(1);
      expect(second.items[0].record.id).not.toBe(first.items[0].record.id);
    });

    it.each([
      ['FTS operators are words', 'harbour AND OR NOT'],
      ['an unbalanced quote', '"harbour'],
      ['a column filter', 'text: harbour'],
      ['NEAR and brackets', 'NEAR(harbour coast)'],
      ['a lone star', '*'],
      ['punctuation only', '?!…'],
    ])('never fails on odd input (%s)', async (_case, query) => {
      await ingestHarbour(store);
      await expect(store.searchQuotes(query, {}, PAGE)).resolves.toHaveProperty('totalCount');
      await expect(store.searchDocuments(query, {}, PAGE)).resolves.toHaveProperty('totalCount');
    });
  });

  describe(`entity search in the ${adapter} store, tolerant of case, accents and small typos`, () => {
    let harness: StoreHarness;
    let store: Store;

    beforeAll(async () => {
      harness = await makeStore();
      store = harness.store;
      await ingestHarbour(store);
      await ingestRiver(store);
    });

    afterAll(async () => {
      await harness?.dispose();
    });

    it.each([
      ['the surname', 'Vantongeren', 'Ilse Vantongeren'],
      ['lower case', 'vantongeren', 'Ilse Vantongeren'],
      ['one letter wrong', 'vantongerin', 'Ilse Vantongeren'],
      ['two letters swapped', 'vantognere', 'Ilse Vantongeren'],
      ['the full name with a typo', 'Ilse Vantongaren', 'Ilse Vantongeren'],
      ['no accents for accented letters', 'Bartholome Odegard', 'Bartholomé Ødegård'],
      ['a typo in an accented name', 'odegaard', 'Bartholomé Ødegård'],
      ['the start of a word', 'quellp', 'Quellport'],
    ])('finds %s ("%s")', async (_case, query, name) => {
      const found = await store.searchEntities(query, {}, PAGE);
      expect(found.items[0]?.name).toBe(name);
    });

    it.each([
      ['a different name of the same length', 'Vandermeeren'],
      ['two edits off a short word', 'olsen'],
      ['an unrelated word', 'harbourmaster'],
    ])('does not find what is too far off: %s ("%s")', async (_case, query) => {
      const found = await store.searchEntities(query, {}, PAGE);
      expect(found.items.map((e) => e.name)).not.toContain('Ilse Vantongeren');
    });

    it('searches only among the entities meeting the conditions', async () => {
      const organizations = await store.searchEntitiesWhere('quellport', { types: ['Organization'] }, PAGE);
      expect(organizations.items.map((e) => e.name)).toEqual(['river authority of Quellport']);
      expect(organizations.totalCount).toBe(1);
      const typoAmongPeople = await store.searchEntitiesWhere('vantongerin', { types: ['Person'], roleTitle: 'mayor' }, PAGE);
      expect(typoAmongPeople.items.map((e) => e.name)).toEqual(['Ilse Vantongeren']);
      expect((await store.searchEntitiesWhere('vantongerin', { types: ['Location'] }, PAGE)).totalCount).toBe(0);
    });

    it('ranks the exact name before a typo match', async () => {
      const found = await store.searchEntities('quellport', {}, PAGE);
      expect(found.items[0].name).toBe('Quellport');
      expect(found.totalCount).toBe(found.items.length);
    });
  });
}
