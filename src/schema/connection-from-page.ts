/**
 * A store Page -> a Relay connection. totalCount is the store's COUNT, so
 * hasNextPage is known without fetching one extra row.
 */
import { offsetToCursor } from '@pothos/plugin-relay';
import type { Page, PageArgs } from '../graph/model';
import { type ConnectionArgs, toPageArgs } from './page-args';

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

export function connectionFromPage<T>(page: Page<T>, args: PageArgs): ConnectionShape<T> {
  const edges = page.items.map((node, i) => ({ cursor: offsetToCursor(args.offset + i), node }));
  return {
    edges,
    pageInfo: {
      hasPreviousPage: args.offset > 0,
      hasNextPage: args.offset + page.items.length < page.totalCount,
      startCursor: edges.length > 0 ? edges[0].cursor : null,
      endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null,
    },
    totalCount: page.totalCount,
  };
}

/** The resolver of every connection field: first/after -> the store's page -> a connection. */
export async function resolveConnection<T>(args: ConnectionArgs, load: (page: PageArgs) => Promise<Page<T>>): Promise<ConnectionShape<T>> {
  const page = toPageArgs(args);
  return connectionFromPage(await load(page), page);
}
