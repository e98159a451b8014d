/** The fields the glossary index needs. */
export interface IndexedEntry {
  id: string;
  term: string;
}

/** Glossary entries grouped by first letter (A-Z; anything else under "#"), each group sorted by term. */
export function glossaryByLetter<T extends IndexedEntry>(entries: readonly T[]): Array<{ letter: string; entries: T[] }> {
  const groups = new Map<string, T[]>();
  for (const e of entries) {
    const first = e.term.charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), e]);
  }
  const compare = (a: T, b: T) => a.term.localeCompare(b.term, 'en-GB', { sensitivity: 'base' });
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map(([letter, list]) => ({ letter, entries: list.sort(compare) }));
}
