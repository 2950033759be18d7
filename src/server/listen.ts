/**
 * Puts an app on a port. Kept apart from createApp so that tests never open a
 * port, and shared by main.ts and the CLI's `serve` command.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from './create-app';

export const DEFAULT_PORT = 4000;

/** PORT from the environment, or 4000; a clear error for anything that is not a port. */
export function portFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.PORT?.trim();
  if (!raw) return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number (0-65535), got "${raw}"`);
  return port;
}

/** Resolves once the server accepts connections; `port` 0 picks a free one (see the returned address). */
export function listen(app: App, port: number): Promise<{ server: Server; port: number }> {
  const server = createServer(app);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve({ server, port: (server.address() as AddressInfo).port }));
  });
}
