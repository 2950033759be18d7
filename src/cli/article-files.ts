/**
 * Which files an `ingest` argument names: a file, every *.txt / *.md file of a
 * folder (sorted, not recursive into hidden folders), or "-" for stdin.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ARTICLE_EXTENSIONS = ['.txt', '.text', '.md'];

export function listArticleFiles(args: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      files.push('-');
      continue;
    }
    let stats;
    try {
      stats = statSync(arg);
    } catch {
      missing.push(arg);
      continue;
    }
    if (stats.isDirectory()) files.push(...walk(arg));
    else files.push(arg);
  }
  return { files, missing };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    const stats = statSync(path);
    if (stats.isDirectory()) out.push(...walk(path));
    else if (ARTICLE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext))) out.push(path);
  }
  return out;
}
