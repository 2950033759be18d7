/**
 * Batching: a nested query costs one store call per relation, whatever the
 * number of parents. Counted on the real SQLite store through a Proxy.
 */
import { createApp } from '../../src/server/create-app';
import type { Store } from '../../src/store/store';
import { postGraphQL } from '../server/app-harness';
import { ADAPTERS } from '../support/store-harness';
import { ingestSummits, ingestTalks } from './graph-fixtures';

function countCalls(store: Store): { store: Store; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const proxy = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.set(String(property), (calls.get(String(property)) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, calls };
}

const NESTED = /* GraphQL */ `
  {
    people(first: 100) {
      totalCount
      edges {
        node {
          name
          quotes(first: 100) {
            edges {
              node {
                text
                speaker {
                  name
                  ... on Person {
                    events(first: 100) {
                      edges {
                        node {
                          name
                          participants {
                            role
                            entity {
                              name
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;

interface Nested {
  people: {
    totalCount: number;
    edges: { node: { quotes: { edges: { node: { speaker: { events: { edges: { node: { participants: unknown[] } }[] } } } }[] } } }[];
  };
}

async function runCounted(openStore: (typeof ADAPTERS)[number][1], fill: (store: Store) => Promise<void>) {
  const temp = await openStore();
  try {
    await fill(temp.store);
    const counted = countCalls(temp.store);
    // Counting resolver calls, not cache hits; the query is deliberately huge (first: 100 three levels deep), over the default cost limit.
    const app = createApp({ store: counted.store, responseCache: false, security: { maxCost: Number.POSITIVE_INFINITY } });
    const result = await postGraphQL<Nested>(app, NESTED);
    expect(result.errors).toBeUndefined();
    const people = result.data!.people;
    const quotes = people.edges.flatMap((p) => p.node.quotes.edges);
    const participants = quotes.flatMap((q) => q.node.speaker.events.edges.flatMap((e) => e.node.participants));
    return { calls: Object.fromEntries(counted.calls), people: people.totalCount, quotes: quotes.length, participants: participants.length };
  } finally {
    await temp.close();
  }
}

describe.each(ADAPTERS)('batching of nested queries (%s)', (_adapter, openStore) => {
  it('makes the same store calls for a graph of 2 people as for one of 12, one call per relation', async () => {
    const small = await runCounted(openStore, ingestTalks);
    const large = await runCounted(openStore, (store) => ingestSummits(store, 4));

    // The two graphs really differ in size at every level of the query.
    expect(small.people).toBe(2);
    expect(large.people).toBe(12);
    expect(large.quotes).toBeGreaterThan(small.quotes * 10);
    expect(large.participants).toBeGreaterThan(small.participants * 10);

    expect(large.calls).toEqual(small.calls);
    expect(small.calls).toEqual({
      listEntities: 1, // people
      quotesBySpeaker: 1, // every person's quotes
      getEntities: 2, // the speakers; then the participants not loaded yet (the organizations)
      eventsByParticipant: 1,
      participantsByEvent: 1,
    });
  });
});
