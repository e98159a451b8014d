// Plain functions over scenario data, shared by the validator, the machine, the debrief and the player.
import type { Condition, GuidanceRef, Next, Scenario, Step, VariableText } from './schema';
import { levels, type Fit, type Level, type Rating } from './vocabulary';

export type { Scenario, Step, Rating, Fit, GuidanceRef, Condition, Next, VariableText };

/** A single-choice option as the engine sees it (level options get an id and label from their level). */
export interface ChoiceOption {
  id: string;
  label: string;
  rating: Rating;
  fit: Fit;
  feedback: VariableText;
  reason: string;
  cite: GuidanceRef;
  sets: string[];
  when?: Condition;
  next?: Next;
}

export type ChoiceStep = Extract<Step, { kind: 'decision' | 'level' }>;
export type SubmitStep = Extract<Step, { kind: 'select' | 'sort' | 'scale' | 'write' }>;
export type QuestionStep = ChoiceStep | SubmitStep;
export type DebriefStep = Extract<Step, { kind: 'debrief' }>;

export const isChoiceStep = (s: Step): s is ChoiceStep => s.kind === 'decision' || s.kind === 'level';
export const isSubmitStep = (s: Step): s is SubmitStep => s.kind === 'select' || s.kind === 'sort' || s.kind === 'scale' || s.kind === 'write';

/** "Targeted Early Help" -> "targeted-early-help". */
export const levelId = (level: Level): string => level.toLowerCase().replace(/\s+/g, '-');

/** The options of a decision or level step, in a common shape (level options in level order). */
export function choiceOptions(step: ChoiceStep): ChoiceOption[] {
  if (step.kind === 'decision') return step.options;
  return [...step.options]
    .sort((a, b) => levels.indexOf(a.level) - levels.indexOf(b.level))
    .map(({ level, ...o }) => ({ ...o, id: levelId(level), label: level }));
}

/** True when every flag in `all` is set and none in `none` is. */
export function conditionHolds(cond: Condition | undefined, flags: readonly string[]): boolean {
  if (!cond) return true;
  return cond.all.every((f) => flags.includes(f)) && cond.none.every((f) => !flags.includes(f));
}

/** The flags a condition reads. */
export const conditionFlags = (cond: Condition | undefined): string[] => [...(cond?.all ?? []), ...(cond?.none ?? [])];

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

/** Checklist items of a write step in one shape. */
export function checklistItems(step: Extract<Step, { kind: 'write' }>): Array<{ text: string; sets: string[]; setsIfNotTicked: string[] }> {
  return step.checklist.map((c) => (typeof c === 'string' ? { text: c, sets: [], setsIfNotTicked: [] } : c));
}

/** Every flag a step can set, whatever the answer. */
export function flagsSetAt(step: Step): string[] {
  const out: string[] = [];
  if (isChoiceStep(step)) for (const o of choiceOptions(step)) out.push(...o.sets);
  if (step.kind === 'select') for (const o of step.options) out.push(...o.sets, ...o.setsIfNotTicked);
  if (step.kind === 'sort') for (const st of step.statements) for (const fs of Object.values(st.sets)) out.push(...fs);
  if (step.kind === 'scale') for (const band of [step.inside, step.below, step.above]) if (band) out.push(...band.sets);
  if (step.kind === 'write') for (const c of checklistItems(step)) out.push(...c.sets, ...c.setsIfNotTicked);
  return [...new Set(out)];
}

/** `Object.hasOwn` for records keyed by ids, so that an id can never reach a built-in property. */
export const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;
