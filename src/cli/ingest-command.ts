/**
 * `newsgraph ingest FILE|DIR|- ...`: ingests articles one transaction each,
 * shows progress on stderr and ends with a summary of what was written and
 * what was skipped, and why. A bad file is reported and skipped; it never stops
 * the others.
 */
import { readFileSync } from 'node:fs';
import { ingestArticle } from '../graph/ingest';
import { decodeArticle, InvalidDocumentError } from '../graph/validate-input';
import type { Store } from '../store/store';
import { listArticleFiles } from './article-files';
import { readArticleMetadata } from './article-metadata';

export interface IngestSummary {
  created: number;
  unchanged: string[];
  rejected: { file: string; reason: string }[];
  entities: number;
  quotes: number;
  relations: number;
  mentions: number;
}

export type ProgressSink = (line: string, final: boolean) => void;

/** Progress on a terminal rewrites one line; elsewhere it prints one line per article. */
export function stderrProgress(): ProgressSink {
  const tty = process.stderr.isTTY === true;
  return (line, final) => {
    if (tty) process.stderr.write(`\r\x1b[2K${line}${final ? '\n' : ''}`);
    else process.stderr.write(line + '\n');
  };
}

export async function runIngest(store: Store, args: string[], progress: ProgressSink): Promise<IngestSummary> {
  const { files, missing } = listArticleFiles(args);
  const summary: IngestSummary = { created: 0, unchanged: [], rejected: [], entities: 0, quotes: 0, relations: 0, mentions: 0 };
  for (const file of missing) summary.rejected.push({ file, reason: `${file}: no such file or folder` });
  const started = Date.now();
  for (const [index, file] of files.entries()) {
    const label = file === '-' ? '<stdin>' : file;
    let outcome: string;
    try {
      const text = decodeArticle(file === '-' ? readFileSync(0) : readFileSync(file), label);
      const result = await ingestArticle(store, { text, ...readArticleMetadata(file) }, { label });
      if (result.created) {
        summary.created++;
        summary.entities += result.counts.entities;
        summary.quotes += result.counts.quotes;
        summary.relations += result.counts.relations;
        summary.mentions += result.counts.mentions;
        outcome = `${result.counts.entities} entities, ${result.counts.quotes} quotes, ${result.counts.relations} relations`;
      } else {
        summary.unchanged.push(label);
        outcome = 'already ingested, skipped';
      }
    } catch (error) {
      if (!(error instanceof InvalidDocumentError)) throw error;
      summary.rejected.push({ file: label, reason: error.message });
      outcome = `rejected: ${error.message}`;
    }
    const elapsed = (Date.now() - started) / 1000;
    const rate = (index + 1) / Math.max(elapsed, 0.001);
    progress(`[${index + 1}/${files.length}] ${rate.toFixed(1)} docs/s  ${label}: ${outcome}`, index === files.length - 1);
  }
  return summary;
}

export function formatIngestSummary(summary: IngestSummary): string {
  const lines = [
    `ingested ${summary.created} document(s): ${summary.entities} entities, ${summary.mentions} mentions, ${summary.quotes} quotes, ${summary.relations} relations`,
  ];
  if (summary.unchanged.length > 0) lines.push(`skipped ${summary.unchanged.length} already ingested (same text): ${summary.unchanged.join(', ')}`);
  for (const { reason } of summary.rejected) lines.push(`rejected ${reason}`);
  return lines.join('\n');
}
