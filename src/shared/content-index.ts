// What exists in content/, read from the files at build time, for checks that a schema alone cannot
// make: which guidance pages and section ids there are (for links to guidance from briefings, case
// examples, threshold levels and scenarios), which contacts and which briefings.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { guidanceRefProblem, type GuidanceIndex, type GuidanceRef } from './guidance-links';

/** The MDX body of a file: the file without its frontmatter. */
export function mdxBody(mdx: string): string {
  return mdx.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
}

/** The MDX body of a file (its frontmatter removed), as an mdast tree; positions are in mdxBody(mdx). */
export function parseMdx(mdx: string): Root {
  return fromMarkdown(mdxBody(mdx), { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
}

/**
 * Heading ids of one MDX document, in order. Uses github-slugger, the slugger Astro uses for
 * heading ids, so that a link checked here is a link that works on the built page.
 */
export function headingIds(mdx: string): string[] {
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  visit(parseMdx(mdx), 'heading', (heading: Heading) => void ids.push(slugger.slug(toString(heading))));
  return ids;
}

// Read once per build: every content collection checks its links against the same files. Kept
// by the files' modification times, so that `astro dev` sees a heading that was just changed.
let cached: { key: string; index: GuidanceIndex } | undefined;

/** Every guidance page in `dir` (default: content/guidance) with the section ids on it. */
export function loadGuidanceIndex(dir = join(process.cwd(), 'content', 'guidance')): GuidanceIndex {
  const files = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
  const key = `${dir}\n${files.map((f) => `${f}:${statSync(join(dir, f)).mtimeMs}`).join('\n')}`;
  if (cached?.key === key) return cached.index;
  const index = new Map(files.map((f) => [f.replace(/\.mdx$/, ''), new Set(headingIds(readFileSync(join(dir, f), 'utf8')))]));
  cached = { key, index };
  return index;
}

/** Ids of the contacts in content/contacts.yaml. */
export function loadContactIds(file = join(process.cwd(), 'content', 'contacts.yaml')): Set<string> {
  const contacts: unknown = parseYaml(readFileSync(file, 'utf8'));
  if (!Array.isArray(contacts)) return new Set();
  return new Set(contacts.flatMap((c: unknown) => (c && typeof c === 'object' && 'id' in c && typeof c.id === 'string' ? [c.id] : [])));
}

/** Slugs of the briefings in content/briefings. */
export function loadBriefingSlugs(dir = join(process.cwd(), 'content', 'briefings')): Set<string> {
  return new Set(readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, '')));
}

/** Where a collection schema's superRefine reports a problem. */
interface IssueSink {
  addIssue(issue: { code: 'custom'; message: string; path: PropertyKey[] }): void;
}

/** Reports, for a content collection, each link to guidance that does not resolve (`field` names the list). */
export function reportGuidanceLinks(refs: readonly GuidanceRef[], ctx: IssueSink, field = 'guidance'): void {
  const index = loadGuidanceIndex();
  refs.forEach((ref, i) => {
    const problem = guidanceRefProblem(ref, index);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: [field, i] });
  });
}
