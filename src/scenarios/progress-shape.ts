// The shape of saved progress, checked with Zod (the small `zod/mini` build). Kept apart from
// progress.ts and loaded with a dynamic import only when the learner has saved progress, so a first
// visit to a scenario does not download it.
import * as z from 'zod/mini';
import { fits, ratings } from './vocabulary';

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


/** The saved entry if it has the right shape; 'format-1' for progress saved by the first player; else null. */
export function parseSavedProgress(data: unknown): SavedProgress | 'format-1' | null {
  const parsed = savedProgressShape.safeParse(data);
  if (parsed.success) return parsed.data;
  const format = data && typeof data === 'object' ? Object.entries(data).find(([k]) => k === 'format')?.[1] : undefined;
  return format === 1 ? 'format-1' : null;
}
