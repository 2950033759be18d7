/** Pass 1 (stub, to be replaced): a same-length view of the text. */
export interface NormalizedText {
  /** The input, untouched: every offset points into it. */
  original: string;
  /** Same length as `original`; noise blanked or repaired character for character. */
  text: string;
  /** The headline, when the article starts with one. */
  title: string | null;
  publishedAt: string | null;
}

export function normalize(original: string): NormalizedText {
  return { original, text: original, title: null, publishedAt: null };
}
