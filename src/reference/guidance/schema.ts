import { z } from 'astro/zod';
import { citationSchema } from '../../shared/citation';
import { typesOfSupport } from '../../shared/support';

/** Frontmatter of one guidance page (`content/guidance/*.mdx`). */
export const guidanceSchema = z.strictObject({
  /** Page title, usually the section heading of the printed guidance. */
  title: z.string().min(1),
  /** One or two sentences for listings, search results and the meta description. */
  description: z.string().min(1),
  /** Position in document order (the contents page sorts by this). */
  order: z.number().int().positive(),
  /** Which of the four types of support the page is about, if any (used as a search filter). */
  level: z.enum(typesOfSupport).optional(),
  /** Where the page's content comes from. The first is shown as the page's source. */
  sources: z.array(citationSchema).min(1),
  /** Show an on-page contents list (for long pages). */
  toc: z.boolean().default(true),
});
