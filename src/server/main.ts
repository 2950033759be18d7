/**
 * Listens on PORT (default 4000) with the store openStore picks from the
 * environment (DATABASE_URL, NEWSGRAPH_DB). Everything else is in createApp.
 */
import { createServer } from 'node:http';
import { openStore } from '../store/open-store';
import { createApp } from './create-app';

export const DEFAULT_PORT = 4000;

export async function listen(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const port = env.PORT ? Number(env.PORT) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const store = await openStore(env);
  const app = createApp({ store });
  const server = createServer(app);
  const shutdown = () => server.close(() => void store.close());
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await new Promise<void>((resolve) => server.listen(port, resolve));
  process.stdout.write(`newsgraph: GraphQL on http://localhost:${port}${app.graphqlEndpoint}, health on /health\n`);
}

if (require.main === module) {
  listen().catch((error: unknown) => {
    process.stderr.write(`newsgraph: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
