// The threshold indicators filter (/thresholds/): which domain and which level to show. Pure
// functions here; the page's script applies them to the markup.

export type LevelChoice = 'all' | '1' | '2' | '3' | '4';

export interface FilterState {
  /** A domain id from content/thresholds/indicators.yaml, or "all". */
  domain: string;
  /** One level, or "all". */
  level: LevelChoice;
}

export const showEverything: FilterState = { domain: 'all', level: 'all' };

const levels: readonly LevelChoice[] = ['all', '1', '2', '3', '4'];

/** Reads ?domain=…&level=… from a query string; unknown values fall back to "all". */
export function parseFilter(search: string, domainIds: readonly string[]): FilterState {
  const q = new URLSearchParams(search);
  const domain = q.get('domain') ?? 'all';
  const level = (q.get('level') ?? 'all') as LevelChoice;
  return {
    domain: domainIds.includes(domain) ? domain : 'all',
    level: levels.includes(level) ? level : 'all',
  };
}

/** The query string for a state ("" when everything is shown), for a link to the filtered view. */
export function filterQuery(state: FilterState): string {
  const q = new URLSearchParams();
  if (state.domain !== 'all') q.set('domain', state.domain);
  if (state.level !== 'all') q.set('level', state.level);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Whether a domain's table is shown. */
export function domainVisible(state: FilterState, domainId: string): boolean {
  return state.domain === 'all' || state.domain === domainId;
}

/** Whether a level's row is shown. */
export function levelVisible(state: FilterState, level: string): boolean {
  return state.level === 'all' || state.level === level;
}

/** What the filter shows, in words, for the status line read out to screen reader users. */
export function describeFilter(state: FilterState, domainName?: string): string {
  const what = state.level === 'all' ? 'all levels' : `Level ${state.level} only`;
  const where = state.domain === 'all' ? 'every domain' : (domainName ?? state.domain);
  return state.domain === 'all' && state.level === 'all'
    ? 'Showing every domain at all levels.'
    : `Showing ${what} for ${where}.`;
}
