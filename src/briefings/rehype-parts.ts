// Rehype plugin: wraps each h2 part of a briefing in <section id="part-N" class="briefing-part">,
// so that the parts print as a grid and the presenter view shows one at a time without JavaScript
// having to restructure the page. Runs on the MDX files in content/briefings/ only, in the MDX
// pipeline (astro.config.mjs), on the tree rather than on rendered HTML.
import GithubSlugger from 'github-slugger';
import type { Element, Properties, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import type {} from 'mdast-util-mdx'; // MDX's nodes (imports, JSX) in the hast tree's types
import { visit } from 'unist-util-visit';
import { ContentError } from '../shared/errors';
import { PART_COUNT, partId } from './parts';

/** The file the plugin is compiling (a vfile's path), relative to the project where it can be. */
interface CompiledFile {
  path?: string;
  cwd?: string;
}

const briefingFile = /(^|[\\/])content[\\/]briefings[\\/][^\\/]+\.mdx$/;
const isPartHeading = (node: RootContent): node is Element => node.type === 'element' && node.tagName === 'h2';
/** Nodes that render nothing: white space between blocks, and MDX imports and exports. */
const rendersNothing = (node: RootContent) => (node.type === 'text' && node.value.trim() === '') || node.type === 'mdxjsEsm' || node.type === 'comment';

/**
 * Gives every heading the id Astro would give it. Astro sets heading ids after the user's rehype
 * plugins and keeps ids already set, so setting them here with the same slugger changes nothing
 * but lets each section be labelled by its heading.
 */
function setHeadingIds(tree: Root): void {
  const slugger = new GithubSlugger();
  visit(tree, 'element', (node) => {
    if (/^h[1-6]$/.test(node.tagName) && typeof node.properties.id !== 'string') node.properties.id = slugger.slug(toString(node));
  });
}

/** The section that holds part `n`, labelled by its heading. */
function section(n: number, heading: Element): Element {
  const properties: Properties = { className: ['briefing-part'], id: partId(n) };
  if (typeof heading.properties.id === 'string') properties.ariaLabelledBy = [heading.properties.id];
  properties.dataPart = n;
  return { type: 'element', tagName: 'section', properties, children: [] };
}

export function rehypeBriefingParts() {
  return (tree: Root, file: CompiledFile): void => {
    const path = file.path ?? '';
    if (!briefingFile.test(path)) return;
    const name = file.cwd && path.startsWith(file.cwd) ? path.slice(file.cwd.length + 1) : path;
    setHeadingIds(tree);

    const first = tree.children.findIndex(isPartHeading);
    const before = first < 0 ? tree.children : tree.children.slice(0, first);
    if (!before.every(rendersNothing)) throw new ContentError(name, ['rendered content before part 1']);
    const parts: Element[] = [];
    const esm: RootContent[] = before.filter((n) => n.type === 'mdxjsEsm');
    for (const node of first < 0 ? [] : tree.children.slice(first)) {
      if (node.type === 'mdxjsEsm') esm.push(node); // imports and exports stay at the top level
      else if (node.type !== 'doctype') {
        if (isPartHeading(node)) parts.push(section(parts.length + 1, node));
        parts.at(-1)?.children.push(node);
      }
    }
    if (parts.length !== PART_COUNT) throw new ContentError(name, [`rendered ${parts.length} h2 parts, expected ${PART_COUNT}`]);
    tree.children = [...esm, ...parts];
  };
}
