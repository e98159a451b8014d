import { z } from 'astro/zod';
import { citationSchema } from '../shared/citation';

/** A link to a guidance page and, optionally, a section on it (`content/guidance/<page>.mdx`, `## heading`). */
export const guidanceRefSchema = z.strictObject({
  /** Guidance page slug, e.g. "making-a-referral". */
  page: z.string().regex(/^[a-z0-9-]+$/),
  /** Heading id on that page, e.g. "child-in-need-of-support-and-protection". */
  anchor: z.string().regex(/^[a-z0-9-]+$/).optional(),
});

/** A flag condition: every flag in `all` is set and none in `none` is. */
export const conditionSchema = z.strictObject({
  /** Flags that must all be set. */
  all: z.array(z.string()).default([]),
  /** Flags that must all be unset. */
  none: z.array(z.string()).default([]),
});

/** Where to go next: a step id, or a list of conditional branches ending with an unconditional one. */
export const nextSchema = z.union([
  z.string().min(1),
  z.array(z.strictObject({
    /** Take this branch when the condition holds (omit on the last, default branch). */
    when: conditionSchema.optional(),
    /** The step to go to. */
    to: z.string().min(1),
  })).min(1),
]);

const ratingSchema = z.enum(['best', 'acceptable', 'unsafe']);

/** Fields every step has. */
const stepBase = {
  /** Stable id; also the step's URL fragment (#id). */
  id: z.string().regex(/^[a-z0-9-]+$/, 'step ids are lower-case letters, digits and hyphens'),
  /** The step's heading. */
  title: z.string().min(1),
  /** The situation, as paragraphs of plain text (blank line between paragraphs). */
  body: z.string().default(''),
  /** Discussion prompts for a workshop. */
  prompts: z.array(z.string()).default([]),
  /** Notes for a trainer (shown in workshop mode). */
  trainerNotes: z.string().optional(),
};

/** One answer to a single-choice question. */
const choiceOption = z.strictObject({
  /** Stable id within the step. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** What the learner chooses. */
  label: z.string().min(1),
  /** How safe this choice is. */
  rating: ratingSchema,
  /** What happens / what the learner hears after choosing. */
  feedback: z.string().min(1),
  /** Why it is rated so, in terms of the guidance. */
  reason: z.string().min(1),
  /** The guidance the reason rests on. */
  cite: guidanceRefSchema,
  /** Flags this choice sets, for later conditions. */
  sets: z.array(z.string()).default([]),
  /** Offer this option only when the condition holds. */
  when: conditionSchema.optional(),
  /** Where this choice leads; defaults to the step's `next`. */
  next: nextSchema.optional(),
});

/** A decision: pick one option. */
export const decisionStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('decision'),
  /** The question asked. */
  question: z.string().min(1),
  /** The options (at least two). */
  options: z.array(choiceOption).min(2),
  /** Default next step for options without their own `next`. */
  next: nextSchema.optional(),
});

export const levels = ['Universal', 'Early Help', 'Targeted Early Help', 'Safeguarding', 'Immediate danger'] as const;

/** A level of need choice: the four types of support (and "Immediate danger" where it fits). */
export const levelStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('level'),
  /** The question asked. */
  question: z.string().min(1),
  /** One option per level offered; the id is derived from the level. */
  options: z.array(choiceOption.omit({ id: true, label: true }).extend({
    /** The level of need this option stands for. */
    level: z.enum(levels),
  })).min(4),
  /** Default next step. */
  next: nextSchema.optional(),
});

/** Select all that apply. */
export const selectStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('select'),
  /** The question asked. */
  question: z.string().min(1),
  options: z.array(z.strictObject({
    /** Stable id within the step. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** What the learner may tick. */
    label: z.string().min(1),
    /** Whether the guidance says to do this. */
    correct: z.boolean(),
    /** Leaving this unticked is unsafe (only for correct options). */
    essential: z.boolean().default(false),
    /** Feedback on this option, shown whether or not it was ticked. */
    feedback: z.string().min(1),
    /** The guidance it rests on. */
    cite: guidanceRefSchema,
  })).min(2),
  /** Next step. */
  next: nextSchema,
});

/** Sort statements into groups (fact / opinion; working well / worried about / needs to happen). */
export const sortStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('sort'),
  /** The instruction. */
  question: z.string().min(1),
  /** The groups, at least two. */
  groups: z.array(z.strictObject({
    /** Stable id. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Shown to the learner. */
    label: z.string().min(1),
  })).min(2),
  statements: z.array(z.strictObject({
    /** Stable id. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The statement to sort. */
    text: z.string().min(1),
    /** The group it belongs in. */
    group: z.string().min(1),
    /** Why it belongs there. */
    feedback: z.string().min(1),
  })).min(2),
  /** The guidance the sorting rests on. */
  cite: guidanceRefSchema,
  /** Next step. */
  next: nextSchema,
});

/** A 0-10 scaling question with a reason, as in Signs of Safety. */
export const scaleStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('scale'),
  /** The scaling question. */
  question: z.string().min(1),
  /** What 0 means. */
  zero: z.string().min(1),
  /** What 10 means. */
  ten: z.string().min(1),
  /** The range the guidance and the facts support. */
  expected: z.strictObject({ min: z.number().int().min(0).max(10), max: z.number().int().min(0).max(10) }),
  /** Feedback after scaling: how to think about the score. */
  feedback: z.string().min(1),
  /** The guidance it rests on. */
  cite: guidanceRefSchema,
  /** Next step. */
  next: nextSchema,
});

/** Write a short record, then check it against a checklist and a model answer. */
export const writeStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('write'),
  /** What to write. */
  question: z.string().min(1),
  /** Self-check items (e.g. the recording top tips). */
  checklist: z.array(z.string().min(1)).min(1),
  /** A model answer to compare with. */
  model: z.string().min(1),
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

/** A debrief: an ending. */
export const debriefStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('debrief'),
  /** How this ending went, in one line (e.g. "Safe outcome", "Child left at risk"). */
  outcome: z.string().min(1),
  /** What to take away. */
  takeaways: z.array(z.string().min(1)).min(1),
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

export const skills = ['threshold', 'escalation', 'information sharing', 'recording', 'signs of safety'] as const;

/** A practice scenario (`content/scenarios/<id>.yaml`). */
export const scenarioSchema = z.strictObject({
  /** Title shown in the catalogue and on the page. */
  title: z.string().min(1),
  /** One or two sentences. */
  summary: z.string().min(1),
  /** The skill practised. */
  skill: z.enum(skills),
  /** Estimated minutes to complete. */
  minutes: z.number().int().positive(),
  /** What the learner will be able to do. */
  outcomes: z.array(z.string().min(1)).min(1),
  /** A warning shown before starting, where the content is distressing. */
  contentNote: z.string().optional(),
  /** The source documents the scenario rests on. */
  sources: z.array(citationSchema).min(1),
  /** The guidance pages it rests on. */
  guidance: z.array(guidanceRefSchema).min(1),
  /** For threshold scenarios: the debrief the guidance supports (tests prove it is reachable). */
  supportedOutcome: z.string().optional(),
  /** The first step's id. */
  start: z.string().min(1),
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
export type Rating = z.infer<typeof ratingSchema>;
export type Level = (typeof levels)[number];
