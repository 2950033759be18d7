/**
 * Optional metadata beside an article: `<name>.meta.json` (or the corpus'
 * `<name>.gold.json`) may give title, publishedAt and source. Only those three
 * fields are read; anything else in the file is ignored.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

export interface ArticleMetadata {
  title?: string | null;
  publishedAt?: string | null;
  source?: string | null;
}

const SIDECARS = ['.meta.json', '.gold.json'];

export function readArticleMetadata(file: string): ArticleMetadata {
  if (file === '-') return {};
  const stem = join(dirname(file), basename(file, extname(file)));
  for (const suffix of SIDECARS) {
    const path = stem + suffix;
    if (!existsSync(path)) continue;
    try {
      const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
      return {
        title: typeof json.title === 'string' ? json.title : undefined,
        publishedAt: typeof json.publishedAt === 'string' ? json.publishedAt : undefined,
        source: typeof json.source === 'string' ? json.source : undefined,
      };
    } catch {
      return {}; // A broken sidecar must not stop the article itself.
    }
  }
  return {};
}
