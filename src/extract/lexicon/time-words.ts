/**
 * Words of time expressions that are not calendar names (those are in
 * ./calendar-words): relative days, parts of the day, relative periods.
 * Data only; src/extract/time reads them.
 */

/** Day offset from the publication date. */
export const RELATIVE_DAYS: Readonly<Record<string, number>> = {
  today: 0,
  tonight: 0,
  yesterday: -1,
  tomorrow: 1,
};

/** "Thursday night", "Friday morning": kept in the expression as written. */
export const DAY_PARTS: readonly string[] = ['morning', 'afternoon', 'evening', 'night', 'overnight'];

/** "last week", "this month", "next year": written periods with no single date. */
export const PERIOD_UNITS: readonly string[] = ['week', 'weekend', 'month', 'year', 'summer', 'winter', 'spring', 'autumn', 'fall'];

/** Words before a weekday that move it: "last Thursday" is before the publication date, "next Thursday" after. */
export const WEEKDAY_SHIFTS: Readonly<Record<string, 'past' | 'future' | 'near'>> = {
  last: 'past',
  past: 'past',
  previous: 'past',
  next: 'future',
  coming: 'future',
  this: 'near',
};
