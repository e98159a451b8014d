// What the learner is shown about their answers: one review per answered step (used by the
// feedback after each answer and by the debrief), the path taken beside the recommended path, and
// what the choices led to. Plain data: the player renders it.
import type { Answer, ScenarioContext } from './machine';
import {
  checklistItems, choiceOptions, isChoiceStep, isSubmitStep, own, resolveNext, stepMap,
  type DebriefStep, type GuidanceRef, type Scenario, type Step,
} from './model';
import { modelSubmission, rateSubmission, scaleBand, sortPassMark } from './rating';
import { resolveText, shownPassages } from './text';
import type { Advice, Fit, Rating } from './vocabulary';

export interface PathEntry {
  step: string;
  title: string;
  /** What was chosen, in words. */
  answer?: string;
  /** The option chosen (decision and level steps on the recommended path): its letter, in room mode and the pack. */
  option?: string;
  /** The first answer, in words, when the learner went back and changed it. */
  firstAnswer?: string;
  rating: Rating | null;
  fit: Fit | null;
  /** Why (for decisions). */
  reason?: string;
}

export interface SelectItem { id: string; label: string; advice: Advice; ticked: boolean; feedback: string; cite: GuidanceRef }

/** One answered step, ready to show. Feedback is resolved under the learner's flags. */
export type StepReview =
  | { kind: 'choice'; step: string; option: string; label: string; rating: Rating; fit: Fit; feedback: string; reason: string; cite: GuidanceRef }
  | { kind: 'select'; step: string; rating: Rating; fit: Fit; recommended: SelectItem[]; notRecommended: SelectItem[]; harmfulTicked: SelectItem[] }
  | { kind: 'sort'; step: string; rating: Rating; right: number; total: number; passMark: number; reason: string; cite: GuidanceRef;
      statements: Array<{ id: string; text: string; placed: string; belongs: string; right: boolean; feedback: string }> }
  | { kind: 'scale'; step: string; rating: Rating; fit: Fit; value: number; learnerReason: string; min: number; max: number;
      band: 'below' | 'inside' | 'above'; feedback: string; reason: string; cite: GuidanceRef }
  | { kind: 'write'; step: string; text: string; checklist: Array<{ text: string; ticked: boolean }>; model: string; facts: string[]; cite: GuidanceRef };

/** The review of one answer to one step, or undefined when the answer does not fit the step. */
export function reviewAnswer(step: Step, answer: Answer, flags: readonly string[]): StepReview | undefined {
  if (isChoiceStep(step)) {
    const o = choiceOptions(step).find((x) => x.id === answer.choice);
    return o && { kind: 'choice', step: step.id, option: o.id, label: o.label, rating: o.rating, fit: o.fit, feedback: resolveText(o.feedback, flags), reason: o.reason, cite: o.cite };
  }
  const s = answer.submission;
  if (!isSubmitStep(step) || !s) return undefined;
  const rated = rateSubmission(step, s);
  if (!rated) return undefined;
  if (step.kind === 'select' && s.kind === 'select' && rated.rating && rated.fit) {
    const items = step.options.map((o) => ({ id: o.id, label: o.label, advice: o.advice, ticked: s.selected.includes(o.id), feedback: resolveText(o.feedback, flags), cite: o.cite }));
    const isDo = (i: SelectItem) => i.advice === 'essential' || i.advice === 'do';
    return { kind: 'select', step: step.id, rating: rated.rating, fit: rated.fit, recommended: items.filter(isDo), notRecommended: items.filter((i) => !isDo(i)), harmfulTicked: items.filter((i) => i.advice === 'harmful' && i.ticked) };
  }
  if (step.kind === 'sort' && s.kind === 'sort' && rated.rating) {
    const label = (g: string) => step.groups.find((x) => x.id === g)?.label ?? g;
    const statements = step.statements.map((st) => {
      const placed = own(s.placements, st.id) ?? '';
      return { id: st.id, text: st.text, placed: label(placed), belongs: label(st.group), right: placed === st.group, feedback: resolveText(st.feedback, flags) };
    });
    return { kind: 'sort', step: step.id, rating: rated.rating, right: statements.filter((x) => x.right).length, total: statements.length, passMark: sortPassMark(step), reason: step.reason, cite: step.cite, statements };
  }
  if (step.kind === 'scale' && s.kind === 'scale' && rated.rating && rated.fit) {
    const band = scaleBand(step, s.value);
    const b = band === 'inside' ? step.inside : step[band];
    if (!b) return undefined;
    return { kind: 'scale', step: step.id, rating: rated.rating, fit: rated.fit, value: s.value, learnerReason: s.reason, min: step.expected.min, max: step.expected.max, band, feedback: resolveText(b.feedback, flags), reason: b.reason, cite: step.cite };
  }
  if (step.kind === 'write' && s.kind === 'write') {
    const checklist = checklistItems(step).map((c, i) => ({ text: c.text, ticked: s.checked.includes(String(i)) }));
    return { kind: 'write', step: step.id, text: s.text, checklist, model: resolveText(step.model, flags), facts: step.facts, cite: step.cite };
  }
  return undefined;
}

