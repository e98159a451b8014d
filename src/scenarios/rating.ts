// How select, sort, scale and write answers are rated. Decisions carry their rating in the data.
import type { Rating, SubmitStep } from './model';

export type Submission =
  | { kind: 'select'; selected: string[] }
  | { kind: 'sort'; placements: Record<string, string> }
  | { kind: 'scale'; value: number; reason: string }
  | { kind: 'write'; text: string; checked: string[] };

/**
 * The rating of a submission, or undefined when it is not a complete answer to this step
 * (wrong kind, an unsorted statement, a scale without a reason, an empty record).
 * - select: best when exactly the correct options are ticked; unsafe when an essential one is missed;
 *   otherwise acceptable.
 * - sort: best when every statement is in its group, otherwise acceptable.
 * - scale: best inside the expected range, otherwise acceptable (the reason matters more than the number).
 * - write: best when every checklist item is ticked in the self-check, otherwise acceptable.
 */
export function rateSubmission(step: SubmitStep, s: Submission): Rating | undefined {
  if (s.kind !== step.kind) return undefined;
  switch (step.kind) {
    case 'select': {
      if (s.kind !== 'select') return undefined;
      const chosen = new Set(s.selected);
      if ([...chosen].some((id) => !step.options.some((o) => o.id === id))) return undefined;
      if (step.options.some((o) => o.essential && !chosen.has(o.id))) return 'unsafe';
      return step.options.every((o) => o.correct === chosen.has(o.id)) ? 'best' : 'acceptable';
    }
    case 'sort': {
      if (s.kind !== 'sort') return undefined;
      const groups = new Set(step.groups.map((g) => g.id));
      if (!step.statements.every((st) => groups.has(s.placements[st.id] ?? ''))) return undefined;
      return step.statements.every((st) => s.placements[st.id] === st.group) ? 'best' : 'acceptable';
    }
    case 'scale': {
      if (s.kind !== 'scale' || !Number.isInteger(s.value) || s.value < 0 || s.value > 10 || !s.reason.trim()) return undefined;
      return s.value >= step.expected.min && s.value <= step.expected.max ? 'best' : 'acceptable';
    }
    case 'write': {
      if (s.kind !== 'write' || !s.text.trim()) return undefined;
      return step.checklist.every((_, i) => s.checked.includes(String(i))) ? 'best' : 'acceptable';
    }
  }
}

/** A submission that answers the step as the guidance would (used for the recommended path and tests). */
export function modelSubmission(step: SubmitStep): Submission {
  switch (step.kind) {
    case 'select': return { kind: 'select', selected: step.options.filter((o) => o.correct).map((o) => o.id) };
    case 'sort': return { kind: 'sort', placements: Object.fromEntries(step.statements.map((st) => [st.id, st.group])) };
    case 'scale': return { kind: 'scale', value: step.expected.min, reason: 'Model answer' };
    case 'write': return { kind: 'write', text: step.model, checked: step.checklist.map((_, i) => String(i)) };
  }
}
