// npm run bench (My learning part): how long a large record takes in the browser, on the built site
// in dist/. For 1,000 and 20,000 reflections: showing the page (navigation start to the first page of
// reflections shown), deleting one reflection (click to "Reflection deleted."), and importing the same
// record as a file into an empty one (choosing the file to "Imported N entries."); then how long a
// 50 MB file takes to be refused. A benchmark that prints figures, not a test: it exits 0 unless the
// site cannot be served or the browser cannot start.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

const server = createServer((req, res) => {
  let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(dist, path));
  if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const { chromium } = await import('@playwright/test');
const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

const recordOf = (n) => ({
  format: 1,
  scenarios: [],
  briefings: [],
  reflections: Array.from({ length: n }, (_, i) => ({
    id: `r${i}`,
    text: `Reflection ${i}: what I learned about recording facts apart from opinions, and what I will do next time.`,
    writtenAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
  })),
});

/** In the page: resolves with performance.now() once the main's status or alert says `text`. */
const when = (text) => `new Promise((resolve) => {
  const seen = () => [...document.querySelectorAll('main [role=status], main [role=alert]')].some((el) => el.textContent.includes(${JSON.stringify(text)}));
  if (seen()) return resolve(performance.now());
  const obs = new MutationObserver(() => { if (seen()) { obs.disconnect(); resolve(performance.now()); } });
  obs.observe(document.body, { subtree: true, childList: true, characterData: true });
})`;

const ms = (x) => `${Math.round(x).toLocaleString('en-GB')} ms`;
console.log('\nMy learning, a large record (Chromium, this machine)');
try {
  for (const n of [1000, 20000]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const json = JSON.stringify(recordOf(n));
    await page.goto(`${base}/my-learning/`);
    await page.evaluate((r) => localStorage.setItem('hct:learning', r), json);
    await page.reload();
    const shown = `of ${n.toLocaleString('en-GB')} reflections.`;
    await page.getByText(shown).waitFor();
    const render = await page.evaluate(() => performance.now());

    const deleted = page.evaluate(when('Reflection deleted.'));
    const clicked = await page.evaluate(() => { const t = performance.now(); document.querySelector('.learning-list .link-button').click(); return t; });
    const remove = (await deleted) - clicked;

    await page.evaluate(() => localStorage.removeItem('hct:learning'));
    await page.reload();
    await page.getByText('None yet.').first().waitFor();
    await page.evaluate(() => document.querySelector('#import-file').addEventListener('change', () => { window.__chosen = performance.now(); }, { capture: true }));
    const imported = page.evaluate(when(`Imported ${n} entries.`));
    await page.locator('#import-file').setInputFiles({ name: 'record.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    const importMs = (await imported) - (await page.evaluate(() => window.__chosen));
    console.log(`  ${n.toLocaleString('en-GB').padStart(6)} reflections (${(json.length / 1024 / 1024).toFixed(1)} MB): show ${ms(render)}, delete one ${ms(remove)}, import ${ms(importMs)}`);
    await context.close();
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/my-learning/`);
  await page.locator('#import-file').waitFor();
  await page.evaluate(() => document.querySelector('#import-file').addEventListener('change', () => { window.__chosen = performance.now(); }, { capture: true }));
  const dir = mkdtempSync(join(tmpdir(), 'hct-learning-'));
  const huge = join(dir, 'huge.json');
  writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 32));
  const refused = page.evaluate(when('at most 5 MB'));
  await page.locator('#import-file').setInputFiles(huge);
  rmSync(dir, { recursive: true, force: true });
  console.log(`  a 50 MB file: refused in ${ms((await refused) - (await page.evaluate(() => window.__chosen)))}, unread`);
  await context.close();
} catch (e) {
  console.log(`  could not measure (${e.message.split('\n')[0]})`);
} finally {
  await browser.close();
  server.close();
}
