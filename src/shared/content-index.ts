// Which guidance pages exist and which section ids each has, read from content/guidance/*.mdx.
// Uses github-slugger, the same slugger Astro uses for heading ids, so a citation checked here
// is a link that works on the built page.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { GuidanceIndex } from '../scenarios/validate';

/** Heading ids of one MDX document, in order (`## Heading` lines outside code fences). */
export function headingIds(mdx: string): string[] {
  const slugger = new GithubSlugger();
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const ids: string[] = [];
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    const m = !fenced && /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (m) {
      const text = m[1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '');
      ids.push(slugger.slug(text));
    }
  }
  return ids;
}

/** Reads every guidance page in `dir` (default: content/guidance). */
export function loadGuidanceIndex(dir = join(process.cwd(), 'content', 'guidance')): GuidanceIndex {
  const index = new Map<string, Set<string>>();
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.mdx')) continue;
    index.set(file.replace(/\.mdx$/, ''), new Set(headingIds(readFileSync(join(dir, file), 'utf8'))));
  }
  return index;
}

/** Ids of the contacts in content/contacts.yaml. */
export function loadContactIds(file = join(process.cwd(), 'content', 'contacts.yaml')): Set<string> {
  const ids = [...readFileSync(file, 'utf8').matchAll(/^- id: ([a-z0-9-]+)$/gm)].map((m) => m[1]!);
  return new Set(ids);
}

/** Slugs of the briefings in content/briefings. */
export function loadBriefingSlugs(dir = join(process.cwd(), 'content', 'briefings')): Set<string> {
  return new Set(readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, '')));
}
