import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
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
        const { index, errors } = await pagefind.createIndex({});
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

        const words = join(distDir, VOCABULARY_PATH);
        mkdirSync(dirname(words), { recursive: true });
        writeFileSync(words, JSON.stringify([...vocabulary].sort()));

        if (untyped.length) logger.warn(`pages in the search index without a known pageType: ${untyped.join(', ')}`);
        logger.info(`indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
