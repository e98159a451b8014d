// The scenario file format (content/scenarios/<id>.yaml). Zod checks the shape; validate.ts checks
// the graph, the flags, the citations and the contact tokens. Build-time only: browser modules
// import types from here, never values, so Zod stays out of the player's bundle.
import { z } from 'astro/zod';
import { citationSchema } from '../shared/citation';
import { guidanceRefSchema } from '../shared/guidance-link-schema';
import { advice, fits, levels, ratings, skills, supportTypes, type Advice, type Fit, type Level, type Rating } from './vocabulary';
import {
  conditionSchema, fitSchema, flagsSchema, idSchema, nextSchema, passageSchema, ratedFields, ratingSchema, stepBase, textSchema, variableTextSchema,
} from './schema-parts';

export { conditionSchema, guidanceRefSchema, nextSchema, passageSchema, variableTextSchema };

/**
 * The fields of every step that asks the learner something: the fields all steps have, its kind,
 * and the question asked, which may vary with flags (a passage per condition).
 */
const asks = <K extends string>(kind: K) => ({ ...stepBase, kind: z.literal(kind), question: variableTextSchema });

/** One answer to a single-choice question. */
const choiceOption = z.strictObject({
  /** Stable id within the step. */
  id: idSchema,
  /** What the learner chooses. */
  label: textSchema,
  ...ratedFields,
  /** Offer this option only when the condition holds. */
  when: conditionSchema.optional(),
  /** Where this choice leads; defaults to the step's `next`. */
  next: nextSchema.optional(),
});

/** A decision: pick one option. Options are shuffled per attempt unless `fixed`. */
export const decisionStepSchema = z.strictObject({
  ...asks('decision'),
  /** The options (at least two). */
  options: z.array(choiceOption).min(2),
  /** Keep the options in the order written (a sequence); otherwise they are shuffled per attempt. */
  fixed: z.boolean().default(false),
  /** Default next step for options without their own `next`. */
  next: nextSchema.optional(),
});

/** A level of need choice: the four types of support (and "Immediate danger" where it fits), always shown in this order. */
export const levelStepSchema = z.strictObject({
  ...asks('level'),
  /** One option per level offered; the id is derived from the level. */
  options: z.array(choiceOption.omit({ id: true, label: true }).extend({
    /** The level of need this option stands for. */
    level: z.enum(levels),
  })).min(4),
  /** Default next step. */
  next: nextSchema.optional(),
});

/** Select all that apply. Options are shuffled per attempt unless `fixed`. */
export const selectStepSchema = z.strictObject({
  ...asks('select'),
  options: z.array(z.strictObject({
    /** Stable id within the step. */
    id: idSchema,
    /** What the learner may tick. */
    label: textSchema,
    /** What the guidance says about doing this. */
    advice: z.enum(advice),
    /** For `dont` and `harmful`: what ticking it says about the size of the response. */
    fit: z.enum(['more-than-needed', 'not-enough']).optional(),
    /** Feedback on this option, shown whether or not it was ticked; a ticked harmful option's leads the step's feedback. */
    feedback: variableTextSchema,
    /** The guidance it rests on. */
    cite: guidanceRefSchema,
    /** Flags set when it is ticked. */
    sets: flagsSchema,
    /** Flags set when it is left unticked (an omission with consequences). */
    setsIfNotTicked: flagsSchema,
  })).min(2),
  /** Keep the options in the order written; otherwise they are shuffled per attempt. */
  fixed: z.boolean().default(false),
  /** Next step. */
  next: nextSchema,
});

/** Sort statements into groups (fact / opinion; working well / worried about / needs to happen). */
export const sortStepSchema = z.strictObject({
  ...asks('sort'),
  /** The groups, at least two, always in the order written. */
  groups: z.array(z.strictObject({
    /** Stable id. */
    id: idSchema,
    /** Shown to the learner. */
    label: textSchema,
  })).min(2),
  statements: z.array(z.strictObject({
    /** Stable id. */
    id: idSchema,
    /** The statement to sort. */
    text: textSchema,
    /** The group it belongs in. */
    group: idSchema,
    /** Why it belongs there. */
    feedback: variableTextSchema,
    /** Flags set when the learner places it in a group: `{ <group id>: [flags] }`. */
    sets: z.record(idSchema, z.array(idSchema)).default({}),
  })).min(2),
  /**
   * The fewest statements placed right for "acceptable"; fewer is "unsafe" (all right is "best").
   * Default: seven in ten, rounded up.
   */
  passMark: z.number().int().positive().optional(),
  /** Why sorting well matters here, in terms of the guidance. */
  reason: textSchema,
  /** The guidance the sorting rests on. */
  cite: guidanceRefSchema,
  /** Keep the statements in the order written; otherwise they are shuffled per attempt. */
  fixed: z.boolean().default(false),
  /** Next step. */
  next: nextSchema,
});

