import { parse as parseHtml } from 'node-html-parser';
import { keywordText, type SearchTerm } from './glossary-terms';

export interface IndexOptions {
  /** Glossary acronyms and expansions: a page that uses either form is given both. */
  glossary: readonly SearchTerm[];
  /** Extra words by page path ("/contacts/": ["phone", …]). */
  pageKeywords?: Readonly<Record<string, readonly string[]>>;
  /** Ranking weight of a page's <main> by path (Pagefind's data-pagefind-weight). */
  pageWeights?: Readonly<Record<string, number>>;
  /** Ranking weight by the page's `type` filter, for pages not in pageWeights. */
  typeWeights?: Readonly<Record<string, number>>;
}

export interface PreparedPage {
  /** The HTML to hand to Pagefind. */
  content: string;
  /** The indexed text (the page's data-pagefind-body, less anything data-pagefind-ignore). */
  text: string;
  /** The page's `type` filter, if any. */
  type: string | undefined;
  /** The glossary forms added as hidden `keywords`, "; "-separated. */
  keywords: string;
  /** The page's own extra words added as hidden `synonyms`, "; "-separated. */
  synonyms: string;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * A built page as Pagefind should index it, or null when it is not indexed (no data-pagefind-body).
 * The page on disk is not changed. Adds hidden metadata fields `keywords` (the glossary acronyms
 * and expansions the page uses, in both forms) and `synonyms` (extra words listed for the page),
 * the page's ranking weight, and a space
 * after each block element so that "<dt>MARF</dt><dd>Multi-Agency…" is not read as "MARFMulti".
 */
export function prepareForIndex(html: string, url: string, options: IndexOptions): PreparedPage | null {
  if (!html.includes('data-pagefind-body')) return null;
  let content = html.replace(/<\/(?:p|li|dt|dd|td|th|div|h[1-6]|caption|figcaption|summary|blockquote)>/gi, '$& ');
  const root = parseHtml(content);
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return null;
  const type = root.querySelector('[data-pagefind-filter^="type:"]')?.getAttribute('data-pagefind-filter')?.slice(5);
  body.querySelectorAll('[data-pagefind-ignore], script, style, template').forEach((el) => el.remove());
  const text = body.textContent;
  const keywords = keywordText(text, options.glossary);
  const synonyms = (options.pageKeywords?.[url] ?? []).join('; ');
  const weight = options.pageWeights?.[url] ?? (type === undefined ? undefined : options.typeWeights?.[type]);
  if (weight !== undefined) content = content.replace(/<main\b/, `<main data-pagefind-weight="${weight}"`);
  // Inline metadata must come last in a data-pagefind-meta list, so one element per field.
  const hidden = [['keywords', keywords], ['synonyms', synonyms]]
    .filter(([, v]) => v)
    .map(([k, v]) => `<span hidden data-pagefind-meta="${k}:${attr(v!)}"></span>`)
    .join('');
  if (hidden) content = content.replace('</body>', `${hidden}</body>`);
  return { content, text, type, keywords, synonyms };
}
