// The Zod schema of a link to the guidance ({ page, anchor }, see guidance-links.ts), for content
// collections. Whether the page and section exist is checked against the MDX files in
// src/content.config.ts (guidanceLinksExist), not here, so that this schema stays free of file reads.
import { z } from 'astro/zod';

const slug = z.string().regex(/^[a-z0-9-]+$/);

/** A guidance page (its slug), or a section of it (the id of a heading on it). */
export const guidanceRefSchema = z.strictObject({
  page: slug,
  anchor: slug.optional(),
});

/** A guidance link with its own link text, naming the page and section as a reader would. */
export const labelledGuidanceRefSchema = guidanceRefSchema.extend({ label: z.string().min(1) });
