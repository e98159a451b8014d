// Graph checks, each linear in the size of the scenario: reachability, an ending reachable from
// every step, no loops (naming the link that closes one), a bound on the longest path, and flags:
// every flag a condition reads can be set on some path before it, and every flag set is read.
import {
  branches, choiceOptions, conditionFlags, exits, flagsSetAt, isChoiceStep, predecessors, stepMap, successors,
  type Condition, type Scenario, type Step,
} from './model';
import { passagesOf } from './text';

/** No scenario should take a learner through more steps than this. */
export const MAX_PATH_STEPS = 40;

/** Problems with the shape of the graph. Assumes every target exists. */
export function graphProblems(scenario: Scenario): string[] {
  const problems: string[] = [];
  const steps = stepMap(scenario);
  const reachable = new Set<string>();
  const stack = [scenario.start];
  while (stack.length) {
    const id = stack.pop()!;
    if (reachable.has(id)) continue;
    reachable.add(id);
    stack.push(...successors(steps.get(id)!));
  }
  for (const s of scenario.steps) if (!reachable.has(s.id)) problems.push(`step "${s.id}": unreachable from the start`);
  if (!scenario.steps.some((s) => s.kind === 'debrief')) problems.push('steps: no debrief step (every scenario must end in one)');

  const canEnd = new Set(scenario.steps.filter((s) => s.kind === 'debrief').map((s) => s.id));
  const preds = predecessors(scenario);
  const queue = [...canEnd];
  while (queue.length) {
    for (const p of preds.get(queue.shift()!) ?? []) if (!canEnd.has(p)) { canEnd.add(p); queue.push(p); }
  }
  for (const s of scenario.steps) if (reachable.has(s.id) && !canEnd.has(s.id)) problems.push(`step "${s.id}": no debrief can be reached from it`);

  // Longest path by depth-first search with memo; a link back to a step on the current path closes a loop.
  const depth = new Map<string, number>();
  const onPath: string[] = [];
  let looped = false;
  const longest = (id: string): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    onPath.push(id);
    let d = 1;
    for (const next of successors(steps.get(id)!)) {
      const at = onPath.indexOf(next);
      if (at >= 0) {
        looped = true;
        problems.push(`step "${id}": its link to "${next}" closes a loop (${[...onPath.slice(at), next].join(' → ')}); scenarios must always move forward`);
        continue;
      }
      d = Math.max(d, 1 + longest(next));
    }
    onPath.pop();
    depth.set(id, d);
    return d;
  };
  const max = longest(scenario.start);
  if (max > MAX_PATH_STEPS) problems.push(`steps: the longest path has ${max} steps, more than ${MAX_PATH_STEPS}`);
  if (!looped) problems.push(...flagProblems(scenario, reachable));
  return problems;
}

/** Where a step reads flags: before the learner answers it, and after (feedback, routes). */
function flagsRead(step: Step): { before: Condition[]; after: Condition[] } {
  const whens = (text: Parameters<typeof passagesOf>[0]) => passagesOf(text).flatMap((p) => (p.when ? [p.when] : []));
  const before: Condition[] = [...whens(step.body)];
  const after: Condition[] = exits(step).flatMap((e) => branches(e.next).flatMap((b) => (b.when ? [b.when] : [])));
  if (step.kind !== 'narrative' && step.kind !== 'debrief') before.push(...whens(step.question));
  if (isChoiceStep(step)) for (const o of choiceOptions(step)) { if (o.when) before.push(o.when); after.push(...whens(o.feedback)); }
  if (step.kind === 'select') for (const o of step.options) after.push(...whens(o.feedback));
  if (step.kind === 'sort') for (const st of step.statements) after.push(...whens(st.feedback));
  if (step.kind === 'scale') for (const band of [step.inside, step.below, step.above]) if (band) after.push(...whens(band.feedback));
  if (step.kind === 'write') after.push(...whens(step.model));
  if (step.kind === 'debrief') for (const t of step.takeaways) if (typeof t !== 'string') before.push(t.when);
  return { before, after };
}

/** Flags that can be set before each step, by a pass over the steps in topological order. */
function flagsBefore(scenario: Scenario, reachable: ReadonlySet<string>): Map<string, Set<string>> {
  const steps = stepMap(scenario);
  const indegree = new Map<string, number>([...reachable].map((id) => [id, 0]));
  for (const id of reachable) for (const n of successors(steps.get(id)!)) indegree.set(n, (indegree.get(n) ?? 0) + 1);
  const before = new Map<string, Set<string>>([...reachable].map((id) => [id, new Set<string>()]));
  const ready = [scenario.start];
  while (ready.length) {
    const id = ready.pop()!;
    const step = steps.get(id)!;
    const out = new Set([...before.get(id)!, ...flagsSetAt(step)]);
    for (const n of successors(step)) {
      for (const f of out) before.get(n)!.add(f);
      indegree.set(n, indegree.get(n)! - 1);
      if (indegree.get(n) === 0) ready.push(n);
    }
  }
  return before;
}

function flagProblems(scenario: Scenario, reachable: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const before = flagsBefore(scenario, reachable);
  const read = new Set<string>();
  for (const step of scenario.steps) {
    if (!reachable.has(step.id)) continue;
    const { before: early, after: late } = flagsRead(step);
    const known = before.get(step.id)!;
    const here = new Set([...known, ...flagsSetAt(step)]);
    for (const f of early.flatMap(conditionFlags)) {
      read.add(f);
      if (!known.has(f)) problems.push(`step "${step.id}": reads flag "${f}", which no step before it can set`);
    }
    for (const f of late.flatMap(conditionFlags)) {
      read.add(f);
      if (!here.has(f)) problems.push(`step "${step.id}": reads flag "${f}", which neither this step nor any step before it can set`);
    }
  }
  for (const step of scenario.steps) {
    for (const f of flagsSetAt(step)) if (!read.has(f)) problems.push(`step "${step.id}": sets flag "${f}", which nothing reads (use it in a condition, or remove it)`);
  }
  return problems;
}
