/**
 * Live updates over Server-Sent Events, through the HTTP interface: one client
 * subscribes (Accept: text/event-stream), another ingests through the
 * mutation, and the first receives the new document and its entities.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp, type App } from '../../src/server/create-app';
import { openTempStore, postGraphQL } from './app-harness';

const ARTICLE = readFileSync(join(__dirname, '..', 'graph', 'fixtures', 'analyst-a.txt'), 'utf8');
const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { created document { id } } }`;

/** Opens an SSE subscription and hands back its events as parsed `data:` payloads. */
async function subscribe(app: App, query: string, signal: AbortSignal) {
  const response = await app.fetch('http://newsgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query }),
    signal,
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  // Yoga opens the stream with a ":" comment once the subscription is in place: wait for it before ingesting.
  let buffer = decoder.decode((await reader.read()).value);
  await new Promise((resolve) => setTimeout(resolve, 20));
  return {
    /** Ends the subscription, as a client closing the connection. */
    close: () => reader.cancel(),
    /** Reads until `count` `next` events have arrived. */
    async take(count: number): Promise<any[]> {
      const events: any[] = [];
      while (events.length < count) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split('\n').find((line) => line.startsWith('data:'));
          if (block.startsWith('event: next') && data) events.push(JSON.parse(data.slice(5)));
        }
      }
      return events;
    },
  };
}

describe('subscriptions over Server-Sent Events', () => {
  let temp: Awaited<ReturnType<typeof openTempStore>>;
  let app: App;

  beforeEach(async () => {
    temp = await openTempStore();
    app = createApp({ store: temp.store });
  });
  afterEach(() => temp.close());

  it('tell a subscriber about a document ingested by another client, with its entities', async () => {
    const abort = new AbortController();
    const stream = await subscribe(app, 'subscription { documentIngested { counts { entities } document { id title entities { totalCount edges { node { name } } } } } }', abort.signal);
    const received = stream.take(1);
    const ingest = await postGraphQL(app, INGEST, { input: { text: ARTICLE } });
    expect(ingest.errors).toBeUndefined();
    const [event] = await received;
    await stream.close();
    abort.abort();
    const { document, counts } = event.data.documentIngested;
    expect(document.id).toBe(ingest.data!.ingestDocument.document.id);
    expect(document.entities.totalCount).toBe(counts.entities);
    expect(document.entities.edges.map((e: any) => e.node.name)).toEqual(expect.arrayContaining(['Thomas Berg', 'Maria Jensen']));
  });

  it('send one entityUpdated per entity of the new document, only of the types asked for', async () => {
    const abort = new AbortController();
    const stream = await subscribe(app, 'subscription { entityUpdated(types: [PERSON]) { entity { __typename name } document { id } } }', abort.signal);
    const received = stream.take(2);
    await postGraphQL(app, INGEST, { input: { text: ARTICLE } });
    const events = await received;
    await stream.close();
    abort.abort();
    if (!events[0].data) throw new Error(JSON.stringify(events));
    expect(events.map((e) => e.data.entityUpdated.entity.name).sort()).toEqual(['Maria Jensen', 'Thomas Berg']);
    expect(events.every((e) => e.data.entityUpdated.entity.__typename === 'Person')).toBe(true);
  });

  it('publish nothing when the same text is ingested again', async () => {
    await postGraphQL(app, INGEST, { input: { text: ARTICLE } });
    const abort = new AbortController();
    const stream = await subscribe(app, 'subscription { documentIngested { document { id } } }', abort.signal);
    const received = stream.take(1);
    const again = await postGraphQL(app, INGEST, { input: { text: ARTICLE } });
    expect(again.data!.ingestDocument.created).toBe(false);
    // A different text then arrives first: the repeat announced nothing.
    const other = await postGraphQL(app, INGEST, { input: { text: ARTICLE.replace('Rotterdam on Monday', 'Rotterdam on Tuesday') } });
    const [event] = await received;
    await stream.close();
    abort.abort();
    expect(event.data.documentIngested.document.id).toBe(other.data!.ingestDocument.document.id);
  });
});
