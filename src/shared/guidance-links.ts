// Links to the guidance, one model everywhere: { page, anchor }, a guidance page's slug and,
// optionally, the id of a heading on it. Checked at build time against the headings read from
// content/guidance/*.mdx (see content-index.ts); the schema is in guidance-link-schema.ts. This
// module depends only on paths.ts, so browser code (the scenario player) can use it.
import { sitePath } from './paths';

/** A guidance page, or a section of it. */
export interface GuidanceRef {
  /** The page's slug (content/guidance/<page>.mdx). */
  page: string;
  /** The id of a heading on that page, without "#"; none links the whole page. */
  anchor?: string | undefined;
}

/** Guidance page slugs, each with the heading ids on that page. */
export type GuidanceIndex = ReadonlyMap<string, ReadonlySet<string>>;

/** The address of a guidance page, or of a section on it: "/guidance/mash/#outcomes-of-a-referral-to-mash". */
export function guidanceHref(ref: GuidanceRef): string {
  return sitePath(`/guidance/${ref.page}/${ref.anchor ? `#${ref.anchor}` : ''}`);
}

/** What is wrong with a link (the page or the section does not exist), or null when it resolves. */
export function guidanceRefProblem(ref: GuidanceRef, index: GuidanceIndex): string | null {
  const anchors = index.get(ref.page);
  if (!anchors) return `links to guidance page "${ref.page}", which does not exist`;
  if (ref.anchor && !anchors.has(ref.anchor)) return `links to "#${ref.anchor}" on guidance page "${ref.page}", which has no such section`;
  return null;
}
