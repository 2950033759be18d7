/**
 * The baseline of the API benchmark: a bare node:http server answering every
 * request with the same small JSON body. Nothing can serve HTTP much faster on
 * this machine, so newsgraph's figures are reported as a ratio to it.
 */
import { createServer } from 'node:http';

const body = JSON.stringify({ data: { people: { totalCount: 0, edges: [] } } });
const port = Number(process.env.PORT ?? 4100);
createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}).listen(port, '127.0.0.1', () => process.stdout.write(`listening ${port}\n`));
