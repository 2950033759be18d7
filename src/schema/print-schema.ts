/**
 * `npm run schema:print`: writes schema/schema.graphql, the served schema
 * printed from Pothos and sorted so that diffs show real changes only. A test
 * compares the committed file with a fresh print, so the two cannot drift.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './index';

export const SCHEMA_FILE = join(__dirname, '..', '..', 'schema', 'schema.graphql');

export function printSortedSchema(served: GraphQLSchema = schema): string {
  return printSchema(lexicographicSortSchema(served)) + '\n';
}

if (require.main === module) {
  writeFileSync(SCHEMA_FILE, printSortedSchema());
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}
