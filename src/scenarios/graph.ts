// Model-based exploration of a scenario's machine, for the graph tests and the bench. Bounded so
// that the time grows about linearly with the number of steps: the shortest path to every state
// (xstate/graph), plus a fixed number of simple paths to an ending, drawn by a seeded depth-first walk.
import { initialTransition, transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { atEnding, compileScenario, positionOf, type ScenarioEvent, type ScenarioMachine, type ScenarioSnapshot } from './machine';
import { choiceOptions, isChoiceStep, own, stepMap, type Scenario } from './model';
import { modelSubmission, type Submission } from './rating';
import { shuffled } from './shuffle';

/** A few answers per submit step: the model one and ones that reach the other ratings and flags. */
function submissions(scenario: Scenario, stepId: string): Submission[] {
  const step = stepMap(scenario).get(stepId);
  if (!step || step.kind === 'narrative' || step.kind === 'debrief' || isChoiceStep(step)) return [];
  const model = modelSubmission(step);
  switch (step.kind) {
    case 'select': return [model, { kind: 'select', selected: [] }, { kind: 'select', selected: step.options.map((o) => o.id) }];
    case 'sort': return [model, ...step.groups.map((g): Submission => ({ kind: 'sort', placements: Object.fromEntries(step.statements.map((s) => [s.id, g.id])) }))];
    case 'scale': return [
      model,
      ...(step.expected.min > 0 ? [{ kind: 'scale' as const, value: 0, reason: 'Lower' }] : []),
      ...(step.expected.max < 10 ? [{ kind: 'scale' as const, value: 10, reason: 'Higher' }] : []),
    ];
    case 'write': return [model, { kind: 'write', text: 'A short record.', checked: [] }];
  }
}

/** Forward events available in a state (Back, Change and Jump are tested separately: they make cycles). */
export function forwardEvents(scenario: Scenario) {
  const steps = stepMap(scenario);
  return (snapshot: ScenarioSnapshot): ScenarioEvent[] => {
    if (atEnding(snapshot)) return [];
    const { step: id, sub } = positionOf(snapshot.value);
    const step = steps.get(id)!;
    if (step.kind === 'narrative' || sub === 'answered') return [{ type: 'CONTINUE' }];
    if (isChoiceStep(step)) return choiceOptions(step).map((o) => ({ type: 'CHOOSE', option: o.id }));
    return submissions(scenario, id).map((submission) => ({ type: 'SUBMIT', submission }));
  };
}

/** A state for the graph: where it is, the flags, and the current step's choice (which picks the route). */
export function serializeForGraph(snapshot: ScenarioSnapshot): string {
  const { step } = positionOf(snapshot.value);
  return JSON.stringify([snapshot.value, [...snapshot.context.flags].sort(), own(snapshot.context.answers, step)?.choice ?? null]);
}

/** The shortest path to every distinct state. */
export function shortestPaths(scenario: Scenario, machine: ScenarioMachine = compileScenario(scenario)) {
  return getShortestPaths(machine, { events: forwardEvents(scenario), serializeState: serializeForGraph, input: { seed: 1 } });
}

export interface PlayedPath { steps: string[]; end: ScenarioSnapshot }

/**
 * Up to `limit` simple paths from the start to an ending. Events are tried in an order drawn from
 * `seed`, so different seeds sample different paths; each path visits a state at most once.
 * `maxSteps` stops a walk that runs too long (the validator bounds the longest path).
 */
export function samplePaths(scenario: Scenario, limit: number, seed = 1, maxSteps = 200, machine: ScenarioMachine = compileScenario(scenario)): PlayedPath[] {
  const events = forwardEvents(scenario);
  const found: PlayedPath[] = [];
  const [initial] = initialTransition(machine, { seed });
  const onPath = new Set<string>();
  const walk = (snapshot: ScenarioSnapshot, depth: number): void => {
    if (found.length >= limit || depth > maxSteps) return;
    if (atEnding(snapshot)) {
      found.push({ steps: snapshot.context.history, end: snapshot });
      return;
    }
    const key = serializeForGraph(snapshot);
    if (onPath.has(key)) return;
    onPath.add(key);
    for (const event of shuffled(events(snapshot), seed + depth, key)) {
      const [next] = transition(machine, snapshot, event);
      if (serializeForGraph(next) !== key) walk(next, depth + 1);
      if (found.length >= limit) break;
    }
    onPath.delete(key);
  };
  walk(initial, 0);
  return found;
}
