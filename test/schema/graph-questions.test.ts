/**
 * The graph questions through the HTTP interface, on the seed, the dev corpus
 * and two articles written for the tests, in a store of each adapter.
 */
import { offsetToCursor } from '@pothos/plugin-relay';
import { createApp, type App } from '../../src/server/create-app';
import type { Store } from '../../src/store/store';
import { ingestAnalystGraph } from '../server/analyst-graph';
import { postGraphQL } from '../server/app-harness';
import { ADAPTERS } from '../support/store-harness';

describe.each(ADAPTERS)('graph questions over HTTP (%s)', (_adapter, openStore) => {
  let temp: Awaited<ReturnType<typeof openStore>>;
  let app: App;
  let edgesOfCalls = 0;
  const storeCalls = new Map<string, number>();

  async function idOf(name: string, type?: string): Promise<string> {
    const result = await postGraphQL(app, `query($q: String!) { search(query: $q, first: 5) { edges { node { id name __typename } } } }`, { q: name });
    const hit = result.data!.search.edges.map((e: any) => e.node).find((n: any) => !type || n.__typename === type);
    if (!hit) throw new Error(`no entity named ${name}`);
    return hit.id;
  }

  beforeAll(async () => {
    temp = await openStore();
    await ingestAnalystGraph(temp.store);
    // Counts the path search's store calls, to show they follow frontiers, not nodes.
    const counting = new Proxy(temp.store, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (typeof value === 'function' && typeof prop === 'string') {
          const method = value as (...args: unknown[]) => unknown;
          const counted = (...args: unknown[]) => (storeCalls.set(prop, (storeCalls.get(prop) ?? 0) + 1), method.apply(target, args));
          if (prop !== 'edgesOf') return counted;
        }
        if (prop === 'edgesOf') return (...args: unknown[]) => (edgesOfCalls++, (value as Function).apply(target, args));
        return typeof value === 'function' ? value.bind(target) : value;
      },
    }) as Store;
    app = createApp({ store: counting, responseCache: false });
  }, 60_000);
  afterAll(() => temp?.close());

  const PATH = `query($from: ID!, $to: ID!, $maxHops: Int) {
    path(from: $from, to: $to, maxHops: $maxHops) {
      truncated
      paths { length confidence entities { id name } hops { type forward from { id name } to { id name } relation { source { id } target { id } evidence { text document { id } } } } }
    }
  }`;

  describe('path', () => {
    it('links Lavrov to Putin in two hops, every hop with evidence and joined end to end', async () => {
      const [lavrov, putin] = [await idOf('Lavrov'), await idOf('Putin')];
      const result = await postGraphQL(app, PATH, { from: lavrov, to: putin });
      expect(result.errors).toBeUndefined();
      const { paths } = result.data!.path;
      expect(paths.length).toBeGreaterThan(0);
      for (const path of paths) {
        expect(path.length).toBe(2);
        expect(path.entities[0].id).toBe(lavrov);
        expect(path.entities[path.entities.length - 1].id).toBe(putin);
        path.hops.forEach((hop: any, i: number) => {
          expect(hop.from.id).toBe(path.entities[i].id);
          expect(hop.to.id).toBe(path.entities[i + 1].id);
          expect(hop.relation.evidence.length).toBeGreaterThan(0);
          // `forward` says which end of the relation the hop leaves from.
          expect(hop.forward ? hop.relation.source.id : hop.relation.target.id).toBe(hop.from.id);
        });
      }
      // One chain goes through Kerry, whom both met.
      expect(paths.some((p: any) => p.entities[1].name === 'John Kerry' && p.hops.every((h: any) => h.type === 'MET'))).toBe(true);
    });

    it('finds nothing within one hop between Lavrov and Putin', async () => {
      const result = await postGraphQL(app, PATH, { from: await idOf('Lavrov'), to: await idOf('Putin'), maxHops: 1 });
      expect(result.data!.path.paths).toEqual([]);
    });

    it('searches with a store call per frontier, not per entity', async () => {
      edgesOfCalls = 0;
      const result = await postGraphQL(app, PATH, { from: await idOf('Lavrov'), to: await idOf('Syria', 'Location'), maxHops: 6 });
      expect(result.errors).toBeUndefined();
      expect(result.data!.path.paths[0].length).toBeGreaterThan(1);
      expect(edgesOfCalls).toBeLessThanOrEqual(result.data!.path.paths[0].length);
    });

    it.each([
      ['maxHops above the ceiling', { maxHops: 7 }],
      ['maxHops of zero', { maxHops: 0 }],
    ])('rejects %s as the client\'s mistake', async (_name, extra) => {
      const result = await postGraphQL(app, PATH, { from: await idOf('Lavrov'), to: await idOf('Putin'), ...extra });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('rejects the id of something that is not an entity', async () => {
      const docs = await postGraphQL(app, '{ documents(first: 1) { edges { node { id } } } }');
      const result = await postGraphQL(app, PATH, { from: docs.data!.documents.edges[0].node.id, to: await idOf('Putin') });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('answers under a search result, naming the other end in words', async () => {
      const result = await postGraphQL(
        app,
        `{ search(query: "Lavrov", first: 1) { edges { node { pathsTo(name: "Vladimir Putin") { paths { length entities { name } } } } } } }`,
      );
      expect(result.errors).toBeUndefined();
      const paths = result.data!.search.edges[0].node.pathsTo.paths;
      expect(paths[0].entities[paths[0].entities.length - 1].name).toBe('Vladimir Putin');
    });
  });

  describe('neighborhood', () => {
    const QUERY = `query($id: ID!, $depth: Int, $limit: Int, $types: [RelationType!]) {
      neighborhood(id: $id, depth: $depth, limit: $limit, types: $types) {
        truncated center { id } nodes { id depth entity { name } } edges { id type source target confidence }
      }
    }`;

    it('returns nodes and edges whose ends are all among the nodes, ready to draw', async () => {
      const kerry = await idOf('Kerry');
      const result = await postGraphQL(app, QUERY, { id: kerry, depth: 2 });
      expect(result.errors).toBeUndefined();
      const { nodes, edges, center } = result.data!.neighborhood;
      expect(center.id).toBe(kerry);
      const ids = new Set(nodes.map((n: any) => n.id));
      expect(ids.has(kerry)).toBe(true);
      for (const edge of edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      expect(nodes.map((n: any) => n.entity.name)).toEqual(expect.arrayContaining(['Vladimir Putin', 'Sergey Lavrov']));
      expect(Math.max(...nodes.map((n: any) => n.depth))).toBe(2);
    });

    it('keeps to the node limit and to the relation types asked for', async () => {
      const small = await postGraphQL(app, QUERY, { id: await idOf('Kerry'), depth: 2, limit: 3 });
      expect(small.data!.neighborhood.nodes).toHaveLength(3);
      expect(small.data!.neighborhood.truncated).toBe(true);
      const met = await postGraphQL(app, QUERY, { id: await idOf('Kerry'), types: ['MET'] });
      expect(new Set(met.data!.neighborhood.edges.map((e: any) => e.type))).toEqual(new Set(['MET']));
      expect(met.data!.neighborhood.nodes.map((n: any) => n.entity.name).sort()).toEqual(['John Kerry', 'Sergey Lavrov', 'Vladimir Putin']);
    });
  });

  describe('timeline', () => {
    it('orders an entity\'s quotes by publication date, not by ingest order', async () => {
      const result = await postGraphQL(
        app,
        `query($id: ID!) { timeline(entity: $id) { totalCount edges { node { kind date dateSource quote { text } document { publishedAt } } } } }`,
        { id: await idOf('Thomas Berg', 'Person') },
      );
      expect(result.errors).toBeUndefined();
      const entries = result.data!.timeline.edges.map((e: any) => e.node);
      const quotes = entries.filter((e: any) => e.kind === 'QUOTE');
      // Article B (January) was ingested after article A (March) but comes first.
      expect(quotes.map((q: any) => q.date)).toEqual(['2024-01-12', '2024-03-04']);
      expect(quotes[0].quote.text).toContain('insult');
      expect(quotes.every((q: any) => q.dateSource === 'PUBLICATION')).toBe(true);
      const dates = entries.map((e: any) => e.date).filter(Boolean);
      expect([...dates].sort()).toEqual(dates);
      expect(result.data!.timeline.totalCount).toBe(entries.length);
    });

    it('lists the events an entity took part in', async () => {
      const result = await postGraphQL(
        app,
        `{ search(query: "Kerry", first: 1) { edges { node { timeline { edges { node { kind event { name } } } } } } } }`,
      );
      const events = result.data!.search.edges[0].node.timeline.edges.filter((e: any) => e.node.kind === 'EVENT');
      expect(events.map((e: any) => e.node.event.name)).toEqual(expect.arrayContaining(['talks in Moscow']));
    });
  });

  describe('cooccurrences', () => {
    const QUERY = `query($id: ID!, $scope: CooccurrenceScope) {
      cooccurrences(entity: $id, scope: $scope, first: 50) { totalCount edges { node { count documentCount entity { name } } } }
    }`;

    it('counts the documents two people share', async () => {
      const result = await postGraphQL(app, QUERY, { id: await idOf('Thomas Berg', 'Person'), scope: 'DOCUMENT' });
      expect(result.errors).toBeUndefined();
      const jensen = result.data!.cooccurrences.edges.find((e: any) => e.node.entity.name === 'Maria Jensen');
      expect(jensen.node.count).toBe(2);
      expect(result.data!.cooccurrences.edges.map((e: any) => e.node.entity.name)).not.toContain('Thomas Berg');
    });

    it('counts shared sentences, most first, and leaves out people never named in the same sentence', async () => {
      const result = await postGraphQL(app, QUERY, { id: await idOf('Thomas Berg', 'Person'), scope: 'SENTENCE' });
      const rows = result.data!.cooccurrences.edges.map((e: any) => e.node);
      const counts = rows.map((r: any) => r.count);
      expect([...counts].sort((a: number, b: number) => b - a)).toEqual(counts);
      // Berg and Jensen share the opening sentence of both articles.
      expect(rows.find((r: any) => r.entity.name === 'Maria Jensen')).toMatchObject({ count: 2, documentCount: 2 });
      // Nobody from the seed article shares a sentence with Berg.
      expect(rows.map((r: any) => r.entity.name)).not.toContain('John Kerry');
      expect(result.data!.cooccurrences.totalCount).toBe(rows.length);
    });
  });

  describe('timelines and co-occurrences of many entities', () => {
    it('are read with one store call per question, whatever the number of entities', async () => {
      storeCalls.clear();
      const result = await postGraphQL(
        app,
        `{ people(first: 20) { edges { node { name
            timeline(first: 2) { totalCount edges { node { kind } } }
            cooccurrences(first: 2) { totalCount edges { node { count } } }
            inDocuments: cooccurrences(first: 2, scope: DOCUMENT) { totalCount }
        } } } }`,
      );
      expect(result.errors).toBeUndefined();
      const people = result.data!.people.edges;
      expect(people.length).toBeGreaterThan(10);
      expect(storeCalls.get('timelineByEntity')).toBe(1);
      // One call per distinct scope (sentence, document), not per person.
      expect(storeCalls.get('cooccurrencesByEntity')).toBe(2);
      // Batched pages keep each person's own totals.
      const berg = people.find((p: any) => p.node.name === 'Thomas Berg').node;
      expect(berg.timeline.totalCount).toBeGreaterThanOrEqual(2);
      expect(berg.inDocuments.totalCount).toBeGreaterThan(berg.cooccurrences.totalCount - 1);
    });

    it('keep totalCount on a page past the end', async () => {
      const id = await idOf('Thomas Berg', 'Person');
      const result = await postGraphQL(
        app,
        `query($id: ID!, $after: String) { timeline(entity: $id, after: $after) { totalCount edges { node { kind } } }
          cooccurrences(entity: $id, after: $after) { totalCount edges { node { count } } } }`,
        { id, after: offsetToCursor(500) },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.timeline.edges).toEqual([]);
      expect(result.data!.timeline.totalCount).toBeGreaterThan(0);
      expect(result.data!.cooccurrences.totalCount).toBeGreaterThan(0);
    });
  });

  describe('graph walks under a list', () => {
    it('are refused beyond ten per request, so a list cannot turn them into an unbounded query', async () => {
      const few = await postGraphQL(app, '{ people(first: 3) { edges { node { neighborhood { nodes { id } } } } } }');
      expect(few.errors).toBeUndefined();
      const many = await postGraphQL(app, '{ people(first: 12) { edges { node { name neighborhood { nodes { id } } } } } }');
      expect(many.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(many.errors?.[0].message).toContain('at most 10');
      // graphql-js answers as soon as the error reaches the root; the ten allowed walks finish afterwards.
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
  });
});