/** One answer in words. */
export function describeAnswer(scenario: Scenario, answer: Answer | undefined): string | undefined {
  if (!answer) return undefined;
  const step = stepMap(scenario).get(answer.step);
  const review = step && reviewAnswer(step, answer, []);
  if (!review) return undefined;
  switch (review.kind) {
    case 'choice': return review.label;
    case 'select': return [...review.recommended, ...review.notRecommended].filter((i) => i.ticked).map((i) => i.label).join('; ') || 'Nothing ticked';
    case 'sort': return `${review.right} of ${review.total} statements sorted as the guidance would`;
    case 'scale': return `${review.value} out of 10: ${review.learnerReason}`;
    case 'write': return `Record written; your self-check ticked ${review.checklist.filter((c) => c.ticked).length} of ${review.checklist.length} points`;
  }
}

/** The path the guidance recommends: the best option at every choice and the model answer elsewhere, from the start to a debrief. */
export function recommendedPath(scenario: Scenario): PathEntry[] {
  const steps = stepMap(scenario);
  const path: PathEntry[] = [];
  let flags: string[] = [];
  let id: string | undefined = scenario.start;
  const seen = new Set<string>();
  while (id && !seen.has(id)) {
    seen.add(id);
    const step: Step = steps.get(id)!;
    if (step.kind === 'debrief') { path.push({ step: id, title: step.title, rating: null, fit: null }); break; }
    if (isChoiceStep(step)) {
      const best = choiceOptions(step).find((o) => o.rating === 'best' && !o.when) ?? choiceOptions(step)[0]!;
      flags = [...new Set([...flags, ...best.sets])];
      path.push({ step: id, title: step.title, answer: best.label, option: best.id, rating: best.rating, fit: best.fit, reason: best.reason });
      id = resolveNext(best.next ?? step.next, flags);
    } else if (isSubmitStep(step)) {
      const rated = rateSubmission(step, modelSubmission(step));
      flags = [...new Set([...flags, ...(rated?.sets ?? [])])];
      path.push({ step: id, title: step.title, rating: rated?.rating ?? null, fit: rated?.fit ?? null });
      id = resolveNext(step.next, flags);
    } else {
      path.push({ step: id, title: step.title, rating: null, fit: null });
      id = resolveNext(step.next, flags);
    }
  }
  return path;
}

/** The path the learner took, from the machine's context. */
export function takenPath(scenario: Scenario, context: ScenarioContext): PathEntry[] {
  const steps = stepMap(scenario);
  return context.history.flatMap((id) => {
    const step = steps.get(id);
    if (!step) return [];
    const answer = own(context.answers, id);
    const first = own(context.firstAnswers, id);
    const option = answer?.choice && isChoiceStep(step) ? choiceOptions(step).find((o) => o.id === answer.choice) : undefined;
    const now = describeAnswer(scenario, answer);
    const before = describeAnswer(scenario, first);
    return [{
      step: id, title: step.title, answer: now, rating: answer?.rating ?? null, fit: answer?.fit ?? null, reason: option?.reason,
      ...(before !== undefined && before !== now ? { firstAnswer: before } : {}),
    }];
  });
}

export interface Debrief {
  ending: { step: string; title: string; outcome: string; body: string; takeaways: string[]; guidance: GuidanceRef[]; briefings: string[] };
  taken: PathEntry[];
  recommended: PathEntry[];
  /** Every answered step on the path, reviewed. */
  reviews: StepReview[];
  /** What the choices led to: steps on the learner's path that the recommended path does not pass through. */
  ledTo: Array<{ step: string; title: string }>;
}

/** Everything the debrief shows, for the ending the learner reached. */
export function debriefFor(scenario: Scenario, ending: DebriefStep, context: ScenarioContext): Debrief {
  const steps = stepMap(scenario);
  const recommended = recommendedPath(scenario);
  const onRecommended = new Set(recommended.map((p) => p.step));
  const reviews = context.history.flatMap((id) => {
    const step = steps.get(id);
    const answer = own(context.answers, id);
    const review = step && answer ? reviewAnswer(step, answer, context.flags) : undefined;
    return review ? [review] : [];
  });
  return {
    ending: {
      step: ending.id, title: ending.title, outcome: ending.outcome, body: resolveText(ending.body, context.flags),
      takeaways: shownPassages(ending.takeaways, context.flags), guidance: ending.guidance, briefings: ending.briefings,
    },
    taken: takenPath(scenario, context),
    recommended,
    reviews,
    ledTo: context.history.filter((id) => !onRecommended.has(id)).map((id) => ({ step: id, title: steps.get(id)?.title ?? id })),
  };
}
