/**
 * The store's filters, sort orders and aggregates for the analyst API, on a
 * small graph written for the test: every condition is checked for what it
 * keeps and for what it must leave out. Written once, run against every
 * adapter (test/store/sqlite-analyst-reads.test.ts, postgres-analyst-reads.test.ts).
 */
import type { EntityRecord } from '../../../src/graph/model';
import type { EntityOrder, EntityWhere, QuoteWhere, Store } from '../../../src/store/store';
import { article } from '../extraction-fixture';
import type { StoreHarness } from '../store-contract';

const PAGE = { offset: 0, limit: 50 };

const FIRST =
  'Foreign Minister Mirela Dascălu met Tomas Brekke in Ostrava on Monday. ' +
  '"We talked about the grain route," Dascălu said. ' +
  'Brekke said the talks would go on. ' +
  'A bomb attack in Lidice killed two people.';
const SECOND =
  'Tomas Brekke, the trade envoy of the Nordmark Union, held a news conference in Lidice. ' +
  '"The grain route opens in May," Brekke said. ' +
  '"It will not be cheap," he said. Brekke left for Ostrava.';

async function ingestGraph(store: Store): Promise<Record<string, string>> {
  const first = article(FIRST, { title: 'Ministers meet in Ostrava', publishedAt: '2031-03-04' })
    .person('p1', 'Mirela Dascălu', { aliases: ['Dascălu'], roles: [{ title: 'Foreign Minister' }], salience: 0.9 })
    .person('p2', 'Tomas Brekke', { aliases: ['Brekke'], salience: 0.4 })
    .location('l1', 'Ostrava', { gazetteerId: 'city:XO:ostrava' })
    .location('l2', 'Lidice', { gazetteerId: 'city:XO:lidice' })
    .event('ev1', 'talks', { kind: 'MEETING', locations: ['l1'], participants: [['p1', null], ['p2', null]], time: { text: 'on Monday', date: '2031-03-02' } })
    .event('ev2', 'bomb attack', { kind: 'ATTACK', locations: ['l2'] })
    .quote('q1', 'We talked about the grain route,', { speaker: 'p1', about: ['p2'] })
    .quote('q2', 'the talks would go on', { speaker: 'p2', direct: false, confidence: 0.6 })
    .relation('MET', 'p1', 'p2', { evidence: 'Mirela Dascălu met Tomas Brekke' })
    .build();
  await store.ingestDocument({ text: FIRST, title: 'Ministers meet in Ostrava', publishedAt: '2031-03-04' }, first);
  const second = article(SECOND, { title: 'Grain route to open', publishedAt: '2031-04-20' })
    .person('p1', 'Tomas Brekke', { aliases: ['Brekke'], roles: [{ title: 'trade envoy', of: 'o1' }], pronouns: ['he'], salience: 0.8 })
    .organization('o1', 'Nordmark Union')
    .location('l1', 'Lidice', { gazetteerId: 'city:XO:lidice' })
    .event('ev1', 'news conference', { kind: 'NEWS_CONFERENCE', locations: ['l1'], participants: [['p1', null]], time: { text: 'May', date: '2031-05' } })
    .quote('q1', 'The grain route opens in May,', { speaker: 'p1', confidence: 0.95 })
    .quote('q2', 'It will not be cheap,', { speaker: 'p1' })
    .build();
  await store.ingestDocument({ text: SECOND, title: 'Grain route to open', publishedAt: '2031-04-20' }, second);

  const ids: Record<string, string> = {};
  for (const e of (await store.listEntities({}, PAGE)).items) ids[e.name] = e.id;
  for (const d of (await store.listDocuments(PAGE)).items) ids[d.title!] = d.id;
  return ids;
}

