/**
 * The Store contract, written once and run against every adapter
 * (test/store/sqlite-store.test.ts; a PostgreSQL adapter will call it too).
 * Fixtures are articles written for these tests, not taken from the corpus.
 */
import type { ExtractionResult } from '../../src/extract/types';
import type { EntityRecord } from '../../src/graph/model';
import type { Store } from '../../src/store/store';
import { article } from './extraction-fixture';

export interface StoreHarness {
  store: Store;
  /** Releases the store and anything it created (files, schemas). */
  dispose(): Promise<void>;
}

const ALL = { offset: 0, limit: 100 };

// ---- fixtures ------------------------------------------------------------------

const SUMMIT_TEXT =
  'Prime Minister Marta Lindqvist of Norland met Trade Minister Tomas Arkwright in Varnholm on Monday. ' +
  'Lindqvist told Arkwright: "We will not give up the harbour." ' +
  'Arkwright said the Northern Trade Council would send observers. ' +
  'She said the talks went well.';

function summit(): { text: string; extraction: ExtractionResult } {
  const fixture = article(SUMMIT_TEXT, { title: 'Harbour talks in Varnholm', publishedAt: '2031-03-04' })
    .location('c1', 'Norland', { kind: 'COUNTRY', countryCode: 'NL', gazetteerId: 'country:NL', latitude: 52, longitude: 5 })
    .location('l1', 'Varnholm', { kind: 'CITY', countryCode: 'NL', gazetteerId: 'city:NL:varnholm', within: 'c1', latitude: 52.1, longitude: 5.2 })
    .organization('o1', 'Northern Trade Council', { salience: 0.3 })
    .person('p1', 'Marta Lindqvist', { aliases: ['Lindqvist'], roles: [{ title: 'Prime Minister', of: 'c1' }], salience: 0.9, pronouns: ['She'] })
    .person('p2', 'Tomas Arkwright', { aliases: ['Arkwright'], roles: [{ title: 'Trade Minister', of: 'c1' }], salience: 0.7 })
    .event('v1', 'talks', {
      kind: 'MEETING',
      participants: [
        ['p1', 'host'],
        ['p2', null],
      ],
      locations: ['l1'],
      time: { text: 'on Monday', date: '2031-03-02' },
    })
    .quote('q1', 'We will not give up the harbour.', { speaker: 'p1', addressee: 'p2', about: ['p2'], direct: true })
    .quote('q2', 'the Northern Trade Council would send observers', { speaker: 'p2', about: ['o1'], direct: false })
    .relation('MET', 'p1', 'p2', { evidence: 'Marta Lindqvist of Norland met Trade Minister Tomas Arkwright', confidence: 0.8 })
    .relation('OCCURRED_IN', 'v1', 'l1', { confidence: 0.6 })
    .datelineAt('l1');
  return { text: fixture.text, extraction: fixture.build() };
}

const FOLLOW_UP_TEXT =
  'Tomas Arkwright met Marta Lindqvist again in Varnholm. ' +
  'Norland\'s Prime Minister Marta Lindqvist said the harbour deal was close. ' +
  'The N.T.C. welcomed the news.';

function followUp(): { text: string; extraction: ExtractionResult } {
  const fixture = article(FOLLOW_UP_TEXT, { publishedAt: '2031-03-09' })
    .location('x', 'Norland', { kind: 'COUNTRY', countryCode: 'NL', gazetteerId: 'country:NL', forms: ['Norland'] })
    .location('y', 'Varnholm', { kind: 'CITY', countryCode: 'NL', gazetteerId: 'city:NL:varnholm' })
    .organization('z', 'NTC', { aliases: ['N.T.C.'] })
    .person('a', 'Tomas Arkwright', { salience: 0.4 })
    .person('b', 'Marta Lindqvist', { aliases: ["Norland's Prime Minister Marta Lindqvist"], roles: [{ title: 'Prime Minister', of: 'x' }], salience: 0.95 })
    .relation('MET', 'a', 'b', { evidence: 'Tomas Arkwright met Marta Lindqvist again', confidence: 0.9 });
  return { text: fixture.text, extraction: fixture.build() };
}

async function ingest(store: Store, doc: { text: string; extraction: ExtractionResult }) {
  return store.ingestDocument({ text: doc.text }, doc.extraction);
}

async function byName(store: Store, name: string): Promise<EntityRecord[]> {
  const page = await store.listEntities({}, { offset: 0, limit: 1000 });
  return page.items.filter((e) => e.name === name);
}

async function one(store: Store, name: string): Promise<EntityRecord> {
  const found = await byName(store, name);
  if (found.length !== 1) throw new Error(`expected exactly one entity named "${name}", found ${found.length}`);
  return found[0];
}

// ---- the suite -------------------------------------------------------------------

