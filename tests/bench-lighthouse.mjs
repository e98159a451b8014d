// Part of `npm run bench` (never of npm test): Lighthouse (npm `lighthouse`, its Node API, with the
// Chromium that chrome-launcher starts and always stops, even when a run fails) on one page
// of each main kind of the built site (dist/), served locally as a static host would serve it:
// gzip for text, long caching for Astro's hashed files, and the headers of dist/_headers. Prints
// the four category scores (performance, accessibility, best practices, SEO) per page, with the
// total blocking time, and, under a score of 100, the audits that cost it. Lighthouse's default
// mobile emulation (a mid-range phone, simulated slow 4G and a 4x slower CPU). Chromium is
// CHROME_PATH, else /usr/bin/chromium when it exists, else whatever Lighthouse finds. No network
// is needed. A benchmark that prints figures, not a test: it exits 0 unless the site cannot be served.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

/** One page of each kind; the search page with a query, as the header's search form opens it. */
const allPages = [
  ['home', '/'],
  ['guidance', '/guidance/mash/'],
  ['briefing', '/briefings/recording/'],
  ['scenario', '/practice/escalation-still-worried/'],
  ['search', '/search/?q=MARF'],
];
// LIGHTHOUSE_PAGES=scenario,search to run only some; LIGHTHOUSE_DETAILS=1 to print what shifts and what blocks.
const only = process.env.LIGHTHOUSE_PAGES?.split(',');
const pages = only ? allPages.filter(([kind]) => only.includes(kind)) : allPages;
const details = process.env.LIGHTHOUSE_DETAILS === '1';
const categories = [['performance', 'perf'], ['accessibility', 'a11y'], ['best-practices', 'best'], ['seo', 'seo']];

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml',
  '.wasm': 'application/wasm', '.txt': 'text/plain',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.xml', '.txt']);

/** The headers dist/_headers gives every path ("/*"): what a host that reads the file sends. */
function siteHeaders() {
  const file = join(dist, '_headers');
  if (!existsSync(file)) return {};
  const headers = {};
  let all = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (/^\S/.test(line)) all = line.trim() === '/*';
    else if (all && line.includes(':')) {
      const at = line.indexOf(':');
      headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return headers;
}

function serve() {
  const common = siteHeaders();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(dist, path));
    if (!file.startsWith(dist)) file = join(dist, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    if (!found) file = join(dist, '404.html');
    const ext = extname(file);
    let body = readFileSync(file);
    const headers = { ...common, 'content-type': types[ext] ?? 'application/octet-stream' };
    headers['cache-control'] = path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    if (compressible.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(found ? 200 : 404, headers);
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

if (!existsSync(join(dist, 'index.html'))) execFileSync('npx', ['astro', 'build'], { cwd: root, stdio: 'ignore' });
const chromePath = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;

console.log('\nLighthouse (mobile emulation: simulated slow 4G, 4x CPU slowdown), scores out of 100');
console.log(`  ${'page'.padEnd(9)} ${categories.map(([, s]) => s.padStart(5)).join(' ')}      TBT      LCP  path`);
try {
  for (const [kind, path] of pages) {
    // A fresh browser for each page, so that no page is measured with another's files cached.
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
    let lhr;
    try {
      lhr = (await lighthouse(`${origin}${path}`, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: categories.map(([c]) => c) }))?.lhr;
    } catch (e) {
      console.log(`  ${kind.padEnd(9)} Lighthouse failed: ${String(e.message).split('\n')[0]}`);
      continue;
    } finally {
      await chrome.kill();
    }
    if (!lhr) continue;
    if (lhr.runtimeError) console.log(`  ${kind.padEnd(9)} Lighthouse reports: ${lhr.runtimeError.message}`);
    const score = (c) => { const s = lhr.categories[c]?.score; return s === null || s === undefined ? '  -' : String(Math.round(s * 100)); };
    const ms = (id) => `${Math.round(lhr.audits[id]?.numericValue ?? NaN)} ms`;
    console.log(`  ${kind.padEnd(9)} ${categories.map(([c]) => score(c).padStart(5)).join(' ')}  ${ms('total-blocking-time').padStart(7)} ${ms('largest-contentful-paint').padStart(8)}  ${path}`);
    // Under 100: the audits that cost points (weighted audits scoring under 0.9).
    for (const [c] of categories) {
      const cat = lhr.categories[c];
      if (!cat || cat.score === 1) continue;
      for (const r of cat.auditRefs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 0.9)) {
        const a = lhr.audits[r.id];
        console.log(`      ${c}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
      }
    }
    if (details) {
      for (const item of lhr.audits['layout-shifts']?.details?.items ?? []) console.log(`      shift ${item.score.toFixed(3)}: ${item.node?.snippet ?? item.node?.selector ?? '?'}`);
      for (const item of (lhr.audits['bootup-time']?.details?.items ?? []).slice(0, 4)) console.log(`      script ${Math.round(item.total)} ms: ${item.url}`);
      for (const item of (lhr.audits['mainthread-work-breakdown']?.details?.items ?? []).slice(0, 4)) console.log(`      main thread ${Math.round(item.duration)} ms: ${item.groupLabel}`);
      for (const item of (lhr.audits['long-tasks']?.details?.items ?? []).slice(0, 4)) console.log(`      long task ${Math.round(item.duration)} ms at ${Math.round(item.startTime)}: ${item.url}`);
    }
  }
} finally {
  server.close();
}
