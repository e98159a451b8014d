// npm run bench:search: what search costs. Prints (and exports, for tests/bench.mjs):
//   - the size of the Pagefind index on disk, and of the code that loads when search is opened;
//   - the bytes a typical query downloads: the first search of a visit (the search code, the
//     index and the results), and each search after that (index chunks and result fragments);
//   - the median time from typing to results in Chromium over tests/search-queries.json: the first
//     search of a visit (press "/" on a reading page and type) and later searches.
// Text files are counted gzip-compressed, as a web server sends them; Pagefind's index files and
// WebAssembly are already compressed and are counted as they are. It measures the built site in
// dist/ (building it first if there is no index) over a local server, so times leave out the network.
// A benchmark that prints figures, not a test: it exits 0 unless the site cannot be built or served.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm', '.xml': 'application/xml',
};
const textLike = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml']);

/** Bytes a server would send for a file of the built site: gzip for text, as-is for the rest. */
function wireBytes(file) {
  const body = readFileSync(file);
  return textLike.has(extname(file)) ? gzipSync(body).length : body.length;
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** A static server for dist/ on a free port (like `astro preview`, without its start-up time). */
function serve() {
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(dist, path));
    if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Sizes of the index and of the search code, from dist/pagefind/. */
function indexSizes() {
  const dir = join(dist, 'pagefind');
  const files = filesUnder(dir).map((f) => ({ path: relative(dir, f).split(sep).join('/'), bytes: wireBytes(f) }));
  const sum = (re) => files.filter((f) => re.test(f.path)).reduce((n, f) => n + f.bytes, 0);
  return {
    files: files.length,
    index: sum(/\.(pf_index|pf_fragment|pf_filter|pf_meta)$|pagefind-entry\.json$/),
    indexChunks: sum(/\.pf_index$/),
    fragments: sum(/\.pf_fragment$/),
    filters: sum(/\.pf_filter$/),
    // One WebAssembly file is loaded: the one for the site's language.
    runtime: sum(/^(pagefind\.js|pagefind-worker\.js|pagefind-component-ui\.(js|css))$/)
      + Math.max(0, ...files.filter((f) => /^wasm\.(?!unknown)[^/]+\.pagefind$/.test(f.path)).map((f) => f.bytes)),
  };
}

/**
 * Runs the benchmark. Options: `queries` (defaults to tests/search-queries.json), `firstVisits`
 * (how many of them to time as the first search of a fresh visit; each needs a new browser
 * context, so this is a sample, default 12), `build` (build first even if there is an index).
 * Resolves to the figures, in bytes and milliseconds.
 */
export async function benchSearch({ queries, firstVisits = 12, build = false } = {}) {
  if (build || !existsSync(join(dist, 'pagefind', 'pagefind-entry.json'))) {
    execSync('npx astro build', { cwd: root, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  }
  queries ??= JSON.parse(readFileSync(join(root, 'tests', 'search-queries.json'), 'utf8')).queries.map((q) => q.query);
  const sizes = indexSizes();
  const { chromium } = await import('@playwright/test');
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const bytesOf = (url) => {
    const path = decodeURIComponent(new URL(url).pathname);
    const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
    return existsSync(file) ? wireBytes(file) : 0;
  };
  const readingPage = existsSync(join(dist, 'guidance', 'who-is-this-for', 'index.html')) ? '/guidance/who-is-this-for/' : '/contacts/';

  // Resolves with the ms from `t0` to the results for `q` in `selector` (or the "nothing found" panel).
  const waitForResults = (selector, q) => `new Promise((resolve) => {
    const check = () => {
      const box = document.querySelector(${JSON.stringify(selector)});
      if (!box || box.dataset.resultsFor !== ${JSON.stringify(q)}) return false;
      if (Number(box.dataset.resultCount) === 0) return !!document.querySelector('.search-empty:not([hidden])');
      return !!box.querySelector('.pf-results > li[data-result-url]');
    };
    if (check()) return resolve(performance.now() - window.__t0);
    const obs = new MutationObserver(() => { if (check()) { obs.disconnect(); resolve(performance.now() - window.__t0); } });
    obs.observe(document.body, { subtree: true, childList: true, attributes: true });
  })`;

  try {
    // First search of a visit: a fresh browser, a reading page, press "/" and type.
    const cold = [];
    const step = Math.max(1, Math.floor(queries.length / firstVisits));
    for (const q of queries.filter((_, i) => i % step === 0).slice(0, firstVisits)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(base + readingPage, { waitUntil: 'networkidle' });
      let bytes = 0;
      page.on('requestfinished', (r) => { bytes += bytesOf(r.url()); });
      await page.evaluate(() => document.addEventListener('keydown', () => { window.__t0 ??= performance.now(); }, { capture: true, once: true }));
      await page.keyboard.press('/');
      await page.keyboard.type(q);
      const ms = await page.evaluate(waitForResults('pagefind-modal pagefind-results', q));
      cold.push({ q, ms, bytes });
      await context.close();
    }

    // Later searches: the search page with the search code loaded, one query after another.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/search/`, { waitUntil: 'networkidle' });
    await page.locator('[data-search-page] input[type="search"]').waitFor();
    let bytes = 0;
    page.on('requestfinished', (r) => { bytes += bytesOf(r.url()); });
    const warm = [];
    for (const q of queries) {
      bytes = 0;
      const ms = await page.evaluate(`(() => {
        const input = document.querySelector('[data-search-page] input[type="search"]');
        window.__t0 = performance.now();
        input.value = ${JSON.stringify(q)};
        input.dispatchEvent(new Event('input', { bubbles: true }));
        return ${waitForResults('.search-page-results', q)};
      })()`);
      await page.waitForLoadState('networkidle');
      warm.push({ q, ms, bytes });
    }
    await context.close();

    return {
      queries: queries.length,
      index: sizes,
      firstSearch: { medianBytes: median(cold.map((c) => c.bytes)), medianMs: median(cold.map((c) => c.ms)) },
      laterSearches: { medianBytes: median(warm.map((w) => w.bytes)), medianMs: median(warm.map((w) => w.ms)), maxMs: Math.max(...warm.map((w) => w.ms)) },
      firstVisits: cold.length,
      perQuery: warm.map((w) => ({ query: w.q, ms: w.ms, bytes: w.bytes, firstVisit: cold.find((c) => c.q === w.q) ?? null })),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

/** The figures as lines of text. */
export function formatSearchBench(r) {
  return [
    `Search (Pagefind), ${r.queries} queries from tests/search-queries.json, Chromium, local server`,
    `  index on disk: ${kb(r.index.index)} (${r.index.files} files; index chunks ${kb(r.index.indexChunks)}, result fragments ${kb(r.index.fragments)}, filters ${kb(r.index.filters)})`,
    `  search code, loaded only when search is opened: ${kb(r.index.runtime)} gzip (Component UI, Pagefind, worker, WebAssembly)`,
    `  first search of a visit downloads: median ${kb(r.firstSearch.medianBytes)} (search code, index and results; over ${r.firstVisits} fresh visits)`,
    `  each later search downloads: median ${kb(r.laterSearches.medianBytes)} (index chunks and result fragments)`,
    `  typing to results: median ${Math.round(r.laterSearches.medianMs)} ms over all ${r.queries} (slowest ${Math.round(r.laterSearches.maxMs)} ms); first search of a visit, from pressing "/": median ${Math.round(r.firstSearch.medianMs)} ms over ${r.firstVisits}`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchSearch({ build: process.argv.includes('--build') });
  console.log(formatSearchBench(result));
  if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
}
