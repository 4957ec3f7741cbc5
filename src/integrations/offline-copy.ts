/**
 * Writes dist-offline/, a copy of the site that works opened from a disk (file://): every link
 * relative and naming index.html, module scripts replaced by one classic script, and search
 * served by MiniSearch from an index shipped as a classic script. Then zips it into the site as
 * ban-ngoai-tuyen.zip for download. The pages link under the base (routes.ts); the copy has no
 * base, so each link loses it before it is made relative.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { relativeUrl, rewriteCssUrls, rewriteRootUrls, withoutBase } from '../lib/browser/urls.ts';
import { buildOfflineIndex, type OfflineRecords } from '../lib/search/offline-index.ts';
import { zip } from '../lib/formats/zip.ts';
import { OFFLINE_CONTENT_SECURITY_POLICY } from '../lib/formats/security.ts';
import { OFFLINE_COPY_ZIP } from '../lib/model/routes.ts';
import { filesUnder } from './files-under.ts';

const SCRIPT = '_offline/offline.js';
const RECORDS = 'chi-muc-ngoai-tuyen.json';
const INDEX_SCRIPT = '_offline/search-index.js';

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

/** The records with their site paths as the copy knows them: it has no base. */
function withoutBaseIn({ pages, sections }: OfflineRecords, base: string): OfflineRecords {
  const root = (path: string) => withoutBase(base, path);
  return {
    pages: Object.fromEntries(Object.entries(pages).map(([path, page]) => [root(path), page])),
    sections: sections.map((section) => ({ ...section, id: root(section.id), url: root(section.url), page: root(section.page) })),
  };
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
        // The search records the site wrote from its data (see pages/chi-muc-ngoai-tuyen.json.ts)
        // are for the copy only.
        const recordsFile = join(outDir, RECORDS);
        const records = withoutBaseIn(JSON.parse(await readFile(recordsFile, 'utf8')) as OfflineRecords, base);
        await rm(recordsFile);
        // Runs before Pagefind writes its index, which could not run from file:// anyway.
        const files = await filesUnder(outDir);
        // Each file of the copy, rewritten where it names other files; kept in memory for the zip.
        const copyOne = async (file: string): Promise<{ file: string; data: Buffer }> => {
          const source = await readFile(join(outDir, file));
          let data = source;
          if (file.endsWith('.html')) {
            data = Buffer.from(offlinePage(source.toString('utf8'), file, base));
          } else if (file.endsWith('.css')) {
            data = Buffer.from(rewriteCssUrls(source.toString('utf8'), (path) => relativeUrl(file, withoutBase(base, path))));
          }
          const target = join(offlineDir, file);
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, data);
          return { file, data };
        };
        const copied = await mapWithConcurrency(files, 16, copyOne);
        const index = buildOfflineIndex(records);
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
        await writeFile(join(outDir, OFFLINE_COPY_ZIP), archive);
        logger.info(`offline copy: ${files.length} files, search index ${Math.round(indexScript.length / 1024)} KB, ${OFFLINE_COPY_ZIP} ${Math.round(archive.length / 1024)} KB`);
      },
    },
  };
}
