import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { transform } from 'esbuild';
import * as pagefind from 'pagefind';
import { parse as parseYaml } from 'yaml';
import { PAGE_TYPES } from './filters';
import { pageKeywords, pageWeights, typeWeights } from './keywords';
import { prepareForIndex } from './index-page';
import type { SearchTerm } from './glossary-terms';
import { VOCABULARY_PATH, vocabularyWords } from './spelling';

interface Options {
  /** The glossary file (acronyms and expansions), relative to the project root. */
  glossary: string;
}

/**
 * How much of the index goes in one file ("chunk"), in Pagefind's unit: each page a word is on,
 * plus each place it appears there. A search fetches the chunk that holds each of its words, so
 * the chunk size is what a word costs the first time. Pagefind's default (20,000) gave this site
 * four chunks of about 28 KB, so a visit's first search fetched 28-100 KB of index; 1,500 gives
 * about fifty chunks of 2-3 KB (and a longer list of chunks in the index's metadata, about
 * 1.5 KB); smaller chunks compress worse and add requests. Pagefind 1.6 reads it only from the
 * environment variable PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE (its binary has no option or flag for
 * it; "unstable" because it may change): if a later Pagefind ignores it, the build warns (see
 * LARGEST_CHUNK_BYTES).
 */
export const INDEX_CHUNK_SIZE = 1500;
/** A chunk file larger than this (bytes, as served) means the chunk size above was not applied. */
const LARGEST_CHUNK_BYTES = 8 * 1024;

/**
 * Pagefind 1.6 writes pagefind.js without shortening its names (46 KB, 13.1 KB gzip), and every
 * search fetches it first; esbuild (Astro's own minifier) shortens it to about 11 KB gzip.
 */
async function minifyPagefindScript(file: string): Promise<void> {
  const { code } = await transform(readFileSync(file, 'utf8'), { minify: true, format: 'esm', legalComments: 'none' });
  writeFileSync(file, code);
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory()) { if (e.name !== 'pagefind') out.push(...htmlFiles(full)); }
    else if (e.name.endsWith('.html')) out.push(full);
  }
  return out;
}

/**
 * Builds the Pagefind search index after the site is built, through Pagefind's Node API.
 * Pagefind reads only `<main data-pagefind-body>`. Before a page is indexed (in memory; the page
 * on disk is not changed) it is given a hidden `keywords` metadata field holding every glossary
 * acronym and expansion the page mentions, because Pagefind has no synonyms, and any everyday
 * words listed for it in src/search/keywords.ts. It also writes the
 * site's vocabulary (every word indexed, and the glossary) for "Did you mean …?".
 */
export default function pagefindSearch(options: Options): AstroIntegration {
  return {
    name: 'hct-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const distDir = fileURLToPath(dir);
        const glossary = (parseYaml(readFileSync(options.glossary, 'utf8')) ?? []) as SearchTerm[];
        // Read by Pagefind's binary when the Node API starts it (below, in createIndex).
        const chunkSetting = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);
        const { index, errors } = await pagefind.createIndex({}).finally(() => {
          if (chunkSetting === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
          else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = chunkSetting;
        });
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);

        const vocabulary = new Set<string>();
        for (const e of glossary) {
          vocabulary.add(e.term);
          for (const w of vocabularyWords([e.expansion ?? '', ...(e.aliases ?? [])].join(' '))) vocabulary.add(w);
        }
        const untyped: string[] = [];
        let pages = 0;
        for (const file of htmlFiles(distDir)) {
          const url = '/' + relative(distDir, file).split(sep).join('/').replace(/index\.html$/, '');
          const page = prepareForIndex(readFileSync(file, 'utf8'), url, { glossary, pageKeywords, pageWeights, typeWeights });
          if (!page) continue;
          if (!page.type || !(PAGE_TYPES as readonly string[]).includes(page.type)) untyped.push(`${url} (${page.type ?? 'no type'})`);
          for (const w of vocabularyWords(page.text)) vocabulary.add(w);
          const added = await index.addHTMLFile({ url, content: page.content });
          if (added.errors.length) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
          pages++;
        }
        const written = await index.writeFiles({ outputPath: join(distDir, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        await minifyPagefindScript(join(distDir, 'pagefind', 'pagefind.js'));

        const words = join(distDir, VOCABULARY_PATH);
        mkdirSync(dirname(words), { recursive: true });
        writeFileSync(words, JSON.stringify([...vocabulary].sort()));

        const chunkDir = join(distDir, 'pagefind', 'index');
        const chunks = readdirSync(chunkDir).map((f) => statSync(join(chunkDir, f)).size);
        const largest = Math.max(0, ...chunks);
        if (largest > LARGEST_CHUNK_BYTES) {
          logger.warn(`the largest search index chunk is ${Math.round(largest / 1024)} KB: Pagefind did not apply PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE=${INDEX_CHUNK_SIZE}, so a first search costs more (see INDEX_CHUNK_SIZE in src/search/integration.ts)`);
        }
        if (untyped.length) logger.warn(`pages in the search index without a known pageType: ${untyped.join(', ')}`);
        logger.info(`indexed ${pages} pages in ${chunks.length} chunks (largest ${(largest / 1024).toFixed(1)} KB) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
