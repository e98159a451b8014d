// The answers the room can go with on a decision, level or scale step (RoomOptions shows them):
// each option or band with its letter, rating and feedback. Feedback is resolved as the player
// resolves it for a learner who gave that answer: under the flags set before this step plus the
// answer's own. Not under the room's current flags: once the room has answered, those hold its
// answer's flags, which would show in every other option's feedback too.
import { optionLetters } from '../letters';
import { flagsAlong, type ScenarioContext } from '../machine';
import { choiceOptions, conditionHolds, type ChoiceStep, type Fit, type GuidanceRef, type Rating, type Step } from '../model';
import { bandText, scaleBands } from '../rating';
import { resolveText } from '../text';

/** One answer the room can go with: a decision's option, or a scale step's band of scores. */
export interface Pick {
  id: string;
  letter: string;
  label: string;
  /** The band's place beside the range the facts support (scale steps). */
  band?: 'below' | 'inside' | 'above';
  rating: Rating;
  fit: Fit;
  feedback: string;
  reason: string;
  cite: GuidanceRef;
}

/** The flags set on the path before a step (all of them when the step is not on the path). */
export function flagsBefore(context: ScenarioContext, stepId: string): string[] {
  const at = context.history.indexOf(stepId);
  return flagsAlong(at < 0 ? context.history : context.history.slice(0, at), context.answers);
}

const withSets = (flags: readonly string[], sets: readonly string[]) => [...new Set([...flags, ...sets])];

/** A decision's or level's options the room is offered (those whose condition held when it reached the step). */
export function choicePicks(step: ChoiceStep, context: ScenarioContext): Pick[] {
  const flags = flagsBefore(context, step.id);
  const letters = optionLetters(step);
  // An option offered only under some earlier answers is left out, keeping the others' letters.
  return choiceOptions(step).filter((o) => conditionHolds(o.when, flags)).map((o) => ({
    id: o.id, letter: letters.get(o.id)!, label: o.label, rating: o.rating, fit: o.fit,
    feedback: resolveText(o.feedback, withSets(flags, o.sets)), reason: o.reason, cite: o.cite,
  }));
}

/** A scale step's bands of scores, from 0 up. */
export function scalePicks(step: Extract<Step, { kind: 'scale' }>, context: ScenarioContext): Pick[] {
  const flags = flagsBefore(context, step.id);
  const letters = optionLetters(step);
  return scaleBands(step).map((b) => ({
    id: b.band, letter: letters.get(b.band)!, label: bandText(b), band: b.band, rating: b.rating, fit: b.fit,
    feedback: resolveText(b.feedback, withSets(flags, b.sets)), reason: b.reason, cite: step.cite,
  }));
}
