import { z } from 'astro/zod';
import { citationSchema } from '../../shared/citation';
import { typeOfSupportSchema } from '../cases/schema';

// The archived 2016 threshold material (Knowsley's Threshold of Need Guidance 2016, Appendices 2
// and 3), as data in content/thresholds/. Wording is quoted from the 2016 text; obvious OCR slips
// are corrected and anything we had to interpret carries a note that the page shows.

/** A level of need in the 2016 guidance. */
export const thresholdLevels = [1, 2, 3, 4] as const;
export const thresholdLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

/** One indicator in a table cell: its text, or its text and a note saying how we placed or read it. */
export const indicatorSchema = z.union([
  z.string().min(1),
  z.strictObject({
    /** The indicator, quoted. */
    text: z.string().min(1),
    /** Why this item needs a word of explanation (placed by us, unclear wording, an outdated term). */
    note: z.string().min(1),
  }),
]);

/** One level of the 2016 model with its definition and the 2020 type of support it corresponds to (`levels.yaml`). */
export const thresholdLevelDefinitionSchema = z.strictObject({
  /** "level-1" to "level-4"; also the anchor on the page. */
  id: z.string().regex(/^level-[1-4]$/),
  /** The level's number. */
  level: thresholdLevelSchema,
  /** The 2016 definition, quoted. */
  definition: z.string().min(1),
  /** The 2016 Appendix 1 caption naming the level, or null where it was lost. */
  caption2016: z.string().min(1).nullable(),
  /** The 2020 type of support that corresponds to it (an inference: see `evidence`); its guidance page is linked. */
  typeOfSupport: typeOfSupportSchema,
  /** Slug of the case example that illustrates both (`content/cases/<slug>.yaml`). */
  caseSlug: z.string().regex(/^[a-z0-9-]+$/),
  /** Why we read the correspondence this way. */
  evidence: z.string().min(1),
  /** Where the definition is printed. */
  sources: z.array(citationSchema).min(1),
});

/** One domain row of Appendix 2, "Threshold of Need indicators" (`indicators.yaml`). */
export const thresholdIndicatorRowSchema = z.strictObject({
  /** Stable id; also the anchor of the domain's table and the filter value. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Which printed table the row is in. */
  group: z.enum(['child', 'parents-and-carers']),
  /** Position within its table, as printed. */
  order: z.number().int().positive(),
  /** The domain, as printed in the row's first cell. */
  domain: z.string().min(1),
  /** Added to the domain name where the printed tables use the same name twice. */
  qualifier: z.string().min(1).optional(),
  /** The indicators in each level's cell, in printed order. */
  levels: z.strictObject({
    1: z.array(indicatorSchema).min(1),
    2: z.array(indicatorSchema).min(1),
    3: z.array(indicatorSchema).min(1),
    4: z.array(indicatorSchema).min(1),
  }),
  /** How the extracted text damaged this row and how we placed it; shown with the table. */
  layoutNote: z.string().min(1).optional(),
});

/** The needs levels of Appendix 3, "Disability Needs Matrix". */
export const disabilityNeedLevels = ['low', 'moderate', 'high'] as const;

/** One row of the Disability Needs Matrix: the same need described at each level. */
export const disabilityMatrixRowSchema = z.strictObject({
  /** "Low Level of Need", quoted. */
  low: indicatorSchema,
  /** "Moderate Level of Need", quoted. */
  moderate: indicatorSchema,
  /** "High Level of Need", quoted. */
  high: indicatorSchema,
  /** True when the flattened layout leaves the row's outcome heading in doubt and we placed it. */
  placed: z.boolean().default(false),
});

/** One outcome heading of Appendix 3, "Disability Needs Matrix", with its rows (`disability-matrix.yaml`). */
export const disabilityOutcomeSchema = z.strictObject({
  /** Stable id; also the anchor of the outcome's table. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Position in the matrix, as printed. */
  order: z.number().int().positive(),
  /** The outcome heading, as printed ("Be Healthy"). */
  outcome: z.string().min(1),
  /** The aspects printed under the heading ("Nature of disability", …). */
  aspects: z.array(z.string().min(1)).min(1),
  /** The rows, in printed order. */
  rows: z.array(disabilityMatrixRowSchema).min(1),
  /** How the extracted layout damaged this part and how we placed it; shown with the table. */
  layoutNote: z.string().min(1).optional(),
});

/** Overall assessment and allocation of resources for one level of disability need (`disability-allocation.yaml`). */
export const disabilityAllocationSchema = z.strictObject({
  /** low, moderate or high. */
  id: z.enum(disabilityNeedLevels),
  /** As printed: LOW, MODERATE, HIGH. */
  label: z.string().min(1),
  /** "Overall assessment of need": the description, quoted. */
  overallAssessment: z.string().min(1),
  /** "Desired outcomes of service", quoted. */
  desiredOutcomes: z.array(z.string().min(1)).min(1),
  /** "Examples of services that might appropriately be provided at this level", quoted. */
  exampleServices: z.array(z.string().min(1)).min(1),
  /** "In Exceptional Circumstances:" services, where the level lists any. */
  exceptionalCircumstances: z.array(z.string().min(1)).default([]),
  /** Where the "Criteria, including risk factors" column's wording differs from the matrix. */
  criteriaNote: z.string().min(1).optional(),
});

export type ThresholdLevel = z.infer<typeof thresholdLevelSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type ThresholdIndicatorRow = z.infer<typeof thresholdIndicatorRowSchema>;
export type DisabilityMatrixRow = z.infer<typeof disabilityMatrixRowSchema>;
export type DisabilityOutcome = z.infer<typeof disabilityOutcomeSchema>;
