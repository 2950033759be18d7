/**
 * `npm run build:explorer`: bundles the explorer page into explorer/dist.
 * The server does the same on the first request to /explore when the bundle
 * is missing or stale, so this is only needed to build ahead of time.
 */
import { relative } from 'node:path';
import { buildExplorer, EXPLORER_OUT_DIR } from '../src/server/explorer';

const started = Date.now();
buildExplorer({ minify: !process.argv.includes('--no-minify') })
  .then((manifest) => {
    process.stdout.write(`explorer: ${manifest.outputs.length} files in ${relative(process.cwd(), EXPLORER_OUT_DIR) || '.'} (${Date.now() - started} ms)\n`);
  })
  .catch((error: unknown) => {
    process.stderr.write(`explorer: build failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
