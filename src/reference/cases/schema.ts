import { z } from 'astro/zod';
import { citationSchema } from '../../shared/citation';
import { typesOfSupport } from '../../shared/support';

/** One of the four types of support (src/shared/support.ts); its guidance page is linked from the page. */
export const typeOfSupportSchema = z.enum(typesOfSupport);

/** One place where the 2016 edition's wording of a case differs from the 2020 wording. */
const differenceSchema = z.strictObject({
  /** Which part of the case it is in. */
  part: z.enum(['caption', 'worried', 'goingWell', 'needsToHappen', 'nextSteps', 'threeMonthsLater']),
  /** The 2020 wording (the one the site shows). */
  hct2020: z.string().min(1),
  /** The 2016 wording, quoted. */
  threshold2016: z.string().min(1),
  /** Optional comment: why it matters, or what we cannot tell. */
  note: z.string().min(1).optional(),
});

/** Paragraphs of one part of a case, quoted from the guidance (OCR slips corrected). */
const paragraphs = z.array(z.string().min(1)).min(1);

/** One good-practice case example (`content/cases/<slug>.yaml`); the file name is the page slug. */
export const caseSchema = z.strictObject({
  /** The people the example is about, as a page title ("Kyle, Zak and Kieran"). */
  title: z.string().min(1),
  /** Position on the index (the guidance's order: Universal first, Safeguarding last). */
  order: z.number().int().positive(),
  /** The type of support the 2020 guidance files the example under. */
  typeOfSupport: typeOfSupportSchema,
  /** The example's caption in Helping Children Thrive 2020 (placed correctly; the text extraction displaced some). */
  caption: z.string().min(1),
  /** One sentence for the index, drawn from the case text. */
  summary: z.string().min(1),
  /** "What are we worried about?" */
  worried: paragraphs,
  /** "What is going well?" */
  goingWell: paragraphs,
  /** "What needs to happen?" */
  needsToHappen: paragraphs,
  /** "Next steps" */
  nextSteps: paragraphs,
  /** "3 months later" */
  threeMonthsLater: paragraphs,
  /** How the same example appears in the superseded 2016 guidance (Appendix 1). */
  edition2016: z.strictObject({
    /** The 2016 caption; null where the text extraction lost it. */
    caption: z.string().min(1).nullable(),
    /** The 2016 level the example illustrated (stated, or inferred where the caption was lost). */
    level: z.number().int().min(1).max(4),
    /** Where the level is our inference (no caption printed), why we read it so. */
    levelNote: z.string().min(1).optional(),
    /** Each difference in wording that changes a name, a fact or a role. */
    differences: z.array(differenceSchema).default([]),
  }).refine((e) => e.caption !== null || !!e.levelNote, {
    message: 'when the 2016 caption is lost (null), levelNote must say how the level was inferred',
    path: ['levelNote'],
  }),
  /** Where the example comes from: the 2020 guidance first, then the 2016 edition. */
  sources: z.array(citationSchema).min(1),
});

export type CaseExample = z.infer<typeof caseSchema>;
