/**
 * Two PostgresStore instances on one schema, each with its own pool: real
 * parallel connections, as two replicas of the server would have. What SQLite
 * settles with one writer at a time must hold here with concurrent transactions.
 */
import { Client } from 'pg';
import type { ExtractionResult } from '../../src/extract/types';
import { PostgresStore } from '../../src/store/postgres/pg-store';
import { readPgMigrations } from '../../src/store/postgres/apply-migrations';
import { freshPostgresSchema, TEST_DATABASE_URL, type TestSchema } from '../support/postgres';
import { article } from './extraction-fixture';

const ROUNDS = 10;
const ALL = { offset: 0, limit: 1000 };

/** A made-up surname per number ("Kolaastad", "Kolabstad", ...): every round names a person nobody named before. */
function surname(n: number): string {
  const letter = (i: number) => String.fromCharCode(97 + (i % 26));
  return `Kol${letter(Math.floor(n / 26))}${letter(n)}stad`;
}

async function entitiesNamed(store: PostgresStore, name: string) {
  return (await store.listEntities({}, ALL)).items.filter((e) => e.name === name);
}

describe('PostgreSQL under concurrent writers', () => {
  let schema: TestSchema;
  let first: PostgresStore;
  let second: PostgresStore;

  beforeAll(async () => {
    schema = await freshPostgresSchema('ng_concurrency');
    first = new PostgresStore(schema.url, { poolMax: 3 });
    second = new PostgresStore(schema.url, { poolMax: 3 });
    await first.migrate();
    await second.migrate();
  });

  afterAll(async () => {
    await first.close();
    await second.close();
    await schema.drop();
  });

  it('writes an article ingested by both stores at the same moment once, and tells exactly one of them it created it', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const text = `Round ${round}: Mayor Ingrid ${surname(round)} opened the bridge in Tromsvik.`;
      const extraction = article(text, { title: `Bridge ${round}` })
        .person('p', `Ingrid ${surname(round)}`)
        .location('l', 'Tromsvik', { gazetteerId: 'city:XX:tromsvik' })
        .build();
      const before = (await first.stats()).documents;
      const results = await Promise.all([first.ingestDocument({ text }, extraction), second.ingestDocument({ text }, extraction)]);
      expect(results.map((r) => r.created).sort()).toEqual([false, true]);
      expect(results[0].document.id).toBe(results[1].document.id);
      expect((await second.stats()).documents).toBe(before + 1);
      expect(await entitiesNamed(first, `Ingrid ${surname(round)}`)).toHaveLength(1);
    }
  });

  it('makes one entity of a new person that two different articles name at the same moment', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const name = `Vera ${surname(round + ROUNDS)}`;
      const one = `${name} spoke on Tuesday.`;
      const other = `Officials said ${name} left early.`;
      const [a, b] = await Promise.all([
        first.ingestDocument({ text: one }, article(one).person('p', name).build()),
        second.ingestDocument({ text: other }, article(other).person('x', name).build()),
      ]);
      expect([a.created, b.created]).toEqual([true, true]);
      const people = await entitiesNamed(first, name);
      expect(people).toHaveLength(1);
      expect(people[0].mentionCount).toBe(2);
      const [documents] = await second.documentsByEntity([people[0].id], ALL);
      expect(documents.items.map((d) => d.id).sort()).toEqual([a.document.id, b.document.id].sort());
    }
  });

  it('makes one entity of a new place without a gazetteer id that two articles name at the same moment', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const place = `Lys${surname(round)}`;
      const one = `Storms hit ${place} overnight.`;
      const other = `Ferries to ${place} were cancelled.`;
      await Promise.all([
        first.ingestDocument({ text: one }, article(one).location('l', place).build()),
        second.ingestDocument({ text: other }, article(other).location('y', place).build()),
      ]);
      const places = await entitiesNamed(first, place);
      expect(places).toHaveLength(1);
      expect(places[0].mentionCount).toBe(2);
    }
  });

  it('does not deadlock when two articles name the same people in opposite orders', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const p = `Arne ${surname(round + 2 * ROUNDS)}`;
      const q = `Britt ${surname(round + 2 * ROUNDS)}`;
      const build = (text: string, names: string[]): ExtractionResult =>
        names.reduce((fixture, name, i) => fixture.person(`e${i}`, name), article(text)).relation('MET', 'e0', 'e1').build();
      const one = `${p} met ${q} (round ${round}).`;
      const other = `${q} met ${p} again (round ${round}).`;
      await Promise.all([
        first.ingestDocument({ text: one }, build(one, [p, q])),
        second.ingestDocument({ text: other }, build(other, [q, p])),
      ]);
      const [arne] = await entitiesNamed(first, p);
      expect(await entitiesNamed(first, q)).toHaveLength(1);
      const [met] = await first.relationsByEntity([arne.id], { type: 'MET' }, ALL);
      // MET is symmetric: one relation with the evidence of both articles.
      expect(met.totalCount).toBe(1);
      expect(met.items[0].evidence).toHaveLength(2);
    }
  });

  it('merges into the same two people from two articles that reach them through different names, crossing over', async () => {
    // Each person has two keys ("Anna M. Kolxx" and "Anna Kolxx"); the articles lock disjoint keys, then reach the
    // same two rows in opposite orders. The store row-locks them in id order first (else PostgreSQL aborts one as
    // a deadlock, and the store runs it again): both articles land and the people stay one each.
    for (let round = 0; round < 4; round++) {
      const anna = { name: `Anna ${surname(round + 3 * ROUNDS)}`, long: `Anna M. ${surname(round + 3 * ROUNDS)}` };
      const carl = { name: `Carl ${surname(round + 4 * ROUNDS)}`, long: `Carl J. ${surname(round + 4 * ROUNDS)}` };
      const seed = `${anna.name}, also known as ${anna.long}, met ${carl.name}, also known as ${carl.long}.`;
      await first.ingestDocument(
        { text: seed },
        article(seed).person('a', anna.name, { aliases: [anna.long] }).person('c', carl.name, { aliases: [carl.long] }).build(),
      );
      const one = `${anna.name} called ${carl.long} (round ${round}).`;
      const other = `${carl.name} called ${anna.long} (round ${round}).`;
      await Promise.all([
        first.ingestDocument({ text: one }, article(one).person('a', anna.name).person('c', carl.long).build()),
        second.ingestDocument({ text: other }, article(other).person('c', carl.name).person('a', anna.long).build()),
      ]);
      const everyone = (await first.listEntities({ types: ['Person'] }, ALL)).items;
      for (const person of [anna, carl]) {
        const named = everyone.filter((e) => [e.name, ...e.aliases].some((n) => n === person.name || n === person.long));
        expect(named).toHaveLength(1);
        const [documents] = await first.documentsByEntity([named[0].id], ALL);
        expect(documents.totalCount).toBe(3);
      }
    }
  });

  it('changes the data version seen by one store when the other one writes', async () => {
    const seen = await first.dataVersion();
    const text = 'Harbourmaster Odd Brekkestad closed the port.';
    await second.ingestDocument({ text }, article(text).person('p', 'Odd Brekkestad').build());
    expect(await first.dataVersion()).not.toBe(seen);
  });
});

describe('PostgreSQL migrations started by two stores at once', () => {
  it('apply every migration once, and both stores start', async () => {
    for (let round = 0; round < 3; round++) {
      const schema = await freshPostgresSchema('ng_migrate_race');
      const stores = [new PostgresStore(schema.url, { poolMax: 2 }), new PostgresStore(schema.url, { poolMax: 2 })];
      try {
        await Promise.all(stores.map((store) => store.migrate()));
        const client = new Client({ connectionString: TEST_DATABASE_URL });
        await client.connect();
        try {
          const { rows } = await client.query(`SELECT version FROM "${schema.schema}".schema_migrations ORDER BY version`);
          expect(rows.map((row) => row.version)).toEqual(readPgMigrations().map((m) => m.version));
        } finally {
          await client.end();
        }
        expect(await stores[1].stats()).toEqual({ documents: 0, entities: 0, quotes: 0, relations: 0, mentions: 0 });
      } finally {
        await Promise.all(stores.map((store) => store.close()));
        await schema.drop();
      }
    }
  });
});
