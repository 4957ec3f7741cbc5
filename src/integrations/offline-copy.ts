/**
 * Writes dist-offline/, a copy of the site that works opened from a disk (file://): every link
 * relative and naming index.html, module scripts replaced by one classic script, and search
 * served by MiniSearch from an index shipped as a classic script. Then zips it into the site as
 * ban-ngoai-tuyen.zip for download. Runs before the base path is applied to dist/.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { relativeUrl, rewriteCssUrls, rewriteRootUrls, withoutBase } from '../lib/urls.ts';
import { buildOfflineIndex, isIndexed } from '../lib/search/offline-index.ts';
import { zip } from '../lib/zip.ts';
import { OFFLINE_CONTENT_SECURITY_POLICY } from '../lib/security.ts';

export const ZIP_NAME = 'ban-ngoai-tuyen.zip';
const SCRIPT = '_offline/offline.js';
const INDEX_SCRIPT = '_offline/search-index.js';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** fn over every item, `limit` at a time (file reads and writes overlap), results in order. */
async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const at = next++;
      results[at] = await fn(items[at]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** A page of the copy: links relative, module scripts out, the classic script in. */
function offlinePage(html: string, file: string, base: string): string {
  const local = (path: string) => relativeUrl(file, withoutBase(base, path));
  const scripts = [file === 'tim-kiem/index.html' ? INDEX_SCRIPT : null, SCRIPT]
    .filter(Boolean)
    .map((script) => `<script src="${local(`/${script}`)}"></script>`)
    .join('');
  return rewriteRootUrls(html, local)
    .replace(/<script type="module"[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="(?:modulepreload|manifest)"[^>]*>/g, '')
    // A page opened from disk gets the policy written for file:// (see security.ts).
    .replace(/(<meta http-equiv="Content-Security-Policy" content=")[^"]*"/, `$1${OFFLINE_CONTENT_SECURITY_POLICY}"`)
    // What only makes sense on the web site (the zip download) is not in the copy.
    .replace(/<p[^>]*data-online-only[^>]*>[\s\S]*?<\/p>/g, '')
    .replace('<html ', `<html data-offline-path="${file}" `)
    .replace('</body>', `${scripts}</body>`);
}

export default function offlineCopy(): AstroIntegration {
  let base = '/';
  return {
    name: 'nq36-offline-copy',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const offlineDir = resolve(outDir, '..', `${outDir.replace(/[/\\]$/, '').split(/[/\\]/).pop()}-offline`);
        await rm(offlineDir, { recursive: true, force: true });
        // Runs before Pagefind writes its index, which could not run from file:// anyway.
        const files = await filesUnder(outDir);
        // Each file of the copy, rewritten where it names other files; kept in memory for the zip,
        // and the pages the offline search indexes kept as text.
        const copyOne = async (file: string): Promise<{ file: string; data: Buffer; html?: string }> => {
          const source = await readFile(join(outDir, file));
          let data = source;
          let html: string | undefined;
          if (file.endsWith('.html')) {
            const page = source.toString('utf8');
            if (isIndexed(page)) html = page;
            data = Buffer.from(offlinePage(page, file, base));
          } else if (file.endsWith('.css')) {
            data = Buffer.from(rewriteCssUrls(source.toString('utf8'), (path) => relativeUrl(file, withoutBase(base, path))));
          }
          const target = join(offlineDir, file);
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, data);
          return { file, data, html };
        };
        const copied = await mapWithConcurrency(files, 16, copyOne);
        const indexed = copied.flatMap(({ file, html }) => (html ? [{ path: `/${file.replace(/index\.html$/, '')}`, html }] : []));
        const index = buildOfflineIndex(indexed);
        const indexScript = `window.NQ36_OFFLINE_INDEX=${JSON.stringify(index).replace(/</g, '\\u003c')};`;
        const script = await build({
          entryPoints: [fileURLToPath(new URL('../scripts/offline-copy.ts', import.meta.url))],
          bundle: true,
          format: 'iife',
          target: 'es2020',
          minify: true,
          write: false,
          logLevel: 'silent',
        });
        const extras = [
          { file: INDEX_SCRIPT, data: Buffer.from(indexScript) },
          { file: SCRIPT, data: Buffer.from(script.outputFiles[0].contents) },
        ];
        await mkdir(join(offlineDir, '_offline'), { recursive: true });
        await Promise.all(extras.map(({ file, data }) => writeFile(join(offlineDir, file), data)));
        const archive = zip([...copied, ...extras].map(({ file, data }) => ({ name: `nq36-ngoai-tuyen/${file}`, data })));
        await writeFile(join(outDir, ZIP_NAME), archive);
        logger.info(`offline copy: ${files.length} files, search index ${Math.round(indexScript.length / 1024)} KB, ${ZIP_NAME} ${Math.round(archive.length / 1024)} KB`);
      },
    },
  };
}
