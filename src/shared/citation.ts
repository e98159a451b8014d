import { z } from 'astro/zod';

/** Ids of the seed documents listed in `content/sources.yaml`. */
export const sourceIds = [
  'hct-2020',
  'annual-report-2019-20',
  'early-help-strategy-2017',
  'threshold-2016',
  'early-help-strategy-2014',
] as const;

export const sourceIdSchema = z.enum(sourceIds);

/** A pointer into one seed document: which document, and where in it. */
export const citationSchema = z.strictObject({
  /** Which source document. */
  source: sourceIdSchema,
  /** The section heading in that document, as printed. */
  section: z.string().min(1).optional(),
  /** Page numbers of the printed document, where its contents list gives them. */
  pages: z.string().min(1).optional(),
});

export type Citation = z.infer<typeof citationSchema>;
