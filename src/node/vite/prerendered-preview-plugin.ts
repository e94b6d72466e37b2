import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * `vite preview` answers /lo/standards/LCS-01 with the SPA fallback; most static hosts answer it with the
 * prerendered lo/standards/LCS-01/index.html. This makes preview behave like those hosts.
 */
function decodePath(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

export function prerenderedPreviewPlugin(): Plugin {
  return {
    name: 'lao-standards-prerendered-preview',
    configurePreviewServer(server) {
      const outDir = join(server.config.root, server.config.build.outDir);
      const base = server.config.base;
      server.middlewares.use((req, res, next) => {
        const [path, query = ''] = (req.url ?? '').split('?');
        const decoded = decodePath(path);
        // A malformed address (`/lo/%E0%A4`) is the client's mistake: 400 with a line saying so, not a 500 and a stack.
        if (decoded === undefined || decoded.includes('\0')) {
          res.statusCode = 400;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end(`Bad request: the address ${path.slice(0, 200)} is not a valid percent-encoded path.\n`);
          return;
        }
        if (path.startsWith(base) && !/\.[a-z0-9]+$/i.test(path)) {
          const page = join(outDir, decoded.slice(base.length), 'index.html');
          if (page.startsWith(outDir) && existsSync(page)) req.url = `${path.replace(/\/$/, '')}/index.html${query ? `?${query}` : ''}`;
        }
        next();
      });
    },
  };
}
