// Saved progress: one entry per scenario in the learner's own browser storage. Its shape is checked
// with Zod (the small `zod/mini` build, as this runs in the browser), then against the scenario
// itself (progressFits), so that odd saved data is discarded with a notice instead of crashing or
// freezing the player.
import * as z from 'zod/mini';
import type { Answer } from './machine';
import { choiceOptions, isChoiceStep, isSubmitStep, own, stepMap, type Scenario } from './model';
import { rateSubmission } from './rating';
import type { KeyValueStore } from '../shared/storage';
import { fits, ratings } from './vocabulary';

export const progressKey = (scenarioId: string) => `hct:scenario:${scenarioId}`;

const submissionShape = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('select'), selected: z.array(z.string()) }),
  z.object({ kind: z.literal('sort'), placements: z.record(z.string(), z.string()) }),
  z.object({ kind: z.literal('scale'), value: z.number(), reason: z.string() }),
  z.object({ kind: z.literal('write'), text: z.string(), checked: z.array(z.string()) }),
]);

const answerShape = z.object({
  step: z.string(),
  choice: z.optional(z.string()),
  submission: z.optional(submissionShape),
  rating: z.nullable(z.enum(ratings)),
  fit: z.nullable(z.enum(fits)),
  sets: z.array(z.string()),
});

const contextShape = z.object({
  seed: z.number(),
  history: z.array(z.string()),
  answers: z.record(z.string(), answerShape),
  firstAnswers: z.record(z.string(), answerShape),
  flags: z.array(z.string()),
});

/** One scenario's saved progress. */
export const savedProgressShape = z.object({
  format: z.literal(2),
  /** The scenario's content hash: progress saved for another version is discarded. */
  version: z.string(),
  /** Goes up by one with every save; a tab that finds a revision it did not write knows another tab saved. */
  revision: z.number().check(z.int(), z.positive()),
  /** "active": the only status the player can resume; anything else is discarded with a notice. */
  status: z.string(),
  savedAt: z.string(),
  /** When this attempt started. */
  startedAt: z.string(),
  /** Time spent playing this attempt, in milliseconds (long pauses count as a few minutes). */
  activeMs: z.number().check(z.nonnegative()),
  /** The attempt started at the scenario's first step (not from a link to a later step). */
  fromStart: z.boolean(),
  /** When an ending was first reached by playing (the completion was recorded then). */
  completedAt: z.optional(z.string()),
  /** Where the learner is. */
  position: z.object({ step: z.string(), sub: z.optional(z.enum(['open', 'answered'])) }),
  context: contextShape,
});

export type SavedProgress = z.infer<typeof savedProgressShape>;

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

/** Reads one scenario's saved progress, checking its shape only. */
export function readProgress(store: KeyValueStore, scenarioId: string): ReadResult {
  let raw: string | null;
  try {
    raw = store.getItem(progressKey(scenarioId));
  } catch {
    return { kind: 'none' };
  }
  if (raw === null) return { kind: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'damaged', notice: notices.unreadable };
  }
  const parsed = savedProgressShape.safeParse(data);
  if (parsed.success) return { kind: 'saved', saved: parsed.data };
  // Progress saved by an earlier version of the player.
  const format = data && typeof data === 'object' ? Object.entries(data).find(([k]) => k === 'format')?.[1] : undefined;
  return { kind: 'damaged', notice: format === 1 ? notices.updated : notices.damaged };
}

/** Saves progress. Returns false (and leaves storage alone) when storage refuses it. */
export function writeProgress(store: KeyValueStore, scenarioId: string, saved: SavedProgress): boolean {
  try {
    store.setItem(progressKey(scenarioId), JSON.stringify(saved));
    return true;
  } catch {
    return false; // private browsing or a full store: the exercise still works, it just is not kept
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
