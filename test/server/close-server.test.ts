/**
 * Closing the HTTP server on shutdown: requests in flight get their whole
 * answer, new connections are refused, event streams are ended at once, and
 * a request that outlives the grace period is cut.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closableServer } from '../../src/server/close-server';

/** A server that answers "done" after `delay` ms, and holds event streams open forever. */
async function slowServer(delay: number): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    if (req.headers.accept?.includes('text/event-stream')) {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(':\n\n');
      return;
    }
    const answer = setTimeout(() => res.end('done'), delay);
    res.once('close', () => clearTimeout(answer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** GET over a fresh connection; resolves with the body, rejects when the connection is cut or refused. */
function get(url: string, headers: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers, agent: false }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve(body));
      res.on('error', reject);
      res.on('aborted', () => reject(new Error('aborted')));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('closableServer', () => {
  it('lets a request in flight finish, then refuses new connections', async () => {
    const { server, url } = await slowServer(300);
    const closable = closableServer(server);
    const inFlight = get(url);
    await new Promise((r) => setTimeout(r, 50));
    const closed = closable.close(5000);
    expect(await inFlight).toBe('done');
    await closed;
    await expect(get(url)).rejects.toThrow(/ECONNREFUSED/);
  });

  it('ends an open event stream at once instead of waiting for it', async () => {
    const { server, url } = await slowServer(0);
    const closable = closableServer(server);
    const stream = get(url, { accept: 'text/event-stream' });
    stream.catch(() => {});
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    await closable.close(5000);
    expect(Date.now() - started).toBeLessThan(1000);
    await expect(stream).rejects.toThrow();
  });

  it('cuts a request that outlives the grace period', async () => {
    const { server, url } = await slowServer(10_000);
    const closable = closableServer(server);
    const slow = get(url);
    slow.catch(() => {});
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    await closable.close(200);
    expect(Date.now() - started).toBeLessThan(2000);
    await expect(slow).rejects.toThrow();
  });
});
