// The debrief: the path the learner took beside the recommended one.
import type { Answer, ScenarioContext } from './compile';
import { choiceOptions, isChoiceStep, resolveNext, stepMap, type Rating, type Scenario } from './model';

export interface PathEntry {
  step: string;
  title: string;
  /** What was chosen, in words. */
  answer?: string;
  rating: Rating | null;
  /** Why (for decisions). */
  reason?: string;
}

/** The path the guidance recommends: the best option at every choice, from the start to a debrief. */
export function recommendedPath(scenario: Scenario): PathEntry[] {
  const steps = stepMap(scenario);
  const path: PathEntry[] = [];
  let flags: string[] = [];
  let id: string | undefined = scenario.start;
  const guard = new Set<string>();
  while (id && !guard.has(id)) {
    guard.add(id);
    const step = steps.get(id)!;
    if (step.kind === 'debrief') { path.push({ step: id, title: step.title, rating: null }); break; }
    if (isChoiceStep(step)) {
      const best = choiceOptions(step).find((o) => o.rating === 'best' && !o.when) ?? choiceOptions(step)[0]!;
      flags = [...new Set([...flags, ...best.sets])];
      path.push({ step: id, title: step.title, answer: best.label, rating: best.rating, reason: best.reason });
      id = resolveNext(best.next ?? step.next, flags);
    } else {
      path.push({ step: id, title: step.title, rating: step.kind === 'narrative' ? null : 'best' });
      id = resolveNext(step.next, flags);
    }
  }
  return path;
}

/** Describes one answer in words. */
export function describeAnswer(scenario: Scenario, answer: Answer | undefined): string | undefined {
  if (!answer) return undefined;
  const step = stepMap(scenario).get(answer.step);
  if (!step) return undefined;
  if (isChoiceStep(step)) return choiceOptions(step).find((o) => o.id === answer.choice)?.label;
  const s = answer.submission;
  if (!s) return undefined;
  if (s.kind === 'select' && step.kind === 'select') return step.options.filter((o) => s.selected.includes(o.id)).map((o) => o.label).join('; ') || 'Nothing ticked';
  if (s.kind === 'sort' && step.kind === 'sort') {
    const right = step.statements.filter((st) => s.placements[st.id] === st.group).length;
    return `${right} of ${step.statements.length} statements sorted as the guidance would`;
  }
  if (s.kind === 'scale') return `${s.value} out of 10: ${s.reason}`;
  if (s.kind === 'write' && step.kind === 'write') return `Record written; ${s.checked.length} of ${step.checklist.length} top tips met in your self-check`;
  return undefined;
}

/** The path the learner took, from the machine's context. */
export function takenPath(scenario: Scenario, context: ScenarioContext): PathEntry[] {
  const steps = stepMap(scenario);
  return context.history.map((id) => {
    const step = steps.get(id)!;
    const answer = context.answers[id];
    const option = answer?.choice && isChoiceStep(step) ? choiceOptions(step).find((o) => o.id === answer.choice) : undefined;
    return { step: id, title: step.title, answer: describeAnswer(scenario, answer), rating: answer?.rating ?? null, reason: option?.reason };
  });
}
