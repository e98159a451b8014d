// npm run bench: builds the site, then prints per kind of page the gzip size of the HTML, the CSS
// it links and the JavaScript it loads before any interaction, with the build time and budgets.
// A benchmark that prints figures, not a test: it exits 0 unless the build itself fails.
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

const started = performance.now();
execSync('npx astro build', { cwd: root, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
const buildSeconds = (performance.now() - started) / 1000;

const gz = (buf) => gzipSync(buf).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/**
 * JavaScript files reachable from `file` through static imports (dynamic imports load later), or,
 * with `dynamic`, through dynamic imports too (what an island loads once the learner uses it).
 */
function jsClosure(file, seen = new Set(), dynamic = false) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*?from\s*)?["']([^"']+\.js)["']/g)) {
    jsClosure(join(dirname(file), m[1]), seen, dynamic);
  }
  if (dynamic) for (const m of code.matchAll(/import\(\s*["']([^"']+\.js)["']\s*\)/g)) jsClosure(join(dirname(file), m[1]), seen, dynamic);
  return seen;
}

const fromSite = (url) => join(dist, url.split('?')[0]);

function measure(path, file) {
  const html = readFileSync(file);
  const doc = parse(html.toString());
  const css = doc.querySelectorAll('link[rel="stylesheet"]').filter((l) => l.getAttribute('media') !== 'print');
  const cssBytes = css.reduce((n, l) => n + gz(readFileSync(fromSite(l.getAttribute('href')))), 0)
    + doc.querySelectorAll('style').reduce((n, s) => n + gz(Buffer.from(s.textContent)), 0);
  const jsFiles = new Set();
  let inlineJs = 0;
  for (const s of doc.querySelectorAll('script')) {
    const src = s.getAttribute('src');
    if (src) jsClosure(fromSite(src), jsFiles);
    else if (!['application/ld+json', 'application/json'].includes(s.getAttribute('type') ?? '')) inlineJs += gz(Buffer.from(s.textContent));
  }
  const usedFiles = new Set(jsFiles);
  for (const island of doc.querySelectorAll('astro-island')) {
    for (const attr of ['component-url', 'renderer-url']) {
      const url = island.getAttribute(attr);
      if (url) jsClosure(fromSite(url), jsFiles);
      if (url) jsClosure(fromSite(url), usedFiles, attr === 'component-url');
    }
  }
  const size = (files) => inlineJs + [...files].reduce((n, f) => n + gz(readFileSync(f)), 0);
  return { path, html: gz(html), css: cssBytes, js: size(jsFiles), 'js used': size(usedFiles) };
}

function kindOf(path) {
  if (path === '/') return 'home';
  if (/^\/practice\/[^/]+\/$/.test(path)) return 'scenario pages';
  // The facilitator packs: a whole scenario with every answer and its map, for print; no script of their own.
  if (/^\/practice\/[^/]+\/trainer\/$/.test(path)) return 'facilitator packs';
  if (path === '/search/') return 'search page';
  // An interactive tool (the learner's record), not a reading page: reported on its own.
  if (path === '/my-learning/') return 'my learning (tool)';
  return 'reading pages';
}

const pages = [];
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory()) { if (e.name !== 'pagefind') walk(full); }
    else if (e.name.endsWith('.html')) pages.push(['/' + relative(dist, full).split(sep).join('/').replace(/index\.html$/, ''), full]);
  }
};
walk(dist);

const budgets = { 'reading pages': { js: 12 * 1024, html: 15 * 1024 }, 'scenario pages': { js: 30 * 1024 }, 'facilitator packs': { js: 12 * 1024, html: 24 * 1024 } };
const groups = new Map();
for (const [path, file] of pages) {
  const m = measure(path, file);
  const kind = kindOf(path);
  if (!groups.has(kind)) groups.set(kind, []);
  groups.get(kind).push(m);
}

console.log(`Build time: ${buildSeconds.toFixed(1)} s for ${pages.length} HTML pages\n`);
console.log('Sizes are gzip. JS = JavaScript loaded before any interaction (scripts, islands and their static imports);');
console.log('"js used" adds what islands load once used (their dynamic imports), where that differs.\n');
for (const [kind, list] of [...groups].sort()) {
  const max = (k) => list.reduce((a, b) => (b[k] > a[k] ? b : a));
  const median = (k) => { const s = list.map((x) => x[k]).sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
  console.log(`${kind} (${list.length})`);
  for (const k of ['html', 'css', 'js', 'js used']) {
    if (k === 'js used' && list.every((x) => x[k] === x.js)) continue;
    const worst = max(k);
    const budget = budgets[kind]?.[k];
    const verdict = budget === undefined ? '' : worst[k] <= budget ? `  within budget ${kb(budget)}` : `  OVER budget ${kb(budget)}`;
    console.log(`  ${k.padEnd(7)} median ${kb(median(k)).padStart(8)}  max ${kb(worst[k]).padStart(8)} (${worst.path})${verdict}`);
  }
}

// Scenario graph tests on a generated branching scenario of about 200 steps (and one of about 100,
// to show how the time grows): tests/unit/scenario-graph-scale.test.ts writes its timings here.
{
  const dir = mkdtempSync(join(tmpdir(), 'hct-bench-'));
  const out = join(dir, 'graph.json');
  try {
    execSync('npx vitest run --config tests/vitest.config.ts tests/unit/scenario-graph-scale.test.ts', { cwd: root, stdio: 'ignore', env: { ...process.env, BENCH_OUT: out } });
    const { small, large } = JSON.parse(readFileSync(out, 'utf8'));
    const line = (r) => `${r.steps} steps, ${r.states} states: ${(r.totalMs / 1000).toFixed(2)} s (validate ${r.validateMs.toFixed(0)} ms, shortest paths ${r.shortestMs.toFixed(0)} ms, ${r.sampled} sampled paths ${r.sampleMs.toFixed(0)} ms)`;
    console.log('\nScenario graph tests, generated branching scenario');
    console.log(`  ${line(small)}`);
    console.log(`  ${line(large)}`);
  } catch (e) {
    console.log(`\nScenario graph tests: could not measure (${e.message.split('\n')[0]})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// How the build grows with generated content (several builds; BENCH_SIZES to choose the sizes).
console.log('\nBuild growth, generated guidance pages added to a temporary copy');
execSync(`node ${JSON.stringify(join(root, 'tests', 'bench-growth.mjs'))}`, { cwd: root, stdio: 'inherit' });

// Lighthouse on the home page and a guidance, briefing, scenario and search page of dist/ (tests/bench-lighthouse.mjs).
execSync(`node ${JSON.stringify(join(root, 'tests', 'bench-lighthouse.mjs'))}`, { cwd: root, stdio: 'inherit' });

// Search figures, when the search benchmark exists.
const searchBench = join(root, 'tests', 'bench-search.mjs');
if (existsSync(searchBench)) {
  console.log('');
  execSync(`node ${JSON.stringify(searchBench)}`, { cwd: root, stdio: 'inherit' });
}

// My learning with a large record (tests/bench-learning.mjs): show, delete and import timings.
const learningBench = join(root, 'tests', 'bench-learning.mjs');
if (existsSync(learningBench)) execSync(`node ${JSON.stringify(learningBench)}`, { cwd: root, stdio: 'inherit' });
