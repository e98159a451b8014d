import type { Change } from './changes-schema';

/** The change log grouped by day, newest day first; entries keep their file order within a day. */
export function changesByDate(changes: readonly Change[]): Array<{ date: string; entries: Change[] }> {
  const days = new Map<string, Change[]>();
  for (const c of changes) days.set(c.date, [...(days.get(c.date) ?? []), c]);
  return [...days.entries()].sort(([a], [b]) => b.localeCompare(a)).map(([date, entries]) => ({ date, entries }));
}
