import { z } from 'astro/zod';
import { citationSchema } from '../../shared/citation';

/** One glossary entry (`content/glossary.yaml`). */
export const glossarySchema = z.strictObject({
  /** Stable id, usually the acronym in lower case. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The acronym or term as written ("MASH"). */
  term: z.string().min(1),
  /** The expansion exactly as a seed gives it; null when no seed expands it (never guessed). */
  expansion: z.string().min(1).nullable(),
  /** A plain-language explanation, from the seeds. */
  definition: z.string().min(1).optional(),
  /** Other spellings that should find this entry in search. */
  aliases: z.array(z.string()).default([]),
  /** Where the seeds use or expand it. */
  sources: z.array(citationSchema).min(1),
});
