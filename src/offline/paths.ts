// Where the offline feature's files are, relative to the site's base path. No dependencies: used
// by the build integration (Node) and the browser script.

/** The service worker, at the base of the site so that its scope is the whole site. */
export const SW_FILE = 'sw.js';

/** The web app manifest (public/manifest.webmanifest). */
export const MANIFEST_FILE = 'manifest.webmanifest';
