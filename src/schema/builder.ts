/**
 * The one Pothos builder. Relay gives Node/global ids and cursor
 * connections; dataloader lets a resolver return an id and have the record
 * loaded in a batch. Nullability defaults follow the core contract:
 * `edges: [XEdge!]!` and `node: X!`, with a `totalCount` on every connection.
 */
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin, { decodeGlobalID } from '@pothos/plugin-relay';
import { badUserInput } from './bad-user-input';
import type { GraphQLContext } from './context';

export interface SchemaTypes {
  Context: GraphQLContext;
  DefaultEdgesNullability: { list: false; items: false };
  DefaultNodeNullability: false;
  Connection: { totalCount: number };
  DefaultFieldNullability: false;
}

export const builder = new SchemaBuilder<SchemaTypes>({
  plugins: [RelayPlugin, DataloaderPlugin],
  relay: {
    cursorType: 'String',
    // A malformed id is the client's mistake, not a server fault: say so.
    decodeGlobalID: (globalID: string) => {
      try {
        return decodeGlobalID(globalID);
      } catch {
        throw badUserInput(`"${globalID}" is not a valid id: ids are the opaque strings returned in \`id\` fields`);
      }
    },
    nodeTypeOptions: { description: 'An object that can be fetched again by its global id with `node(id:)`.' },
    idFieldOptions: { description: 'Opaque global id: pass it to `node(id:)` to fetch this object again.' },
    nodeQueryOptions: {
      description: 'Fetches any object by its global id; null when there is none.',
      args: { id: { description: 'A global id, as returned in an `id` field.' } },
    },
    nodesQueryOptions: {
      description: 'Fetches many objects by global id, in the order given; null for each id that matches nothing.',
      args: { ids: { description: 'Global ids, as returned in `id` fields.' } },
    },
    pageInfoTypeOptions: { description: 'Where a page stands in its list (Relay cursor connections).' },
    pageInfoFieldOptions: { description: 'Whether there are more items before or after this page, and the cursors at its ends.' },
    hasNextPageFieldOptions: { description: 'True when items follow this page: ask again with `after: endCursor`.' },
    hasPreviousPageFieldOptions: { description: 'True when items come before this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of the page; null for an empty page.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of the page; null for an empty page.' },
    edgesFieldOptions: { nullable: { list: false, items: false }, description: 'The items of this page, each with its cursor.' },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    cursorFieldOptions: { description: 'Opaque position of this item: pass it as `after` to continue from here.' },
  },
  // Output fields are non-null unless a field says otherwise, as in the contract.
  defaultFieldNullability: false,
});

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'Number of items in the whole list, over all pages (counted by the store, not by loading them).',
    resolve: (connection) => connection.totalCount,
  }),
);

builder.queryType({ description: 'Read the knowledge graph: entities, quotes, relations and the documents they come from.' });
builder.mutationType({ description: 'Add to the knowledge graph.' });
