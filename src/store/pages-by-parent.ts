/**
 * Pages of a paged-per-parent statement (paged() in either adapter's
 * statements.ts): the statement returns, for every parent, row 1 (which
 * carries totalCount even when the page is past the end) and the page's rows;
 * this keeps the page's rows, in rank order, and answers one Page per key in
 * key order.
 */
import type { Page, PageArgs } from '../graph/model';
import { toRowId, type PagedColumns } from './rows';

export function pagesByParent<Row, T>(keys: readonly string[], rows: readonly (Row & PagedColumns)[], page: PageArgs, map: (row: Row) => T): Page<T>[] {
  const { offset, limit } = page;
  const pages = new Map<number, { rows: (Row & PagedColumns)[]; total: number }>();
  for (const row of rows) {
    let entry = pages.get(row.parent);
    if (!entry) pages.set(row.parent, (entry = { rows: [], total: row.total }));
    if (row.rn > offset && row.rn <= offset + limit) entry.rows.push(row);
  }
  return keys.map((key) => {
    const rowId = toRowId(key);
    const entry = rowId === null ? undefined : pages.get(rowId);
    if (!entry) return { items: [], totalCount: 0 };
    entry.rows.sort((a, b) => a.rn - b.rn);
    return { items: entry.rows.map(map), totalCount: entry.total };
  });
}

export function checkPage(page: PageArgs): PageArgs {
  const { offset, limit } = page;
  if (!Number.isInteger(offset) || offset < 0 || !Number.isInteger(limit) || limit < 0) {
    throw new RangeError(`a page needs a whole offset >= 0 and a whole limit >= 0, got offset=${offset} limit=${limit}`);
  }
  return page;
}
