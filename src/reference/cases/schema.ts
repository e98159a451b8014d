import { z } from 'astro/zod';
import { citationSchema } from '../../shared/citation';
import { typesOfSupport } from '../../shared/support';
import { casePartKeys } from './parts';

/** One of the four types of support (src/shared/support.ts); its guidance page is linked from the page. */
export const typeOfSupportSchema = z.enum(typesOfSupport);

/** One place where the 2016 edition's wording of a case differs from the 2020 wording. */
const differenceSchema = z.strictObject({
  /** Which part of the case it is in. */
  part: z.enum(['caption', ...casePartKeys]),
  /** The 2020 wording (the one the site shows): it must be in that part of the case, or its caption. */
  hct2020: z.string().min(1),
  /** The 2016 wording, quoted. */
  threshold2016: z.string().min(1),
  /** Optional comment: why it matters, or what we cannot tell. */
  note: z.string().min(1).optional(),
});

/**
 * The frontmatter of one good-practice case example (`content/cases/<slug>.mdx`); the file name is
 * the page slug. The body holds the case itself, quoted from the guidance (OCR slips corrected):
 * the five parts of ./parts.ts, each once and in order, as <CasePart part="…">…</CasePart>
 * (checked by ./format.ts).
 */
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
