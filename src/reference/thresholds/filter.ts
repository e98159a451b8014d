// The threshold indicators filter (/thresholds/): which domain and which level to show. Pure
// functions here; ./filter-view.ts applies them to the markup through the shared select filter.

import { choiceQuery, everything, parseChoice, type Choice } from '../../shared/select-filter';

/** A domain id from content/thresholds/indicators.yaml, and a level "1" to "4"; "all" for either. */
export type FilterState = Choice<'domain' | 'level'>;

export const levels = ['1', '2', '3', '4'] as const;

export const showEverything: FilterState = everything(['domain', 'level']);

/** What each field of the form allows besides "all". */
export const allowedChoices = (domainIds: readonly string[]) => ({ domain: domainIds, level: levels });

/** Reads ?domain=…&level=… from a query string; unknown values fall back to "all". */
export const parseFilter = (search: string, domainIds: readonly string[]): FilterState => parseChoice(search, allowedChoices(domainIds));

/** The query string for a state ("" when everything is shown), for a link to the filtered view. */
export const filterQuery = (state: FilterState): string => choiceQuery(state);

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
