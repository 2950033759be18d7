/**
 * The GraphQL-over-HTTP audit (graphql-http's auditServer) against the live
 * server on a real port: every MUST and SHOULD of the spec holds.
 */
import type { Server } from 'node:http';
import { auditServer } from 'graphql-http';
import { createApp } from '../../src/server/create-app';
import { listen } from '../../src/server/listen';
import { openTempStore } from './app-harness';

describe('the GraphQL over HTTP audit', () => {
  let temp: Awaited<ReturnType<typeof openTempStore>>;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    temp = await openTempStore();
    const started = await listen(createApp({ store: temp.store }), 0);
    server = started.server;
    url = `http://localhost:${started.port}/graphql`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await temp.close();
  });

  it('reports no error and no warning', async () => {
    const results = await auditServer({ url });
    // Notices are the spec's MAYs (e.g. "MAY use 400 on a missing query"); errors are MUSTs, warnings SHOULDs.
    const problems = results.filter((r) => r.status === 'error' || r.status === 'warn').map((r) => `${r.status} ${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(problems).toEqual([]);
    expect(results.length).toBeGreaterThan(20);
  });
});
