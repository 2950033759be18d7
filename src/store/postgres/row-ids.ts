/**
 * Store ids as PostgreSQL int4 keys. Ids are decimal rowids (src/store/rows
 * toRowId); a number past int4 names no row here, and PostgreSQL would reject it
 * as a parameter rather than find nothing, so it is treated as no id at all.
 */
import { toRowId } from '../rows';

const MAX_INT4 = 2147483647;

/** A store id as an int4 key, or null when it names no row. */
export function rowIdParam(id: string): number | null {
  const rowId = toRowId(id);
  return rowId !== null && rowId <= MAX_INT4 ? rowId : null;
}

/** An id filter's value: an id that names no row matches nothing (-1 is never a row). */
export function rowIdOrNone(id: string): number {
  return rowIdParam(id) ?? -1;
}

/** Keys as one int[]; ids that name no row are left out (their result is empty). */
export function keysParam(ids: readonly string[]): number[] {
  return ids.map(rowIdParam).filter((id): id is number => id !== null);
}
