/**
 * Rows of a `WHERE id IN (keys)` statement put back in the callers' key order,
 * as DataLoader needs: SQL row order is never trusted. Both adapters read
 * their rows with their own driver and answer through these.
 */
import { toRowId } from './rows';

/** One record or null per id, in id order (an id that names no row, or no longer exists, is null). */
export function recordsById<Row extends { id: number }, T>(ids: readonly string[], rows: readonly Row[], map: (row: Row) => T): (T | null)[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => {
    const rowId = toRowId(id);
    const row = rowId === null ? undefined : byId.get(rowId);
    return row ? map(row) : null;
  });
}

/** Unpaged small lists: rows grouped by `parent`, one list per key in key order, rows in statement order. */
export function listsInKeyOrder<Row extends { parent: number }, T>(keys: readonly string[], rows: readonly Row[], map: (row: Row) => T): T[][] {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    let group = groups.get(row.parent);
    if (!group) groups.set(row.parent, (group = []));
    group.push(map(row));
  }
  return keys.map((key) => {
    const rowId = toRowId(key);
    return (rowId === null ? undefined : groups.get(rowId)) ?? [];
  });
}
