/**
 * An example typed client for newsgraph: @urql/core with the documents that
 * codegen generated from schema/operations. Results and variables are typed
 * by the operation, so `paths[0].hops[0].relation.evidence` is checked by tsc.
 *
 *   const client = createNewsgraphClient('http://localhost:4000/graphql');
 *   const chains = await howAreTheyConnected(client, 'Lavrov', 'Vladimir Putin');
 */
import { Client, fetchExchange } from '@urql/core';
import {
  CooccurrencesDocument,
  HowAreTheyConnectedDocument,
  NeighborhoodDocument,
  TimelineDocument,
  WhoSaidWhatDocument,
  type HowAreTheyConnectedQuery,
} from '../../schema/generated/graphql';

/** `fetch` defaults to the global one; tests pass the app's in-process fetch. */
export function createNewsgraphClient(url: string, fetchImpl?: typeof fetch): Client {
  return new Client({ url, exchanges: [fetchExchange], ...(fetchImpl ? { fetch: fetchImpl } : {}), requestPolicy: 'network-only' });
}

/** Throws the first GraphQL or network error: an example should not hide failures. */
function unwrap<T>(result: { data?: T; error?: Error }): T {
  if (result.error) throw result.error;
  if (!result.data) throw new Error('newsgraph answered without data');
  return result.data;
}

export type Chain = NonNullable<HowAreTheyConnectedQuery['search']['edges'][number]['node']['pathsTo']>['paths'][number];

/** "How is X connected to Y?" as readable lines: "Sergey Lavrov -MET-> John Kerry -MET-> Vladimir Putin". */
export async function howAreTheyConnected(client: Client, from: string, to: string, maxHops = 4): Promise<string[]> {
  const data = unwrap(await client.query(HowAreTheyConnectedDocument, { from, to, maxHops }).toPromise());
  const start = data.search.edges[0]?.node;
  if (!start) return [];
  return start.pathsTo.paths.map((chain: Chain) =>
    chain.hops.reduce((line, hop, i) => `${i === 0 ? hop.from.name : line} -${hop.type}-> ${hop.to.name}`, ''),
  );
}

export async function whoSaidWhat(client: Client, people = 10): Promise<{ speaker: string; text: string }[]> {
  const data = unwrap(await client.query(WhoSaidWhatDocument, { first: people }).toPromise());
  return data.people.edges.flatMap(({ node }) => node.quotes.edges.map((q) => ({ speaker: node.name, text: q.node.text })));
}

export async function timeline(client: Client, name: string): Promise<{ date: string | null; what: string }[]> {
  const data = unwrap(await client.query(TimelineDocument, { name }).toPromise());
  const entity = data.search.edges[0]?.node;
  return (entity?.timeline.edges ?? []).map(({ node }) => ({ date: node.date ?? null, what: node.event?.name ?? node.quote?.text ?? '' }));
}

export async function neighborhoodSize(client: Client, name: string, depth = 1): Promise<{ nodes: number; edges: number }> {
  const data = unwrap(await client.query(NeighborhoodDocument, { name, depth }).toPromise());
  const around = data.search.edges[0]?.node.neighborhood;
  return { nodes: around?.nodes.length ?? 0, edges: around?.edges.length ?? 0 };
}

export async function namedWith(client: Client, name: string): Promise<{ name: string; count: number }[]> {
  const data = unwrap(await client.query(CooccurrencesDocument, { name }).toPromise());
  return (data.search.edges[0]?.node.cooccurrences.edges ?? []).map(({ node }) => ({ name: node.entity.name, count: node.count }));
}
