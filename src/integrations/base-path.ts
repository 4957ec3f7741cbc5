/**
 * Serves the site under a sub-path of its host (NQ36_BASE=/nq36/, Astro's `base`). Astro puts
 * its own assets there; the pages write their links as root paths, and this step moves every
 * one of them under the base once the pages are built. Runs after the offline copy is made.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rewriteRootUrls, withBase } from '../lib/urls.ts';

export default function basePath(): AstroIntegration {
  let base = '/';
  return {
    name: 'nq36-base-path',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (base === '/') return;
        const outDir = fileURLToPath(dir);
        const entries = await readdir(outDir, { withFileTypes: true, recursive: true });
        let pages = 0;
        for (const entry of entries) {
          if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
          const file = join(entry.parentPath, entry.name);
          await writeFile(file, rewriteRootUrls(await readFile(file, 'utf8'), (path) => withBase(base, path)));
          pages += 1;
        }
        logger.info(`links of ${pages} pages moved under ${base}`);
      },
    },
  };
}
