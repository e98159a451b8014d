// The events a learner can send in each state, for model-based tests with xstate/graph.
import type { AnyMachineSnapshot } from 'xstate';
import type { ScenarioEvent } from './compile';
import { choiceOptions, isChoiceStep, stepMap, type Scenario } from './model';
import { modelSubmission, type Submission } from './rating';

/** The step id and substate of a snapshot ("decide", "open"). */
export function position(snapshot: AnyMachineSnapshot): { step: string; sub?: string } {
  const value = snapshot.value as string | Record<string, string>;
  if (typeof value === 'string') return { step: value };
  const [step, sub] = Object.entries(value)[0]!;
  return { step, sub };
}

/** One other answer per submit step, so that tests try a path that is not the model one. */
function otherSubmission(model: Submission, scenario: Scenario, stepId: string): Submission | undefined {
  const step = stepMap(scenario).get(stepId)!;
  if (model.kind === 'select') return { kind: 'select', selected: [] };
  if (model.kind === 'sort' && step.kind === 'sort') return { kind: 'sort', placements: Object.fromEntries(step.statements.map((s) => [s.id, step.groups[0]!.id])) };
  if (model.kind === 'scale') return { kind: 'scale', value: model.value === 10 ? 0 : 10, reason: 'A different view' };
  if (model.kind === 'write') return { kind: 'write', text: 'A short record.', checked: [] };
  return undefined;
}

/** Forward events available in a state (Back is tested separately: it makes cycles). */
export function forwardEvents(scenario: Scenario) {
  const steps = stepMap(scenario);
  return (snapshot: AnyMachineSnapshot): ScenarioEvent[] => {
    if (snapshot.status === 'done') return [];
    const { step: id, sub } = position(snapshot);
    const step = steps.get(id)!;
    if (step.kind === 'narrative' || (sub && sub !== 'open')) return [{ type: 'CONTINUE' }];
    if (isChoiceStep(step)) return choiceOptions(step).map((o) => ({ type: 'CHOOSE', option: o.id }));
    if (step.kind === 'debrief') return [];
    const model = modelSubmission(step);
    const other = otherSubmission(model, scenario, id);
    return [{ type: 'SUBMIT', submission: model }, ...(other ? [{ type: 'SUBMIT' as const, submission: other }] : [])];
  };
}

/** Serialises a snapshot by its state and flags only (answers and history do not change where it can go). */
export function serializeForGraph(snapshot: AnyMachineSnapshot): string {
  return JSON.stringify([snapshot.value, [...(snapshot.context as { flags: string[] }).flags].sort()]);
}
