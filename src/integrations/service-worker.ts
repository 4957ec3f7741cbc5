/**
 * Writes the service worker once everything else is written: our own worker
 * (src/service-worker/sw.ts, bundled with the Workbox modules it uses), with Workbox's list of
 * the shell to precache injected. The shell is what every visit needs, the same whatever the
 * library holds; a build whose shell passes the budget fails, naming the largest files, so that
 * a growing library never turns a first visit into a download of the country.
 */
import type { AstroIntegration } from 'astro';
import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { getManifest, injectManifest } from 'workbox-build';
import { OFFLINE_FALLBACK_PAGE } from '../lib/browser/offline-saves.ts';
import { OFFLINE_FOLDER } from '../lib/model/routes.ts';

/** The most a first visit's service worker may download, whatever the library holds. */
const PRECACHE_BUDGET_BYTES = 3 * 1024 * 1024;

/**
 * The shell: styles, scripts and the fonts the styles name (woff2: every browser with a service
 * worker reads it), icons, the pages a reader needs first and the offline pages, and Pagefind's
 * own code — not its index, which is fetched (and kept) a chunk at a time as people search.
 */
const SHELL = [
  '_astro/**/*.{css,js,woff2}',
  'index.html',
  'tim-kiem/index.html',
  'he-thong/index.html',
  `${OFFLINE_FOLDER}/index.html`,
  OFFLINE_FALLBACK_PAGE,
  '404.html',
  'favicon.svg',
  'icon-*.png',
  'manifest.webmanifest',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/*.pf_meta',
  'pagefind/wasm.*.pagefind',
];

export default function serviceWorker(): AstroIntegration {
  return {
    name: 'nq36-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const source = join(outDir, 'sw.source.js');
        await build({
          entryPoints: [fileURLToPath(new URL('../service-worker/sw.ts', import.meta.url))],
          bundle: true,
          format: 'iife',
          target: 'es2020',
          minify: true,
          outfile: source,
          define: { 'process.env.NODE_ENV': '"production"' },
          logLevel: 'silent',
        });
        try {
          const shell = { globDirectory: outDir, globPatterns: SHELL, maximumFileSizeToCacheInBytes: PRECACHE_BUDGET_BYTES };
          const { size, manifestEntries } = await getManifest(shell);
          if (size > PRECACHE_BUDGET_BYTES) {
            const sized = await Promise.all(manifestEntries.map(async ({ url }) => ({ url, bytes: (await stat(join(outDir, url))).size })));
            const largest = sized.sort((a, b) => b.bytes - a.bytes).slice(0, 5).map(({ url, bytes }) => `${url} (${Math.round(bytes / 1024)} KB)`);
            throw new Error(
              `the service worker would precache ${Math.round(size / 1024)} KB, more than its budget of ${PRECACHE_BUDGET_BYTES / 1024} KB; the largest files: ${largest.join(', ')}`,
            );
          }
          const { count, warnings } = await injectManifest({ ...shell, swSrc: source, swDest: join(outDir, 'sw.js') });
          if (warnings.length > 0) logger.warn(warnings.join('\n'));
          logger.info(`service worker precaches ${count} files, ${Math.round(size / 1024)} KB (budget ${PRECACHE_BUDGET_BYTES / 1024} KB)`);
        } finally {
          await rm(source, { force: true });
        }
      },
    },
  };
}
