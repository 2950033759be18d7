/**
 * Relay `first`/`after` -> the store's {offset, limit}. Cursors are offsets
 * (the store pages with OFFSET/LIMIT), so `after` is "the item at offset n"
 * and the next page starts at n + 1.
 */
import { cursorToOffset } from '@pothos/plugin-relay';
import type { PageArgs } from '../graph/model';
import { badUserInput } from './bad-user-input';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
}

/** `first` above the maximum is clamped (a client asking for 1000 gets 100); negative is rejected. */
export function toPageArgs(args: ConnectionArgs): PageArgs {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (first < 0) throw badUserInput(`first must be 0 or more (got ${first}); pages hold at most ${MAX_PAGE_SIZE} items`);
  return { offset: args.after == null ? 0 : offsetAfter(args.after), limit: Math.min(first, MAX_PAGE_SIZE) };
}

function offsetAfter(cursor: string): number {
  let offset: number;
  try {
    offset = cursorToOffset(cursor);
  } catch {
    offset = Number.NaN;
  }
  if (!Number.isInteger(offset) || offset < 0) {
    throw badUserInput(`after: "${cursor}" is not a cursor of this list; pass a cursor returned in an edge or pageInfo`);
  }
  return offset + 1;
}
