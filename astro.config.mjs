// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { rehypeAbbreviations } from './src/reference/glossary/rehype-abbreviations';
import pagefindSearch from './src/integrations/pagefind';

// The public address of the site. Set SITE_URL when deploying; the default keeps local builds,
// the sitemap and printed page addresses consistent with `npm start` (astro preview).
const site = process.env.SITE_URL ?? 'http://localhost:4321';

// Glossary acronyms, marked up as <abbr> at their first use on each MDX page.
const glossary = parseYaml(readFileSync(new URL('./content/glossary.yaml', import.meta.url), 'utf8'));

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), preact(), sitemap(), pagefindSearch({ glossary: 'content/glossary.yaml' })],
  // No code blocks are published; Shiki's inline styles would also break the CSP.
  markdown: {
    syntaxHighlight: false,
    // The unified (remark/rehype) processor, for the glossary abbreviation plugin.
    processor: unified({ rehypePlugins: [[rehypeAbbreviations, { entries: glossary }]] }),
  },
  security: {
    csp: {
      // Astro adds script-src and style-src with hashes of what it emits. Everything else is
      // limited to this origin. Pagefind needs WebAssembly and a worker (see the search issue).
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
      },
    },
  },
});
