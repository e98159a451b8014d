import { z } from 'astro/zod';

/** One entry in the site's "what has changed" log (`content/changes.yaml`), newest first on the page. */
export const changeSchema = z.strictObject({
  /** Stable id, e.g. "2026-11-22-cases". */
  id: z.string().regex(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/, 'id must start with the date: YYYY-MM-DD-<what>'),
  /** The day the change was published, as an ISO date (YYYY-MM-DD). */
  date: z.iso.date(),
  /** What changed, in one or two plain sentences. */
  summary: z.string().min(1),
  /** The page most affected, if there is one (a site path such as "/cases/"). */
  href: z.string().regex(/^\/[a-z0-9\-/#]*$/).optional(),
});

export type Change = z.infer<typeof changeSchema>;
