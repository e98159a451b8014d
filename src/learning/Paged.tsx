/** @jsxImportSource preact */
// A long list shown a page at a time, so that a record of thousands of reflections stays quick to
// show and to change. The page is kept when the list shrinks (a delete), within the new last page.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface Props<T> {
  items: readonly T[];
  /** What the list holds, for the pager's label ("reflections"). */
  label: string;
  pageSize?: number;
  children: (item: T) => ComponentChildren;
  listClass?: string;
  ordered?: boolean;
}

export const PAGE_SIZE = 50;

export function Paged<T>({ items, label, pageSize = PAGE_SIZE, children, listClass = 'learning-list', ordered = false }: Props<T>) {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(page, pages - 1);
  const first = current * pageSize;
  const shown = items.slice(first, first + pageSize);
  const List = ordered ? 'ol' : 'ul';
  return (
    <>
      <List class={listClass} start={ordered ? first + 1 : undefined}>{shown.map((item) => children(item))}</List>
      {pages > 1 && (
        <nav class="learning-pager" aria-label={`Pages of ${label}`}>
          <p class="small">
            Showing {first + 1} to {first + shown.length} of {items.length.toLocaleString('en-GB')} {label}.
          </p>
          <p class="button-row">
            <button type="button" class="button secondary" disabled={current === 0} onClick={() => setPage(current - 1)}>
              Previous {pageSize}
            </button>
            <button type="button" class="button secondary" disabled={current === pages - 1} onClick={() => setPage(current + 1)}>
              Next {pageSize}
            </button>
          </p>
        </nav>
      )}
    </>
  );
}
