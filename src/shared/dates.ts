// Dates as the site writes them ("22 November 2026"), in one place for every feature.

const longDate: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const calendarDay = /^\d{4}-\d{2}-\d{2}$/;
// Made once and reused: toLocaleDateString builds a formatter on every call, which made a record of
// thousands of entries take seconds to show (My learning).
let formatters: { utc: Intl.DateTimeFormat; local: Intl.DateTimeFormat } | undefined;
const formatter = () => (formatters ??= {
  utc: new Intl.DateTimeFormat('en-GB', { ...longDate, timeZone: 'UTC' }),
  local: new Intl.DateTimeFormat('en-GB', longDate),
});

/**
 * "22 November 2026". A calendar day ("2026-11-22", as content files write dates) is that day
 * wherever the site is built; a moment (a Date, or a timestamp such as "2026-11-22T10:00:00Z") is
 * the day it was in the reader's time zone. Text that is not a date is returned as it is.
 */
export function formatDate(value: string | Date): string {
  if (typeof value === 'string' && calendarDay.test(value)) {
    return formatter().utc.format(new Date(`${value}T12:00:00Z`));
  }
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? String(value) : formatter().local.format(date);
}

/** The calendar day of a moment as "2026-11-22" (UTC), for file names and machine-readable dates. */
export function isoDay(date = new Date()): string {
  return date.toISOString().slice(0, 10);
}
