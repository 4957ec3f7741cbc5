/**
 * Measures search as a reader meets it: bytes fetched and milliseconds for a cold query (fresh
 * browser, nothing cached) and a warm one (the next query on the same page), on the built site.
 * Beside each cold query it times the same page with its service worker blocked (a first visit
 * starts the worker's precaching alongside the search), and a bare Pagefind search of the same
 * words on the same site, as Pagefind's own interface runs it (the search, then five results'
 * text): what the page adds on top of Pagefind is the ratio of the two.
 * `npm run build && node scripts/measure-search.ts [--runs N] ["query" …]`: with N runs, every
 * figure is the median of N fresh browsers. Prints a table and, last, one line of JSON.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './browser.ts';
import { indexQuery, parseQuery } from '../src/lib/search/query.ts';

const port = Number(process.env.NQ36_MEASURE_PORT ?? 4330);
const dist = process.env.NQ36_DIST ?? resolve(import.meta.dirname, '../dist');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 1;
const queries = args.length > 0 ? args : ['dau tu', 'cong nghe sinh hoc', 'vac xin', '36-NQ/TW', 'So Y te'];
const origin = `http://127.0.0.1:${port}`;
/** An empty page of the site's origin, for the bare Pagefind search: nothing of ours loads on it. */
const BLANK_PAGE = `${origin}/measure-blank.html`;
/** How many results' text Pagefind's default interface fetches for its first page of results. */
const BARE_FRAGMENTS = 5;

const server = spawn(process.execPath, [resolve(import.meta.dirname, 'serve-dist.ts'), String(port), dist], { stdio: 'ignore' });
await new Promise((done) => setTimeout(done, 500));

/**
 * In the page: sends the query and resolves when the results are shown, with the milliseconds to
 * the results and to the filters beside them (so that drawing the filters later would show).
 */
async function submit(value: string): Promise<{ ms: number; filtersMs: number }> {
  const input = document.querySelector<HTMLInputElement>('#search-query')!;
  const status = document.querySelector('[data-status]')!;
  const filters = document.querySelector('[data-facets-root]')!;
  status.textContent = '';
  filters.replaceChildren();
  input.value = value;
  const start = performance.now();
  const when = (target: Node, ready: () => boolean) =>
    new Promise<number>((resolveWhen) => {
      new MutationObserver((_, observer) => {
        if (!ready()) return;
        observer.disconnect();
        resolveWhen(performance.now() - start);
      }).observe(target, { childList: true, characterData: true, subtree: true });
    });
  const shown = when(status, () => /Tìm thấy|Không tìm thấy/.test(status.textContent ?? ''));
  const filtered = when(filters, () => filters.childElementCount > 0);
  input.form!.requestSubmit();
  return { ms: await shown, filtersMs: await filtered };
}

interface BareOutcome {
  ms: number;
  results: number;
}

/** In a blank page: Pagefind loaded, asked, and its first results' text fetched, as its own interface does. */
async function bareSearch({ script, query, fragments }: { script: string; query: string; fragments: number }): Promise<BareOutcome> {
  interface BarePagefind {
    init?: () => Promise<void>;
    search: (query: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
  }
  const start = performance.now();
  const pagefind = (await import(script)) as BarePagefind;
  await pagefind.init?.();
  const response = await pagefind.search(query);
  await Promise.all(response.results.slice(0, fragments).map((result) => result.data()));
  return { ms: performance.now() - start, results: response.results.length };
}

/** Adds up the bytes of every Pagefind file the context fetches; `reset` starts a new count. */
function countPagefindBytes(context: BrowserContext) {
  let bytes = 0;
  context.on('requestfinished', async (request) => {
    if (request.url().includes('/pagefind/')) bytes += (await request.sizes()).responseBodySize;
  });
  return {
    read: () => bytes,
    reset: () => {
      bytes = 0;
    },
  };
}

interface Run {
  coldBytes: number;
  coldMs: number;
  filtersMs: number;
  coldNoServiceWorkerMs: number;
  afterTypingMs: number;
  repeatMs: number;
  warmBytes: number;
  warmMs: number;
  results: number;
  bareBytes: number;
  bareMs: number;
  bareResults: number;
}

const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_FLAGS });

