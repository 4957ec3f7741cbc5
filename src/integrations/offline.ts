/**
 * Everything a reader takes away from the site, made once the pages are written:
 *
 * - a portable copy per province (ban-ngoai-tuyen/<province>.zip, unzipped beside the site in
 *   <dist>-offline/<province>/ for inspection and tests), and the whole country's only when the
 *   build is asked for it (NQ36_WHOLE_COPY=1); each opens from a disk (see offline-copy.ts);
 * - each province's search index as a classic script, shared by its copy and by "save a
 *   province" on the site;
 * - for every set a reader can save (offline-sets.ts), the list of its files with their sizes,
 *   which the save button reads to say how much it will download before it starts.
 *
 * The sets and the search records come from the library through /chi-muc-ngoai-tuyen.json,
 * written by the build and removed here. Runs before Pagefind: the copies cannot use its index.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withoutBase } from '../lib/browser/urls.ts';
import type { OfflineRecords } from '../lib/search/offline-index.ts';
import { WHOLE_COUNTRY_COPY, wholeCountryCopyWanted, type OfflineSet } from '../lib/model/offline-sets.ts';
import { formatBytes, type SetList } from '../lib/browser/offline-saves.ts';
import { OFFLINE_FOLDER, routesFor } from '../lib/model/routes.ts';
import { filesUnder } from './files-under.ts';
import { fileOfPath, indexScript, portableCopies } from './offline-copy.ts';

const BUILD_DATA = 'chi-muc-ngoai-tuyen.json';

/** The records of the pages in `pages` (site paths), for one set's search index. */
function recordsOf({ pages, sections }: OfflineRecords, inSet: Set<string>): OfflineRecords {
  return {
    pages: Object.fromEntries(Object.entries(pages).filter(([page]) => inSet.has(page))),
    sections: sections.filter((section) => inSet.has(section.page)),
  };
}

export default function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'nq36-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const routes = routesFor(base);
        const dataFile = join(outDir, BUILD_DATA);
        const { records, sets } = JSON.parse(await readFile(dataFile, 'utf8')) as { records: OfflineRecords; sets: OfflineSet[] };
        await rm(dataFile);
        const files = await filesUnder(outDir);
        const fileOf = (path: string) => fileOfPath(withoutBase(base, path));

        // Each province's search index, as the site serves it (paths under the base).
        const provinces = sets.filter((set) => set.kind === 'province');
        const recordsOfProvince = new Map(provinces.map((province) => [province.id, recordsOf(records, new Set(province.pages))]));
        await mkdir(join(outDir, OFFLINE_FOLDER, 'chi-muc'), { recursive: true });
        for (const province of provinces) {
          const script = indexScript(recordsOfProvince.get(province.id)!);
          await writeFile(join(outDir, fileOf(routes.offlineIndex(province.id))), script);
        }

        const copies = await portableCopies(outDir, files, base, resolve(outDir, '..', `${outDir.replace(/[/\\]$/, '').split(/[/\\]/).pop()}-offline`));
        const zipBytes = new Map<string, number>();
        for (const province of provinces) {
          zipBytes.set(routes.offlineCopy(province.id), (await copies.write(province.id, province.pages, recordsOfProvince.get(province.id)!)).zipBytes);
        }
        if (wholeCountryCopyWanted()) {
          const pages = files.filter((file) => file.endsWith('.html')).map((file) => routes.pathWithBase(`/${file.replace(/index\.html$/, '')}`));
          zipBytes.set(routes.offlineCopy(WHOLE_COUNTRY_COPY), (await copies.write(WHOLE_COUNTRY_COPY, pages, records)).zipBytes);
        }
        logger.info(`portable copies: ${[...zipBytes].map(([zip, bytes]) => `${zip} ${formatBytes(bytes)}`).join(', ')}`);
        // The download page was written before the zips: it gets their sizes now.
        const downloads = join(outDir, fileOf(routes.offline()));
        const withSizes = (await readFile(downloads, 'utf8')).replace(/(<span data-file-size="([^"]+)"[^>]*>)(<\/span>)/g, (_, open: string, zip: string, close: string) => {
          const bytes = zipBytes.get(zip);
          if (bytes === undefined) throw new Error(`the offline page lists ${zip}, which the build did not make`);
          return `${open}${formatBytes(bytes)}${close}`;
        });
        await writeFile(downloads, withSizes);

        // What each save fetches, with sizes; written last so that the indexes above are counted.
        const built = new Set([...files, ...provinces.map((province) => fileOf(routes.offlineIndex(province.id)))]);
        // Each file is hashed once, however many sets hold it.
        const fileHashes = new Map<string, Promise<string>>();
        const hashOf = (file: string) => {
          if (!fileHashes.has(file)) fileHashes.set(file, readFile(join(outDir, file)).then((data) => createHash('sha256').update(data).digest('hex')));
          return fileHashes.get(file)!;
        };
        await mkdir(join(outDir, OFFLINE_FOLDER, 'luu'), { recursive: true });
        for (const set of sets) {
          const urls = [...set.pages, ...(set.searchIndex ? [routes.offlineIndex(set.searchIndex)] : [])];
          const missing = urls.filter((url) => !built.has(fileOf(url)));
          if (missing.length > 0) throw new Error(`saving ${set.kind} "${set.id}" would fetch pages the build did not write: ${missing.join(', ')}`);
          const listed = await Promise.all(urls.map(async (url) => ({ url, bytes: (await stat(join(outDir, fileOf(url)))).size })));
          const version = createHash('sha256')
            .update((await Promise.all(urls.map((url) => hashOf(fileOf(url))))).join(' '))
            .digest('hex')
            .slice(0, 16);
          const list: SetList = { kind: set.kind, id: set.id, title: set.title, home: set.home, version, searchIndex: set.searchIndex ? routes.offlineIndex(set.searchIndex) : null, files: listed };
          await writeFile(join(outDir, fileOf(routes.offlineSet(set.kind, set.id))), JSON.stringify(list));
        }
        logger.info(`offline saves: ${sets.length} sets listed`);
      },
    },
  };
}
