/**
 * What newsgraph accepts as an article: non-empty UTF-8 text, not binary, not
 * larger than the size limit. Errors name the problem so a user can fix it.
 */
export const DEFAULT_MAX_DOCUMENT_BYTES = 1024 * 1024;

export class InvalidDocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidDocumentError';
  }
}

function maxBytes(): number {
  const configured = Number(process.env.NEWSGRAPH_MAX_DOCUMENT_BYTES);
  return Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_MAX_DOCUMENT_BYTES;
}

/** Throws InvalidDocumentError when an article of `size` bytes is over the limit (checked before reading a file, too). */
export function assertArticleSize(size: number, label: string): void {
  if (size > maxBytes()) {
    throw new InvalidDocumentError(`${label}: ${size} bytes is over the ${maxBytes()}-byte limit (NEWSGRAPH_MAX_DOCUMENT_BYTES)`);
  }
}

/** Decodes raw bytes as a UTF-8 article, or throws InvalidDocumentError naming `label`. */
export function decodeArticle(bytes: Uint8Array, label: string): string {
  assertArticleSize(bytes.length, label);
  if (bytes.includes(0)) {
    throw new InvalidDocumentError(`${label}: looks like binary data (it contains NUL bytes), not a text article`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InvalidDocumentError(`${label}: is not valid UTF-8 text`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return validateArticleText(text, label);
}

/** Checks an article given as a string (the GraphQL mutation's input). */
export function validateArticleText(text: string, label: string): string {
  if (text.trim().length === 0) throw new InvalidDocumentError(`${label}: the text is empty or only whitespace`);
  assertArticleSize(Buffer.byteLength(text, 'utf8'), label);
  // Control characters other than tab/newline/CR are a sign of binary data.
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0 || (c < 32 && c !== 9 && c !== 10 && c !== 13)) controls++;
  }
  if (controls > 0 && controls / text.length > 0.01) {
    throw new InvalidDocumentError(`${label}: looks like binary data (${controls} control characters), not a text article`);
  }
  return text;
}
