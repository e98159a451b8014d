// The practice catalogue's filter (/practice/): which skill and which type of support to show. Pure
// functions here; ./filter-view.ts applies them to the page's cards.
import { typesOfSupport } from '../../shared/support';
import { skills } from '../vocabulary';
import { choiceQuery, everything, parseChoice, type Choice } from '../../shared/select-filter';

/** A skill from the vocabulary and a type of support; "all" for either. */
export type CatalogueFilter = Choice<'skill' | 'support'>;

export const showAll: CatalogueFilter = everything(['skill', 'support']);

/** What each field of the form allows besides "all". */
export const allowedChoices = { skill: skills, support: typesOfSupport };

/** Reads ?skill=…&support=… from a query string; unknown values fall back to "all". */
export const parseCatalogueFilter = (search: string): CatalogueFilter => parseChoice(search, allowedChoices);

/** The query string for a state ("" when everything is shown), so a filtered view can be shared. */
export const catalogueQuery = (state: CatalogueFilter): string => choiceQuery(state);

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
