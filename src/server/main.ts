/**
 * `tsx src/server/main.ts`: serves the graph the environment points at
 * (DATABASE_URL or NEWSGRAPH_DB, see openStore) on PORT (default 4000).
 */
import { openStore } from '../store/open-store';
import { portFromEnv } from './listen';
import { serveStore } from './serve';

async function main(): Promise<void> {
  const port = portFromEnv();
  const store = await openStore();
  const { app, port: bound } = await serveStore(store, port);
  process.stdout.write(`newsgraph: GraphQL on http://localhost:${bound}${app.graphqlEndpoint} (GraphiQL in a browser), health on /health\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`newsgraph: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
