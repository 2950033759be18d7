/**
 * /explore serves the bundled explorer page: built on the first request when
 * missing or stale, only the files the build wrote, nothing else.
 */
import { mkdtempSync, readFileSync, rmSync, unlinkSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSchema, createYoga } from 'graphql-yoga';
import { buildExplorer, EXPLORER_SOURCE_DIR, explorerBundleIsStale, useExplorer } from '../../src/server/explorer';

let outDir: string;
let yoga: ReturnType<typeof createYoga>;

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'newsgraph-explorer-'));
  yoga = createYoga({ schema: createSchema({ typeDefs: 'type Query { ok: Boolean }' }), plugins: [useExplorer({ outDir })], logging: false });
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const get = (path: string, init: RequestInit = {}) => yoga.fetch(`http://newsgraph.test${path}`, init);

describe('the /explore route', () => {
  it('sends /explore to /explore/ with its query string, so that the page’s relative URLs resolve', async () => {
    const response = await get('/explore?max=50');
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe('/explore/?max=50');
  });

  it('builds the page on the first request and serves index.html at /explore/', async () => {
    const response = await get('/explore/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain('<script src="explorer.js"></script>');
    // Nothing from the network at run time: no CDN, no tile server.
    expect(html).not.toMatch(/(src|href)="https?:/);
  }, 30000);

  it.each([
    ['/explore/explorer.js', 'text/javascript; charset=utf-8'],
    ['/explore/explorer.css', 'text/css; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect((await response.text()).length).toBeGreaterThan(1000);
  });

  it.each(['/explore/missing.js', '/explore/manifest.json', '/explore/%2e%2e/package.json', '/explore/..%2fpackage.json', '/explore/assets/'])(
    'answers 404 for %s (not a file of the bundle)',
    async (path) => {
      expect((await get(path)).status).toBe(404);
    },
  );

  it('refuses to be posted to', async () => {
    expect((await get('/explore/', { method: 'POST', body: '{}' })).status).toBe(405);
  });

  it('leaves other paths to the server: /exploreX and /graphql are not the page', async () => {
    expect((await get('/exploreX')).status).toBe(404);
    const answer = await get('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ ok }' }) });
    expect(await answer.json()).toEqual({ data: { ok: null } });
  });
});

describe('explorerBundleIsStale', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-explorer-stale-'));
    await buildExplorer({ outDir: dir, minify: false });
  }, 30000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is false right after a build', () => {
    expect(explorerBundleIsStale(dir)).toBe(false);
  });

  it('records the page’s sources and the libraries it bundles as inputs', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { inputs: string[] };
    expect(manifest.inputs).toEqual(expect.arrayContaining([join(EXPLORER_SOURCE_DIR, 'index.html'), join(EXPLORER_SOURCE_DIR, 'src', 'main.ts')]));
    expect(manifest.inputs.some((input) => input.includes('world-atlas'))).toBe(true);
  });

  it('is true when an input is newer than the bundle', () => {
    const manifest = join(dir, 'manifest.json');
    // Long before any checkout: an hour ago failed on a working tree checked out more than an hour earlier.
    const past = new Date('2000-01-01T00:00:00Z');
    utimesSync(manifest, past, past);
    expect(explorerBundleIsStale(dir)).toBe(true);
    utimesSync(manifest, new Date(), new Date());
    expect(explorerBundleIsStale(dir)).toBe(false);
  });

  it('is true when an output is missing, or when there was never a build', () => {
    unlinkSync(join(dir, 'explorer.css'));
    expect(explorerBundleIsStale(dir)).toBe(true);
    expect(explorerBundleIsStale(join(dir, 'nowhere'))).toBe(true);
  });
});
