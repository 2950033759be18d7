/**
 * NEWSGRAPH_INTROSPECTION=false: the schema is not described to clients,
 * neither by introspection nor by "Did you mean" hints; GraphiQL is off.
 */
import { codes, post, secureApp, useSeededStore } from './secure-app';

const seeded = useSeededStore();

const misspelt = '{ peple(first: 1) { totalCount } }';

describe('with introspection off', () => {
  const closed = () => secureApp(seeded.store, { introspection: false });

  it.each([
    ['__schema', '{ __schema { types { name } } }'],
    ['__type', '{ __type(name: "Person") { fields { name } } }'],
  ])('refuses %s with INTROSPECTION_DISABLED', async (_name, query) => {
    const response = await post(closed(), { query });
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['INTROSPECTION_DISABLED']);
    expect(JSON.stringify(response.body)).not.toMatch(/Person|Entity/);
  });

  it('hides field suggestions', async () => {
    const message = (await post(closed(), { query: misspelt })).body.errors![0].message;
    expect(message).toMatch(/Cannot query field "peple"/);
    expect(message).not.toMatch(/Did you mean|"people"/);
  });

  it('still answers __typename and ordinary queries', async () => {
    const response = await post(closed(), { query: '{ __typename people(first: 1) { totalCount } }' });
    expect(response.body.errors).toBeUndefined();
  });

  it('serves no GraphiQL page', async () => {
    const page = await closed().fetch('http://newsgraph.test/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/graphiql/i);
  });
});

describe('with introspection on (the default)', () => {
  it('answers __schema and suggests the field meant', async () => {
    const open = secureApp(seeded.store);
    expect((await post(open, { query: '{ __schema { queryType { name } } }' })).body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    expect((await post(open, { query: misspelt })).body.errors![0].message).toMatch(/Did you mean "people"/);
  });
});