/** Feedback for scores inside the expected range. */
const scaleInside = z.strictObject({
  /** What the learner hears; may vary with flags. */
  feedback: variableTextSchema,
  /** Why, in terms of the guidance. */
  reason: textSchema,
  /** Flags set by a score in this range. */
  sets: flagsSchema,
});
/** Feedback for scores outside the expected range: rated, with its own fit. */
const scaleOutside = scaleInside.extend({ rating: ratingSchema, fit: fitSchema });

/** A 0-10 scaling question with a reason, as in Signs of Safety (always shown 0 to 10). */
export const scaleStepSchema = z.strictObject({
  ...asks('scale'),
  /** What 0 means. */
  zero: textSchema,
  /** What 10 means. */
  ten: textSchema,
  /** The range the guidance and the facts support. */
  expected: z.strictObject({ min: z.number().int().min(0).max(10), max: z.number().int().min(0).max(10) }),
  /** A score inside the range: rated best and proportionate. */
  inside: scaleInside,
  /** A score below the range (required unless expected.min is 0). */
  below: scaleOutside.optional(),
  /** A score above the range (required unless expected.max is 10). */
  above: scaleOutside.optional(),
  /** The guidance the reasons rest on. */
  cite: guidanceRefSchema,
  /** Next step. */
  next: nextSchema,
});

/** A self-check item of a write step: text, or text with flags set when it is ticked or left. */
const checklistItem = z.union([
  textSchema,
  z.strictObject({
    /** The point to check. */
    text: textSchema,
    /** Flags set when the learner ticks it. */
    sets: flagsSchema,
    /** Flags set when the learner leaves it unticked. */
    setsIfNotTicked: flagsSchema,
  }),
]);

/**
 * Write a short record, then check it against a checklist and a model answer. Not rated: the only
 * judge of the text is the learner's own self-check, which is shown, never scored "best".
 */
export const writeStepSchema = z.strictObject({
  ...asks('write'),
  /** The facts the learner is asked to use, shown beside the writing box. */
  facts: z.array(textSchema).default([]),
  /** Self-check items (e.g. the recording top tips). */
  checklist: z.array(checklistItem).min(1),
  /** A model answer to compare with; may vary with flags. */
  model: variableTextSchema,
  /** The guidance it rests on. */
  cite: guidanceRefSchema,
  /** Next step. */
  next: nextSchema,
});

/** Narrative: the story moves on. */
export const narrativeStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('narrative'),
  /** Next step. */
  next: nextSchema,
});

/** A debrief: an ending. The learner can still go back from it and try another answer. */
export const debriefStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('debrief'),
  /** How this ending went, in one line (e.g. "Safe outcome", "Child left at risk"). */
  outcome: textSchema,
  /** What to take away: each a string, or `{ when, text }` shown only when the flags hold. */
  takeaways: z.array(z.union([textSchema, passageSchema])).min(1),
  /** Guidance to read next. */
  guidance: z.array(guidanceRefSchema).min(1),
  /** Briefing slugs to read next. */
  briefings: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
});

export const stepSchema = z.discriminatedUnion('kind', [
  decisionStepSchema,
  levelStepSchema,
  selectStepSchema,
  sortStepSchema,
  scaleStepSchema,
  writeStepSchema,
  narrativeStepSchema,
  debriefStepSchema,
]);

/** A practice scenario (`content/scenarios/<id>.yaml`). */
export const scenarioSchema = z.strictObject({
  /** Title shown in the catalogue and on the page (plain text). */
  title: textSchema,
  /** One or two sentences (plain text). */
  summary: textSchema,
  /** The skill practised ("specific duties": exploitation, private fostering, allegations, disability). */
  skill: z.enum(skills),
  /** The type(s) of support the scenario is about, for the catalogue. */
  support: z.array(z.enum(supportTypes)).default([]),
  /** Estimated minutes to complete. */
  minutes: z.number().int().positive(),
  /** What the learner will be able to do (plain text). */
  outcomes: z.array(textSchema).min(1),
  /** A warning shown before starting, where the content is distressing (plain text). */
  contentNote: textSchema.optional(),
  /** The source documents the scenario rests on. */
  sources: z.array(citationSchema).min(1),
  /** The guidance pages it rests on. */
  guidance: z.array(guidanceRefSchema).min(1),
  /** For threshold scenarios: the debrief the guidance supports (tests prove it is reachable). */
  supportedOutcome: idSchema.optional(),
  /** The first step's id. */
  start: idSchema,
  /** The steps. */
  steps: z.array(stepSchema).min(2),
}).refine((s) => s.skill !== 'threshold' || !!s.supportedOutcome, {
  message: 'a threshold scenario needs supportedOutcome: the id of the debrief the guidance supports',
  path: ['supportedOutcome'],
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type Step = z.infer<typeof stepSchema>;
export type GuidanceRef = z.infer<typeof guidanceRefSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type Next = z.infer<typeof nextSchema>;
export type { Rating, Fit, Advice, Level };
export { advice, fits, levels, ratings, skills };
export type VariableText = z.infer<typeof variableTextSchema>;
export type Passage = z.infer<typeof passageSchema>;
