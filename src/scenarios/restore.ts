// Checks that a saved snapshot fits the compiled machine before the player restores it, so that
// odd saved data is discarded with a notice rather than crashing or freezing the player.
import { createActor, type AnyStateMachine } from 'xstate';
import type { ScenarioContext } from './compile';
import { choiceOptions, isChoiceStep, isSubmitStep, stepMap, type Scenario } from './model';
import { rateSubmission, type Submission } from './rating';

export function snapshotFits(scenario: Scenario, machine: AnyStateMachine, snapshot: unknown): boolean {
  const s = snapshot as { value?: unknown; context?: Partial<ScenarioContext>; status?: string };
  if (!s || typeof s !== 'object' || !s.context) return false;
  const { flags, answers, history } = s.context;
  if (!Array.isArray(flags) || !flags.every((f) => typeof f === 'string')) return false;
  if (!Array.isArray(history) || !answers || typeof answers !== 'object') return false;
  const steps = stepMap(scenario);
  if (!history.every((id) => typeof id === 'string' && steps.has(id))) return false;

  const [stepId, sub] = typeof s.value === 'string' ? [s.value, undefined]
    : s.value && typeof s.value === 'object' ? (Object.entries(s.value)[0] ?? []) as [string?, unknown?] : [];
  const step = stepId ? steps.get(stepId) : undefined;
  if (!step || history.at(-1) !== stepId) return false;
  if ((s.status === 'done') !== (step.kind === 'debrief')) return false;

  // Every recorded answer must be one this scenario could have produced.
  for (const [id, answer] of Object.entries(answers)) {
    const at = steps.get(id);
    if (!at || !answer || typeof answer !== 'object') return false;
    if (isChoiceStep(at)) {
      if (!choiceOptions(at).some((o) => o.id === answer.choice)) return false;
    } else if (isSubmitStep(at)) {
      if (!answer.submission || rateSubmission(at, answer.submission as Submission) === undefined) return false;
    } else return false;
  }
  // The substate must agree with the answer: "answered-<option>" needs that option recorded.
  if (typeof sub === 'string' && sub !== 'open') {
    const answer = answers[stepId!];
    if (!answer) return false;
    if (isChoiceStep(step) && sub !== `answered-${answer.choice}`) return false;
  }

  // XState throws (or errors) on a state value the machine does not have.
  const actor = createActor(machine, { snapshot: snapshot as never });
  actor.start();
  const ok = actor.getSnapshot().status !== 'error';
  actor.stop();
  return ok;
}
