import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const COMPRESSIBLE = /\.(html|js|css|json|svg|webmanifest|csv|txt)$/;

/**
 * A plain static file server with no rewrite rules, like most hosts: a file, or a directory's index.html
 * (directories without a trailing slash are redirected to it), else 404 with 404.html. Text is gzipped when
 * the client accepts it, as every real host does.
 */
export function startStaticServer(root: string, port = 0, host = '127.0.0.1'): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return void res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request: malformed address\n');
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) {
      // As real hosts do, the redirect to the directory keeps the query (?compare=zh).
      if (!path.endsWith('/')) return void res.writeHead(301, { Location: `${path}/${new URL(req.url ?? '/', 'http://x').search}` }).end();
      return send(join(file, 'index.html'), 200);
    }
    if (existsSync(file)) return send(file, 200);
    send(join(root, '404.html'), 404);

    function send(target: string, status: number) {
      if (!existsSync(target)) return void res.writeHead(404).end('Not found');
      const headers: Record<string, string> = { 'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream' };
      let body = readFileSync(target);
      if (COMPRESSIBLE.test(target) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
        body = gzipSync(body);
        headers['Content-Encoding'] = 'gzip';
      }
      res.writeHead(status, headers).end(body);
    }
  });
  return new Promise((resolve) =>
    server.listen(port, host, () => {
      const address = server.address();
      resolve({ url: `http://${host}:${typeof address === 'object' && address ? address.port : 0}`, server });
    }),
  );
}
