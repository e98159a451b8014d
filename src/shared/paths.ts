// Every address inside the site goes through sitePath(), so that the site works from the root of
// a host name and under a base path alike (BASE_PATH, for example /practice-guide/, becomes
// Astro's `base`; see astro.config.mjs). Vite replaces import.meta.env.BASE_URL when it builds, in
// pages and in browser scripts alike. Code that runs in Node outside Vite (the Pagefind and
// service-worker integrations, the rehype plugin) is given the base and calls withBase().
// No dependencies, so that browser code can use it.

/** A base path in one form: "/" or "/practice-guide/" (leading and trailing slash). */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * A root-relative site path ("/guidance/mash/#x") under `base`. Anything else (another origin,
 * "#x", "tel:", a protocol-relative "//host") is returned unchanged, as is a path already under it.
 */
export function withBase(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const b = normaliseBase(base);
  if (b === '/' || path.startsWith(b) || `${path}/` === b) return path;
  return b + path.slice(1);
}

/** The site's base path, as this build was configured ("/" or "/practice-guide/"). */
export const BASE_PATH = normaliseBase(import.meta.env?.BASE_URL);

/** A site path ("/guidance/") as it is served by this build ("/practice-guide/guidance/"). */
export function sitePath(path: string): string {
  return withBase(BASE_PATH, path);
}
