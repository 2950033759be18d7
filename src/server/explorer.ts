/**
 * The graph explorer page (explorer/) served as static files at /explore by
 * the same server. The page is bundled with esbuild into explorer/dist when it
 * is first asked for and the bundle is missing or older than any of its
 * inputs, so `npm start` needs no separate build step; `npm run
 * build:explorer` builds it ahead of time.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import type { Plugin } from 'graphql-yoga';

const ROOT = join(__dirname, '..', '..');
export const EXPLORER_SOURCE_DIR = join(ROOT, 'explorer');
export const EXPLORER_OUT_DIR = join(EXPLORER_SOURCE_DIR, 'dist');
/** Written last by a build: which files it made and which files it read. */
const MANIFEST = 'manifest.json';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
};

interface Manifest {
  /** Files of the bundle, relative to the output folder. */
  outputs: string[];
  /** Absolute paths of every source file esbuild read, for the staleness check. */
  inputs: string[];
}

export interface ExplorerBuildOptions {
  outDir?: string;
  /** Minify the bundle (default true; false keeps it readable when debugging the page). */
  minify?: boolean;
}

/** Writes a file so that a reader never sees it half-written (two builds may race: jest workers, two servers). */
function writeAtomically(path: string, contents: Uint8Array | string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temp, contents);
  renameSync(temp, path);
}

function readManifest(outDir: string): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(join(outDir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

/**
 * True when the bundle must be (re)built: no manifest, a missing output, or an
 * input changed after the manifest was written. The inputs are the ones
 * esbuild reported, so a new import shows up through the file that imports it.
 */
export function explorerBundleIsStale(outDir: string = EXPLORER_OUT_DIR): boolean {
  const manifest = readManifest(outDir);
  if (!manifest) return true;
  let builtAt: number;
  try {
    builtAt = statSync(join(outDir, MANIFEST)).mtimeMs;
    for (const output of manifest.outputs) statSync(join(outDir, output));
  } catch {
    return true;
  }
  return manifest.inputs.some((input) => {
    try {
      return statSync(input).mtimeMs > builtAt;
    } catch {
      return true;
    }
  });
}

/** Bundles explorer/src/main.ts (TypeScript, CSS, Leaflet's images, the world outlines) and copies index.html. */
export async function buildExplorer(options: ExplorerBuildOptions = {}): Promise<Manifest> {
  const outDir = options.outDir ?? EXPLORER_OUT_DIR;
  // Loaded here, not at module scope: a server that never serves the page never starts esbuild.
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { explorer: join(EXPLORER_SOURCE_DIR, 'src', 'main.ts') },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify: options.minify ?? true,
    sourcemap: false,
    outdir: outDir,
    assetNames: 'assets/[name]-[hash]',
    loader: { '.png': 'file', '.svg': 'file' },
    define: { 'process.env.NODE_ENV': '"production"' },
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const outputs: string[] = [];
  for (const file of result.outputFiles) {
    writeAtomically(file.path, file.contents);
    outputs.push(relative(outDir, file.path));
  }
  const html = join(EXPLORER_SOURCE_DIR, 'index.html');
  writeAtomically(join(outDir, 'index.html'), readFileSync(html));
  outputs.push('index.html');
  const inputs = [...Object.keys(result.metafile.inputs).map((input) => resolve(ROOT, input)), html];
  const manifest: Manifest = { outputs: outputs.sort(), inputs: inputs.sort() };
  writeAtomically(join(outDir, MANIFEST), JSON.stringify(manifest, null, 2));
  return manifest;
}

/** Builds when stale; resolves to the list of files that may be served. */
export async function ensureExplorerBuilt(options: ExplorerBuildOptions = {}): Promise<Set<string>> {
  const outDir = options.outDir ?? EXPLORER_OUT_DIR;
  const manifest = explorerBundleIsStale(outDir) ? await buildExplorer(options) : readManifest(outDir)!;
  return new Set(manifest.outputs);
}

export interface ExplorerOptions extends ExplorerBuildOptions {
  /** Where the page is served (default /explore). */
  path?: string;
}

/**
 * GET /explore/ -> the page, GET /explore/<file> -> a file of the bundle.
 * Only files the build wrote are served, so no path can reach outside it.
 */
export function useExplorer(options: ExplorerOptions = {}): Plugin {
  const base = options.path ?? '/explore';
  const outDir = options.outDir ?? EXPLORER_OUT_DIR;
  // Checked once per server: a page edited while the server runs needs a restart (or npm run build:explorer).
  let built: Promise<Set<string>> | undefined;
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== base && !url.pathname.startsWith(`${base}/`)) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new fetchAPI.Response('Method Not Allowed', { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      // The page loads its files by relative URL, which needs the trailing slash.
      if (url.pathname === base) {
        endResponse(new fetchAPI.Response(null, { status: 308, headers: { location: `${base}/${url.search}` } }));
        return;
      }
      built ??= ensureExplorerBuilt({ ...options, outDir }).catch((error: unknown) => {
        built = undefined; // let the next request try again
        throw error;
      });
      let files: Set<string>;
      try {
        files = await built;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        endResponse(new fetchAPI.Response(`The explorer page could not be built: ${message}`, { status: 500, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
        return;
      }
      const name = url.pathname.slice(base.length + 1) || 'index.html';
      if (!files.has(name) || basename(name) === MANIFEST) {
        endResponse(new fetchAPI.Response('Not Found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
        return;
      }
      const body = readFileSync(join(outDir, name));
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : body, {
          status: 200,
          headers: {
            'content-type': CONTENT_TYPES[extname(name)] ?? 'application/octet-stream',
            'content-length': String(body.length),
            // Revalidate each time: file names carry no hash, and a rebuild changes them in place.
            'cache-control': 'no-cache',
          },
        }),
      );
    },
  };
}
