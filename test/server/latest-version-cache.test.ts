import { createLatestVersionCache } from '../../src/server/use-graph-versioned-response-cache';

const result = (name: string) => ({ data: { person: { name } } });

describe('the response cache of the latest data version', () => {
  it('keeps results while the data version stays the same', async () => {
    const latest = createLatestVersionCache();
    latest.enterVersion('7.0');
    await latest.cache.set('key-a', result('A'), [], 60_000);
    latest.enterVersion('7.0');
    expect(await latest.cache.get('key-a')).toEqual(result('A'));
  });

  it('drops every result of the older version once the version changes', async () => {
    const latest = createLatestVersionCache();
    latest.enterVersion('7.0');
    await latest.cache.set('key-a', result('A'), [], 60_000);
    await latest.cache.set('key-b', result('B'), [{ typename: 'Person', id: 'p1' }], 60_000);
    latest.enterVersion('7.1');
    expect(await latest.cache.get('key-a')).toBeNull();
    expect(await latest.cache.get('key-b')).toBeNull();
    await latest.cache.set('key-c', result('C'), [], 60_000);
    expect(await latest.cache.get('key-c')).toEqual(result('C'));
  });

  it('still invalidates by entity within the current version', async () => {
    const latest = createLatestVersionCache();
    latest.enterVersion('1.0');
    await latest.cache.set('key-a', result('A'), [{ typename: 'Person', id: 'p1' }], 60_000);
    await latest.cache.set('key-b', result('B'), [{ typename: 'Person', id: 'p2' }], 60_000);
    await latest.cache.invalidate([{ typename: 'Person', id: 'p1' }]);
    expect(await latest.cache.get('key-a')).toBeNull();
    expect(await latest.cache.get('key-b')).toEqual(result('B'));
  });

  it('holds at most `max` results of one version', async () => {
    const latest = createLatestVersionCache(2);
    latest.enterVersion('1.0');
    for (const key of ['k1', 'k2', 'k3']) await latest.cache.set(key, result(key), [], 60_000);
    expect(await latest.cache.get('k1')).toBeNull();
    expect(await latest.cache.get('k3')).toEqual(result('k3'));
  });
});
