import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8' };

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Every path requested, to check what the extension fetched (nothing). */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves `tests/fixtures` on 127.0.0.1. A fixture may set response headers in a sibling
 * `NAME.headers.json` (the strict-CSP page does), and `?published=YYYY-MM-DD` gives an HTML
 * page that publication date (for the stale-facts note) without a copy of the fixture.
 */
export async function startFixtureServer(host = '127.0.0.1'): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    const published = url.searchParams.get('published');
    requests.push(path);
    const file = normalize(join(FIXTURES, path === '/' ? 'index.html' : path));
    if (!file.startsWith(FIXTURES)) return void res.writeHead(403).end();
    try {
      let body: Buffer | string = await readFile(file);
      if (published && /^\d{4}-\d{2}-\d{2}$/.test(published) && file.endsWith('.html')) {
        body = body.toString('utf8').replace('<head>', `<head>\n<meta property="article:published_time" content="${published}T08:00:00Z">`);
      }
      const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      try {
        Object.assign(headers, JSON.parse(await readFile(`${file}.headers.json`, 'utf8')));
      } catch {
        // no extra headers for this fixture
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, host, done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://${host}:${port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
