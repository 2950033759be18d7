import { readFileSync } from 'node:fs';
import { printSortedSchema, SCHEMA_FILE } from '../../src/schema/print-schema';

describe('schema/schema.graphql', () => {
  it('equals the schema printed from the Pothos types (if not, run npm run schema:print and commit it)', () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    const printed = printSortedSchema();
    if (committed !== printed) {
      throw new Error('schema/schema.graphql is out of date with src/schema: run npm run schema:print (then npm run codegen) and commit the result');
    }
  });
});
