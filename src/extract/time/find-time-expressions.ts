/**
 * Time expressions as written ("on Thursday", "last week", "February 23, 2023"),
 * each with the date it names when that can be worked out from the text alone
 * or from the publication date (see ./resolve-time). One linear regex scan;
 * every alternative is anchored on a fixed word, so no backtracking blow-up.
 */
import type { Span } from '../types';
import { MONTHS, WEEKDAYS } from '../lexicon/calendar-words';
import { DAY_PARTS, PERIOD_UNITS, RELATIVE_DAYS, WEEKDAY_SHIFTS } from '../lexicon/time-words';

export type TimeParts =
  | { kind: 'weekday'; weekday: number; shift: 'past' | 'future' | 'near' | null }
  | { kind: 'relative-day'; offset: number }
  | { kind: 'date'; year: number | null; month: number; day: number | null }
  | { kind: 'year'; year: number }
  | { kind: 'period'; text: string };

export interface TimeExpression extends Span {
  text: string;
  parts: TimeParts;
}

const MONTH_ALT = MONTHS.join('|');
const MONTH_SHORT = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const WEEKDAY_ALT = WEEKDAYS.join('|');
const SHIFT_ALT = Object.keys(WEEKDAY_SHIFTS).join('|');
const PART_ALT = DAY_PARTS.join('|');
const RELATIVE_ALT = Object.keys(RELATIVE_DAYS).join('|');
const PERIOD_ALT = PERIOD_UNITS.join('|');

const PATTERN = new RegExp(
  [
    // 1: preposition 2: month 3: day 4: year -- "on February 23, 2023"
    `\\b(?:(on|since|by|until|from)\\s+)?(${MONTH_ALT}|(?:${MONTH_SHORT})\\.?)\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`,
    // 5: prep 6: day 7: month 8: year -- "on 23 February 2023"
    `\\b(?:(on|since|by|until|from)\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_ALT})(?:\\s+(\\d{4}))?\\b`,
    // 9: prep 10: month 11: year -- "in March 2014"
    `\\b(?:(in|since|by|until|from)\\s+)?(${MONTH_ALT})\\s+(\\d{4})\\b`,
    // 12: shift/prep 13: weekday 14: part -- "on Thursday", "last Friday night"
    `\\b(?:(on|${SHIFT_ALT})\\s+)?(${WEEKDAY_ALT})(?:\\s+(${PART_ALT}))?\\b`,
    // 15: relative day 16: part -- "yesterday", "yesterday morning"
    `\\b(${RELATIVE_ALT})(?:\\s+(${PART_ALT}))?\\b`,
    // 17: period -- "last week", "earlier this month"
    `\\b((?:earlier|later)\\s+this\\s+(?:${PERIOD_ALT})|(?:last|this|next|past)\\s+(?:${PERIOD_ALT}))\\b`,
    // 18: prep 19: year -- "in 2007"
    `\\b(in|since|during|by|until)\\s+((?:1[89]|20)\\d\\d)\\b`,
    // 20: ISO date
    `\\b(\\d{4}-\\d{2}-\\d{2})\\b`,
  ].join('|'),
  'gi',
);

function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '').slice(0, 3);
  const i = MONTHS.findIndex((m) => m.toLowerCase().startsWith(w));
  return i + 1;
}

const isCapitalised = (s: string | undefined): boolean => s !== undefined && /^[A-Z]/.test(s);

export function findTimeExpressions(text: string, start = 0, end = text.length): TimeExpression[] {
  const out: TimeExpression[] = [];
  const slice = text.slice(start, end);
  PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PATTERN.exec(slice)) !== null) {
    if (m[0].length === 0) {
      PATTERN.lastIndex++;
      continue;
    }
    const at = start + m.index;
    let parts: TimeParts | null = null;
    if (m[2] && isCapitalised(m[2])) {
      const day = Number(m[3]);
      if (day >= 1 && day <= 31) parts = { kind: 'date', year: m[4] ? Number(m[4]) : null, month: monthNumber(m[2]), day };
    } else if (m[7] && isCapitalised(m[7])) {
      const day = Number(m[6]);
      if (day >= 1 && day <= 31) parts = { kind: 'date', year: m[8] ? Number(m[8]) : null, month: monthNumber(m[7]), day };
    } else if (m[10] && isCapitalised(m[10])) {
      parts = { kind: 'date', year: Number(m[11]), month: monthNumber(m[10]), day: null };
    } else if (m[13] && isCapitalised(m[13])) {
      const shift = m[12] ? WEEKDAY_SHIFTS[m[12].toLowerCase()] ?? null : null;
      parts = { kind: 'weekday', weekday: WEEKDAYS.findIndex((d) => d.toLowerCase() === m![13].toLowerCase()), shift };
    } else if (m[15]) {
      parts = { kind: 'relative-day', offset: RELATIVE_DAYS[m[15].toLowerCase()] };
    } else if (m[17]) {
      parts = { kind: 'period', text: m[17].toLowerCase() };
    } else if (m[19]) {
      parts = { kind: 'year', year: Number(m[19]) };
    } else if (m[20]) {
      const [y, mo, d] = m[20].split('-').map(Number);
      if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) parts = { kind: 'date', year: y, month: mo, day: d };
    }
    if (parts) out.push({ start: at, end: at + m[0].length, text: m[0], parts });
  }
  return out;
}
