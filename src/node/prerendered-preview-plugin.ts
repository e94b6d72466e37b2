import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * `vite preview` answers /lo/standards/LCS-01 with the SPA fallback; most static hosts answer it with the
 * prerendered lo/standards/LCS-01/index.html. This makes preview behave like those hosts.
 */
export function prerenderedPreviewPlugin(): Plugin {
  return {
    name: 'lao-standards-prerendered-preview',
    configurePreviewServer(server) {
      const outDir = join(server.config.root, server.config.build.outDir);
      const base = server.config.base;
      server.middlewares.use((req, _res, next) => {
        const [path, query = ''] = (req.url ?? '').split('?');
        if (path.startsWith(base) && !/\.[a-z0-9]+$/i.test(path)) {
          const page = join(outDir, decodeURIComponent(path.slice(base.length)), 'index.html');
          if (existsSync(page)) req.url = `${path.replace(/\/$/, '')}/index.html${query ? `?${query}` : ''}`;
        }
        next();
      });
    },
  };
}
