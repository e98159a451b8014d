// Build-time checks that a scenario can never strand or mislead a learner. Zod checks the shape;
// these check the graph and the citations.
import { scenarioSchema, type Scenario } from '../schemas/scenarios';
import { branches, choiceOptions, exits, isChoiceStep, predecessors, stepMap, successors } from './model';
import { contactIdsIn } from './text';

/** Guidance pages and the heading ids on each. */
export type GuidanceIndex = ReadonlyMap<string, ReadonlySet<string>>;

/** A longest path bound: no scenario should take a learner through more steps than this. */
export const MAX_PATH_STEPS = 40;

/** Returns every problem found, each naming the step (and option) concerned. Empty means valid. */
export function findScenarioProblems(scenario: Scenario, guidance: GuidanceIndex, contactIds?: ReadonlySet<string>, briefingSlugs?: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const steps = stepMap(scenario);

  // Duplicate ids.
  const seen = new Set<string>();
  for (const s of scenario.steps) {
    if (seen.has(s.id)) problems.push(`step "${s.id}": duplicate step id`);
    seen.add(s.id);
    const ids = isChoiceStep(s) ? choiceOptions(s).map((o) => o.id)
      : s.kind === 'select' ? s.options.map((o) => o.id)
      : s.kind === 'sort' ? s.statements.map((o) => o.id) : [];
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup) problems.push(`step "${s.id}": duplicate option id "${dup}"`);
  }

  if (!steps.has(scenario.start)) problems.push(`start: unknown step "${scenario.start}"`);
  if (scenario.supportedOutcome !== undefined && steps.get(scenario.supportedOutcome)?.kind !== 'debrief') {
    problems.push(`supportedOutcome: "${scenario.supportedOutcome}" is not a debrief step`);
  }

  // Targets, default branches, and per-kind checks.
  const flagsSet = new Set(scenario.steps.flatMap((s) => (isChoiceStep(s) ? choiceOptions(s).flatMap((o) => o.sets) : [])));
  const checkCondition = (where: string, cond?: { all: string[]; none: string[] }) => {
    for (const f of [...(cond?.all ?? []), ...(cond?.none ?? [])]) {
      if (!flagsSet.has(f)) problems.push(`${where}: condition uses flag "${f}", which no option sets`);
    }
  };
  for (const s of scenario.steps) {
    for (const { option, next } of exits(s)) {
      const where = option ? `step "${s.id}", option "${option.id}"` : `step "${s.id}"`;
      const list = branches(next);
      if (list.length === 0) { problems.push(`${where}: no next step`); continue; }
      if (list.at(-1)!.when) problems.push(`${where}: the last branch of next must have no condition, so that there is always a way on`);
      for (const b of list) {
        if (!steps.has(b.to)) problems.push(`${where}: leads to unknown step "${b.to}"`);
        checkCondition(where, b.when);
      }
    }
    if (isChoiceStep(s)) {
      const options = choiceOptions(s);
      for (const o of options) checkCondition(`step "${s.id}", option "${o.id}"`, o.when);
      if (options.every((o) => o.when)) problems.push(`step "${s.id}": every option is conditional; at least one must always be offered`);
      if (!options.some((o) => o.rating === 'best' && !o.when)) problems.push(`step "${s.id}": no unconditional option is rated best`);
    }
    if (s.kind === 'sort') {
      const groups = new Set(s.groups.map((g) => g.id));
      for (const st of s.statements) if (!groups.has(st.group)) problems.push(`step "${s.id}", statement "${st.id}": unknown group "${st.group}"`);
    }
    if (s.kind === 'select') {
      if (!s.options.some((o) => o.correct)) problems.push(`step "${s.id}": no option is correct`);
      for (const o of s.options) if (o.essential && !o.correct) problems.push(`step "${s.id}", option "${o.id}": essential but not correct`);
    }
    if (s.kind === 'scale' && s.expected.min > s.expected.max) problems.push(`step "${s.id}": expected.min is above expected.max`);
  }

  // Citations must point at guidance that exists.
  const checkRef = (where: string, ref: { page: string; anchor?: string }) => {
    const anchors = guidance.get(ref.page);
    if (!anchors) problems.push(`${where}: cites guidance page "${ref.page}", which does not exist`);
    else if (ref.anchor && !anchors.has(ref.anchor)) problems.push(`${where}: cites "#${ref.anchor}" on guidance page "${ref.page}", which has no such section`);
  };
  scenario.guidance.forEach((g) => checkRef('guidance', g));
  for (const s of scenario.steps) {
    if (isChoiceStep(s)) choiceOptions(s).forEach((o) => checkRef(`step "${s.id}", option "${o.id}"`, o.cite));
    if (s.kind === 'select') s.options.forEach((o) => checkRef(`step "${s.id}", option "${o.id}"`, o.cite));
    if (s.kind === 'sort' || s.kind === 'scale' || s.kind === 'write') checkRef(`step "${s.id}"`, s.cite);
    if (s.kind === 'debrief') s.guidance.forEach((g) => checkRef(`step "${s.id}"`, g));
  }
  // Debriefs may only recommend briefings that exist.
  if (briefingSlugs) {
    for (const s of scenario.steps) {
      if (s.kind === 'debrief') for (const b of s.briefings) if (!briefingSlugs.has(b)) problems.push(`step "${s.id}": recommends briefing "${b}", which is not in content/briefings`);
    }
  }
  // [contact:id] tokens must name a contact in content/contacts.yaml.
  if (contactIds) {
    for (const s of scenario.steps) {
      for (const id of contactIdsIn(s)) if (!contactIds.has(id)) problems.push(`step "${s.id}": names contact "${id}", which is not in content/contacts.yaml`);
    }
  }
  if (problems.some((p) => p.includes('unknown step')) || !steps.has(scenario.start)) return problems;

  // Reachability from the start, and a debrief reachable from every step.
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

  // No loops: every path ends, within the bound.
  const depth = new Map<string, number>();
  const onPath = new Set<string>();
  const longest = (id: string): number => {
    if (depth.has(id)) return depth.get(id)!;
    if (onPath.has(id)) { problems.push(`step "${id}": part of a loop; scenarios must always move forward`); return 0; }
    onPath.add(id);
    const d = 1 + Math.max(0, ...successors(steps.get(id)!).map(longest));
    onPath.delete(id);
    depth.set(id, d);
    return d;
  };
  // A condition may only test flags set before it: a flag set further on would let Back and
  // Continue take a different path from the one the learner's kept answers belong to.
  const downstream = (id: string): Set<string> => {
    const seen = new Set<string>();
    const todo = [...successors(steps.get(id)!)];
    while (todo.length) { const n = todo.pop()!; if (!seen.has(n)) { seen.add(n); todo.push(...successors(steps.get(n)!)); } }
    return seen;
  };
  const setters = new Map<string, string[]>();
  for (const s of scenario.steps) if (isChoiceStep(s)) for (const o of choiceOptions(s)) for (const f of o.sets) setters.set(f, [...(setters.get(f) ?? []), s.id]);
  for (const s of scenario.steps) {
    const tested = new Set<string>();
    for (const { next } of exits(s)) for (const b of branches(next)) [...(b.when?.all ?? []), ...(b.when?.none ?? [])].forEach((f) => tested.add(f));
    if (isChoiceStep(s)) for (const o of choiceOptions(s)) [...(o.when?.all ?? []), ...(o.when?.none ?? [])].forEach((f) => tested.add(f));
    if (tested.size === 0 || !reachable.has(s.id)) continue;
    const later = downstream(s.id);
    for (const f of tested) {
      const late = (setters.get(f) ?? []).filter((id) => later.has(id));
      if (late.length) problems.push(`step "${s.id}": tests flag "${f}", which is set later (at step "${late[0]}"); test only flags set before this step`);
    }
  }

  const max = longest(scenario.start);
  if (max > MAX_PATH_STEPS) problems.push(`steps: the longest path has ${max} steps, more than ${MAX_PATH_STEPS}`);
  return [...new Set(problems)];
}

/** Parses and checks a scenario file's data; throws one error naming the file and every problem. */
export function parseScenario(data: unknown, file: string, guidance: GuidanceIndex, contactIds?: ReadonlySet<string>, briefingSlugs?: ReadonlySet<string>): Scenario {
  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`${file}: invalid scenario\n${lines.join('\n')}`);
  }
  const problems = findScenarioProblems(parsed.data, guidance, contactIds, briefingSlugs);
  if (problems.length) throw new Error(`${file}: invalid scenario\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return parsed.data;
}
