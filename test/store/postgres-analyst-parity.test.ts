/**
 * The development corpus (../shared/corpus/dev), through the real extractor,
 * into a SQLite and a PostgreSQL store: every analyst read (filters, orders,
 * per-parent pages, tallies, graph questions, entity search with typos) must
 * answer the same on both, ids included, for questions made from the stored
 * data itself. Full-text search must find the same hits with the same totals;
 * their order may differ, since SQLite ranks by BM25 and PostgreSQL by
 * ts_rank_cd (cover density), which weigh common words differently.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/extract/pipeline';
import type { Page } from '../../src/graph/model';
import type { Store, TextHit } from '../../src/store/store';
import { postgresHarness, sqliteHarness, type StoreHarness } from '../support/store-harness';

const CORPUS = join(__dirname, '../../../shared/corpus/dev');
const ALL = { offset: 0, limit: 500 };
const SOME = { offset: 1, limit: 3 };

/** Records as compared: the ingest time is the clock's, not the graph's. */
function comparable(value: unknown): string {
  return JSON.stringify(value, (key, v) => (key === 'ingestedAt' ? undefined : v));
}

/** Search hits as compared: the same records and total, in any order. */
function hitSet(page: Page<TextHit<{ id: string }>>): { total: number; ids: string[] } {
  return { total: page.totalCount, ids: page.items.map((hit) => hit.record.id).sort() };
}

