// What scenarios may refer to, read from content/ at build time (Node only): guidance pages and
// their section ids, contacts, briefings. Uses github-slugger, the same slugger Astro uses for
// heading ids, so a citation checked here is a link that works on the built page.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { parse as parseYaml } from 'yaml';
import type { ContactIndex, GuidanceIndex, References } from '../validate';

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

/** The contacts in content/contacts.yaml with their status, read with the YAML parser (a quoted id is valid YAML). */
export function loadContacts(file = join(process.cwd(), 'content', 'contacts.yaml')): ContactIndex {
  const data: unknown = parseYaml(readFileSync(file, 'utf8'));
  const index = new Map<string, 'current' | 'superseded'>();
  if (!Array.isArray(data)) return index;
  for (const entry of data) {
    if (!entry || typeof entry !== 'object') continue;
    const id: unknown = Object.entries(entry).find(([k]) => k === 'id')?.[1];
    const status: unknown = Object.entries(entry).find(([k]) => k === 'status')?.[1];
    if (typeof id === 'string') index.set(id, status === 'current' ? 'current' : 'superseded');
  }
  return index;
}

/** Slugs of the briefings in content/briefings. */
export function loadBriefingSlugs(dir = join(process.cwd(), 'content', 'briefings')): Set<string> {
  return new Set(readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, '')));
}

/** Everything a scenario in content/ may refer to. */
export const loadReferences = (): References => ({ guidance: loadGuidanceIndex(), contacts: loadContacts(), briefings: loadBriefingSlugs() });
