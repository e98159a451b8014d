// The browser's Back and Forward move between steps. Each step the learner moves on to is a
// history entry (#step-id); going back in the browser goes back a step (to answer it again if the
// learner wishes), going forward continues when the step is answered. Entries that no longer fit
// (a step since answered differently) are replaced by the current step.
import { choiceOptions, isChoiceStep, resolveNext } from '../model';
import type { PlayerView } from './session-adapter';

/** Our entries carry the step they show and the step before it. */
interface Entry { hctStep: string; prev?: string }
const isEntry = (state: unknown): state is Entry =>
  !!state && typeof state === 'object' && typeof (state as { hctStep?: unknown }).hctStep === 'string';

/** The step id in the address (#id), or '' when there is none or it is malformed. */
export function hashStep(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
}

/** Where Continue would lead from this view, or undefined when the step is not answered. */
export function nextStepId(view: PlayerView): string | undefined {
  const { step, phase, answer, context } = view;
  if (step.kind === 'debrief' || (step.kind !== 'narrative' && phase !== 'answered')) return undefined;
  if (isChoiceStep(step)) {
    const option = choiceOptions(step).find((o) => o.id === answer?.choice);
    return resolveNext(option?.next ?? step.next, context.flags);
  }
  return resolveNext(step.next, context.flags);
}

/** Puts the current step in the address: a new entry when the learner moved on, else in place. */
export function showStep(stepId: string, movedOn: boolean, prev?: string) {
  const entry: Entry = { hctStep: stepId, prev };
  if (location.hash === `#${stepId}` && isEntry(history.state)) return;
  if (movedOn) history.pushState(entry, '', `#${stepId}`);
  else history.replaceState(entry, '', `#${stepId}`);
}

/** True when the browser's previous entry is the previous step, so Back can use the browser's. */
export function previousEntryIs(stepId: string | undefined): boolean {
  return !!stepId && isEntry(history.state) && history.state.prev === stepId;
}
