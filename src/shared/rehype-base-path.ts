// Links written in content (Markdown links and <a href> in MDX, such as "/guidance/mash/") are
// root-relative; this rehype plugin puts them under the site's base path (BASE_PATH), through the
// same withBase() every component uses (src/shared/paths.ts). Runs on every Markdown and MDX page.
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from './paths';

interface Options {
  /** The base path ("/" or "/practice-guide/"). */
  base: string;
}

const URL_PROPERTIES = ['href', 'src'] as const;

/** An MDX JSX element's attribute list, as the MDX hast extension gives it. */
interface JsxAttribute { type: string; name?: string; value?: unknown }
function jsxAttributes(node: object): JsxAttribute[] | null {
  if (!('type' in node) || (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement')) return null;
  return 'attributes' in node && Array.isArray(node.attributes) ? node.attributes : null;
}

export function rehypeBasePath({ base }: Options) {
  return (tree: Root) => {
    if (withBase(base, '/') === '/') return;
    visit(tree, (node) => {
      if (node.type === 'element') {
        for (const name of URL_PROPERTIES) {
          const value = node.properties[name];
          if (typeof value === 'string') node.properties[name] = withBase(base, value);
        }
        return;
      }
      for (const attribute of jsxAttributes(node) ?? []) {
        if (attribute.type === 'mdxJsxAttribute' && (attribute.name === 'href' || attribute.name === 'src') && typeof attribute.value === 'string') {
          attribute.value = withBase(base, attribute.value);
        }
      }
    });
  };
}
