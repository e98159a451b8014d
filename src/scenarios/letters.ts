// The letter a trainer sees for each option of a step: A, B, C... in the order the scenario file
// writes them (level steps: level order; sort steps: the statements; scale steps: the bands, from 0
// up). Room mode and the facilitator pack (its answers, its map and the map's text) both use these,
// so the printed pack beside the projector names every option by the same letter. The learner's
// player shuffles its options and shows no letters.
import type { PathEntry } from './debrief';
import { choiceOptions, isChoiceStep, stepMap, type Scenario, type Step } from './model';
import { scaleBands } from './rating';

export const letter = (i: number): string => String.fromCharCode(65 + i);

/** The ids a step's letters go to, in letter order (empty for steps with no options). */
function lettered(step: Step): string[] {
  if (isChoiceStep(step)) return choiceOptions(step).map((o) => o.id);
  switch (step.kind) {
    case 'select': return step.options.map((o) => o.id);
    case 'sort': return step.statements.map((st) => st.id);
    case 'scale': return scaleBands(step).map((b) => b.band);
    default: return [];
  }
}

/** Each option's letter (statement's, for sort steps; band's, for scale steps), by id. */
export function optionLetters(step: Step): ReadonlyMap<string, string> {
  return new Map(lettered(step).map((id, i) => [id, letter(i)]));
}

/** One option's letter ("?" for an id the step does not have, which the validator rules out). */
export const letterOf = (step: Step, id: string): string => optionLetters(step).get(id) ?? '?';

/** A path's answers with the letter of the option chosen ("B. Call MASH"), as room mode's debrief and the pack show the recommended path. */
export function letteredPath(scenario: Scenario, entries: readonly PathEntry[]): PathEntry[] {
  const steps = stepMap(scenario);
  return entries.map((e) => {
    const step = steps.get(e.step);
    return step && e.option && e.answer ? { ...e, answer: `${letterOf(step, e.option)}. ${e.answer}` } : e;
  });
}
