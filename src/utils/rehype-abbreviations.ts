import type { Element, ElementContent, Root, RootContent, Text } from 'hast';

export interface Abbreviation {
  /** The acronym as written ("MASH"). */
  term: string;
  /** Its expansion as the seeds give it, or null when no seed expands it. */
  expansion: string | null;
}

const skipInside = new Set(['a', 'abbr', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style', 'title']);

/**
 * Rehype plugin: marks the first use of each glossary acronym on a page as
 * <abbr title="expansion">, so that every acronym is expanded where it first appears.
 * Headings, links and existing <abbr> are left alone. Acronyms the seeds never expand are skipped.
 * (Written by hand: the abbreviation plugins on npm work on Markdown's own abbreviation syntax,
 * not on a glossary file, and would need every acronym declared in every page.)
 */
export function rehypeAbbreviations(options: { entries: Abbreviation[] }) {
  const entries = options.entries.filter((e): e is { term: string; expansion: string } => !!e.expansion);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Longest first, so that "CSE" does not win over a longer term that contains it.
  const terms = [...entries].sort((a, b) => b.term.length - a.term.length);
  const pattern = terms.length
    ? new RegExp(`(?<![\\w-])(${terms.map((t) => escape(t.term)).join('|')})(?![\\w-])`, 'g')
    : null;
  const expansions = new Map(terms.map((t) => [t.term, t.expansion]));

  return (tree: Root) => {
    if (!pattern) return;
    const seen = new Set<string>();

    const splitText = (node: Text): ElementContent[] | null => {
      const out: ElementContent[] = [];
      let last = 0;
      pattern.lastIndex = 0;
      for (const m of node.value.matchAll(pattern)) {
        const term = m[1]!;
        if (seen.has(term)) continue;
        seen.add(term);
        if (m.index > last) out.push({ type: 'text', value: node.value.slice(last, m.index) });
        out.push({ type: 'element', tagName: 'abbr', properties: { title: expansions.get(term)! }, children: [{ type: 'text', value: term }] });
        last = m.index + term.length;
      }
      if (out.length === 0) return null;
      if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
      return out;
    };

    const walk = (parent: Root | Element) => {
      const next: Array<RootContent | ElementContent> = [];
      let changed = false;
      for (const child of parent.children) {
        if (child.type === 'text') {
          const parts = splitText(child);
          if (parts) { next.push(...parts); changed = true; continue; }
        } else if (child.type === 'element') {
          if (!skipInside.has(child.tagName)) walk(child);
        } else if ('children' in child && Array.isArray((child as { children?: unknown }).children)) {
          // MDX JSX elements (<Notice>…</Notice>) hold hast children too.
          walk(child as unknown as Element);
        }
        next.push(child);
      }
      if (changed) parent.children = next as typeof parent.children;
    };
    walk(tree);
  };
}