/** The search page, cold, then the same query again and another one on the same page. */
async function measurePage(query: string, warmQuery: string): Promise<Pick<Run, 'coldBytes' | 'coldMs' | 'filtersMs' | 'repeatMs' | 'warmBytes' | 'warmMs' | 'results'>> {
  const context = await browser.newContext();
  try {
    const bytes = countPagefindBytes(context);
    const page = await context.newPage();
    await page.goto(`${origin}/tim-kiem/`);
    // The cold query counts every byte of search since the page opened (the page starts loading the index at once).
    const run = async (text: string, { countFromOpening = false } = {}) => {
      if (!countFromOpening) bytes.reset();
      const timing = await page.evaluate(submit, text);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(200);
      return { ...timing, bytes: bytes.read(), results: await page.locator('.result').count() };
    };
    const cold = await run(query, { countFromOpening: true });
    // Asked again (back to an earlier query, a filter ticked and unticked): answered from memory.
    const repeat = await run(query);
    const warm = await run(warmQuery);
    return { coldBytes: cold.bytes, coldMs: cold.ms, filtersMs: cold.filtersMs, repeatMs: repeat.ms, warmBytes: warm.bytes, warmMs: warm.ms, results: cold.results };
  } finally {
    await context.close();
  }
}

/**
 * The query sent to a freshly opened search page after `waitMs` (a reader takes a moment to
 * type, and the page loads the index meanwhile), optionally with no service worker.
 */
async function measureFreshPage(query: string, { waitMs = 0, serviceWorkers = 'allow' as 'allow' | 'block' } = {}): Promise<number> {
  const context = await browser.newContext({ serviceWorkers });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/tim-kiem/`);
    await page.waitForTimeout(waitMs);
    return (await page.evaluate(submit, query)).ms;
  } finally {
    await context.close();
  }
}

/** Pagefind alone, cold, on the same site: the query sent as the page would send it (folded, its number in order). */
async function measureBare(query: string): Promise<{ bareBytes: number; bareMs: number; bareResults: number }> {
  const context = await browser.newContext();
  try {
    await context.route(BLANK_PAGE, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><html lang="vi"><title>Pagefind</title></html>' }));
    const bytes = countPagefindBytes(context);
    const page = await context.newPage();
    await page.goto(BLANK_PAGE);
    const bare = await page.evaluate(bareSearch, { script: `${origin}/pagefind/pagefind.js`, query: indexQuery(parseQuery(query)), fragments: BARE_FRAGMENTS });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(200);
    return { bareBytes: bytes.read(), bareMs: bare.ms, bareResults: bare.results };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const rows: (Run & { query: string; warmQuery: string; ratio: number; ratioNoServiceWorker: number; runs: number })[] = [];
try {
  // A new browser's first page is slower than any after it: it is opened once, untimed.
  await measureFreshPage(queries[0]);
  for (const [index, query] of queries.entries()) {
    const warmQuery = queries[(index + 1) % queries.length];
    const measured: Run[] = [];
    // Page and bare search alternate, so that whatever else the machine does weighs on both alike.
    for (let round = 0; round < runs; round += 1) {
      const page = await measurePage(query, warmQuery);
      const bare = await measureBare(query);
      const coldNoServiceWorkerMs = await measureFreshPage(query, { serviceWorkers: 'block' });
      measured.push({ ...page, ...bare, coldNoServiceWorkerMs, afterTypingMs: await measureFreshPage(query, { waitMs: 1500 }) });
    }
    const row = Object.fromEntries(Object.keys(measured[0]).map((key) => [key, Math.round(median(measured.map((run) => run[key as keyof Run])))])) as unknown as Run;
    const ratio = Number((row.coldMs / row.bareMs).toFixed(2));
    const ratioNoServiceWorker = Number((row.coldNoServiceWorkerMs / row.bareMs).toFixed(2));
    console.error(
      `${query}: cold ${row.coldMs} ms (no service worker ${row.coldNoServiceWorkerMs} ms; bare Pagefind ${row.bareMs} ms, ×${ratio}, ×${ratioNoServiceWorker}), again ${row.repeatMs} ms, then "${warmQuery}" ${row.warmMs} ms`,
    );
    rows.push({ query, ...row, warmQuery, ratio, ratioNoServiceWorker, runs });
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(
  '| query | results shown | cold: bytes | cold: ms | filters shown: ms | cold, no service worker: ms | bare Pagefind: bytes | bare Pagefind: ms | cold ÷ bare | no service worker ÷ bare | cold, sent 1.5 s after opening: ms | same query again: ms | then another query | its bytes | its ms |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const row of rows) {
  console.log(
    `| ${row.query} | ${row.results} | ${row.coldBytes} | ${row.coldMs} | ${row.filtersMs} | ${row.coldNoServiceWorkerMs} | ${row.bareBytes} | ${row.bareMs} | ${row.ratio} | ${row.ratioNoServiceWorker} | ${row.afterTypingMs} | ${row.repeatMs} | ${row.warmQuery} | ${row.warmBytes} | ${row.warmMs} |`,
  );
}
console.log(JSON.stringify(rows));
