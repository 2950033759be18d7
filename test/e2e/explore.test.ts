/**
 * The explorer page end to end: a real server (seed ingested into a temp
 * SQLite file, port 0) and Debian's Chromium driven by playwright-core. An
 * analyst searches "Kerry", expands him, sees Putin and Lavrov as his
 * neighbours, opens one of his quotes and reads it highlighted in the source
 * text. The last screen is saved as test-artifacts/explorer.png; with
 * UPDATE_SCREENSHOT=1 it also replaces docs/explorer.png (shown in the README).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ingestArticle } from '../../src/graph/ingest';
import { createApp } from '../../src/server/create-app';
import { listen } from '../../src/server/listen';
import { openTempStore } from '../server/app-harness';
import { launchChromium } from './launch-chromium';

const ROOT = join(__dirname, '..', '..');
const SCREENSHOT = join(ROOT, 'test-artifacts', 'explorer.png');
const README_SCREENSHOT = join(ROOT, 'docs', 'explorer.png');

const OTHER_TITLE = 'Trade ministers meet in Vienna';
const OTHER_ARTICLE = `${OTHER_TITLE}\n\nVIENNA (Newswire) - Austrian Trade Minister Maria Lindqvist met German Economy Minister Thomas Berger in Vienna on Monday. "We agreed on the next steps," Lindqvist told reporters after the talks.\n`;

let temp: Awaited<ReturnType<typeof openTempStore>>;
let server: Server;
let base: string;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
/** Bodies of the page's GraphQL requests. */
const graphqlBodies: Record<string, unknown>[] = [];

beforeAll(async () => {
  temp = await openTempStore();
  await ingestArticle(temp.store, { text: readFileSync(join(ROOT, 'seeds', 'reuters-kerry-putin-moscow.txt'), 'utf8'), title: 'Putin, Kerry acknowledge cooperation helped progress in Syria' });
  // A second article of our own, for the document filter.
  await ingestArticle(temp.store, { text: OTHER_ARTICLE, title: OTHER_TITLE });
  const listening = await listen(createApp({ store: temp.store }), 0);
  server = listening.server;
  base = `http://127.0.0.1:${listening.port}`;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (request) => {
    if (request.url() === `${base}/graphql` && request.method() === 'POST') graphqlBodies.push(JSON.parse(request.postData() ?? '{}'));
  });
  // Everything the page needs comes from this server: no CDN, no tile server.
  await page.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
}, 60000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  await temp?.close();
});

/** The drawn relations, as the List tab's table gives them: "source|TYPE|target". */
async function drawnRelations(): Promise<string[]> {
  return page.$$eval('#edge-table tbody tr', (rows) => rows.map((row) => `${row.getAttribute('data-source')}|${row.getAttribute('data-type')}|${row.getAttribute('data-target')}`));
}

