// The search filters. Pages set them in BaseLayout (`pageType` -> `type`) and on the page's
// article (`level`, where a page is about one of the four types of support).
import { typesOfSupport } from '../shared/support';

/** Values of the `type` filter, in the order the search page lists them. */
export const PAGE_TYPES = ['Guidance', 'Briefing', 'Case example', 'Practice scenario', 'Contacts', 'Glossary', 'Threshold indicators', 'About'] as const;

/** Values of the `level` filter: the four types of support, in order. */
export const LEVELS = typesOfSupport;

/** The filters the search page offers, with their labels. */
export const FILTERS = [
  { key: 'type', label: 'Type of page', values: PAGE_TYPES },
  { key: 'level', label: 'Type of support', values: LEVELS },
] as const;

export type FilterKey = (typeof FILTERS)[number]['key'];

/** A search as it appears in the address bar: ?q=…&type=…&level=… */
export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
}

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const f of FILTERS) {
    const v = params.get(f.key);
    if (v && (f.values as readonly string[]).includes(v)) filters[f.key] = v;
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

export function searchStateUrl(path: string, state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const f of FILTERS) {
    const v = state.filters[f.key];
    if (v) params.set(f.key, v);
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/** The filter selection Pagefind expects: one value per filter (radio buttons), as arrays. */
export function pagefindFilters(filters: SearchState['filters']): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(filters)) if (v) out[k] = [v];
  return out;
}
