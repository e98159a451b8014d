// npm run bench:search: what search costs a reader, measured as a reader types.
//   - the first search of a visit: on a reading page, press "/" and type a query letter by letter;
//     every byte the server sends from the key press until the results are shown and the network
//     is quiet (the search code, Pagefind, its index and the result data);
//   - the next query of the visit, typed letter by letter into the same box: the bytes each letter
//     costs (index chunks and result data fetched between that key and the next);
//   - every query typed one after another in one visit: the time from the last key to the results;
//   - the size of the index on disk.
// Queries come from tests/search-queries.json. Bytes are counted by the benchmark's own server, so
// a file the browser already holds costs nothing; text files count gzip-compressed, as a web
// server sends them, and Pagefind's index files and WebAssembly (already compressed) as they are.
// A request is charged to the last key pressed before it reached the server. Keys are typed
// TYPING_MS apart, about the pace of a practised phone typist. It measures dist/ (building it first
// if there is no index). A benchmark that prints figures, not a test: it exits 0 unless the site
// cannot be built or served.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const TYPING_MS = 180;
/** The network counts as quiet when nothing has been requested for this long (ms). */
const QUIET_MS = 400;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

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

/**
 * A static server for dist/ on a free port that charges each response to `server.meter` (if set):
 * { bytes, files[] }. Assets may be cached for the visit, as a real server would allow.
 */
function serve() {
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(dist, path));
    if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) { res.writeHead(404); res.end(); return; }
    server.lastRequest = Date.now();
    if (server.meter) {
      const bytes = wireBytes(file);
      server.meter.bytes += bytes;
      server.meter.files.push(`${path} ${kb(bytes)}`);
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=600' });
    res.end(readFileSync(file));
  });
  server.lastRequest = 0;
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Sizes of the index on disk, from dist/pagefind/. */
function indexSizes() {
  const dir = join(dist, 'pagefind');
  const files = filesUnder(dir).map((f) => ({ path: relative(dir, f).split(sep).join('/'), bytes: wireBytes(f) }));
  const sum = (re) => files.filter((f) => re.test(f.path)).reduce((n, f) => n + f.bytes, 0);
  const chunks = files.filter((f) => /\.pf_index$/.test(f.path)).map((f) => f.bytes);
  return {
    files: files.length,
    index: sum(/\.(pf_index|pf_fragment|pf_filter|pf_meta)$|pagefind-entry\.json$/),
    indexChunks: sum(/\.pf_index$/),
    chunkCount: chunks.length,
    largestChunk: Math.max(0, ...chunks),
    fragments: sum(/\.pf_fragment$/),
    filters: sum(/\.pf_filter$/),
  };
}

/** In the page: resolves when the open search box shows its results for `q`, with ms since the last key. */
const resultsShown = (q) => `new Promise((resolve) => {
  const ready = () => {
    const box = document.querySelector('dialog[open] [data-results-for]');
    if (!box || box.dataset.resultsFor !== ${JSON.stringify(q)}) return false;
    if (Number(box.dataset.resultCount) === 0) return !!document.querySelector('dialog[open] .search-empty:not([hidden])');
    return !!box.querySelector('[data-result-url]');
  };
  const done = () => resolve(performance.now() - window.__lastKey);
  if (ready()) return done();
  const obs = new MutationObserver(() => { if (ready()) { obs.disconnect(); done(); } });
  obs.observe(document.body, { subtree: true, childList: true, attributes: true });
})`;

/**
 * Runs the benchmark. Options: `queries` (defaults to tests/search-queries.json), `firstVisits`
 * (how many fresh visits, each typing a first and a next query, default 12), `build` (build
 * first even if there is an index), `session` (false: skip the long visit through every query;
 * `--first-only` on the command line). Resolves to the figures, in bytes and milliseconds.
 */
