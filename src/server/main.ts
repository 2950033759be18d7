/**
 * `tsx src/server/main.ts`: serves the graph the environment points at
 * (DATABASE_URL or NEWSGRAPH_DB, see openStore) on PORT (default 4000).
 */
import { openStore } from '../store/open-store';
import { createApp } from './create-app';
import { listen, portFromEnv } from './listen';

async function main(): Promise<void> {
  const port = portFromEnv();
  const store = await openStore();
  const app = createApp({ store });
  const { server, port: bound } = await listen(app, port);
  const shutdown = () => server.close(() => void store.close());
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  process.stdout.write(`newsgraph: GraphQL on http://localhost:${bound}${app.graphqlEndpoint} (GraphiQL in a browser), health on /health\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`newsgraph: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
