import { z } from 'astro/zod';
import { sourceIdSchema } from '../../shared/citation';

/** One seed document (`content/sources.yaml`). */
export const sourceSchema = z.strictObject({
  /** Stable id used in citations. */
  id: sourceIdSchema,
  /** The file name prefix of the seed text (000 to 004). */
  seed: z.string().regex(/^00\d$/),
  /** Full title as printed. */
  title: z.string().min(1),
  /** Body that published it. */
  publisher: z.string().min(1),
  /** Version statement, where the document gives one. */
  version: z.string().optional(),
  /** Date as the document gives it. */
  date: z.string().min(1),
  /** Year, for ordering. */
  year: z.number().int(),
  /** current: in force; superseded: replaced, show only with a label; context/historic: background. */
  status: z.enum(['current', 'superseded', 'context', 'historic']),
  /** One sentence saying how the site uses it. */
  note: z.string().min(1),
});
