import { type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { schema } from '../../src/schema';
import { queryCost } from '../../src/server/query-cost';

function costOf(text: string, variables: Record<string, unknown> = {}, maxFirst = 100) {
  const document = parse(text);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return queryCost(schema, operation, fragments, variables, maxFirst);
}

describe('queryCost', () => {
  // Each row's cost is worked out by hand: every field 1, a page size multiplies what is below it.
  const cases: [string, string, Record<string, unknown>, number][] = [
    ['a scalar field costs 1', '{ __typename people(first: 1) { totalCount } }', {}, 1 + 1 * 1],
    ['the example of the module comment', '{ people(first: 10) { edges { node { quotes(first: 5) { edges { node { text } } } } } } }', {}, 1 + 10 * (1 + 1 + (1 + 5 * 3))],
    ['first from a variable', 'query ($n: Int) { people(first: $n) { edges { node { name } } } }', { n: 7 }, 1 + 7 * 3],
    ['first from a variable default', 'query ($n: Int = 4) { people(first: $n) { edges { node { name } } } }', {}, 1 + 4 * 3],
    ['first from a variable default over the maximum', 'query ($n: Int = 500) { people(first: $n) { totalCount } }', {}, 1 + 500 * 1],
    ['no first: the default page of 20', '{ people { edges { node { name } } } }', {}, 1 + 20 * 3],
    ['first: 0 counts its selection once', '{ people(first: 0) { totalCount } }', {}, 1 + 1],
    ['fragments count where they are spread', '{ people(first: 2) { edges { node { ...N } } } } fragment N on Person { name id }', {}, 1 + 2 * (1 + 1 + 2)],
    ['inline fragments count their fields', '{ people(first: 2) { edges { node { ... on Person { name } } } } }', {}, 1 + 2 * 3],
    ['introspection is free', '{ __schema { types { name fields { name } } } }', {}, 0],
  ];
  it.each(cases)('%s', (_name, text, variables, cost) => {
    expect(costOf(text, variables).cost).toBe(cost);
  });

  it('lists every first above the maximum with the field that asked', () => {
    expect(costOf('{ people(first: 300) { edges { node { quotes(first: 101) { totalCount } } } } }').firstTooLarge).toEqual([
      { field: 'Query.people', first: 300 },
      { field: 'Person.quotes', first: 101 },
    ]);
    expect(costOf('{ people(first: 100) { totalCount } }').firstTooLarge).toEqual([]);
    expect(costOf('query ($n: Int = 500) { people(first: $n) { totalCount } }').firstTooLarge).toEqual([{ field: 'Query.people', first: 500 }]);
  });

  it('survives a fragment cycle (validation reports it)', () => {
    expect(() => costOf('{ people(first: 1) { edges { node { ...A } } } } fragment A on Person { ...B } fragment B on Person { ...A }')).not.toThrow();
  });
});
