import { ContentError } from '../shared/errors';

/**
 * Entries sorted by `data.order` (the printed document's order). Fails the build, naming `what`
 * (the file or folder) and both entries, when two share an order.
 */
export function byOrder<T extends { id: string; data: { order: number } }>(entries: readonly T[], what: string): T[] {
  const sorted = [...entries].sort((a, b) => a.data.order - b.data.order);
  const clashes = sorted.flatMap((e, i) => {
    const prev = sorted[i - 1];
    return prev && prev.data.order === e.data.order ? [`"${prev.id}" and "${e.id}" both have order ${e.data.order}`] : [];
  });
  if (clashes.length > 0) throw new ContentError(what, clashes);
  return sorted;
}

/** The previous and next entry around `id` in an ordered list. */
export function neighbours<T extends { id: string }>(ordered: readonly T[], id: string): { prev?: T; next?: T } {
  const i = ordered.findIndex((p) => p.id === id);
  if (i < 0) return {};
  return { prev: ordered[i - 1], next: ordered[i + 1] };
}
