// Where each step of a scenario leads, in the pack's words: per option (numbered from 1 in the
// order written, as on the map) or for the whole step, each branch with the condition it needs.
// Read from the engine's own exits/branches (../model), like the map. Build-time only.
import { branches, choiceOptions, exits, flagsSetAt, isChoiceStep, type Condition, type Scenario, type Step } from '../model';
import { checklistItems } from '../model';

export interface Route {
  /** The option that takes this route (choice steps), with its number in the pack. */
  option?: { number: number; label: string };
  branches: Array<{ when?: Condition; to: string }>;
}

/** The routes out of a step: one per option for decisions and level steps, else one. */
export function routesOf(step: Step): Route[] {
  if (step.kind === 'debrief') return [];
  const numbers = isChoiceStep(step) ? new Map(choiceOptions(step).map((o, i) => [o.id, i + 1])) : new Map<string, number>();
  return exits(step).map((e) => ({
    ...(e.option ? { option: { number: numbers.get(e.option.id)!, label: e.option.label } } : {}),
    branches: branches(e.next),
  }));
}

/** Each step's number in the pack (its place in the file, from 1) and title. */
export function stepIndex(scenario: Scenario): Map<string, { number: number; title: string }> {
  return new Map(scenario.steps.map((s, i) => [s.id, { number: i + 1, title: s.title }]));
}

/** The steps that lead to each step. */
export function reachedFrom(scenario: Scenario): Map<string, string[]> {
  const from = new Map<string, string[]>(scenario.steps.map((s) => [s.id, []]));
  for (const s of scenario.steps) for (const r of routesOf(s)) for (const b of r.branches) {
    const list = from.get(b.to);
    if (list && !list.includes(s.id)) list.push(s.id);
  }
  return from;
}

/** Where a flag is set: "3. What do you do? (option 2)" and the like, per flag. */
export function flagSources(scenario: Scenario): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (flag: string, where: string) => out.set(flag, [...(out.get(flag) ?? []), where]);
  for (const [i, step] of scenario.steps.entries()) {
    const at = `${i + 1}. ${step.title}`;
    if (isChoiceStep(step)) choiceOptions(step).forEach((o, n) => o.sets.forEach((f) => add(f, `${at}: option ${n + 1} chosen`)));
    if (step.kind === 'select') step.options.forEach((o, n) => {
      o.sets.forEach((f) => add(f, `${at}: option ${n + 1} ticked`));
      o.setsIfNotTicked.forEach((f) => add(f, `${at}: option ${n + 1} left unticked`));
    });
    if (step.kind === 'sort') step.statements.forEach((st, n) => {
      for (const [group, flags] of Object.entries(st.sets)) {
        const label = step.groups.find((g) => g.id === group)?.label ?? group;
        flags.forEach((f) => add(f, `${at}: statement ${n + 1} placed in “${label}”`));
      }
    });
    if (step.kind === 'scale') for (const [band, words] of [['inside', 'inside'], ['below', 'below'], ['above', 'above']] as const) {
      step[band]?.sets.forEach((f) => add(f, `${at}: a score ${words} the expected range`));
    }
    if (step.kind === 'write') checklistItems(step).forEach((c, n) => {
      c.sets.forEach((f) => add(f, `${at}: check ${n + 1} ticked`));
      c.setsIfNotTicked.forEach((f) => add(f, `${at}: check ${n + 1} left unticked`));
    });
    // Anything set that the cases above missed still gets a line, so the legend never drops a flag.
    for (const f of flagsSetAt(step)) if (!out.has(f)) add(f, at);
  }
  return out;
}
