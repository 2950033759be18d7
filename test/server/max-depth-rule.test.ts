import { buildSchema, parse, validate } from 'graphql';
import { maxDepthRule } from '../../src/server/max-depth-rule';
import { openHarness } from './app-harness';

const schema = buildSchema(`
  type Query { a: A }
  type A { b: A, name: String }
`);

function errors(query: string, max: number): string[] {
  return validate(schema, parse(query), [maxDepthRule(max)]).map((e) => e.message);
}

describe('maxDepthRule', () => {
  const cases: [string, string, number, boolean][] = [
    ['a query at the limit passes', '{ a { b { name } } }', 3, true],
    ['a query one level over is refused', '{ a { b { b { name } } } }', 3, false],
    ['inline fragments add no level of their own', '{ a { ... on A { b { name } } } }', 3, true],
    ['fragment spreads count the fields inside them', 'query Q { a { ...F } } fragment F on A { b { b { name } } }', 3, false],
    ['introspection fields are not counted', '{ __schema { types { fields { type { ofType { ofType { name } } } } } } }', 3, true],
    ['__typename is not a level', '{ a { b { __typename name } } }', 3, true],
  ];
  it.each(cases)('%s', (_name, query, max, passes) => {
    const found = errors(query, max);
    if (passes) expect(found).toEqual([]);
    else expect(found).toEqual([expect.stringMatching(new RegExp(`is ${max + 1} fields deep; the limit is ${max}`))]);
  });

  it('names the operation in its message', () => {
    expect(errors('query Deep { a { b { b { name } } } }', 2)[0]).toBe('The operation "Deep" is 4 fields deep; the limit is 2. Split it into several queries.');
  });

  it('does not loop on a fragment cycle', () => {
    expect(() => errors('{ a { ...F } } fragment F on A { b { ...F } }', 10)).not.toThrow();
  });

  it('is applied by the app: a too-deep query is refused before any resolver runs', async () => {
    const h = await openHarness();
    try {
      const met = (inner: string) => `met { edges { node { ... on Person { ${inner} } } } }`;
      const deep = `{ people { edges { node { ${met(met(met(met('name'))))} } } } }`;
      const result = await h.query(deep);
      expect(result.errors![0].message).toMatch(/is 16 fields deep; the limit is 15/);
      expect(result.data).toBeUndefined();
    } finally {
      await h.close();
    }
  });
});