export function describeAnalystFiltersContract(adapter: string, makeStore: () => Promise<StoreHarness>): void {
  describe(`analyst filters in the ${adapter} store`, () => {
    let harness: StoreHarness;
    let store: Store;
    let ids: Record<string, string>;

    beforeAll(async () => {
      harness = await makeStore();
      store = harness.store;
      ids = await ingestGraph(store);
    });

    afterAll(async () => {
      await harness?.dispose();
    });

    const names = (page: { items: EntityRecord[] }) => page.items.map((e) => e.name);

    it.each<[string, () => EntityWhere, string[]]>([
      ['a part of the name, without case or accents', () => ({ types: ['Person'], nameContains: 'DASCALU' }), ['Mirela Dascălu']],
      ['a part of an alias', () => ({ nameContains: 'brek' }), ['Tomas Brekke']],
      ['the start of the name', () => ({ namePrefix: 'lid' }), ['Lidice']],
      ['the start of the name only, not of a later word', () => ({ namePrefix: 'route' }), []],
      ['entities of one document', () => ({ types: ['Location'], documentId: ids['Grain route to open'] }), ['Lidice']],
      ['entities in documents published in April', () => ({ types: ['Person'], published: { from: '2031-04', to: '2031-04' } }), ['Tomas Brekke']],
      ['entities in documents published up to a day', () => ({ types: ['Location'], published: { to: '2031-03-04' } }), ['Lidice', 'Ostrava']],
      ['events dated in a range', () => ({ types: ['Event'], eventDate: { from: '2031-03-01', to: '2031-03-31' } }), ['talks']],
      ['events dated by month overlap a range of days', () => ({ types: ['Event'], eventDate: { from: '2031-05-10', to: '2031-05-12' } }), ['news conference']],
      ['events of some kinds', () => ({ types: ['Event'], eventKinds: ['ATTACK', 'NEWS_CONFERENCE'] }), ['bomb attack', 'news conference']],
      ['events at a place', () => ({ types: ['Event'], placeId: ids.Lidice }), ['bomb attack', 'news conference']],
      ['events with a participant', () => ({ types: ['Event'], participantId: ids['Mirela Dascălu'] }), ['talks']],
      ['people by words of their role', () => ({ roleTitle: 'minister' }), ['Mirela Dascălu']],
      ['people by several words of their role', () => ({ roleTitle: 'Trade Envoy' }), ['Tomas Brekke']],
      ['not a part of a word of the role', () => ({ roleTitle: 'mini' }), []],
      ['an id of no entity', () => ({ documentId: '999999' }), []],
    ])('keeps %s', async (_case, where, expected) => {
      const page = await store.findEntities(where(), 'NAME', PAGE);
      expect(names(page)).toEqual(expected);
      expect(page.totalCount).toBe(expected.length);
    });

    it.each<[EntityOrder, string[]]>([
      ['NAME', ['Lidice', 'Mirela Dascălu', 'Nordmark Union', 'Ostrava', 'Tomas Brekke']],
      // Brekke 5, Lidice 2, Dascălu 2 (a tie goes by name), Ostrava... 1 each.
      ['MENTIONS', ['Tomas Brekke', 'Lidice', 'Mirela Dascălu', 'Nordmark Union', 'Ostrava']],
      ['SALIENCE', ['Mirela Dascălu', 'Tomas Brekke']],
    ])('sorts by %s', async (order, expected) => {
      const types = order === 'SALIENCE' ? (['Person'] as const) : (['Person', 'Organization', 'Location'] as const);
      expect(names(await store.findEntities({ types: [...types] }, order, PAGE))).toEqual(expected);
    });

    it('sorts events by date either way, undated events last both times', async () => {
      expect(names(await store.findEntities({ types: ['Event'] }, 'DATE_DESC', PAGE))).toEqual(['news conference', 'talks', 'bomb attack']);
      expect(names(await store.findEntities({ types: ['Event'] }, 'DATE_ASC', PAGE))).toEqual(['talks', 'news conference', 'bomb attack']);
    });

    it('pages a filtered list with the total of the whole filtered list', async () => {
      const where: EntityWhere = { types: ['Event'] };
      const second = await store.findEntities(where, 'NAME', { offset: 1, limit: 1 });
      expect(names(second)).toEqual(['news conference']);
      expect(second.totalCount).toBe(3);
    });

    it('filters the entities of a relation per parent, one Page per key in key order', async () => {
      const pages = await store.findEntitiesBy(
        'eventsByLocation',
        [ids.Lidice, '999999', ids.Ostrava],
        { types: ['Event'], eventKinds: ['ATTACK'] },
        'NAME',
        PAGE,
      );
      expect(pages.map((p) => [names(p), p.totalCount])).toEqual([
        [['bomb attack'], 1],
        [[], 0],
        [[], 0],
      ]);
    });

    it.each<[string, () => QuoteWhere, string[]]>([
      ['quotes of a speaker', () => ({ speakerIds: [ids['Tomas Brekke']] }), ['the talks would go on', 'The grain route opens in May,', 'It will not be cheap,']],
      ['direct quotes only', () => ({ speakerIds: [ids['Tomas Brekke']], direct: true }), ['The grain route opens in May,', 'It will not be cheap,']],
      ['reported speech only', () => ({ direct: false }), ['the talks would go on']],
      ['words of the quote', () => ({ contains: 'GRAIN ROUTE' }), ['We talked about the grain route,', 'The grain route opens in May,']],
      ['quotes of one document', () => ({ documentId: ids['Ministers meet in Ostrava'] }), ['We talked about the grain route,', 'the talks would go on']],
      ['quotes of documents published from April', () => ({ published: { from: '2031-04-01' } }), ['The grain route opens in May,', 'It will not be cheap,']],
      ['quotes about someone', () => ({ aboutId: ids['Tomas Brekke'] }), ['We talked about the grain route,']],
      ['quotes by the role of the speaker', () => ({ speakerRoleTitle: 'foreign minister' }), ['We talked about the grain route,']],
      ['quotes by a part of the speaker name', () => ({ speakerNameContains: 'dascalu' }), ['We talked about the grain route,']],
    ])('keeps %s', async (_case, where, expected) => {
      const page = await store.findQuotes(where(), 'POSITION', PAGE);
      expect(page.items.map((q) => q.text)).toEqual(expected);
      expect(page.totalCount).toBe(expected.length);
    });

    it('sorts quotes by publication date, by confidence, and direct quotes first', async () => {
      const texts = async (order: Parameters<Store['findQuotes']>[1]) => (await store.findQuotes({}, order, PAGE)).items.map((q) => q.text);
      expect((await texts('DATE_DESC'))[0]).toBe('The grain route opens in May,');
      expect((await texts('DATE_ASC'))[0]).toBe('We talked about the grain route,');
      expect((await texts('CONFIDENCE'))[0]).toBe('The grain route opens in May,');
      expect((await texts('CONFIDENCE')).at(-1)).toBe('the talks would go on');
      const byBrekke = await store.findQuotesBy('quotesBySpeaker', [ids['Tomas Brekke']], {}, 'DIRECT_FIRST', PAGE);
      expect(byBrekke[0].items.at(-1)?.text).toBe('the talks would go on');
    });

    it('filters and sorts documents, also per entity', async () => {
      const titles = (page: { items: { title: string | null }[] }) => page.items.map((d) => d.title);
      expect(titles(await store.findDocuments({}, 'PUBLISHED_DESC', PAGE))).toEqual(['Grain route to open', 'Ministers meet in Ostrava']);
      expect(titles(await store.findDocuments({ titleContains: 'OSTRAVA' }, 'INGESTED', PAGE))).toEqual(['Ministers meet in Ostrava']);
      expect(titles(await store.findDocuments({ published: { from: '2031-03-05' } }, 'TITLE', PAGE))).toEqual(['Grain route to open']);
      const [lidice] = await store.findDocumentsByEntity([ids.Lidice], { published: { to: '2031-03' } }, 'INGESTED', PAGE);
      expect(titles(lidice)).toEqual(['Ministers meet in Ostrava']);
      expect(lidice.totalCount).toBe(1);
    });

    it('filters an entity\'s mentions by document and by publication date, in document order', async () => {
      const brekke = ids['Tomas Brekke'];
      const [inSecond] = await store.findMentionsByEntity([brekke], { documentId: ids['Grain route to open'] }, PAGE);
      expect(inSecond.items.map((m) => m.text)).toEqual(['Tomas Brekke', 'Brekke', 'Brekke']);
      expect(inSecond.totalCount).toBe(3);
      const [inMarch, nobody] = await store.findMentionsByEntity([brekke, ids.Ostrava], { published: { to: '2031-03' } }, { offset: 1, limit: 5 });
      expect(inMarch.items.map((m) => m.text)).toEqual(['Brekke']);
      expect(inMarch.totalCount).toBe(2);
      expect(nobody.totalCount).toBe(1);
    });

    it('filters and sorts relations, at the root and per entity', async () => {
      const types = async (where: Parameters<Store['findRelations']>[0]) => (await store.findRelations(where, 'TYPE', PAGE)).items.map((r) => r.type);
      expect(await types({ types: ['MET'] })).toEqual(['MET']);
      expect(await types({ types: ['OCCURRED_IN'] })).toEqual([]);
      expect(await types({ otherId: ids['Tomas Brekke'] })).toEqual(['MET']);
      expect(await types({ documentId: ids['Ministers meet in Ostrava'] })).toEqual(['MET']);
      expect(await types({ documentId: ids['Grain route to open'] })).toEqual([]);
      expect(await types({ published: { from: '2031-04' } })).toEqual([]);
      expect(await types({ minConfidence: 0.5 })).toEqual(['MET']);
      expect(await types({ minConfidence: 0.9 })).toEqual([]);
      const [dascalu, ostrava] = await store.findRelationsByEntity([ids['Mirela Dascălu'], ids.Ostrava], { types: ['MET'] }, 'CONFIDENCE', PAGE);
      expect(dascalu.totalCount).toBe(1);
      expect(ostrava.totalCount).toBe(0);
    });

    it('counts quotes per speaker, events per kind and per place, mentions per document', async () => {
      const speakers = await store.quotesPerSpeaker(PAGE);
      expect(speakers.items).toEqual([
        { entityId: ids['Tomas Brekke'], count: 3 },
        { entityId: ids['Mirela Dascălu'], count: 1 },
      ]);
      expect(speakers.totalCount).toBe(2);
      expect(await store.eventsPerKind()).toEqual([
        { kind: 'ATTACK', count: 1 },
        { kind: 'MEETING', count: 1 },
        { kind: 'NEWS_CONFERENCE', count: 1 },
      ]);
      const places = await store.eventsPerPlace(PAGE);
      expect(places.items).toEqual([
        { entityId: ids.Lidice, count: 2 },
        { entityId: ids.Ostrava, count: 1 },
      ]);
      const [brekke] = await store.mentionsPerDocument([ids['Tomas Brekke']], PAGE);
      // Brekke is named twice in the first article and three times in the second; the pronoun does not count.
      expect(brekke.items.map((t) => t.documentId)).toEqual([ids['Grain route to open'], ids['Ministers meet in Ostrava']]);
      expect(brekke.items.map((t) => t.count)).toEqual([3, 2]);
    });
  });
}
