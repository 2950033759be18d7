/**
 * GraphiQL's opening tabs: the saved example operations of schema/operations
 * for the analyst's questions, who said what first. Each runs as is: its
 * variables have defaults that find something in the seed graph.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const OPERATIONS_DIR = join(__dirname, '..', '..', 'schema', 'operations');

/** In the order the tabs open. */
export const GRAPHIQL_TAB_FILES = [
  'who-said-what.graphql',
  'how-are-they-connected.graphql',
  'neighborhood.graphql',
  'timeline.graphql',
  'cooccurrences.graphql',
];

export function graphiqlTabs(): { query: string }[] {
  return GRAPHIQL_TAB_FILES.map((file) => ({ query: readFileSync(join(OPERATIONS_DIR, file), 'utf8') }));
}
