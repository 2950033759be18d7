/**
 * The PostgreSQL typo check (migration 004: newsgraph_edit_distance,
 * newsgraph_typo_match) gives the same answers as src/graph/name-match, which
 * the SQLite adapter calls: both on random name keys and queries from a small
 * alphabet (so that near misses are common), in one query per batch.
 */
import fc from 'fast-check';
import { allowedEdits, editDistance, typoMatches } from '../../src/graph/name-match';
import type { PostgresStore } from '../../src/store/postgres/pg-store';
import { postgresHarness, type StoreHarness } from '../support/store-harness';

const letters = fc.constantFrom('a', 'b', 'e', 'n', 'o', 'ø', 'é');
const word = fc.array(letters, { minLength: 1, maxLength: 9 }).map((chars) => chars.join(''));
const nameKey = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));

/** A word with one random edit: a letter dropped, added, changed, or two neighbours swapped. */
function edit(text: string, at: number, letter: string, kind: number): string {
  const i = at % (text.length + 1);
  switch (kind) {
    case 0:
      return text.slice(0, i) + text.slice(i + 1);
    case 1:
      return text.slice(0, i) + letter + text.slice(i);
    case 2:
      return text.slice(0, i) + letter + text.slice(i + 1);
    default:
      return i + 1 < text.length ? text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2) : text;
  }
}
const anEdit = fc.tuple(fc.nat(), letters, fc.integer({ min: 0, max: 3 }));
/** A name key and a query: a word of the key (or the whole key) with up to three edits, or any word. */
const keyAndQuery = nameKey.chain((key) =>
  fc.tuple(
    fc.constant(key),
    fc.oneof(
      word,
      fc.tuple(fc.constantFrom(key, ...key.split(' ')), fc.array(anEdit, { maxLength: 3 })).map(([start, edits]) =>
        edits.reduce((text, [at, letter, kind]) => edit(text, at, letter, kind), start),
      ),
    ),
  ),
);

describe('the PostgreSQL typo check', () => {
  let harness: StoreHarness;
  let store: PostgresStore;

  beforeAll(async () => {
    harness = await postgresHarness('ng_typo');
    store = harness.store as PostgresStore;
  });

  afterAll(async () => {
    await harness?.dispose();
  });

  it('measures the same edit distance as name-match editDistance', async () => {
    const pairs = fc.sample(fc.tuple(word, word, fc.integer({ min: 0, max: 3 })), { numRuns: 400, seed: 6 });
    const { rows } = await store.pool.query<{ distance: number }>(
      `SELECT newsgraph_edit_distance(a, b, m) AS distance FROM unnest($1::text[], $2::text[], $3::int[]) WITH ORDINALITY AS t(a, b, m, n) ORDER BY n`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1]), pairs.map((p) => p[2])],
    );
    const differing = pairs.filter(([a, b, max], i) => rows[i].distance !== editDistance(a, b, max));
    expect(differing).toEqual([]);
  });

  it('matches the same names as name-match typoMatches', async () => {
    const pairs = fc.sample(keyAndQuery, { numRuns: 600, seed: 6 }).filter(([, query]) => query.length > 0);
    const { rows } = await store.pool.query<{ matches: boolean }>(
      `SELECT newsgraph_typo_match(k, q, m) AS matches FROM unnest($1::text[], $2::text[], $3::int[]) WITH ORDINALITY AS t(k, q, m, n) ORDER BY n`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1]), pairs.map((p) => allowedEdits(p[1]))],
    );
    const differing = pairs.filter(([key, query], i) => rows[i].matches !== typoMatches(key, query));
    expect(differing).toEqual([]);
    // The sample has both answers, so the comparison means something.
    expect(new Set(rows.map((row) => row.matches))).toEqual(new Set([true, false]));
  });
});
