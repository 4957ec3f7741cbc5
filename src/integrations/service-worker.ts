/**
 * Generates the service worker with Workbox once everything else is written: every page, the
 * search index, fonts and assets are precached, so after one visit the site works with no
 * network. A new build waits until the reader accepts it ("Có bản cập nhật — tải lại"), so old
 * and new files never mix on one page.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { OFFLINE_COPY_ZIP } from '../lib/model/routes.ts';

export default function serviceWorker(): AstroIntegration {
  return {
    name: 'nq36-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: outDir,
          globPatterns: ['**/*.{html,css,js,woff2,svg,png,json,ics,csv,webmanifest}', 'pagefind/**/*'],
          // The zip is for taking away, not for every visitor's phone.
          globIgnores: [OFFLINE_COPY_ZIP, 'sw.js', 'workbox-*.js'],
          swDest: join(outDir, 'sw.js'),
          mode: 'production',
          sourcemap: false,
          inlineWorkboxRuntime: true,
          skipWaiting: false,
          clientsClaim: false,
          cleanupOutdatedCaches: true,
          directoryIndex: 'index.html',
          // "?tu-khoa=…" (search highlights) and "?q=…" still open the precached page.
          ignoreURLParametersMatching: [/.*/],
          maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        });
        if (warnings.length > 0) logger.warn(warnings.join('\n'));
        logger.info(`service worker precaches ${count} files, ${Math.round(size / 1024)} KB`);
      },
    },
  };
}
