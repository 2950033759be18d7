/**
 * Binary search over spans sorted by start: the passes ask "which sentence
 * (segment, word) holds this offset?" many times, so each answer is O(log n).
 */

/** Index of the last item whose `key` is <= offset, or -1 when none is. */
export function lastAtOrBefore<T>(items: readonly T[], offset: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** The last span starting at or before `offset` (the one that holds it, for a partition), or null. */
export function spanAt<T extends { start: number }>(items: readonly T[], offset: number): T | null {
  const i = lastAtOrBefore(items, offset, (s) => s.start);
  return i >= 0 ? items[i] : null;
}
