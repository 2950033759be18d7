/**
 * The content hash of an article file, from its raw bytes: equal to
 * contentHash(decodeArticle(bytes)) for every file decodeArticle accepts, so the
 * main thread can ask the store "already ingested?" before any worker decodes
 * or extracts it. The store re-checks the hash of the decoded text inside its
 * write transaction, so a file this gets wrong (it cannot be valid UTF-8) costs
 * one wasted extraction, never a duplicate.
 */
import { createHash } from 'node:crypto';

const BOM = [0xef, 0xbb, 0xbf];

function startsWithBom(bytes: Uint8Array, at: number): boolean {
  return BOM.every((b, i) => bytes[at + i] === b);
}

export function articleBytesHash(bytes: Uint8Array): string {
  // TextDecoder drops one leading BOM and decodeArticle drops a second one
  // (U+FEFF U+FEFF...), so the decoded text starts after up to two of them.
  let start = 0;
  if (startsWithBom(bytes, start)) start += 3;
  if (startsWithBom(bytes, start)) start += 3;
  return createHash('sha256').update(bytes.subarray(start)).digest('hex');
}
