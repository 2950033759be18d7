/**
 * Each query limit refuses a hostile query with its own code, a message that
 * says what was over which limit, status 400 and no stack; queries within the
 * limits still run.
 */
import { NESTED_QUERY } from '../../bench/nested-query';
import type { App } from '../../src/server/create-app';
import { DEFAULT_SECURITY } from '../../src/server/security-options';
import { codes, post, secureApp, useSeededStore } from './secure-app';

const seeded = useSeededStore();
let app: App;

beforeAll(() => {
  app = secureApp(seeded.store);
});

/** `{ people { edges { node {` then `quotes { edges { node { speaker { ... on Person {` `times` times, then `name`: 4 + 4 × times fields deep. */
function nestedQuotes(times: number, first = 1): string {
  const open = `quotes(first: ${first}) { edges { node { speaker { ... on Person { `.repeat(times);
  return `{ people(first: ${first}) { edges { node { ${open} name ${'} } } } } '.repeat(times)}} } } }`;
}

const hostile: [string, string, string, RegExp][] = [
  ['a query 20 fields deep', nestedQuotes(4), 'QUERY_TOO_DEEP', /is 20 fields deep; the limit is 15/],
  [
    'sixteen aliases',
    `{ ${Array.from({ length: 16 }, (_, i) => `p${i}: people(first: 1) { totalCount }`).join(' ')} }`,
    'TOO_MANY_ALIASES',
    /^Aliases limit of 15 exceeded, found 16\./,
  ],
  ['a document of over 1000 tokens', `{ ${'__typename '.repeat(1200)}}`, 'QUERY_TOO_LARGE', /^Token limit of 1000 exceeded\./],
  ['21 directives', `{ ${'__typename @skip(if: false) '.repeat(21)}}`, 'TOO_MANY_DIRECTIVES', /^Directives limit of 20 exceeded, found 21\./],
  [
    'pages of 100 nested three deep',
    `{ people(first: 100) { edges { node { quotes(first: 100) { edges { node { speaker { ... on Person {
       quotes(first: 100) { edges { node { text } } } } } } } } } } } }`,
    'QUERY_TOO_COSTLY',
    /^The operation costs \d+; the limit is 100000\./,
  ],
  ['first: 101', '{ people(first: 101) { totalCount } }', 'FIRST_TOO_LARGE', /^Query\.people: first is 101; the largest page is 100\./],
];

describe('query limits with the defaults', () => {
  it.each(hostile)('refuse %s with its code, status 400 and no stack', async (_name, query, code, message) => {
    const response = await post(app, { query });
    expect(response.status).toBe(400);
    expect(codes(response)).toContain(code);
    const error = response.body.errors!.find((e) => e.extensions?.code === code)!;
    expect(error.message).toMatch(message);
    expect(JSON.stringify(response.body)).not.toMatch(/stack|\.ts:\d+|node_modules|http/);
    expect(response.body.data ?? null).toBeNull();
  });

  it('answer 200 to a client that accepts only application/json, as GraphQL over HTTP asks', async () => {
    const response = await post(app, { query: '{ people(first: 101) { totalCount } }' }, { accept: 'application/json' });
    expect(response.status).toBe(200);
    expect(codes(response)).toEqual(['FIRST_TOO_LARGE']);
  });

  it('price a page size sent as a variable at the value sent', async () => {
    const query = 'query ($n: Int) { people(first: $n) { totalCount } }';
    expect(codes(await post(app, { query, variables: { n: 100 } }))).toEqual([]);
    const refused = await post(app, { query, variables: { n: 5000 } });
    expect(codes(refused)).toEqual(['FIRST_TOO_LARGE']);
    expect(refused.body.errors![0].message).toMatch(/first is 5000/);
  });

  it('name each connection whose first is too large', async () => {
    const response = await post(app, { query: '{ people(first: 150) { edges { node { quotes(first: 200) { totalCount } } } } }' });
    expect(response.body.errors!.map((e) => e.message)).toEqual([
      expect.stringMatching(/^Query\.people: first is 150/),
      expect.stringMatching(/^Person\.quotes: first is 200/),
    ]);
  });

  it('still answer the benchmark analyst query, 7 fields deep with pages of 10 and 5', async () => {
    const response = await post(app, { query: NESTED_QUERY });
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect((response.body.data as { people: { totalCount: number } }).people.totalCount).toBeGreaterThan(0);
  });

  it('answer normal queries while hostile ones are refused alongside them', async () => {
    const mixed = await Promise.all([
      ...hostile.map(([, query]) => post(app, { query })),
      post(app, { query: NESTED_QUERY }),
      post(app, { query: '{ people(first: 100) { totalCount edges { node { name } } } }' }),
    ]);
    expect(mixed.slice(0, hostile.length).every((r) => r.status === 400)).toBe(true);
    for (const normal of mixed.slice(hostile.length)) expect(normal.body.errors).toBeUndefined();
  });
});

describe('the cost limit', () => {
  // people: 1 + 100 × (edges 1 + node 1 + quotes (1 + 100 × (edges 1 + node 1 + text 1))) = 1 + 100 × 303
  const twoPages = '{ people(first: 100) { edges { node { quotes(first: 100) { edges { node { text } } } } } } }';

  it('says the computed cost and the limit', async () => {
    const strict = secureApp(seeded.store, { maxCost: 30_000 });
    const response = await post(strict, { query: twoPages });
    expect(codes(response)).toEqual(['QUERY_TOO_COSTLY']);
    expect(response.body.errors![0].message).toMatch(/^The operation costs 30301; the limit is 30000\./);
  });

  it('lets the same query through when the limit is above its cost', async () => {
    const response = await post(secureApp(seeded.store, { maxCost: 30_301 }), { query: twoPages });
    expect(response.body.errors).toBeUndefined();
  });

  it('counts a connection without first at its default page of 20', async () => {
    // 1 + 20 × (edges 1 + node 1 + name 1) = 61
    const query = '{ people { edges { node { name } } } }';
    expect(codes(await post(secureApp(seeded.store, { maxCost: 60 }), { query }))).toEqual(['QUERY_TOO_COSTLY']);
    expect(codes(await post(secureApp(seeded.store, { maxCost: 61 }), { query }))).toEqual([]);
  });
});

describe('each limit is configurable', () => {
  it.each([
    ['maxDepth', { maxDepth: 3 }, '{ people(first: 1) { edges { node { name } } } }', 'QUERY_TOO_DEEP'],
    ['maxAliases', { maxAliases: 1 }, '{ a: people(first: 1) { totalCount } b: people(first: 1) { totalCount } }', 'TOO_MANY_ALIASES'],
    ['maxTokens', { maxTokens: 5 }, '{ people(first: 1) { totalCount } }', 'QUERY_TOO_LARGE'],
    ['maxDirectives', { maxDirectives: 0 }, '{ __typename @skip(if: false) }', 'TOO_MANY_DIRECTIVES'],
    ['maxFirst', { maxFirst: 10 }, '{ people(first: 11) { totalCount } }', 'FIRST_TOO_LARGE'],
  ] as const)('%s', async (_name, security, query, code) => {
    expect(codes(await post(app, { query }))).toEqual([]);
    expect(codes(await post(secureApp(seeded.store, security), { query }))).toContain(code);
  });

  it('defaults are those documented in SECURITY.md', () => {
    expect(DEFAULT_SECURITY).toMatchObject({ maxDepth: 15, maxAliases: 15, maxTokens: 1000, maxDirectives: 20, maxCost: 100_000, maxFirst: 100 });
  });
});
