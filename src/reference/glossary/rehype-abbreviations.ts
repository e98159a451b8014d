import type { ElementContent, Root } from 'hast';
import type {} from 'mdast-util-mdx-jsx'; // MDX's JSX elements (<Notice>…</Notice>) in the hast tree's types
import { SKIP, visit } from 'unist-util-visit';
import { createAbbreviator, type AbbreviationTerm } from './abbreviations';

const skipInside = new Set(['a', 'abbr', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style', 'title']);

/**
 * Rehype plugin for MDX pages: marks the first use of each glossary acronym on a page as
 * <abbr title="expansion">, using the same abbreviator as pages built from data
 * (./abbreviations.ts). Headings, links and existing <abbr> are left alone, whether written in
 * Markdown or as JSX. (A rehype plugin, rather than a library, because the abbreviation plugins
 * on npm work on Markdown's own abbreviation syntax, not on a glossary file.)
 */
export function rehypeAbbreviations(options: { entries: AbbreviationTerm[] }) {
  return (tree: Root) => {
    const abbreviate = createAbbreviator(options.entries); // one per page: "first use" is per page
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && skipInside.has(node.tagName)) return SKIP;
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && skipInside.has(node.name ?? '')) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return undefined;
      const segments = abbreviate(node.value);
      if (segments.every((s) => s.kind === 'text')) return undefined;
      const replacement: ElementContent[] = segments.map((s) => s.kind === 'text'
        ? { type: 'text', value: s.text }
        : { type: 'element', tagName: 'abbr', properties: { title: s.expansion ?? undefined, dataGlossary: s.id }, children: [{ type: 'text', value: s.text }] });
      parent.children.splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });
  };
}