describe('the graph explorer at /explore', () => {
  it('loads from the server alone and draws the most mentioned entities, at most ?max of them', async () => {
    // ?max=6: a small drawing budget, so that Kerry's neighbours are drawn because he was expanded.
    const response = await page.goto(`${base}/explore?max=6`);
    expect(response?.status()).toBe(200);
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Drawing'));
    expect(await page.textContent('#status')).toMatch(/^Drawing 6 of \d+ entities/);
  });

  it('finds Kerry through the search box suggestions and shows him in the side panel', async () => {
    await page.fill('#search-input', 'Kerry');
    await page.waitForSelector('#search-suggestions [role="option"][data-entity-id]');
    expect(await page.textContent('#search-suggestions [role="option"]')).toContain('John Kerry');
    await page.press('#search-input', 'Enter');
    await page.waitForFunction(() => document.querySelector('#entity-name')?.textContent === 'John Kerry');
  });

  it('expands Kerry from the keyboard and draws Putin and Lavrov as his neighbours', async () => {
    await page.focus('#graph');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /neighbours? loaded/.test(document.querySelector('#status')?.textContent ?? ''));
    const kerrysNeighbours = (await drawnRelations())
      .map((row) => row.split('|'))
      .filter(([source, , target]) => source === 'John Kerry' || target === 'John Kerry')
      .map(([source, , target]) => (source === 'John Kerry' ? target : source));
    expect(kerrysNeighbours).toEqual(expect.arrayContaining(['Vladimir Putin', 'Sergey Lavrov']));
  });

  it('opens one of Kerry’s quotes in its source text with exactly the quote highlighted', async () => {
    const quote = await page.waitForSelector('#entity-panel [data-quote-id]');
    const quoteId = await quote.getAttribute('data-quote-id');
    await quote.click();
    await page.waitForSelector('#source-text mark');
    const highlighted = await page.textContent('#source-text mark');
    // The quote's words as the API gives them, asked independently of the page.
    const answer = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query ($id: ID!) { node(id: $id) { ... on Quote { text speaker { name } } } }', variables: { id: quoteId } }),
    });
    const { data } = (await answer.json()) as { data: { node: { text: string; speaker: { name: string } } } };
    expect(data.node.speaker.name).toBe('John Kerry');
    expect(highlighted).toBe(data.node.text);
  });

  it('filters by document: only the entities the chosen article mentions and the relations it states', async () => {
    const value = await page.$eval('#document-filter', (select, title) => [...(select as HTMLSelectElement).options].find((o) => o.text.startsWith(title))?.value ?? '', OTHER_TITLE);
    expect(value).not.toBe('');
    await page.selectOption('#document-filter', value);
    await page.waitForFunction(() => !/John Kerry/.test(document.querySelector('#edge-table tbody')?.textContent ?? ''));
    const drawn = await drawnRelations();
    expect(drawn.length).toBeGreaterThan(0);
    for (const row of drawn) expect(row).not.toMatch(/Kerry|Putin|Lavrov/);
    await page.selectOption('#document-filter', '');
    await page.waitForFunction(() => /John Kerry/.test(document.querySelector('#edge-table tbody')?.textContent ?? ''));
  });

  it('shows the rest of the graph on demand and saves a screenshot for the README', async () => {
    await page.click('#show-more');
    await page.waitForFunction(() => !/^Drawing 6 /.test(document.querySelector('#status')?.textContent ?? ''));
    mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    // The layout moves a little between runs: the README's copy changes only when asked.
    if (process.env.UPDATE_SCREENSHOT === '1') copyFileSync(SCREENSHOT, README_SCREENSHOT);
    expect(existsSync(SCREENSHOT)).toBe(true);
  });

  it('places locations on an offline map, each with the events held there in its popup', async () => {
    await page.click('#tab-map');
    await page.waitForSelector('#map path[role="button"]');
    // Country outlines come from the bundled TopoJSON, drawn as non-interactive paths under the places.
    expect(await page.$$eval('#map path:not([role])', (paths) => paths.length)).toBeGreaterThan(100);
    const answer = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ search(query: "Moscow", types: [LOCATION], first: 1) { edges { node { name ... on Location { events { edges { node { name } } } } } } } }' }),
    });
    const { data } = (await answer.json()) as { data: { search: { edges: { node: { name: string; events: { edges: { node: { name: string } }[] } } }[] } } };
    const moscow = data.search.edges[0].node;
    const events = moscow.events.edges.map((edge) => edge.node.name);
    expect(events.length).toBeGreaterThan(0);
    // Keyboard: focus the place and press Enter to open its popup.
    await page.focus(`#map path[aria-label^="${moscow.name}:"]`);
    await page.keyboard.press('Enter');
    const popup = await page.waitForSelector(`.leaflet-popup .map-popup[data-location="${moscow.name}"]`);
    expect(await popup.$$eval('li', (items) => items.map((item) => item.textContent))).toEqual(events.map((name) => expect.stringContaining(name)));
  });

  it('raised no script errors', () => {
    expect(pageErrors).toEqual([]);
  });

  it('sent every operation as its persisted hash, never as query text (it works on a persisted-only server)', () => {
    expect(graphqlBodies.length).toBeGreaterThan(5);
    for (const body of graphqlBodies) {
      expect(body.query).toBeUndefined();
      expect(body.extensions).toEqual({ persistedQuery: { version: 1, sha256Hash: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    }
  });
});
