/**
 * Portable copies of parts of the site that work opened from a disk (file://): every link
 * relative and naming index.html, module scripts replaced by one classic script, and search
 * served by MiniSearch from records shipped as a classic script. A link to a page the copy does
 * not hold stays as text, marked, rather than leading nowhere. The pages link by root paths under
 * the base (routes.ts); a copy has no base, so each link loses it before it is made relative.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { relativeUrl, rewriteCssUrls, rewriteRootUrls, withoutBase } from '../lib/browser/urls.ts';
import type { OfflineRecords } from '../lib/search/offline-index.ts';
import { zip } from '../lib/formats/zip.ts';
import { OFFLINE_CONTENT_SECURITY_POLICY } from '../lib/formats/security.ts';
import { DOWNLOADS_FOLDER, OFFLINE_FOLDER } from '../lib/model/routes.ts';
import { t } from '../i18n/t.ts';

const SCRIPT = '_offline/offline.js';
const INDEX_SCRIPT = '_offline/search-index.js';
/** Pages every copy holds, whatever its part of the library: the way in and the search. */
const SHELL_PAGES = ['index.html', 'tim-kiem/index.html', '404.html'];
/**
 * Files of the site that are not for a copy: what the copies themselves are made into, open data
 * of the whole library, every plan's downloads, the worker, and fonts as .woff (every browser that
 * opens the copy reads the .woff2 the styles name first).
 */
const NOT_IN_COPIES = [new RegExp(`^${OFFLINE_FOLDER}/`), new RegExp(`^${DOWNLOADS_FOLDER}/`), /^data\//, /\.ics$/, /^sw\.js$/, /^pagefind\//, /\.woff$/];
const NOT_IN_COPY = '#nq36-not-in-copy';

/** The file a site path names, without the base: "/van-ban/x/#iii" → "van-ban/x/index.html". */
export function fileOfPath(path: string): string {
  const pathname = path.replace(/[?#].*$/, '');
  return (pathname.endsWith('/') ? `${pathname}index.html` : pathname).replace(/^\//, '');
}

/**
 * A search index as a classic script, which a page opened from a disk can load (it cannot fetch):
 * each one adds its records to a list, so that the indexes of several saved provinces add up.
 */
export function indexScript(records: OfflineRecords): string {
  return `(self.NQ36_OFFLINE_INDEXES=self.NQ36_OFFLINE_INDEXES||[]).push(${JSON.stringify(records).replace(/</g, '\\u003c')});`;
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

/** A page of a copy: links relative (or marked when the copy lacks their page), module scripts out, the classic script in. */
function offlinePage(html: string, file: string, base: string, inCopy: ReadonlySet<string>): string {
  const local = (path: string) => {
    const root = withoutBase(base, path);
    return inCopy.has(fileOfPath(root)) ? relativeUrl(file, root) : NOT_IN_COPY;
  };
  const scripts = [file === 'tim-kiem/index.html' ? INDEX_SCRIPT : null, SCRIPT]
    .filter(Boolean)
    .map((script) => `<script src="${relativeUrl(file, `/${script}`)}"></script>`)
    .join('');
  return rewriteRootUrls(html, local)
    .replaceAll(` href="${NOT_IN_COPY}"`, ` data-not-in-copy title="${t('offline.notInCopy')}"`)
    .replace(/<script type="module"[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="(?:modulepreload|manifest)"[^>]*>/g, '')
    // A page opened from disk gets the policy written for file:// (see security.ts).
    .replace(/(<meta http-equiv="Content-Security-Policy" content=")[^"]*"/, `$1${OFFLINE_CONTENT_SECURITY_POLICY}"`)
    // What only makes sense on the web site (saving, downloads) is not in the copy.
    .replace(/<(p|div|section)[^>]*data-online-only[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace('<html ', `<html data-offline-path="${file}" `)
    .replace('</body>', `${scripts}</body>`);
}

/** The records with their site paths as a copy knows them: it has no base. */
function withoutBaseIn({ pages, sections }: OfflineRecords, base: string): OfflineRecords {
  const root = (path: string) => withoutBase(base, path);
  return {
    pages: Object.fromEntries(Object.entries(pages).map(([path, page]) => [root(path), page])),
    sections: sections.map((section) => ({ ...section, id: root(section.id), url: root(section.url), page: root(section.page) })),
  };
}

export interface PortableCopies {
  /**
   * Writes the copy `name` of `pages` (site paths under the base) with the search `records`:
   * ban-ngoai-tuyen/<name>.zip in the site, and the same files unzipped in <unzippedDir>/<name>/.
   */
  write(name: string, pages: string[], records: OfflineRecords): Promise<{ zipBytes: number }>;
}

/** Copies of the built site in `outDir`: the files every copy shares (styles, scripts, fonts, icons, the copy's script) are read once. */
export async function portableCopies(outDir: string, files: string[], base: string, unzippedDir: string): Promise<PortableCopies> {
  await rm(unzippedDir, { recursive: true, force: true });
  const built = new Set(files);
  const assetFiles = files.filter((file) => !file.endsWith('.html') && !NOT_IN_COPIES.some((pattern) => pattern.test(file)));
  const assets = await mapWithConcurrency(assetFiles, 16, async (file) => {
    const data = await readFile(join(outDir, file));
    if (!file.endsWith('.css')) return { file, data };
    return { file, data: Buffer.from(rewriteCssUrls(data.toString('utf8'), (path) => relativeUrl(file, withoutBase(base, path)))) };
  });
  const script = await build({
    entryPoints: [fileURLToPath(new URL('../scripts/offline-copy.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  assets.push({ file: SCRIPT, data: Buffer.from(script.outputFiles[0].contents) });

  return {
    async write(name, pages, records) {
      const pageFiles = [...new Set([...SHELL_PAGES, ...pages.map((page) => fileOfPath(withoutBase(base, page)))])];
      const missing = pageFiles.filter((file) => !built.has(file));
      if (missing.length > 0) throw new Error(`the portable copy "${name}" holds pages the build did not write: ${missing.join(', ')}`);
      const inCopy = new Set([...pageFiles, ...assets.map((asset) => asset.file)]);
      const rewritten = await mapWithConcurrency(pageFiles, 16, async (file) => ({
        file,
        data: Buffer.from(offlinePage(await readFile(join(outDir, file), 'utf8'), file, base, inCopy)),
      }));
      const index = { file: INDEX_SCRIPT, data: Buffer.from(indexScript(withoutBaseIn(records, base))) };
      const copy = [...assets, ...rewritten, index];
      const folder = join(unzippedDir, name);
      await mapWithConcurrency(copy, 16, async ({ file, data }) => {
        await mkdir(dirname(join(folder, file)), { recursive: true });
        await writeFile(join(folder, file), data);
      });
      const archive = zip(copy.map(({ file, data }) => ({ name: `nq36-${name}/${file}`, data })));
      await writeFile(join(outDir, OFFLINE_FOLDER, `${name}.zip`), archive);
      return { zipBytes: archive.length };
    },
  };
}
