// Saved progress: one entry per scenario in the learner's own browser storage. Its shape is checked
// with Zod (progress-shape.ts, loaded only when something is saved), then against the scenario
// itself (progressFits), so that odd saved data is discarded with a notice instead of crashing or
// freezing the player.
import type { SavedProgress } from './progress-shape';
import type { Answer } from './machine';
import { choiceOptions, isChoiceStep, isSubmitStep, own, stepMap, type Scenario } from './model';
import { rateSubmission } from './rating';
import { storageWriteFailed, type KeyValueStore } from '../shared/storage';

export const progressKey = (scenarioId: string) => `hct:scenario:${scenarioId}`;

export type { SavedProgress } from './progress-shape';

export type ReadResult =
  | { kind: 'none' }
  | { kind: 'saved'; saved: SavedProgress }
  | { kind: 'damaged'; notice: string };

const nothingElse = 'Nothing else you saved has changed.';
export const notices = {
  unreadable: `Your saved progress in this scenario could not be read, so it has been cleared and the scenario starts again. ${nothingElse}`,
  damaged: `Your saved progress in this scenario was damaged, so it has been cleared and the scenario starts again. ${nothingElse}`,
  updated: `This scenario has been updated since you last worked on it, so your saved progress no longer fits and the scenario starts again. ${nothingElse}`,
  cannotResume: `Your saved progress in this scenario could not be resumed, so it has been cleared and the scenario starts again. ${nothingElse}`,
  mismatch: `Your saved progress in this scenario did not match the scenario, so it has been cleared and the scenario starts again. ${nothingElse}`,
} as const;

/** What is stored for a scenario, parsed as JSON but not yet checked. */
export type RawRead = { kind: 'none' } | { kind: 'raw'; data: unknown } | { kind: 'damaged'; notice: string };

/** Reads one scenario's saved entry as JSON. */
export function readRaw(store: KeyValueStore, scenarioId: string): RawRead {
  let raw: string | null;
  try {
    raw = store.getItem(progressKey(scenarioId));
  } catch {
    return { kind: 'none' };
  }
  if (raw === null) return { kind: 'none' };
  try {
    return { kind: 'raw', data: JSON.parse(raw) };
  } catch {
    return { kind: 'damaged', notice: notices.unreadable };
  }
}

/** The revision of the entry in storage: 0 when there is none or it has none. */
export function storedRevision(store: KeyValueStore, scenarioId: string): number {
  const r = readRaw(store, scenarioId);
  const revision = r.kind === 'raw' && r.data && typeof r.data === 'object' ? Object.entries(r.data).find(([k]) => k === 'revision')?.[1] : undefined;
  return typeof revision === 'number' ? revision : 0;
}

/** Checks a raw entry's shape with the Zod shape (pass `parseSavedProgress` from progress-shape.ts). */
export function checkShape(read: RawRead, parse: (data: unknown) => SavedProgress | 'format-1' | null): ReadResult {
  if (read.kind !== 'raw') return read;
  const saved = parse(read.data);
  if (saved === 'format-1') return { kind: 'damaged', notice: notices.updated };
  return saved ? { kind: 'saved', saved } : { kind: 'damaged', notice: notices.damaged };
}

/**
 * Saves progress. Returns null when saved, else why not in the site's words (storage refused or
 * full), leaving what was stored before as it was: the exercise still works, it just is not kept.
 */
export function writeProgress(store: KeyValueStore, scenarioId: string, saved: SavedProgress): string | null {
  try {
    store.setItem(progressKey(scenarioId), JSON.stringify(saved));
    return null;
  } catch (error) {
    return storageWriteFailed(error, 'your progress');
  }
}

export function clearProgress(store: KeyValueStore, scenarioId: string): void {
  try { store.removeItem(progressKey(scenarioId)); } catch { /* nothing more can be done */ }
}

/** Why saved progress cannot be resumed in this scenario, or null when it can. */
export function unusableReason(scenario: Scenario, version: string, saved: SavedProgress): string | null {
  if (saved.version !== version) return notices.updated;
  if (saved.status !== 'active') return notices.cannotResume;
  return progressFits(scenario, saved) ? null : notices.mismatch;
}

/** True when the saved position and answers are ones this scenario could have produced. */
export function progressFits(scenario: Scenario, saved: SavedProgress): boolean {
  const steps = stepMap(scenario);
  const { context, position } = saved;
  if (!context.history.length || !context.history.every((id) => steps.has(id))) return false;
  if (context.history.at(-1) !== position.step) return false;
  const step = steps.get(position.step)!;
  const question = isChoiceStep(step) || isSubmitStep(step);
  if (question !== (position.sub !== undefined)) return false;
  if (position.sub === 'answered' && !own(context.answers, step.id)) return false;
  return [context.answers, context.firstAnswers].every((answers) =>
    Object.entries(answers).every(([id, a]) => a.step === id && rederive(scenario, a) !== undefined));
}

/** The answer as this scenario rates it now (saved ratings are never trusted), or undefined when it does not fit. */
export function rederive(scenario: Scenario, answer: Answer): Answer | undefined {
  const step = stepMap(scenario).get(answer.step);
  if (!step) return undefined;
  if (isChoiceStep(step)) {
    const o = choiceOptions(step).find((x) => x.id === answer.choice);
    return o && { step: step.id, choice: o.id, rating: o.rating, fit: o.fit, sets: o.sets };
  }
  const rated = isSubmitStep(step) && answer.submission ? rateSubmission(step, answer.submission) : undefined;
  return rated && answer.submission && { step: step.id, submission: answer.submission, ...rated };
}
