// The building blocks of the scenario schema (schema.ts): ids, text, conditions, conditional
// passages, `next`, and the fields shared by steps and by rated answers.
import { z } from 'astro/zod';
import { guidanceRefSchema } from '../shared/guidance-link-schema';
import { fits, ratings } from './vocabulary';

/** Built-in JavaScript names ("constructor", "__proto__", "toString"): never valid as ids. */
const builtInNames = new Set(Object.getOwnPropertyNames(Object.prototype));

/** A stable id: lower-case letters, digits and hyphens, and not a built-in JavaScript name. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9-]+$/, 'ids are lower-case letters, digits and hyphens')
  .refine((id) => !builtInNames.has(id), { message: 'this id is a built-in JavaScript name; choose another' });

/** Text that must say something: not empty, not only spaces. */
export const textSchema = z.string().refine((s) => s.trim().length > 0, { message: 'must not be empty or only spaces' });

/** A flag condition: every flag in `all` is set and none in `none` is. */
export const conditionSchema = z.strictObject({
  /** Flags that must all be set. */
  all: z.array(idSchema).default([]),
  /** Flags that must all be unset. */
  none: z.array(idSchema).default([]),
});

/** Flags an answer sets, for later conditions (`next`, `when`, conditional text). */
export const flagsSchema = z.array(idSchema).default([]);

/** A passage shown only when its condition holds (the flags set by the learner's answers so far). */
export const passageSchema = z.strictObject({
  /** Show this passage only when the condition holds. */
  when: conditionSchema,
  /** The passage. */
  text: textSchema,
});

/**
 * Text that may vary with earlier choices: a string, or a list of passages where a plain string is
 * always shown and `{ when, text }` only when the flags hold. Passages are paragraphs.
 */
export const variableTextSchema = z.union([textSchema, z.array(z.union([textSchema, passageSchema])).min(1)]);

/** Where to go next: a step id, or a list of conditional branches ending with an unconditional one. */
export const nextSchema = z.union([
  idSchema,
  z.array(z.strictObject({
    /** Take this branch when the condition holds (omit on the last, default branch). */
    when: conditionSchema.optional(),
    /** The step to go to. */
    to: idSchema,
  })).min(1),
]);

/** How safe an answer is (see vocabulary.ts). */
export const ratingSchema = z.enum(ratings);

/** Whether the response is the right size for the need (see vocabulary.ts). */
export const fitSchema = z.enum(fits);

/** Fields every step has. */
export const stepBase = {
  /** Stable id; also the step's URL fragment (#id). */
  id: idSchema,
  /** The step's heading (plain text: no [contact:id]). */
  title: textSchema,
  /** The situation, as paragraphs (blank line between paragraphs); may vary with flags. */
  body: variableTextSchema.optional(),
  /** Discussion prompts for a workshop. */
  prompts: z.array(textSchema).default([]),
  /** Notes for a trainer (shown in workshop mode). */
  trainerNotes: textSchema.optional(),
};

/** The fields of a rated answer: how safe, how proportionate, what happens, why, and where it says so. */
export const ratedFields = {
  /** How safe this answer is. */
  rating: ratingSchema,
  /** Whether the response is the right size for the need. */
  fit: fitSchema,
  /** What happens / what the learner hears after answering; may vary with flags. */
  feedback: variableTextSchema,
  /** Why it is rated so, in terms of the guidance. */
  reason: textSchema,
  /** The guidance the reason rests on. */
  cite: guidanceRefSchema,
  /** Flags this answer sets. */
  sets: flagsSchema,
};

