import type { Change } from './changes-schema';

/** The change log grouped by day, newest day first; entries keep their file order within a day. */
export function changesByDate(changes: readonly Change[]): Array<{ date: string; entries: Change[] }> {
  const days = new Map<string, Change[]>();
  for (const c of changes) days.set(c.date, [...(days.get(c.date) ?? []), c]);
  return [...days.entries()].sort(([a], [b]) => b.localeCompare(a)).map(([date, entries]) => ({ date, entries }));
}

/** "2026-11-22" as "22 November 2026" (the date is read as a calendar day, not a time). */
export function formatLogDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
