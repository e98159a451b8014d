// The fixed words of the scenario format, as plain values: the schema and the browser modules both
// import them from here, so the player's bundle never pulls in Zod.
import { typesOfSupport as supportTypes } from '../shared/support';

/** How safe an answer is: `unsafe` only for what leaves a child at risk. */
export const ratings = ['best', 'acceptable', 'unsafe'] as const;

/**
 * Whether the response is the right size for the need (Helping Children Thrive asks for the lowest
 * level of support that meets it): `proportionate`; `more-than-needed` (a bigger response than the
 * need calls for); `not-enough` (the need is not met).
 */
export const fits = ['proportionate', 'more-than-needed', 'not-enough'] as const;

/**
 * What the guidance says about one action in a select-all step: `essential` (do it; leaving it out
 * is unsafe), `do` (do it), `dont` (the guidance does not support it), `harmful` (ticking it leaves a
 * child at risk: the step is unsafe whatever else is ticked).
 */
export const advice = ['essential', 'do', 'dont', 'harmful'] as const;

/** The levels a level step offers: the four types of support, and "Immediate danger" where it fits. */
export const levels = [...supportTypes, 'Immediate danger'] as const;

/** The skills a scenario practises. */
export const skills = ['threshold', 'escalation', 'information sharing', 'recording', 'signs of safety', 'family network', 'specific duties'] as const;

export { supportTypes };

export type Rating = (typeof ratings)[number];
export type Fit = (typeof fits)[number];
export type Advice = (typeof advice)[number];
export type Level = (typeof levels)[number];
export type Skill = (typeof skills)[number];

/** Words for the player and the debrief. */
export const ratingText: Record<Rating, string> = { best: 'Best', acceptable: 'Acceptable', unsafe: 'Unsafe' };
export const fitText: Record<Fit, string> = { proportionate: 'Proportionate', 'more-than-needed': 'More than needed', 'not-enough': 'Not enough' };
/** What the guidance says about one action of a select-all step, in words (room mode and the facilitator pack). */
export const adviceText: Record<Advice, string> = {
  essential: 'Essential: leaving it out is unsafe',
  do: 'Do: the guidance says to do this',
  dont: 'Don’t: the guidance does not support this',
  harmful: 'Harmful: ticking it leaves a child at risk',
};
