// Plain functions over scenario data, shared by the validator, the compiler, the debrief and the player.
import type { Condition, GuidanceRef, Level, Next, Rating, Scenario, Step } from '../schemas/scenarios';

export type { Scenario, Step, Rating, GuidanceRef };

/** A single-choice option as the engine sees it (level options get an id and label from their level). */
export interface ChoiceOption {
  id: string;
  label: string;
  rating: Rating;
  feedback: string;
  reason: string;
  cite: GuidanceRef;
  sets: string[];
  when?: Condition;
  next?: Next;
}

export type ChoiceStep = Extract<Step, { kind: 'decision' | 'level' }>;
export type SubmitStep = Extract<Step, { kind: 'select' | 'sort' | 'scale' | 'write' }>;
export type QuestionStep = ChoiceStep | SubmitStep;

export const isChoiceStep = (s: Step): s is ChoiceStep => s.kind === 'decision' || s.kind === 'level';
export const isSubmitStep = (s: Step): s is SubmitStep => ['select', 'sort', 'scale', 'write'].includes(s.kind);

/** "Targeted Early Help" -> "targeted-early-help". */
export const levelId = (level: Level): string => level.toLowerCase().replace(/\s+/g, '-');

/** The options of a decision or level step, in a common shape. */
export function choiceOptions(step: ChoiceStep): ChoiceOption[] {
  if (step.kind === 'decision') return step.options;
  return step.options.map((o) => ({ ...o, id: levelId(o.level), label: o.level }));
}

/** True when every flag in `all` is set and none in `none` is. */
export function conditionHolds(cond: Condition | undefined, flags: readonly string[]): boolean {
  if (!cond) return true;
  return cond.all.every((f) => flags.includes(f)) && cond.none.every((f) => !flags.includes(f));
}

/** Normalises `next` into a list of branches. */
export function branches(next: Next | undefined): Array<{ when?: Condition; to: string }> {
  if (next === undefined) return [];
  return typeof next === 'string' ? [{ to: next }] : next;
}

/** The step `next` leads to under these flags (the first branch whose condition holds). */
export function resolveNext(next: Next | undefined, flags: readonly string[]): string | undefined {
  return branches(next).find((b) => conditionHolds(b.when, flags))?.to;
}

/** Every `next` that leaves a step, with the option it belongs to (if any). */
export function exits(step: Step): Array<{ option?: ChoiceOption; next: Next | undefined }> {
  if (step.kind === 'debrief') return [];
  if (isChoiceStep(step)) return choiceOptions(step).map((o) => ({ option: o, next: o.next ?? step.next }));
  return [{ next: step.next }];
}

/** Every step id a step can lead to, ignoring conditions. */
export function successors(step: Step): string[] {
  return [...new Set(exits(step).flatMap((e) => branches(e.next).map((b) => b.to)))];
}

export function stepMap(scenario: Scenario): Map<string, Step> {
  return new Map(scenario.steps.map((s) => [s.id, s]));
}

/** The step ids that lead to each step. */
export function predecessors(scenario: Scenario): Map<string, string[]> {
  const preds = new Map<string, string[]>(scenario.steps.map((s) => [s.id, []]));
  for (const s of scenario.steps) for (const t of successors(s)) preds.get(t)?.push(s.id);
  return preds;
}
