import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built site. */
export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * Paths ("/guidance/x/") of every page: those in the built sitemap, or, when the site was built
 * without SITE_URL (no sitemap), every built page but the 404 page.
 */
export function sitemapPaths(): string[] {
  const file = join(distDir, 'sitemap-0.xml');
  if (!existsSync(join(distDir, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  if (!existsSync(file)) return builtPages().map(([path]) => path).filter((path) => path !== '/404.html');
  const xml = readFileSync(file, 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  if (paths.length === 0) throw new Error('dist/sitemap-0.xml lists no pages');
  return paths;
}

/** Every HTML file in dist, as [site path, absolute file]. */
export function builtPages(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.html')) {
        const rel = '/' + relative(distDir, full).split(sep).join('/');
        out.push([rel.replace(/index\.html$/, ''), full]);
      }
    }
  };
  walk(distDir);
  return out;
}
