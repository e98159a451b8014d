// The practice catalogue's filter (/practice/): which skill and which type of support to show. Pure
// functions here; ./filter-view.ts applies them to the page's cards.
import { typesOfSupport } from '../../shared/support';
import { skills } from '../vocabulary';

export interface CatalogueFilter {
  /** A skill from the vocabulary, or "all". */
  skill: string;
  /** A type of support, or "all". */
  support: string;
}

export const showAll: CatalogueFilter = { skill: 'all', support: 'all' };

const oneOf = (value: string | null, allowed: readonly string[]) => (value && allowed.includes(value) ? value : 'all');

/** Reads ?skill=…&support=… from a query string; unknown values fall back to "all". */
export function parseCatalogueFilter(search: string): CatalogueFilter {
  const q = new URLSearchParams(search);
  return { skill: oneOf(q.get('skill'), skills), support: oneOf(q.get('support'), typesOfSupport) };
}

/** The query string for a state ("" when everything is shown), so a filtered view can be shared. */
export function catalogueQuery(state: CatalogueFilter): string {
  const q = new URLSearchParams();
  if (state.skill !== 'all') q.set('skill', state.skill);
  if (state.support !== 'all') q.set('support', state.support);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Whether a scenario with this skill and these types of support is shown. */
export function scenarioShown(state: CatalogueFilter, skill: string, support: readonly string[]): boolean {
  return (state.skill === 'all' || state.skill === skill) && (state.support === 'all' || support.includes(state.support));
}

/** What the filter shows, in words, for the status line read out to screen reader users. */
export function describeCatalogue(state: CatalogueFilter, shown: number): string {
  const count = shown === 1 ? '1 scenario' : `${shown} scenarios`;
  const parts = [state.skill !== 'all' ? `practising ${state.skill}` : '', state.support !== 'all' ? `about ${state.support}` : ''].filter(Boolean);
  if (!parts.length) return `Showing all ${count}.`;
  return shown === 0 ? `No scenario ${parts.join(' and ')} yet.` : `Showing ${count} ${parts.join(' and ')}.`;
}

/** A skill as a heading ("information sharing" → "Information sharing"). */
export const skillLabel = (skill: string) => skill.charAt(0).toUpperCase() + skill.slice(1);

/** The id of a skill's section on the catalogue page. */
export const skillSectionId = (skill: string) => `skill-${skill.replace(/\s+/g, '-')}`;
