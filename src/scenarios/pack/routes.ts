// Where each step of a scenario leads, in the pack's words: per option (lettered as on the map and
// in room mode: ../letters) or for the whole step, each branch with the condition it needs.
// Read from the engine's own exits/branches (../model), like the map. Build-time only.
import { letterOf, optionLetters } from '../letters';
import { branches, choiceOptions, exits, flagsSetAt, isChoiceStep, type Condition, type Scenario, type Step } from '../model';
import { checklistItems } from '../model';
import { scaleBands } from '../rating';

export interface Route {
  /** The option that takes this route (choice steps), with its letter. */
  option?: { letter: string; label: string };
  branches: Array<{ when?: Condition; to: string }>;
}

/** The routes out of a step: one per option for decisions and level steps, else one. */
export function routesOf(step: Step): Route[] {
  if (step.kind === 'debrief') return [];
  const letters = optionLetters(step);
  return exits(step).map((e) => ({
    ...(e.option ? { option: { letter: letters.get(e.option.id)!, label: e.option.label } } : {}),
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

/** Where a flag is set: "3. What do you do?: option B chosen" and the like, per flag. */
export function flagSources(scenario: Scenario): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (flag: string, where: string) => out.set(flag, [...(out.get(flag) ?? []), where]);
  for (const [i, step] of scenario.steps.entries()) {
    const at = `${i + 1}. ${step.title}`;
    const letter = (id: string) => letterOf(step, id);
    if (isChoiceStep(step)) choiceOptions(step).forEach((o) => o.sets.forEach((f) => add(f, `${at}: option ${letter(o.id)} chosen`)));
    if (step.kind === 'select') step.options.forEach((o) => {
      o.sets.forEach((f) => add(f, `${at}: option ${letter(o.id)} ticked`));
      o.setsIfNotTicked.forEach((f) => add(f, `${at}: option ${letter(o.id)} left unticked`));
    });
    if (step.kind === 'sort') step.statements.forEach((st) => {
      for (const [group, flags] of Object.entries(st.sets)) {
        const label = step.groups.find((g) => g.id === group)?.label ?? group;
        flags.forEach((f) => add(f, `${at}: statement ${letter(st.id)} placed in “${label}”`));
      }
    });
    if (step.kind === 'scale') for (const b of scaleBands(step)) {
      b.sets.forEach((f) => add(f, `${at}: a score ${b.band} the expected range (${letter(b.band)})`));
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
