import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { createAbbreviator, type AbbreviationTerm } from './abbreviations';

const skipInside = new Set(['a', 'abbr', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style', 'title']);

/**
 * Rehype plugin for MDX pages: marks the first use of each glossary acronym on a page as
 * <abbr title="expansion">, using the same abbreviator as pages built from data
 * (src/utils/abbreviations.ts). Headings, links and existing <abbr> are left alone.
 * (A rehype plugin, rather than a library, because the abbreviation plugins on npm work on
 * Markdown's own abbreviation syntax, not on a glossary file.)
 */
export function rehypeAbbreviations(options: { entries: AbbreviationTerm[] }) {
  return (tree: Root) => {
    const abbreviate = createAbbreviator(options.entries); // one per page: "first use" is per page

    const splitText = (node: Text): ElementContent[] | null => {
      const segments = abbreviate(node.value);
      if (segments.every((s) => s.kind === 'text')) return null;
      return segments.map((s) => s.kind === 'text'
        ? { type: 'text', value: s.text }
        : { type: 'element', tagName: 'abbr', properties: { title: s.expansion ?? undefined, dataGlossary: s.id }, children: [{ type: 'text', value: s.text }] });
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
          // MDX JSX elements (<Notice>…</Notice>, or a JSX <a>) hold hast children too.
          const name = (child as { name?: string | null }).name ?? '';
          if (!skipInside.has(name)) walk(child as unknown as Element);
        }
        next.push(child);
      }
      if (changed) parent.children = next as typeof parent.children;
    };
    walk(tree);
  };
}
