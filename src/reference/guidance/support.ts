import { getEntry } from 'astro:content';
import { ContentError } from '../../shared/errors';
import { guidanceHref } from '../../shared/guidance-links';
import { supportGuidancePage, type TypeOfSupport } from '../../shared/support';

/** The guidance page on a type of support, as a link: its address and its title. */
export async function supportGuidance(type: TypeOfSupport): Promise<{ href: string; title: string }> {
  const page = supportGuidancePage[type];
  const entry = await getEntry('guidance', page);
  if (!entry) throw new ContentError(`content/guidance/${page}.mdx`, [`missing, but it is the guidance page on ${type} (see src/shared/support.ts)`]);
  return { href: guidanceHref({ page }), title: entry.data.title };
}