export async function benchSearch({ queries, firstVisits = 12, build = false, session: withSession = true } = {}) {
  if (build || !existsSync(join(dist, 'pagefind', 'pagefind-entry.json'))) {
    execSync('npx astro build', { cwd: root, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  }
  queries ??= JSON.parse(readFileSync(join(root, 'tests', 'search-queries.json'), 'utf8')).queries.map((q) => q.query);
  queries = [...new Set(queries)];
  const sizes = indexSizes();
  const { chromium } = await import('@playwright/test');
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const readingPage = existsSync(join(dist, 'guidance', 'who-is-this-for', 'index.html')) ? '/guidance/who-is-this-for/' : '/contacts/';
  const quiet = async () => {
    while (Date.now() - server.lastRequest < QUIET_MS) await sleep(50);
  };
  const failures = [];

  /** Types `q` letter by letter into the focused box, charging each letter its bytes; waits for its results. */
  const type = async (page, q) => {
    const letters = [];
    for (const ch of q) {
      const meter = { bytes: 0, files: [] };
      server.meter = meter;
      letters.push(meter);
      await page.keyboard.type(ch);
      await sleep(TYPING_MS);
    }
    const ms = await Promise.race([page.evaluate(resultsShown(q)), sleep(30_000).then(() => NaN)]);
    if (Number.isNaN(ms)) failures.push(q);
    await quiet();
    server.meter = null;
    return { ms, letters: letters.map((l) => l.bytes), files: letters.flatMap((l) => l.files) };
  };

  const clear = async (page) => {
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await quiet();
  };

  const newPage = async () => {
    // Service workers blocked: the offline worker (src/offline/) precaches the whole site after the
    // first page loads, which is not what search costs; with it installed, later visits search
    // without the network at all. What is measured is a reader whose worker is not (yet) installed.
    const context = await browser.newContext({ viewport: { width: 375, height: 667 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(base + readingPage, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.addEventListener('keydown', () => { window.__lastKey = performance.now(); }, { capture: true }));
    return { context, page };
  };

  try {
    // Fresh visits: on a reading page, "/" and a query (the first search of the visit), then the
    // box cleared and a second query typed (what each next letter costs). The second query is
    // from the other half of the list, so that it does not share the first one's words.
    const visits = [];
    const step = Math.max(1, Math.floor(queries.length / firstVisits));
    for (let i = 0; i < queries.length && visits.length < firstVisits; i += step) {
      const q = queries[i];
      const next = queries[(i + Math.floor(queries.length / 2)) % queries.length];
      const { context, page } = await newPage();
      const meter = { bytes: 0, files: [] };
      server.meter = meter;
      await page.keyboard.press('/');
      const typed = await type(page, q);
      await clear(page);
      const second = await type(page, next);
      visits.push({
        first: { q, ms: typed.ms, bytes: meter.bytes + sum(typed.letters), files: [...meter.files, ...typed.files] },
        next: { q: next, ms: second.ms, letters: second.letters, bytes: sum(second.letters), files: second.files },
      });
      await context.close();
    }

    // One long visit through every query: the time from the last key to the results, and what the
    // whole list costs once the index is in the browser.
    const session = [];
    if (withSession) {
      const { context, page } = await newPage();
      await page.keyboard.press('/');
      session.push(await type(page, queries[0]));
      for (const q of queries.slice(1)) {
        await clear(page);
        session.push(await type(page, q));
      }
      await context.close();
    }

    const first = visits.map((v) => v.first);
    const next = visits.map((v) => v.next);
    const letters = next.flatMap((n) => n.letters);
    return {
      queries: queries.length,
      typingMs: TYPING_MS,
      index: sizes,
      firstSearch: {
        visits: first.length,
        medianBytes: median(first.map((f) => f.bytes)),
        maxBytes: Math.max(...first.map((f) => f.bytes)),
        medianMs: median(first.map((f) => f.ms)),
        files: first[0]?.files ?? [],
      },
      perLetter: { letters: letters.length, medianBytes: median(letters), maxBytes: Math.max(...letters) },
      nextQuery: { medianBytes: median(next.map((n) => n.bytes)), maxBytes: Math.max(...next.map((n) => n.bytes)) },
      session: { bytes: sum(session.slice(1).flatMap((s) => s.letters)), medianMs: median(session.map((s) => s.ms)), maxMs: Math.max(...session.map((s) => s.ms)) },
      failures,
      visits: visits.map((v) => ({ first: v.first.q, firstBytes: v.first.bytes, firstFiles: v.first.files, next: v.next.q, letters: v.next.letters, nextFiles: v.next.files })),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

/** The figures as lines of text. */
export function formatSearchBench(r) {
  return [
    `Search (Pagefind), ${r.queries} queries from tests/search-queries.json typed letter by letter (${r.typingMs} ms apart), Chromium, 375x667, local server`,
    `  index on disk: ${kb(r.index.index)} (${r.index.files} files; ${r.index.chunkCount} index chunks, ${kb(r.index.indexChunks)}, largest ${kb(r.index.largestChunk)}; result fragments ${kb(r.index.fragments)}; filters ${kb(r.index.filters)})`,
    `  first search of a visit (press "/" on a reading page, type the query): median ${kb(r.firstSearch.medianBytes)}, max ${kb(r.firstSearch.maxBytes)} over ${r.firstSearch.visits} fresh visits`,
    `    e.g. ${r.firstSearch.files.join(', ')}`,
    `  the next query of the visit, each letter typed: median ${kb(r.perLetter.medianBytes)}, max ${kb(r.perLetter.maxBytes)} (${r.perLetter.letters} letters); the whole query: median ${kb(r.nextQuery.medianBytes)}, max ${kb(r.nextQuery.maxBytes)}`,
    ...(r.session.medianMs >= 0 ? [
      `  all ${r.queries} queries typed in one visit after the first: ${kb(r.session.bytes)}`,
      `  last key to results: median ${Math.round(r.session.medianMs)} ms (slowest ${Math.round(r.session.maxMs)} ms); first search of a visit: median ${Math.round(r.firstSearch.medianMs)} ms`,
    ] : [`  first search of a visit, last key to results: median ${Math.round(r.firstSearch.medianMs)} ms`]),
    ...(r.failures.length ? [`  NO RESULTS SHOWN within 30 s for: ${r.failures.join(' | ')}`] : []),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchSearch({ build: process.argv.includes('--build'), session: !process.argv.includes('--first-only') });
  console.log(formatSearchBench(result));
  if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
}
