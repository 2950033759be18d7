/**
 * The ISO date a time expression names, worked out against the publication
 * date. News convention: a bare weekday ("on Thursday") is the latest such day
 * on or before publication; "next Thursday" the first one after it.
 * Unresolvable (no publication date for a relative expression, or a period
 * such as "last week") gives null rather than a guess.
 */
import type { TimeExpression } from './find-time-expressions';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const iso = (d: Date): string => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function parseDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
}

function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86400000);
}

export function resolveTime(expr: TimeExpression, publishedAt: string | null | undefined): string | null {
  const pub = parseDate(publishedAt);
  const p = expr.parts;
  switch (p.kind) {
    case 'date': {
      const year = p.year ?? pub?.getUTCFullYear() ?? null;
      if (year === null || p.month < 1) return null;
      if (p.day === null) return `${pad(year, 4)}-${pad(p.month)}`;
      const d = new Date(Date.UTC(year, p.month - 1, p.day));
      return d.getUTCMonth() === p.month - 1 ? iso(d) : null;
    }
    case 'year':
      return pad(p.year, 4);
    case 'relative-day':
      return pub ? iso(addDays(pub, p.offset)) : null;
    case 'weekday': {
      if (!pub || p.weekday < 0) return null;
      // WEEKDAYS starts on Monday; getUTCDay() on Sunday.
      const target = (p.weekday + 1) % 7;
      const today = pub.getUTCDay();
      if (p.shift === 'future') return iso(addDays(pub, ((target - today + 7) % 7) || 7));
      const back = (today - target + 7) % 7;
      if (p.shift === 'past') return iso(addDays(pub, -(back || 7)));
      return iso(addDays(pub, -back));
    }
    default:
      return null;
  }
}
