/**
 * `newsgraph extract FILE`: prints the document graph (shared/eval/FORMAT.md
 * JSON, plus newsgraph's extra facts) for one article. Only the JSON goes to
 * stdout, so the scorer can read it. With `--explain` it prints instead, for
 * people, why each fact was extracted (rule, confidence, evidence).
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { explainExtraction } from '../extract/explain';
import { extract } from '../extract/pipeline';
import { decodeArticle } from '../graph/validate-input';

export function runExtract(file: string, options: { explain: boolean }): string {
  const bytes = file === '-' ? readFileSync(0) : readFileSync(file);
  const text = decodeArticle(bytes, file);
  const id = file === '-' ? undefined : basename(file, extname(file));
  const result = extract(text, { id });
  if (!options.explain) return JSON.stringify(result);
  return explainExtraction(text, result).trimEnd();
}