export function describeStoreContract(name: string, makeStore: () => Promise<StoreHarness>): void {
  describe(`Store contract: ${name}`, () => {
    let harness: StoreHarness;
    let store: Store;

    beforeEach(async () => {
      harness = await makeStore();
      store = harness.store;
    });

    afterEach(async () => {
      await harness.dispose();
    });

    describe('ingest and read back', () => {
      it('stores the document with its metadata and reports what it wrote', async () => {
        const doc = summit();
        const result = await store.ingestDocument({ text: doc.text, title: 'Given title', source: 'Wire' }, doc.extraction);
        expect(result.created).toBe(true);
        expect(result.document).toMatchObject({ title: 'Given title', publishedAt: '2031-03-04', source: 'Wire', text: SUMMIT_TEXT });
        expect(result.document.contentHash).toMatch(/^[0-9a-f]{64}$/);
        // Mentions by hand: Norland 1, Varnholm 1, Council 1, Lindqvist 2 (+ 'She', a pronoun), Arkwright 3, talks 1.
        expect(result.counts).toEqual({ entities: 6, mentions: 9, quotes: 2, relations: 2 });
        const [back] = await store.getDocuments([result.document.id]);
        expect(back).toEqual(result.document);
        expect(await store.getDocumentByHash(result.document.contentHash)).toEqual(result.document);
        expect(await store.stats()).toEqual({ documents: 1, entities: 6, quotes: 2, relations: 2, mentions: 9 });
      });

      it('changes its data version when a document is written, and only then', async () => {
        const empty = await store.dataVersion();
        expect(await store.dataVersion()).toBe(empty);
        const doc = summit();
        await ingest(store, doc);
        const written = await store.dataVersion();
        expect(written).not.toBe(empty);
        await ingest(store, doc); // the same text again writes nothing
        expect(await store.dataVersion()).toBe(written);
      });

      it('falls back to the extraction metadata when the input gives none', async () => {
        const { document } = await ingest(store, summit());
        expect(document.title).toBe('Harbour talks in Varnholm');
        expect(document.source).toBeNull();
      });

      it('keeps name mentions with their spans and sentences, leaving pronouns out of the name mentions', async () => {
        const { document } = await ingest(store, summit());
        const lindqvist = await one(store, 'Marta Lindqvist');
        expect(lindqvist.mentionCount).toBe(2);
        const [page] = await store.mentionsByEntity([lindqvist.id], ALL);
        expect(page.totalCount).toBe(2);
        for (const mention of page.items) {
          expect(mention.documentId).toBe(document.id);
          expect(SUMMIT_TEXT.slice(mention.start, mention.end)).toBe(mention.text);
          const sentence = SUMMIT_TEXT.slice(mention.sentenceStart, mention.sentenceEnd);
          expect(sentence).toContain(mention.text);
          expect(sentence.endsWith('.') || sentence.endsWith('"')).toBe(true);
        }
        expect(page.items.map((m) => m.text)).toEqual(['Marta Lindqvist', 'Lindqvist']);
        expect(page.items[0]).toMatchObject({ rule: 'fixture:mention', confidence: 0.8 });
      });

      it('keeps people with aliases, roles and the country their role belongs to', async () => {
        await ingest(store, summit());
        const lindqvist = await one(store, 'Marta Lindqvist');
        const norland = await one(store, 'Norland');
        expect(lindqvist).toMatchObject({ type: 'Person', aliases: ['Lindqvist'], salience: 0.9 });
        const [roles] = await store.rolesByPerson([lindqvist.id]);
        expect(roles).toHaveLength(1);
        expect(roles[0]).toMatchObject({ personId: lindqvist.id, title: 'Prime Minister', ofEntityId: norland.id });
        expect(SUMMIT_TEXT.slice(roles[0].evidence!.start, roles[0].evidence!.end)).toBe('Prime Minister');
      });

      it('keeps places with kind, country, coordinates and the place they lie within', async () => {
        await ingest(store, summit());
        const varnholm = await one(store, 'Varnholm');
        const norland = await one(store, 'Norland');
        expect(varnholm).toMatchObject({
          type: 'Location',
          locationKind: 'CITY',
          countryCode: 'NL',
          latitude: 52.1,
          longitude: 5.2,
          gazetteerId: 'city:NL:varnholm',
          withinId: norland.id,
        });
        expect(norland.locationKind).toBe('COUNTRY');
      });

      it('records the dateline place of the document', async () => {
        const { document } = await ingest(store, summit());
        const varnholm = await one(store, 'Varnholm');
        expect(document.datelineLocationId).toBe(varnholm.id);
        expect((await ingest(store, followUp())).document.datelineLocationId).toBeNull();
      });

      it('keeps events with kind, time, participants with roles and locations', async () => {
        const { document } = await ingest(store, summit());
        const talks = await one(store, 'talks');
        const lindqvist = await one(store, 'Marta Lindqvist');
        const arkwright = await one(store, 'Tomas Arkwright');
        const varnholm = await one(store, 'Varnholm');
        expect(talks).toMatchObject({ type: 'Event', eventKind: 'MEETING', timeText: 'on Monday', timeDate: '2031-03-02' });
        const [participants] = await store.participantsByEvent([talks.id]);
        expect(participants).toEqual(
          expect.arrayContaining([
            { eventId: talks.id, entityId: lindqvist.id, role: 'host' },
            { eventId: talks.id, entityId: arkwright.id, role: null },
          ]),
        );
        expect(participants).toHaveLength(2);
        const [locations] = await store.locationsByEvent([talks.id]);
        expect(locations.map((l) => l.id)).toEqual([varnholm.id]);
        const [events] = await store.eventsByParticipant([lindqvist.id], ALL);
        expect(events.items.map((e) => e.id)).toEqual([talks.id]);
        const [atVarnholm] = await store.eventsByLocation([varnholm.id], ALL);
        expect(atVarnholm.items.map((e) => e.id)).toEqual([talks.id]);
        const [inDocument] = await store.eventsByDocument([document.id], ALL);
        expect(inDocument.items.map((e) => e.id)).toEqual([talks.id]);
      });

      it('keeps quotes with speaker, addressee, the entities they are about and whether they are direct', async () => {
        const { document } = await ingest(store, summit());
        const lindqvist = await one(store, 'Marta Lindqvist');
        const arkwright = await one(store, 'Tomas Arkwright');
        const council = await one(store, 'Northern Trade Council');
        const [quotes] = await store.quotesByDocument([document.id], ALL);
        expect(quotes.totalCount).toBe(2);
        const [direct, reported] = quotes.items;
        expect(direct).toMatchObject({
          text: 'We will not give up the harbour.',
          direct: true,
          speakerId: lindqvist.id,
          addresseeId: arkwright.id,
          aboutIds: [arkwright.id],
          documentId: document.id,
        });
        expect(SUMMIT_TEXT.slice(direct.start, direct.end)).toBe(direct.text);
        expect(SUMMIT_TEXT.slice(direct.sentenceStart, direct.sentenceEnd)).toContain('Lindqvist told Arkwright');
        expect(reported).toMatchObject({ direct: false, speakerId: arkwright.id, aboutIds: [council.id] });
        expect(await store.getQuotes([reported.id, direct.id])).toEqual([reported, direct]);
      });

      it('keeps relations with their evidence span and confidence', async () => {
        const { document } = await ingest(store, summit());
        const lindqvist = await one(store, 'Marta Lindqvist');
        const arkwright = await one(store, 'Tomas Arkwright');
        const met = await store.listRelations({ type: 'MET' }, ALL);
        expect(met.totalCount).toBe(1);
        const relation = met.items[0];
        expect([relation.sourceId, relation.targetId].sort()).toEqual([lindqvist.id, arkwright.id].sort());
        expect(relation.confidence).toBe(0.8);
        expect(relation.evidence).toHaveLength(1);
        const evidence = relation.evidence[0];
        expect(evidence.documentId).toBe(document.id);
        expect(SUMMIT_TEXT.slice(evidence.start, evidence.end)).toBe('Marta Lindqvist of Norland met Trade Minister Tomas Arkwright');
        expect(SUMMIT_TEXT.slice(evidence.sentenceStart, evidence.sentenceEnd)).toMatch(/^Prime Minister .* on Monday\.$/);
        const [metLindqvist] = await store.metByEntity([lindqvist.id], ALL);
        expect(metLindqvist.items.map((e) => e.id)).toEqual([arkwright.id]);
        const [metArkwright] = await store.metByEntity([arkwright.id], ALL);
        expect(metArkwright.items.map((e) => e.id)).toEqual([lindqvist.id]);
      });

      it('links entities and documents both ways', async () => {
        const { document } = await ingest(store, summit());
        const council = await one(store, 'Northern Trade Council');
        const [documents] = await store.documentsByEntity([council.id], ALL);
        expect(documents.items.map((d) => d.id)).toEqual([document.id]);
        const [entities] = await store.entitiesByDocument([document.id], {}, ALL);
        expect(entities.totalCount).toBe(6);
        expect(entities.items[0].name).toBe('Marta Lindqvist'); // the most salient first
        const [people] = await store.entitiesByDocument([document.id], { types: ['Person'] }, ALL);
        expect(people.items.map((e) => e.name).sort()).toEqual(['Marta Lindqvist', 'Tomas Arkwright']);
      });

      it('lists the members of an organization from roles and affiliations', async () => {
        const fixture = article('Ida Moen chairs the Harbour Guild. Per Aune works for the Harbour Guild too.')
          .organization('g', 'Harbour Guild')
          .person('i', 'Ida Moen', { roles: [{ title: 'chairs', of: 'g' }] })
          .person('p', 'Per Aune')
          .relation('AFFILIATED_WITH', 'p', 'g', { evidence: 'Per Aune works for the Harbour Guild' });
        await store.ingestDocument({ text: fixture.text }, fixture.build());
        const guild = await one(store, 'Harbour Guild');
        const [members] = await store.membersByOrganization([guild.id], ALL);
        expect(members.items.map((e) => e.name).sort()).toEqual(['Ida Moen', 'Per Aune']);
        expect(members.totalCount).toBe(2);
      });
    });

    describe('facts stated only as relations', () => {
      it('lists participants and locations of an event that come only from PARTICIPATED_IN and OCCURRED_IN relations', async () => {
        const text = 'Rita Voll joined the march in Lakeby. Sam Orn watched the march.';
        const fixture = article(text)
          .location('l', 'Lakeby', { gazetteerId: 'city:XX:lakeby' })
          .person('r', 'Rita Voll')
          .person('s', 'Sam Orn')
          .event('m', 'march', { kind: 'OTHER', participants: [['r', 'marcher']] })
          .relation('PARTICIPATED_IN', 'r', 'm', { evidence: 'Rita Voll joined the march' })
          .relation('PARTICIPATED_IN', 's', 'm', { evidence: 'Sam Orn watched the march' })
          .relation('OCCURRED_IN', 'm', 'l', { evidence: 'the march in Lakeby' });
        await store.ingestDocument({ text }, fixture.build());
        const [march, rita, sam, lakeby] = await Promise.all(['march', 'Rita Voll', 'Sam Orn', 'Lakeby'].map((n) => one(store, n)));
        const [participants] = await store.participantsByEvent([march.id]);
        // The participant with a role is listed once, with its role; the relation-only one follows.
        expect(participants).toEqual([
          { eventId: march.id, entityId: rita.id, role: 'marcher' },
          { eventId: march.id, entityId: sam.id, role: null },
        ]);
        expect((await store.locationsByEvent([march.id]))[0].map((l) => l.id)).toEqual([lakeby.id]);
        expect((await store.eventsByLocation([lakeby.id], ALL))[0].items.map((e) => e.id)).toEqual([march.id]);
        expect((await store.eventsByParticipant([sam.id], ALL))[0].items.map((e) => e.id)).toEqual([march.id]);
      });

      it('filters an entity\'s relations by type and lists the surest first', async () => {
        const text = 'Tor Hval met Ada Lind. Tor Hval works for Fjord Shipping. Tor Hval met Per Lo.';
        const fixture = article(text)
          .organization('f', 'Fjord Shipping')
          .person('t', 'Tor Hval')
          .person('a', 'Ada Lind')
          .person('p', 'Per Lo')
          .relation('MET', 't', 'a', { evidence: 'Tor Hval met Ada Lind', confidence: 0.5 })
          .relation('AFFILIATED_WITH', 't', 'f', { evidence: 'Tor Hval works for Fjord Shipping', confidence: 0.7 })
          .relation('MET', 'p', 't', { evidence: 'Tor Hval met Per Lo', confidence: 0.9 });
        await store.ingestDocument({ text }, fixture.build());
        const tor = await one(store, 'Tor Hval');
        const [all] = await store.relationsByEntity([tor.id], {}, ALL);
        expect(all.items.map((r) => r.confidence)).toEqual([0.9, 0.7, 0.5]);
        const [met] = await store.relationsByEntity([tor.id], { type: 'MET' }, ALL);
        expect(met.totalCount).toBe(2);
        expect(met.items.every((r) => r.type === 'MET')).toBe(true);
        const [affiliated] = await store.relationsByEntity([(await one(store, 'Fjord Shipping')).id], { type: 'AFFILIATED_WITH' }, ALL);
        expect(affiliated.items).toHaveLength(1);
        expect(affiliated.items[0]).toMatchObject({ sourceId: tor.id });
      });
    });

    describe('two entities of one document that are the same thing', () => {
      it('merges them into one entity with one document link, and drops the relation between them', async () => {
        const text = 'Mia Toft spoke. Later, Mia Toft met Mia Toft supporters.';
        const extraction = article(text)
          .person('m1', 'Mia Toft', { forms: [] })
          .person('m2', 'Mia Toft')
          .relation('MET', 'm1', 'm2', { evidence: 'Mia Toft met Mia Toft' })
          .build();
        const result = await store.ingestDocument({ text }, extraction);
        expect(result.counts.relations).toBe(0);
        const [mia] = await byName(store, 'Mia Toft');
        expect(await byName(store, 'Mia Toft')).toHaveLength(1);
        expect((await store.documentsByEntity([mia.id], ALL))[0].totalCount).toBe(1);
        expect((await store.entitiesByDocument([result.document.id], {}, ALL))[0].totalCount).toBe(1);
        expect((await store.stats()).relations).toBe(0);
      });
    });

    describe('idempotent re-ingest', () => {
      it('changes nothing and returns the existing document when the same text comes again', async () => {
        const first = await ingest(store, summit());
        const before = await store.stats();
        const again = await ingest(store, summit());
        expect(again.created).toBe(false);
        expect(again.document).toEqual(first.document);
        expect(again.counts).toEqual({ entities: 0, mentions: 0, quotes: 0, relations: 0 });
        expect(await store.stats()).toEqual(before);
        expect((await one(store, 'Marta Lindqvist')).mentionCount).toBe(2);
      });

      it('ignores a different extraction of the same text', async () => {
        await ingest(store, summit());
        const before = await store.stats();
        const other = article(SUMMIT_TEXT).person('p9', 'Marta Lindqvist').build();
        const again = await store.ingestDocument({ text: SUMMIT_TEXT, title: 'Another title' }, other);
        expect(again.created).toBe(false);
        expect(again.document.title).toBe('Harbour talks in Varnholm');
        expect(await store.stats()).toEqual(before);
      });
    });

    describe('transaction rollback', () => {
      it('writes nothing of a document whose relation points to an unknown entity', async () => {
        await ingest(store, followUp());
        const before = await store.stats();
        const broken = summit();
        // Relations are written last, so everything else of the document was already written when this fails.
        broken.extraction.relations.push({ ...broken.extraction.relations[0], id: 'bad', targetId: 'nobody' });
        await expect(ingest(store, broken)).rejects.toThrow(/nobody/);
        expect(await store.stats()).toEqual(before);
        expect(await byName(store, 'Northern Trade Council')).toEqual([]);
        expect((await one(store, 'Marta Lindqvist')).mentionCount).toBe(2);
        expect((await one(store, 'Marta Lindqvist')).aliases).not.toContain('Lindqvist');
        const [docs] = await store.documentsByEntity([(await one(store, 'Varnholm')).id], ALL);
        expect(docs.totalCount).toBe(1);
      });

      it('writes nothing of a document whose quote names an unknown speaker, and accepts the fixed document afterwards', async () => {
        const broken = summit();
        broken.extraction.quotes[1].speakerId = 'ghost';
        await expect(ingest(store, broken)).rejects.toThrow(/ghost/);
        expect(await store.stats()).toEqual({ documents: 0, entities: 0, quotes: 0, relations: 0, mentions: 0 });
        const fixed = await ingest(store, summit());
        expect(fixed.created).toBe(true);
        expect((await store.stats()).documents).toBe(1);
      });

      it('refuses an extraction that uses the same entity id twice', async () => {
        const doc = summit();
        doc.extraction.entities.push({ ...doc.extraction.entities[0] });
        await expect(ingest(store, doc)).rejects.toThrow(/c1/);
        expect((await store.stats()).documents).toBe(0);
      });
    });

    describe('cross-document merge', () => {
      it('makes the same person in two articles one entity whose aliases, mentions and documents accumulate', async () => {
        const first = await ingest(store, summit());
        const second = await ingest(store, followUp());
        expect(await byName(store, 'Tomas Arkwright')).toHaveLength(1);
        // The longer name in the second article's aliases does not replace the name: it is not a proper name only.
        const lindqvist = (await store.searchEntities('Marta Lindqvist', { types: ['Person'] }, ALL)).items;
        expect(lindqvist).toHaveLength(1);
        const person = lindqvist[0];
        expect(person.aliases).toEqual(expect.arrayContaining(['Lindqvist', "Norland's Prime Minister Marta Lindqvist"]));
        expect(new Set(person.aliases).size).toBe(person.aliases.length);
        expect(person.salience).toBe(0.95);
        const [mentions] = await store.mentionsByEntity([person.id], ALL);
        expect(mentions.totalCount).toBe(person.mentionCount);
        expect(new Set(mentions.items.map((m) => m.documentId))).toEqual(new Set([first.document.id, second.document.id]));
        const [documents] = await store.documentsByEntity([person.id], ALL);
        expect(documents.items.map((d) => d.id)).toEqual([first.document.id, second.document.id]);
        const [roles] = await store.rolesByPerson([person.id]);
        expect(roles.map((r) => r.title)).toEqual(['Prime Minister']); // stated twice, listed once
      });

      it('makes the same place one entity by gazetteer id, even under another name', async () => {
        await ingest(store, summit());
        const fixture = article('Crowds filled the streets of Varnholm-by-the-Sea.').location('v', 'Varnholm-by-the-Sea', {
          gazetteerId: 'city:NL:varnholm',
          countryCode: 'NL',
        });
        await store.ingestDocument({ text: fixture.text }, fixture.build());
        const varnholm = await one(store, 'Varnholm-by-the-Sea');
        expect(varnholm.aliases).toContain('Varnholm');
        expect(varnholm.mentionCount).toBe(2);
        expect(await byName(store, 'Varnholm')).toEqual([]);
      });

      it('merges places without a gazetteer id on their normalised name, and keeps the first coordinates', async () => {
        const a = article('Rain fell on São Tirso.').location('s', 'São Tirso', { kind: 'CITY', latitude: 41.3, longitude: -8.5 });
        const b = article('Floods hit Sao Tirso.').location('s', 'Sao Tirso', { kind: 'CITY', latitude: 0, longitude: 0 });
        await store.ingestDocument({ text: a.text }, a.build());
        await store.ingestDocument({ text: b.text }, b.build());
        const places = await store.listEntities({ types: ['Location'] }, ALL);
        expect(places.totalCount).toBe(1);
        expect(places.items[0]).toMatchObject({ latitude: 41.3, longitude: -8.5, mentionCount: 2 });
      });

      it('merges an organization with its acronym', async () => {
        await ingest(store, summit());
        await ingest(store, followUp());
        const orgs = await store.listEntities({ types: ['Organization'] }, ALL);
        expect(orgs.totalCount).toBe(1);
        expect(orgs.items[0].name).toBe('Northern Trade Council');
        expect(orgs.items[0].aliases).toEqual(expect.arrayContaining(['NTC', 'N.T.C.']));
      });

      it('keeps one MET relation for both directions, with the evidence of both articles and the best confidence', async () => {
        const first = await ingest(store, summit());
        const second = await ingest(store, followUp());
        const met = await store.listRelations({ type: 'MET' }, ALL);
        expect(met.totalCount).toBe(1);
        expect(met.items[0].confidence).toBe(0.9);
        expect(met.items[0].evidence.map((e) => e.documentId)).toEqual([first.document.id, second.document.id]);
        const lindqvist = await one(store, 'Marta Lindqvist');
        const [relations] = await store.relationsByEntity([lindqvist.id], { type: 'MET' }, ALL);
        expect(relations.items.map((r) => r.id)).toEqual([met.items[0].id]);
      });

      it('keeps directed relations of the two directions apart', async () => {
        const fixture = article('Ann Sole advises Bo Tran. Bo Tran advises Ann Sole.')
          .person('a', 'Ann Sole')
          .person('b', 'Bo Tran')
          .relation('ADVISES', 'a', 'b', { evidence: 'Ann Sole advises Bo Tran' })
          .relation('ADVISES', 'b', 'a', { evidence: 'Bo Tran advises Ann Sole' });
        await store.ingestDocument({ text: fixture.text }, fixture.build());
        expect((await store.listRelations({ type: 'ADVISES' }, ALL)).totalCount).toBe(2);
      });

      it('merges events of the same kind, name and date, and keeps undated ones per document', async () => {
        const day = (text: string, date: string | null) =>
          article(text, { publishedAt: '2031-05-02' })
            .event('e', 'summit', { kind: 'MEETING', time: { text: 'on Friday', date } })
            .build();
        const a = 'The summit was held on Friday in the north.';
        const b = 'Leaders flew home after the summit on Friday.';
        const c = 'Another summit on Friday, a week later, was quieter.';
        await store.ingestDocument({ text: a }, day(a, '2031-05-02'));
        await store.ingestDocument({ text: b }, day(b, '2031-05-02'));
        expect((await store.listEntities({ types: ['Event'] }, ALL)).totalCount).toBe(1);
        await store.ingestDocument({ text: c }, day(c, '2031-05-09'));
        expect((await store.listEntities({ types: ['Event'] }, ALL)).totalCount).toBe(2);
        const d = 'A summit on Friday, date unknown.';
        const e = 'The summit on Friday, again undated.';
        await store.ingestDocument({ text: d }, day(d, null));
        await store.ingestDocument({ text: e }, day(e, null));
        expect((await store.listEntities({ types: ['Event'] }, ALL)).totalCount).toBe(4);
      });

      it('does not merge people on a shared single surname', async () => {
        const a = article('Lena Vik spoke first. Vik was brief.').person('p', 'Lena Vik', { aliases: ['Vik'] });
        const b = article('Olav Vik spoke later. Vik was long.').person('p', 'Olav Vik', { aliases: ['Vik'] });
        await store.ingestDocument({ text: a.text }, a.build());
        await store.ingestDocument({ text: b.text }, b.build());
        expect((await store.listEntities({ types: ['Person'] }, ALL)).totalCount).toBe(2);
      });
    });

    describe('no merge on conflicting roles', () => {
      const minister = (text: string, title: string, country: string, code: string) =>
        article(text)
          .location('c', country, { kind: 'COUNTRY', countryCode: code, gazetteerId: `country:${code}` })
          .person('p', 'Jon Dale', { roles: [{ title, of: 'c' }] })
          .build();

      it('keeps two people with the same name apart when they hold different titles of different countries', async () => {
        const a = 'Foreign Minister Jon Dale of Westmark arrived.';
        const b = 'Prime Minister Jon Dale of Eastmark resigned.';
        await store.ingestDocument({ text: a }, minister(a, 'Foreign Minister', 'Westmark', 'WM'));
        await store.ingestDocument({ text: b }, minister(b, 'Prime Minister', 'Eastmark', 'EM'));
        expect(await byName(store, 'Jon Dale')).toHaveLength(2);
      });

      it('finds the second of two same-named people again when a third article names his country', async () => {
        const a = 'Foreign Minister Jon Dale of Westmark arrived.';
        const b = 'Prime Minister Jon Dale of Eastmark resigned.';
        const c = 'Prime Minister Jon Dale of Eastmark returned.';
        const first = await store.ingestDocument({ text: a }, minister(a, 'Foreign Minister', 'Westmark', 'WM'));
        const second = await store.ingestDocument({ text: b }, minister(b, 'Prime Minister', 'Eastmark', 'EM'));
        const third = await store.ingestDocument({ text: c }, minister(c, 'Prime Minister', 'Eastmark', 'EM'));
        const dales = await byName(store, 'Jon Dale');
        expect(dales).toHaveLength(2);
        const documents = await store.documentsByEntity(dales.map((d) => d.id), ALL);
        const ids = documents.map((page) => page.items.map((d) => d.id)).sort((x, y) => x.length - y.length);
        expect(ids).toEqual([[first.document.id], [second.document.id, third.document.id]]);
      });

      it('merges people with the same name whose titles differ but belong to the same country', async () => {
        const a = 'Foreign Minister Jon Dale of Westmark arrived.';
        const b = 'Prime Minister Jon Dale of Westmark resigned.';
        await store.ingestDocument({ text: a }, minister(a, 'Foreign Minister', 'Westmark', 'WM'));
        await store.ingestDocument({ text: b }, minister(b, 'Prime Minister', 'Westmark', 'WM'));
        const [dale] = await byName(store, 'Jon Dale');
        expect(await byName(store, 'Jon Dale')).toHaveLength(1);
        expect((await store.rolesByPerson([dale.id]))[0].map((r) => r.title).sort()).toEqual(['Foreign Minister', 'Prime Minister']);
      });

      it('merges a person whose role is unknown in one article with the holder of a role in another', async () => {
        const a = 'Foreign Minister Jon Dale of Westmark arrived.';
        const b = 'Jon Dale smiled at the cameras.';
        await store.ingestDocument({ text: a }, minister(a, 'Foreign Minister', 'Westmark', 'WM'));
        await store.ingestDocument({ text: b }, article(b).person('p', 'Jon Dale').build());
        expect(await byName(store, 'Jon Dale')).toHaveLength(1);
      });
    });

    describe('paging and totalCount per parent', () => {
      async function twoPeople() {
        const text = 'Kari Lund spoke. Kari Lund waved. Kari Lund left. Kari Lund returned. Kari Lund sat. Eli Strand nodded. Eli Strand agreed.';
        const fixture = article(text).person('k', 'Kari Lund').person('e', 'Eli Strand');
        await store.ingestDocument({ text }, fixture.build());
        return { kari: await one(store, 'Kari Lund'), eli: await one(store, 'Eli Strand'), text };
      }

      it('pages every parent separately, with each parent\'s own totalCount', async () => {
        const { kari, eli, text } = await twoPeople();
        const [kariPage, eliPage] = await store.mentionsByEntity([kari.id, eli.id], { offset: 1, limit: 2 });
        expect(kariPage.totalCount).toBe(5);
        expect(kariPage.items).toHaveLength(2);
        expect(kariPage.items.map((m) => m.start)).toEqual([text.indexOf('Kari Lund waved'), text.indexOf('Kari Lund left')]);
        expect(eliPage.totalCount).toBe(2);
        expect(eliPage.items.map((m) => m.start)).toEqual([text.indexOf('Eli Strand agreed')]);
      });

      it('keeps totalCount on a page past the end and on a zero-size page', async () => {
        const { kari, eli } = await twoPeople();
        const past = await store.mentionsByEntity([kari.id, eli.id], { offset: 10, limit: 5 });
        expect(past).toEqual([
          { items: [], totalCount: 5 },
          { items: [], totalCount: 2 },
        ]);
        const [countOnly] = await store.mentionsByEntity([kari.id], { offset: 0, limit: 0 });
        expect(countOnly).toEqual({ items: [], totalCount: 5 });
      });

      it('counts root lists with a total that ignores the page', async () => {
        await ingest(store, summit());
        const page = await store.listEntities({}, { offset: 2, limit: 2 });
        expect(page.totalCount).toBe(6);
        expect(page.items).toHaveLength(2);
        const all = await store.listEntities({}, ALL);
        expect(page.items).toEqual(all.items.slice(2, 4));
        expect(await store.listEntities({ types: ['Person'] }, { offset: 50, limit: 10 })).toEqual({ items: [], totalCount: 2 });
      });

      it('sorts root entity lists by mention count, then name', async () => {
        const { kari, eli } = await twoPeople();
        expect((await store.listEntities({}, ALL)).items.map((e) => e.id)).toEqual([kari.id, eli.id]);
      });

      it('refuses a negative or fractional page', async () => {
        await expect(store.listDocuments({ offset: -1, limit: 5 })).rejects.toThrow(/offset=-1/);
        await expect(store.mentionsByEntity(['1'], { offset: 0, limit: 1.5 })).rejects.toThrow(/limit=1.5/);
      });
    });

    describe('key order of batch results', () => {
      it('returns point lookups in key order, with null for a missing or malformed key', async () => {
        await ingest(store, summit());
        const a = await one(store, 'Tomas Arkwright');
        const b = await one(store, 'Varnholm');
        const c = await one(store, 'Marta Lindqvist');
        const result = await store.getEntities([c.id, 'no-such-id', b.id, '999999', a.id, c.id]);
        expect(result.map((e) => e?.name ?? null)).toEqual(['Marta Lindqvist', null, 'Varnholm', null, 'Tomas Arkwright', 'Marta Lindqvist']);
        expect(await store.getDocuments(['424242'])).toEqual([null]);
        expect(await store.getRelations([])).toEqual([]);
      });

      it('returns one page per key in key order, an empty page for a missing key', async () => {
        await ingest(store, summit());
        const a = await one(store, 'Tomas Arkwright');
        const c = await one(store, 'Marta Lindqvist');
        const pages = await store.mentionsByEntity([a.id, 'missing', c.id, a.id], ALL);
        expect(pages.map((p) => p.items[0]?.text ?? null)).toEqual(['Tomas Arkwright', null, 'Marta Lindqvist', 'Tomas Arkwright']);
        expect(pages[1]).toEqual({ items: [], totalCount: 0 });
        const roles = await store.rolesByPerson([a.id, '31337', c.id]);
        expect(roles.map((r) => r.map((x) => x.title))).toEqual([['Trade Minister'], [], ['Prime Minister']]);
      });
    });

    describe('migrations', () => {
      it('applies migrations once: running migrate again is harmless and keeps the data', async () => {
        await ingest(store, summit());
        await store.migrate();
        await store.migrate();
        expect((await store.stats()).documents).toBe(1);
        const again = await ingest(store, followUp());
        expect(again.created).toBe(true);
      });
    });

    describe('search', () => {
      async function seedNames() {
        const text =
          'Anders Holm spoke. Holmberg Industries replied. Sofie Vestholm listened. Hilde Hólm wrote. ' +
          'The Holm Institute met. Karin Dahl laughed.';
        const fixture = article(text)
          .person('a', 'Anders Holm', { aliases: ['Holm'] })
          .organization('h', 'Holmberg Industries')
          .person('s', 'Sofie Vestholm')
          .person('hh', 'Hilde Hólm')
          .organization('i', 'Holm Institute')
          .person('k', 'Karin Dahl');
        await store.ingestDocument({ text }, fixture.build());
      }

      it('ranks exact matches first, then prefix, then contains, case and accents ignored', async () => {
        await seedNames();
        const result = await store.searchEntities('HOLM', {}, ALL);
        const names = result.items.map((e) => e.name);
        // "Holm" is an exact alias of Anders Holm; "Hólm" is a word of Hilde Hólm; Vestholm only contains it.
        expect(names[0]).toBe('Anders Holm');
        expect(names.slice(1, 4).sort()).toEqual(['Hilde Hólm', 'Holm Institute', 'Holmberg Industries']);
        expect(names[4]).toBe('Sofie Vestholm');
        expect(result.totalCount).toBe(5);
        expect(names).not.toContain('Karin Dahl');
      });

      it('filters by type and pages with the total of all matches', async () => {
        await seedNames();
        const orgs = await store.searchEntities('holm', { types: ['Organization'] }, ALL);
        expect(orgs.items.map((e) => e.name).sort()).toEqual(['Holm Institute', 'Holmberg Industries']);
        const page = await store.searchEntities('holm', {}, { offset: 4, limit: 10 });
        expect(page).toMatchObject({ totalCount: 5 });
        expect(page.items.map((e) => e.name)).toEqual(['Sofie Vestholm']);
      });

      it('tolerates a small typo, after every real match', async () => {
        await seedNames();
        const result = await store.searchEntities('Karin Dahll', {}, ALL);
        expect(result.items.map((e) => e.name)).toEqual(['Karin Dahl']);
        expect((await store.searchEntities('Vestholn', {}, ALL)).items.map((e) => e.name)).toEqual(['Sofie Vestholm']);
      });

      it('finds nothing for a query of punctuation or a name nobody has', async () => {
        await seedNames();
        expect(await store.searchEntities('...', {}, ALL)).toEqual({ items: [], totalCount: 0 });
        expect((await store.searchEntities('Zebulon', {}, ALL)).totalCount).toBe(0);
      });
    });

    describe('quotes', () => {
      it('lists a speaker\'s direct quotes before reported speech, and filters by words regardless of case and accents', async () => {
        const text = 'Nora Eik said taxes would fall. Later she added: "The café stays open." Eik also said "Wages rise."';
        const fixture = article(text)
          .person('n', 'Nora Eik', { aliases: ['Eik'] })
          .quote('q1', 'taxes would fall', { speaker: 'n', direct: false })
          .quote('q2', 'The café stays open.', { speaker: 'n' })
          .quote('q3', 'Wages rise.', { speaker: 'n' });
        await store.ingestDocument({ text }, fixture.build());
        const nora = await one(store, 'Nora Eik');
        const [quotes] = await store.quotesBySpeaker([nora.id], {}, ALL);
        expect(quotes.items.map((q) => q.text)).toEqual(['The café stays open.', 'Wages rise.', 'taxes would fall']);
        const [cafe] = await store.quotesBySpeaker([nora.id], { contains: 'CAFE' }, ALL);
        expect(cafe.items.map((q) => q.text)).toEqual(['The café stays open.']);
        const listed = await store.listQuotes({ speakerId: nora.id, contains: 'wages' }, ALL);
        expect(listed).toMatchObject({ totalCount: 1 });
        expect((await store.listQuotes({ speakerId: 'nobody' }, ALL)).totalCount).toBe(0);
      });
    });
  });
}
