/** The `keys` parameter of SQLite's per-parent statements, read with json_each (PostgreSQL's is an int[]: postgres/row-ids.ts). */
import { toRowId } from '../rows';

/** Keys as one JSON array of rowids; ids that name no row are left out (their result is empty). */
export function keysParam(ids: readonly string[]): string {
  return JSON.stringify(ids.map(toRowId).filter((id): id is number => id !== null));
}
