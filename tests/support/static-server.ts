// A small static file server for browser tests that need a build other than dist/ (the base-path
// build) or need to change what is served mid-test (a new service worker). Node's http module and
// nothing else: Playwright's webServer serves dist/ only, at the root.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.xml': 'application/xml', '.wasm': 'application/wasm', '.txt': 'text/plain',
};

export interface StaticServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Paths (under the base) requested so far, in order. */
  requests: string[];
  /** Serves `body` at `path` (a path under the base, "/sw.js") instead of the file, until cleared. */
  override(path: string, body: string | null): void;
  /** While down, every request is cut off (the connection closed), as when the network is gone. */
  setDown(down: boolean): void;
  close(): Promise<void>;
}

/**
 * Serves `dir` under `base` ("/" or "/practice-guide/") on a free port of 127.0.0.1. A request
 * outside the base is a 404, so a link that forgot the base fails as it would on the real host.
 */
export async function serveStatic(dir: string, base = '/'): Promise<StaticServer> {
  const overrides = new Map<string, string>();
  const requests: string[] = [];
  let down = false;
  const server: Server = createServer((req, res) => {
    if (down) { req.socket.destroy(); return; }
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const notFound = () => {
      const page = join(dir, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      res.end(existsSync(page) ? readFileSync(page) : 'Not found');
    };
    if (!path.startsWith(base)) return notFound();
    const rel = path.slice(base.length - 1);
    const body = overrides.get(rel);
    if (body !== undefined) {
      res.writeHead(200, { 'content-type': TYPES[extname(rel)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      return res.end(body);
    }
    let file = normalize(join(dir, rel));
    if (!file.startsWith(normalize(dir))) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!rel.endsWith('/')) { res.writeHead(301, { location: `${path}/` }); return res.end(); }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) return notFound();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the static server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    requests,
    setDown: (value) => { down = value; },
    override: (path, body) => { if (body === null) overrides.delete(path); else overrides.set(path, body); },
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
