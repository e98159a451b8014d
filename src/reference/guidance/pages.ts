import type { CollectionEntry } from 'astro:content';

type GuidanceEntry = CollectionEntry<'guidance'>;

/** Guidance pages in the printed document's order. */
export function inDocumentOrder(pages: GuidanceEntry[]): GuidanceEntry[] {
  const sorted = [...pages].sort((a, b) => a.data.order - b.data.order);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    if (prev.data.order === cur.data.order) {
      throw new Error(`content/guidance: "${prev.id}" and "${cur.id}" both have order ${cur.data.order}`);
    }
  }
  return sorted;
}

/** The previous and next page around `id` in document order. */
export function neighbours<T extends { id: string }>(ordered: T[], id: string): { prev?: T; next?: T } {
  const i = ordered.findIndex((p) => p.id === id);
  if (i < 0) return {};
  return { prev: ordered[i - 1], next: ordered[i + 1] };
}

/** The address of a guidance page, or of a section on it: "/guidance/mash/#outcomes-of-a-referral-to-mash". */
export function guidanceHref(ref: { page: string; anchor?: string }): string {
  return `/guidance/${ref.page}/${ref.anchor ? `#${ref.anchor}` : ''}`;
}
