/**
 * The benchmark: `npm run bench -- --plans N [--emit DIR] [--keep]` or `npm run bench -- --real`.
 * Puts a library in a scratch folder — N synthetic plans spread over the provinces and communes
 * (see bench-corpus.ts), or with `--real` the bundled content/ as it is —, builds the site on it,
 * and reports build time and peak memory, sizes, and what a reader's browser fetches for search and
 * for each page type. `--emit DIR` also writes the whole content folder to DIR, which the site
 * builds on its own (NQ36_CONTENT_DIR=DIR).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeCorpus } from './bench-corpus.ts';
import { scratchProject } from './scratch-build.ts';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const real = args.includes('--real');
if (real && option('plans')) throw new Error('--real benches the bundled plans as they are; leave out --plans');
const syntheticPlans = Number(option('plans') ?? 100);
const emit = option('emit');

// A project folder of its own, so that a benchmark never shares Astro's scratch state with a build beside it.
const project = scratchProject(real ? 'bench-real' : `bench-${syntheticPlans}`);
const dist = project.dist;
if (real) cpSync(join(root, 'content'), project.content, { recursive: true });
else writeCorpus(join(root, 'content'), project.content, syntheticPlans);
const plans = readdirSync(join(project.content, 'plans')).filter((file) => file.endsWith('.mdx')).length;
if (emit) cpSync(project.content, resolve(emit), { recursive: true });
const stats = join(project.dir, 'stats.json');

const started = Date.now();
const build = await project.build({ NQ36_BUILD_STATS: stats });
const buildSeconds = (Date.now() - started) / 1000;
writeFileSync(join(project.dir, 'build.log'), build.output);
if (build.status !== 0) {
  console.error(build.output.slice(-8000));
  throw new Error(`the build failed on ${plans} plans`);
}
const peakRssBytes = JSON.parse(readFileSync(stats, 'utf8')).peakRssBytes as number;

const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => statSync(join(dist, file)).isFile());
const size = (filter: (file: string) => boolean) => files.filter(filter).reduce((sum, file) => sum + statSync(join(dist, file)).size, 0);
const meanHtml = (pattern: RegExp) => {
  const pages = files.filter((file) => pattern.test(file));
  return pages.length === 0 ? 0 : Math.round(pages.reduce((sum, file) => sum + statSync(join(dist, file)).size, 0) / pages.length);
};

/** What one page of a type ships, gzipped: its HTML, and the scripts and styles it loads. */
function shipped(page: string) {
  const html = readFileSync(join(dist, page), 'utf8');
  const assets = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="stylesheet"[^>]*href)="([^"]+)"/g)].map((match) => match[1]);
  const gz = (file: string) => gzipSync(readFileSync(join(dist, file))).length;
  const js = assets.filter((asset) => asset.endsWith('.js')).reduce((sum, asset) => sum + gz(asset.replace(/^\//, '')), 0);
  const css = assets.filter((asset) => asset.endsWith('.css')).reduce((sum, asset) => sum + gz(asset.replace(/^\//, '')), 0);
  return { htmlGzip: gzipSync(html).length, jsGzip: js, cssGzip: css };
}
const firstOf = (pattern: RegExp) => files.find((file) => pattern.test(file))!;

const measure = spawnSync(process.execPath, [join(root, 'scripts/measure-search.ts'), '--runs', '3', 'dau tu', 'cong nghe sinh hoc', 'so y te', 'phat trien ung dung'], {
  cwd: root,
  encoding: 'utf8',
  // A port of its own, so that two benchmarks never measure each other's site.
  env: { ...process.env, NQ36_DIST: dist, NQ36_MEASURE_PORT: String(4350 + (process.pid % 1000)) },
});
if (measure.status !== 0) throw new Error(`the search measurement failed:\n${measure.stderr.slice(-3000)}`);
const search = JSON.parse(measure.stdout.trim().split('\n').at(-1)!);

const firstVisitRun = spawnSync(process.execPath, [join(root, 'scripts/measure-first-visit.ts')], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, NQ36_DIST: dist, NQ36_MEASURE_PORT: String(5350 + (process.pid % 1000)) },
});
if (firstVisitRun.status !== 0) throw new Error(`the first-visit measurement failed:\n${firstVisitRun.stderr.slice(-3000)}`);
const firstVisit = JSON.parse(firstVisitRun.stdout.trim().split('\n').at(-1)!);

const bytesOf = (file: string) => statSync(join(dist, file)).size;
/** Smallest, median and largest of some sizes, in bytes. */
const spread = (sizes: number[]) => {
  const sorted = [...sizes].sort((a, b) => a - b);
  return sorted.length === 0 ? null : { count: sorted.length, min: sorted[0], median: sorted[Math.floor(sorted.length / 2)], max: sorted.at(-1)! };
};
const htmlBySize = files.filter((file) => file.endsWith('.html')).map((file) => ({ file, bytes: bytesOf(file) })).sort((a, b) => b.bytes - a.bytes);
const provinceSaves = files
  .filter((file) => /^ban-ngoai-tuyen\/luu\/province-.*\.json$/.test(file))
  .map((file) => (JSON.parse(readFileSync(join(dist, file), 'utf8')) as { files: { bytes: number }[] }).files.reduce((sum, one) => sum + one.bytes, 0));
const PAGE_BUDGET_BYTES = 300 * 1024;
const provinceIndexes = files.filter((file) => /^ban-ngoai-tuyen\/chi-muc\/.*\.js$/.test(file));

const report = {
  corpus: real ? 'real' : 'synthetic',
  plans,
  pages: files.filter((file) => file.endsWith('.html')).length,
  buildSeconds,
  buildSecondsPerPlan: Number((buildSeconds / plans).toFixed(3)),
  peakRssMB: Math.round(peakRssBytes / 1024 / 1024),
  distMB: Number((size(() => true) / 1024 / 1024).toFixed(1)),
  meanHtmlBytes: {
    plan: meanHtml(/^van-ban\/[^/]+\/index\.html$/),
    field: meanHtml(/^linh-vuc\/(?!trang-)[^/]+\/index\.html$/),
    agency: meanHtml(/^co-quan\/(?!trang-)[^/]+\/index\.html$/),
  },
  // Pages that list the whole library or a whole level of it, first page (each is paginated or capped).
  listHtmlBytes: Object.fromEntries(
    Object.entries({
      home: 'index.html',
      planList: 'danh-sach/index.html',
      hierarchy: 'he-thong/index.html',
      targets: 'chi-tieu/index.html',
      deadlines: 'thoi-han/index.html',
      fieldsAndMatrix: 'linh-vuc/index.html',
      agencyDirectory: 'co-quan/index.html',
      agencyKind: 'loai-co-quan/so-y-te/index.html',
      // 36-NQ/TW: what carries it out, then every plan citing it.
      resolution: 'van-ban-dan-chieu/36-nq-tw/index.html',
    }).map(([name, file]) => [name, files.includes(file) ? statSync(join(dist, file)).size : null]),
  ),
  searchIndexMB: Number((size((file) => file.startsWith('pagefind/')) / 1024 / 1024).toFixed(1)),
  // What a reader carries: a first visit, the largest page, a province saved or taken away.
  firstVisit,
  largestPages: htmlBySize.slice(0, 5),
  pagesOverBudget: htmlBySize.filter(({ bytes }) => bytes > PAGE_BUDGET_BYTES).length,
  largestProvincePage: htmlBySize.find(({ file }) => /^he-thong\/[^/]+\/index\.html$/.test(file)) ?? null,
  provinceCopyZipBytes: spread(files.filter((file) => /^ban-ngoai-tuyen\/[^/]+\.zip$/.test(file)).map(bytesOf)),
  provinceIndexBytes: spread(provinceIndexes.map(bytesOf)),
  provinceIndexGzipBytes: spread(provinceIndexes.map((file) => gzipSync(readFileSync(join(dist, file))).length)),
  provinceSaveBytes: spread(provinceSaves),
  search,
  shippedGzip: {
    plan: shipped(firstOf(/^van-ban\/[^/]+\/index\.html$/)),
    field: shipped('linh-vuc/health/index.html'),
    agency: shipped(firstOf(/^co-quan\/[^/]+\/index\.html$/)),
    search: shipped('tim-kiem/index.html'),
    home: shipped('index.html'),
  },
};

console.log(`| plans | pages | build s | s/plan | peak MB | dist MB | plan HTML | field HTML | agency HTML | index MB |`);
console.log(`|---|---|---|---|---|---|---|---|---|---|`);
console.log(`| ${report.plans} | ${report.pages} | ${report.buildSeconds} | ${report.buildSecondsPerPlan} | ${report.peakRssMB} | ${report.distMB} | ${report.meanHtmlBytes.plan} | ${report.meanHtmlBytes.field} | ${report.meanHtmlBytes.agency} | ${report.searchIndexMB} |`);
console.log(`| plans | first visit: page + worker install | precache | largest page | pages > 300 KB | province zip (median / max) | province index (median / max) |`);
console.log(`|---|---|---|---|---|---|---|`);
const kb = (bytes: number | undefined) => (bytes === undefined ? '—' : `${Math.round(bytes / 1024).toLocaleString('en')} KB`);
console.log(
  `| ${report.plans} | ${kb(firstVisit.pageBytes)} + ${kb(firstVisit.precacheBytes)} | ${firstVisit.precacheFiles} files | ${report.largestPages[0]?.file} ${kb(report.largestPages[0]?.bytes)} | ${report.pagesOverBudget} | ${kb(report.provinceCopyZipBytes?.median)} / ${kb(report.provinceCopyZipBytes?.max)} | ${kb(report.provinceIndexBytes?.median)} / ${kb(report.provinceIndexBytes?.max)} |`,
);
console.log(JSON.stringify(report));
if (!args.includes('--keep')) project.remove();
else console.log(`kept: ${project.dir}`);

