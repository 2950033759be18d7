/**
 * The analyst's root lists on SQLite read their page from an index in the
 * page order and stop after LIMIT rows: no sort of the whole table (a
 * "TEMP B-TREE FOR ORDER BY" in the plan), which at 10,000 articles cost
 * 10 ms a page of quotes by confidence.
 */
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';
import { SQL } from '../../src/store/sqlite/statements';
import { findDocumentsSql, findQuotesSql } from '../../src/store/sqlite/analyst-statements';
import { GRAPH_SQL } from '../../src/store/sqlite/graph-statements';
import type { DocumentOrder, QuoteOrder } from '../../src/store/store';

describe('SQLite root list plans', () => {
  let store: SqliteStore;

  beforeAll(async () => {
    store = new SqliteStore(':memory:');
    await store.migrate();
  });

  afterAll(async () => {
    await store.close();
  });

  function plan(sql: string, params: Record<string, unknown>): string[] {
    return (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((row) => row.detail);
  }

  const page = { offset: 0, limit: 20 };
  const sorted = (details: string[]) => details.filter((d) => /TEMP B-TREE FOR ORDER BY/.test(d));

  it.each<QuoteOrder>(['POSITION', 'DIRECT_FIRST', 'CONFIDENCE'])('reads quotes in %s order from an index', (order) => {
    const details = plan(findQuotesSql('TRUE', order).rows, page);
    expect(sorted(details)).toEqual([]);
    expect(details[0]).toMatch(/^SCAN q USING (COVERING )?INDEX/);
  });

  it.each<DocumentOrder>(['INGESTED', 'PUBLISHED_DESC', 'PUBLISHED_ASC'])('reads documents in %s order without sorting them', (order) => {
    const details = plan(findDocumentsSql('TRUE', order).rows, page);
    expect(sorted(details)).toEqual([]);
  });

  it("reads one speaker's quotes in document order from the speaker's index entries", () => {
    const details = plan(SQL['listQuotes.speaker'], { ...page, speakerId: 1, contains: null });
    expect(sorted(details)).toEqual([]);
    expect(details[0]).toMatch(/^SEARCH q USING INDEX \w+ \(speaker_id=\?\)/);
  });

  it("reads a frontier's edges from the relations' end indexes alone, never the table", () => {
    const details = plan(GRAPH_SQL.edgesOf, { keys: '[1, 2]', types: null, limit: 100 });
    const relationReads = details.filter((d) => /^(SCAN|SEARCH) r\b/.test(d));
    expect(relationReads).toHaveLength(2);
    for (const d of relationReads) expect(d).toMatch(/^SEARCH r USING COVERING INDEX \w+ \((source|target)_id=\?\)$/);
  });

  it('counts the entities of the given types from the type index, not every entity', () => {
    const details = plan(SQL.listEntitiesCount, { types: '["Person"]' });
    expect(details[0]).toMatch(/^SEARCH e USING COVERING INDEX \w+ \(type=\?\)$/);
  });

  it.each(['quotesBySpeaker.page', 'mentionsByEntity.page', 'documentsByEntity.page'] as const)(
    "reads %s from the parent's index entries in page order, without sorting them",
    (name) => {
      const details = plan(SQL[name], { ...page, key: 1 });
      expect(sorted(details)).toEqual([]);
      expect(details[0]).toMatch(/^SEARCH \w+ USING ((COVERING )?INDEX \w+|PRIMARY KEY) \((entity_id|speaker_id)=\?/);
    },
  );
});