describe('analyst reads answer the same on SQLite and PostgreSQL for the development corpus', () => {
  let sqlite: StoreHarness;
  let postgres: StoreHarness;

  beforeAll(async () => {
    sqlite = await sqliteHarness();
    postgres = await postgresHarness('ng_parity');
    const files = readdirSync(CORPUS).filter((file) => file.endsWith('.txt')).sort();
    for (const [i, file] of files.entries()) {
      const text = readFileSync(join(CORPUS, file), 'utf8');
      const extraction = extract(text);
      // Publication dates spread over months, so the date filters and orders have something to tell apart.
      const input = { text, title: file.replace(/\.txt$/, ''), publishedAt: `2020-0${(i % 9) + 1}-1${i % 10}` };
      await sqlite.store.ingestDocument(input, extraction);
      await postgres.store.ingestDocument(input, extraction);
    }
  }, 120000);

  afterAll(async () => {
    await sqlite?.dispose();
    await postgres?.dispose();
  });

  it('for every filter, order, page, tally and graph question', async () => {
    const differing: string[] = [];
    let compared = 0;
    async function same(question: string, ask: (store: Store) => Promise<unknown>, view: (answer: any) => unknown = (a) => a) {
      compared++;
      const [a, b] = [comparable(view(await ask(sqlite.store))), comparable(view(await ask(postgres.store)))];
      if (a !== b) differing.push(`${question}\n  SQLite:     ${a.slice(0, 300)}\n  PostgreSQL: ${b.slice(0, 300)}`);
    }

    const entities = (await sqlite.store.listEntities({}, ALL)).items;
    const ids = entities.map((e) => e.id);
    const documentIds = (await sqlite.store.listDocuments(ALL)).items.map((d) => d.id);
    expect(entities.length).toBeGreaterThan(50);

    for (const types of [['Person'], ['Organization'], ['Location'], ['Event']] as const) {
      for (const order of ['MENTIONS', 'NAME', 'SALIENCE', 'DATE_DESC', 'DATE_ASC'] as const) {
        await same(`findEntities ${types} ${order}`, (s) => s.findEntities({ types: [...types] }, order, ALL));
      }
    }
    for (const entity of entities.filter((_, i) => i % 3 === 0).slice(0, 30)) {
      const word = entity.name.split(' ')[0];
      const typo = entity.name.length > 4 ? entity.name.slice(0, 2) + entity.name.slice(3) : entity.name;
      await same(`nameContains ${word.slice(1, 4)}`, (s) => s.findEntities({ nameContains: word.slice(1, 4) }, 'NAME', ALL));
      await same(`namePrefix ${word.slice(0, 2)}`, (s) => s.findEntities({ namePrefix: word.slice(0, 2) }, 'MENTIONS', ALL));
      await same(`roleTitle ${word}`, (s) => s.findEntities({ roleTitle: word }, 'NAME', ALL));
      await same(`searchEntities ${entity.name}`, (s) => s.searchEntities(entity.name, {}, ALL));
      await same(`searchEntities ${typo}`, (s) => s.searchEntities(typo, {}, ALL));
      await same(`searchEntitiesWhere ${word}`, (s) => s.searchEntitiesWhere(word, { types: ['Person', 'Location'] }, SOME));
    }
    for (const id of documentIds) {
      await same(`entities of document ${id}`, (s) => s.findEntities({ documentId: id }, 'SALIENCE', ALL));
      await same(`quotes of document ${id}`, (s) => s.findQuotes({ documentId: id }, 'CONFIDENCE', ALL));
      await same(`relations of document ${id}`, (s) => s.findRelations({ documentId: id }, 'EVIDENCE', ALL));
    }
    for (const published of [{ from: '2020-03' }, { to: '2020-04' }, { from: '2020-02-11', to: '2020-05' }]) {
      await same(`entities published ${JSON.stringify(published)}`, (s) => s.findEntities({ published }, 'NAME', ALL));
      await same(`quotes published ${JSON.stringify(published)}`, (s) => s.findQuotes({ published }, 'DATE_ASC', ALL));
      await same(`mentions published ${JSON.stringify(published)}`, (s) => s.findMentionsByEntity(ids, { published }, SOME));
    }
    for (const scope of ['metByEntity', 'eventsByParticipant', 'eventsByLocation', 'membersByOrganization'] as const) {
      await same(`findEntitiesBy ${scope}`, (s) => s.findEntitiesBy(scope, ids, {}, 'MENTIONS', SOME));
    }
    for (const scope of ['entitiesByDocument', 'eventsByDocument'] as const) {
      await same(`findEntitiesBy ${scope}`, (s) => s.findEntitiesBy(scope, documentIds, { types: ['Person', 'Event'] }, 'DATE_DESC', SOME));
    }
    for (const order of ['POSITION', 'DIRECT_FIRST', 'DATE_DESC', 'DATE_ASC', 'CONFIDENCE'] as const) {
      await same(`findQuotes ${order}`, (s) => s.findQuotes({}, order, ALL));
      await same(`findQuotesBy speaker ${order}`, (s) => s.findQuotesBy('quotesBySpeaker', ids, {}, order, SOME));
      await same(`findQuotesBy document ${order}`, (s) => s.findQuotesBy('quotesByDocument', documentIds, { direct: true }, order, SOME));
    }
    for (const word of ['the', 'said', 'an', 'minister', 'president']) {
      await same(`quotes containing ${word}`, (s) => s.findQuotes({ contains: word }, 'POSITION', ALL));
      await same(`quotes by speaker name ${word}`, (s) => s.findQuotes({ speakerNameContains: word }, 'POSITION', ALL));
      await same(`quotes by speaker role ${word}`, (s) => s.findQuotes({ speakerRoleTitle: word }, 'POSITION', ALL));
      await same(`documents titled ${word}`, (s) => s.findDocuments({ titleContains: word }, 'TITLE', ALL));
    }
    for (const order of ['INGESTED', 'PUBLISHED_DESC', 'PUBLISHED_ASC', 'TITLE'] as const) {
      await same(`findDocuments ${order}`, (s) => s.findDocuments({}, order, ALL));
      await same(`findDocumentsByEntity ${order}`, (s) => s.findDocumentsByEntity(ids, {}, order, SOME));
    }
    for (const order of ['CONFIDENCE', 'EVIDENCE', 'TYPE'] as const) {
      await same(`findRelations ${order}`, (s) => s.findRelations({}, order, ALL));
      await same(`findRelationsByEntity ${order}`, (s) => s.findRelationsByEntity(ids, { minConfidence: 0.5 }, order, SOME));
    }
    await same('quotesPerSpeaker', (s) => s.quotesPerSpeaker(ALL));
    await same('eventsPerKind', (s) => s.eventsPerKind());
    await same('eventsPerPlace', (s) => s.eventsPerPlace(ALL));
    await same('mentionsPerDocument', (s) => s.mentionsPerDocument(ids, SOME));
    await same('edgesOf', (s) => s.edgesOf(ids.slice(0, 30), {}, 50));
    await same('edgesOf by types', (s) => s.edgesOf(ids, { types: ['MET', 'PARTICIPATED_IN'] }, 500));
    await same('timelineByEntity', (s) => s.timelineByEntity(ids, SOME));
    await same('cooccurrences by sentence', (s) => s.cooccurrencesByEntity(ids, 'SENTENCE', {}, SOME));
    await same('cooccurrences by document', (s) => s.cooccurrencesByEntity(ids, 'DOCUMENT', { types: ['Person'] }, SOME));

    const words = new Set<string>();
    for (const quote of (await sqlite.store.findQuotes({}, 'POSITION', ALL)).items) {
      for (const word of quote.text.split(/\s+/).slice(0, 2)) words.add(word);
    }
    for (const word of [...words].slice(0, 40)) {
      await same(`searchQuotes ${word}`, (s) => s.searchQuotes(word, {}, ALL), hitSet);
      await same(`searchDocuments ${word}`, (s) => s.searchDocuments(word, {}, ALL), hitSet);
      await same(`searchQuotes ${word.slice(0, 3)}*`, (s) => s.searchQuotes(`${word.slice(0, 3)}*`, { direct: true }, ALL), hitSet);
    }

    expect(differing).toEqual([]);
    expect(compared).toBeGreaterThan(300);
  }, 120000);
});
