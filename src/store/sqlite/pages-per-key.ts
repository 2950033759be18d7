/**
 * Per-parent pages as one LIMIT query and one COUNT per key, both prepared
 * once: in process a key costs microseconds, and a busy parent's page reads
 * its LIMIT rows instead of ranking all of its rows. Shared by the store's
 * batch reads and the analyst reads.
 */
import type Database from 'better-sqlite3';
import type { Page, PageArgs } from '../../graph/model';
import { checkPage } from '../pages-by-parent';
import { toRowId } from '../rows';

export function pagesPerKey<Row, T>(
  rowsOf: Database.Statement,
  countOf: Database.Statement,
  keys: readonly string[],
  params: Record<string, unknown>,
  page: PageArgs,
  map: (row: Row) => T,
): Page<T>[] {
  const { offset, limit } = checkPage(page);
  return keys.map((id) => {
    const key = toRowId(id);
    if (key === null) return { items: [], totalCount: 0 };
    const rows = limit === 0 ? [] : (rowsOf.all({ ...params, key, offset, limit }) as Row[]);
    const { total } = countOf.get({ ...params, key }) as { total: number };
    return { items: rows.map(map), totalCount: total };
  });
}
