/**
 * Typo tolerance for search: a query matches a normalised name when it is
 * within a small edit distance of the whole name or of one of its words
 * ("puttin" finds "vladimir putin"). Short queries get no tolerance, since
 * one edit turns "un" into half the dictionary.
 */

/** Edits allowed for a query of this length: 0 below 4 letters, 1 up to 7, then 2. */
export function allowedEdits(query: string): number {
  if (query.length < 4) return 0;
  return query.length < 8 ? 1 : 2;
}

/** Optimal-string-alignment distance (Levenshtein plus adjacent swaps), giving up above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevprev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevprev[j - 2] + 1);
      row.push(d);
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    prevprev = prev;
    prev = row;
  }
  return prev[b.length];
}

/** True when the normalised `nameKey` is within the allowed edits of the normalised `query`. */
export function typoMatches(nameKey: string, query: string): boolean {
  const max = allowedEdits(query);
  if (max === 0) return false;
  if (editDistance(nameKey, query, max) <= max) return true;
  return nameKey.split(' ').some((word) => editDistance(word, query, max) <= max);
}
