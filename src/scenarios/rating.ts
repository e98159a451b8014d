// How select, sort, scale and write answers are rated. Decisions carry their rating in the data.
import { checklistItems, own, type SubmitStep } from './model';
import type { Fit, Rating } from './vocabulary';

export type Submission =
  | { kind: 'select'; selected: string[] }
  | { kind: 'sort'; placements: Record<string, string> }
  | { kind: 'scale'; value: number; reason: string }
  | { kind: 'write'; text: string; checked: string[] };

/** What an answer is worth: how safe (null: not rated), how proportionate (null: not a question of size), and the flags it sets. */
export interface Rated {
  rating: Rating | null;
  fit: Fit | null;
  sets: string[];
}

/** The fewest statements a sort step needs placed right for "acceptable". */
export const sortPassMark = (step: Extract<SubmitStep, { kind: 'sort' }>): number =>
  step.passMark ?? Math.ceil(step.statements.length * 0.7);

/** Which band of a scale step a score falls in. */
export const scaleBand = (step: Extract<SubmitStep, { kind: 'scale' }>, value: number): 'below' | 'inside' | 'above' =>
  value < step.expected.min ? 'below' : value > step.expected.max ? 'above' : 'inside';

/** A range of scores in words: "4 to 6", or "5". */
export const rangeText = (r: { min: number; max: number }): string => (r.min === r.max ? `${r.min}` : `${r.min} to ${r.max}`);

/** A band of scores as a room votes on it and the pack lists it: "Scores 4 to 6", or "Score 5". */
export const bandText = (r: { min: number; max: number }): string => (r.min === r.max ? `Score ${r.min}` : `Scores ${r.min} to ${r.max}`);

/** Where a band of scores lies beside the range the facts support, in words: room mode's reveal and debrief, and the pack. */
export const bandPlace = (band: 'below' | 'inside' | 'above'): string =>
  `${band === 'below' ? 'Below' : band === 'inside' ? 'Inside' : 'Above'} the range the facts support`;

/** One band of a scale step: the scores in it, and how a score there is rated (inside: best and proportionate). */
export interface ScaleBandOf {
  band: 'below' | 'inside' | 'above';
  min: number;
  max: number;
  rating: Rating;
  fit: Fit;
  feedback: Extract<SubmitStep, { kind: 'scale' }>['inside']['feedback'];
  reason: string;
  sets: string[];
}

/** The bands a score of a scale step can fall in, from 0 up (a band with no scores is left out). */
export function scaleBands(step: Extract<SubmitStep, { kind: 'scale' }>): ScaleBandOf[] {
  const { min, max } = step.expected;
  const { below, inside, above } = step;
  return [
    ...(below && min > 0 ? [{ band: 'below' as const, min: 0, max: min - 1, ...below }] : []),
    { band: 'inside' as const, min, max, rating: 'best' as const, fit: 'proportionate' as const, ...inside },
    ...(above && max < 10 ? [{ band: 'above' as const, min: max + 1, max: 10, ...above }] : []),
  ];
}

const unique = (xs: string[]) => [...new Set(xs)];

/**
 * The rating of a submission, or undefined when it is not a complete answer to this step
 * (wrong kind, an unknown option, an unsorted statement, a scale without a reason, an empty record).
 * - select: unsafe when a harmful action is ticked or an essential one left; best when exactly the
 *   recommended ones are ticked; otherwise acceptable. Not enough when a recommended action is left
 *   or a ticked one falls short; more than needed when a ticked one goes further than the need.
 * - sort: best when every statement is in its group; acceptable from the pass mark; otherwise unsafe.
 * - scale: the band's rating and fit (inside the expected range: best and proportionate).
 * - write: not rated. The learner's self-check is their own view, shown but never scored.
 */
export function rateSubmission(step: SubmitStep, s: Submission): Rated | undefined {
  switch (step.kind) {
    case 'select': {
      if (s.kind !== 'select') return undefined;
      const chosen = new Set(s.selected);
      if ([...chosen].some((id) => !step.options.some((o) => o.id === id))) return undefined;
      const ticked = step.options.filter((o) => chosen.has(o.id));
      const left = step.options.filter((o) => !chosen.has(o.id));
      const recommended = (o: (typeof step.options)[number]) => o.advice === 'essential' || o.advice === 'do';
      const rating: Rating = ticked.some((o) => o.advice === 'harmful') || left.some((o) => o.advice === 'essential') ? 'unsafe'
        : step.options.every((o) => recommended(o) === chosen.has(o.id)) ? 'best' : 'acceptable';
      const fit: Fit = left.some(recommended) || ticked.some((o) => o.fit === 'not-enough') ? 'not-enough'
        : ticked.some((o) => o.fit === 'more-than-needed') ? 'more-than-needed' : 'proportionate';
      return { rating, fit, sets: unique([...ticked.flatMap((o) => o.sets), ...left.flatMap((o) => o.setsIfNotTicked)]) };
    }
    case 'sort': {
      if (s.kind !== 'sort') return undefined;
      const groups = new Set(step.groups.map((g) => g.id));
      if (!step.statements.every((st) => groups.has(own(s.placements, st.id) ?? ''))) return undefined;
      const right = step.statements.filter((st) => own(s.placements, st.id) === st.group).length;
      const rating: Rating = right === step.statements.length ? 'best' : right >= sortPassMark(step) ? 'acceptable' : 'unsafe';
      const sets = step.statements.flatMap((st) => own(st.sets, own(s.placements, st.id) ?? '') ?? []);
      return { rating, fit: null, sets: unique(sets) };
    }
    case 'scale': {
      if (s.kind !== 'scale' || !Number.isInteger(s.value) || s.value < 0 || s.value > 10 || !s.reason.trim()) return undefined;
      const band = scaleBand(step, s.value);
      if (band === 'inside') return { rating: 'best', fit: 'proportionate', sets: step.inside.sets };
      const b = step[band];
      return b ? { rating: b.rating, fit: b.fit, sets: b.sets } : undefined;
    }
    case 'write': {
      if (s.kind !== 'write' || !s.text.trim()) return undefined;
      const items = checklistItems(step);
      if (!s.checked.every((c) => /^\d+$/.test(c) && Number(c) < items.length)) return undefined;
      const sets = items.flatMap((c, i) => (s.checked.includes(String(i)) ? c.sets : c.setsIfNotTicked));
      return { rating: null, fit: null, sets: unique(sets) };
    }
  }
}

/** A submission that answers the step as the guidance would (the recommended path and tests). */
export function modelSubmission(step: SubmitStep): Submission {
  switch (step.kind) {
    case 'select': return { kind: 'select', selected: step.options.filter((o) => o.advice === 'essential' || o.advice === 'do').map((o) => o.id) };
    case 'sort': return { kind: 'sort', placements: Object.fromEntries(step.statements.map((st) => [st.id, st.group])) };
    case 'scale': return { kind: 'scale', value: step.expected.min, reason: 'Model answer' };
    case 'write': return { kind: 'write', text: 'Model record', checked: step.checklist.map((_, i) => String(i)) };
  }
}
