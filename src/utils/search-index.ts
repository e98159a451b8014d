import { parse as parseHtml } from 'node-html-parser';
import { keywordText, type SearchTerm } from './search-keywords';

export interface IndexOptions {
  /** Glossary acronyms and expansions: a page that uses either form is given both. */
  glossary: readonly SearchTerm[];
  /** Extra words by page path ("/contacts/": ["phone", …]). */
  pageKeywords?: Readonly<Record<string, readonly string[]>>;
  /** Ranking weight of a page's <main> by path (Pagefind's data-pagefind-weight). */
  pageWeights?: Readonly<Record<string, number>>;
}

export interface PreparedPage {
  /** The HTML to hand to Pagefind. */
  content: string;
  /** The indexed text (the page's data-pagefind-body, less anything data-pagefind-ignore). */
  text: string;
  /** The page's `type` filter, if any. */
  type: string | undefined;
  /** The hidden keywords added, "; "-separated. */
  keywords: string;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * A built page as Pagefind should index it, or null when it is not indexed (no data-pagefind-body).
 * The page on disk is not changed. Adds a hidden `keywords` metadata field (glossary forms the page
 * does not use itself, and any extra words for the page), the page's ranking weight, and a space
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
  const keywords = [keywordText(text, options.glossary), ...(options.pageKeywords?.[url] ?? [])].filter(Boolean).join('; ');
  const weight = options.pageWeights?.[url];
  if (weight !== undefined) content = content.replace(/<main\b/, `<main data-pagefind-weight="${weight}"`);
  if (keywords) content = content.replace('</body>', `<span hidden data-pagefind-meta="keywords:${attr(keywords)}"></span></body>`);
  return { content, text, type, keywords };
}
