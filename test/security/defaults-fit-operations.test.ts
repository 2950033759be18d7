/**
 * Every operation the project ships runs within the default limits: the
 * example operations of schema/operations (the explorer's and GraphiQL's
 * tabs among them), codegen's persisted operations and the README's
 * examples. Each is priced and counted here against DEFAULT_SECURITY, so a
 * new operation that needs a larger limit fails this test rather than a user.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FragmentDefinitionNode, Kind, Lexer, type OperationDefinitionNode, parse, Source, TokenKind, validate } from 'graphql';
import { schema } from '../../src/schema';
import { maxDepthRule } from '../../src/server/max-depth-rule';
import { queryCost } from '../../src/server/query-cost';
import { DEFAULT_SECURITY } from '../../src/server/security-options';
import { readPersistedDocuments } from '../../src/server/use-persisted-operations';

const root = join(__dirname, '..', '..');
const operationsDir = join(root, 'schema', 'operations');
const fragmentFiles = readdirSync(operationsDir).filter((f) => f.endsWith('.graphql'));
// Fragment files are shared by the explorer's operations: parse each operation file with all of them.
const allFragments = fragmentFiles
  .map((f) => readFileSync(join(operationsDir, f), 'utf8'))
  .filter((text) => !/^\s*(query|mutation|subscription)\b/m.test(text))
  .join('\n');

const documents: [string, string][] = [
  ...fragmentFiles
    .map((f): [string, string] => [`schema/operations/${f}`, readFileSync(join(operationsDir, f), 'utf8')])
    .filter(([, text]) => /^\s*(query|mutation|subscription)\b/m.test(text)),
  ...Object.entries(readPersistedDocuments()).map(([hash, text]): [string, string] => [`persisted ${hash.slice(0, 16)}`, text]),
  ...[...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((m, i): [string, string] => [`README example ${i + 1}`, m[1]]),
];

function tokenCount(text: string): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

function withFragments(text: string): string {
  const used = [...text.matchAll(/\.\.\.\s*([A-Za-z_]\w*)/g)].map((m) => m[1]).filter((name) => name !== 'on');
  const defined = new Set([...text.matchAll(/fragment\s+(\w+)/g)].map((m) => m[1]));
  return used.some((name) => !defined.has(name)) ? `${text}\n${allFragments}` : text;
}

describe('the operations the project ships fit the default limits', () => {
  it('are there to check', () => {
    expect(documents.length).toBeGreaterThan(20);
  });

  it.each(documents)('%s', (_name, text) => {
    const limits = DEFAULT_SECURITY;
    expect(tokenCount(text)).toBeLessThanOrEqual(limits.maxTokens);
    const document = parse(withFragments(text));
    expect(validate(schema, document, [maxDepthRule(limits.maxDepth)])).toEqual([]);
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    for (const operation of operations) {
      const aliases = (JSON.stringify(operation).match(/"alias":\{"kind":"Name"/g) ?? []).length;
      expect(aliases).toBeLessThanOrEqual(limits.maxAliases);
      expect((JSON.stringify(operation).match(/"kind":"Directive"/g) ?? []).length).toBeLessThanOrEqual(limits.maxDirectives);
      // Variables at their defaults; `first` of 100 where a variable sets a page size with no default.
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? [])
          .filter((v) => !v.defaultValue && /^(first|limit|\w*Size)$/.test(v.variable.name.value))
          .map((v) => [v.variable.name.value, limits.maxFirst]),
      );
      const { cost, firstTooLarge } = queryCost(schema, operation, fragments, variables, limits.maxFirst);
      expect(firstTooLarge).toEqual([]);
      expect(cost).toBeLessThanOrEqual(limits.maxCost);
    }
  });
});
