// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { rehypeAbbreviations } from './src/reference/glossary/rehype-abbreviations';
import { rehypeBriefingParts } from './src/briefings/rehype-parts';
import phoneGuard from './src/reference/contacts/phone-guard';
import pagefindSearch from './src/search/integration';
import offline from './src/offline/integration';
import { readYamlList } from './src/shared/content-files';
import { normaliseBase } from './src/shared/paths';
import { rehypeBasePath } from './src/shared/rehype-base-path';

// The public address of the site (https://example.org), from SITE_URL when deploying. Without it
// no page names an address it cannot know: no canonical links, no sitemap (a sitemap needs absolute
// addresses), and the printed footer shows the address the page was opened at.
const site = process.env.SITE_URL || undefined;
// The path the site is served under ("/practice-guide/"), from BASE_PATH; "/" without it. Every
// address in src/ goes through sitePath() (src/shared/paths.ts); links written in content/ are put
// under it by rehypeBasePath.
const base = normaliseBase(process.env.BASE_PATH);

// Glossary acronyms, marked up as <abbr> at their first use on each MDX page. Read with the same
// checks as the glossary collection: an empty file or a repeated id or term fails here, by name.
const glossary = readYamlList(fileURLToPath(new URL('./content/glossary.yaml', import.meta.url)), ['id', 'term']);

// Astro's own content-asset module starts with a "use astro:head-inject" directive that Rolldown
// reports once per MDX page (withastro/astro#18087, open), hiding any real warning. Drop exactly
// those: that code, that directive. Every other warning is still printed.
/** @param {{ code?: string, message: string }} warning */
const astroHeadInjectWarning = (warning) =>
  warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"');

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // phoneGuard: a phone number written anywhere but content/contacts.yaml fails the build.
  integrations: [phoneGuard(), mdx(), preact(), ...(site ? [sitemap()] : []), pagefindSearch({ glossary: 'content/glossary.yaml' }), offline()],
  vite: {
    // The search worker (src/search/worker.ts) is a module worker that imports Pagefind at run time.
    worker: { format: 'es' },
    // A plugin's onLog hook sees every environment's logs; build.rolldownOptions.onwarn does not
    // reach Astro's prerender environment, where these warnings arise.
    plugins: [{
      name: 'hct-quiet-astro-head-inject',
      onLog: (level, log) => !(level === 'warn' && astroHeadInjectWarning(log)),
    }],
  },
  // No code blocks are published; Shiki's inline styles would also break the CSP.
  markdown: {
    syntaxHighlight: false,
    // The unified (remark/rehype) processor, for the glossary abbreviation plugin and the
    // briefings' seven parts (each wrapped in a section).
    processor: unified({ rehypePlugins: [[rehypeAbbreviations, { entries: glossary }], rehypeBriefingParts, [rehypeBasePath, { base }]] }),
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
