/**
 * The peer for bench:scale: PostGraphile v5 (amber preset) serving newsgraph's
 * PostgreSQL tables straight from the schema, in its own process, on PORT.
 * It is what a team would get by pointing a schema-generating server at the
 * same database, so the ratio says what newsgraph's hand-written resolvers,
 * loaders and caches are worth.
 *
 *   PEER_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test PEER_SCHEMA=ng_bench_x PORT=4300 \
 *     node --import tsx bench/postgraphile-peer.ts
 */
import { createServer } from 'node:http';
import type * as PostGraphile from 'postgraphile';
// postgraphile's subpaths exist only in its package "exports", which this
// project's moduleResolution ("node") does not read: types come from the files
// the subpaths forward to, values from require through the exports map.
import type * as PgAdaptor from '@dataplan/pg/dist/adaptors/pg';
import type * as GrafservNode from 'postgraphile/node_modules/grafserv/dist/servers/node';
import type * as AmberPreset from 'postgraphile/dist/presets/amber';

// PostGraphile 5.1 declares node >= 22 and @dataplan/pg calls Promise.withResolvers
// (Node 22) on every query; this project runs Node 20, where every PostgreSQL read
// then fails with "Cannot read properties of undefined (reading 'items')".
// The standard polyfill is all it is missing.
if (!('withResolvers' in Promise)) {
  Object.assign(Promise, {
    withResolvers<T>() {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}

const { postgraphile } = require('postgraphile') as typeof PostGraphile;
const { makePgService } = require('postgraphile/adaptors/pg') as typeof PgAdaptor;
const { grafserv } = require('postgraphile/grafserv/node') as typeof GrafservNode;
const { PostGraphileAmberPreset } = require('postgraphile/presets/amber') as typeof AmberPreset;

async function main(): Promise<void> {
  const connectionString = process.env.PEER_DATABASE_URL;
  const schema = process.env.PEER_SCHEMA;
  if (!connectionString || !schema) throw new Error('postgraphile-peer: set PEER_DATABASE_URL (no ?schema=) and PEER_SCHEMA');
  const preset: GraphileConfig.Preset = {
    extends: [PostGraphileAmberPreset],
    pgServices: [makePgService({ connectionString, schemas: [schema] })],
    grafserv: { port: Number(process.env.PORT ?? 0), graphiql: false, watch: false },
    grafast: { explain: false },
  };
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  server.on('error', (error) => {
    console.error(error);
    process.exit(1);
  });
  await serv.addTo(server);
  server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
    const address = server.address();
    process.stderr.write(`postgraphile-peer: listening on ${typeof address === 'object' && address ? address.port : address}\n`);
  });
  const stop = () => {
    server.close();
    void pgl.release();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
