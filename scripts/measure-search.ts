/**
 * Measures search as a reader meets it: bytes fetched and milliseconds for a cold query (fresh
 * browser, nothing cached) and a warm one (the next query on the same page), on the built site.
 * `npm run build && node scripts/measure-search.ts ["query" …]`. Prints a table and JSON.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './browser.ts';

const port = Number(process.env.NQ36_MEASURE_PORT ?? 4330);
const dist = process.env.NQ36_DIST ?? resolve(import.meta.dirname, '../dist');
const queries = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['dau tu', 'cong nghe sinh hoc', 'vac xin', '36-NQ/TW', 'So Y te'];
const server = spawn(process.execPath, [resolve(import.meta.dirname, 'serve-dist.ts'), String(port), dist], { stdio: 'ignore' });
await new Promise((done) => setTimeout(done, 500));

/** In the page: sends the query and resolves, in milliseconds, when the results are shown. */
async function submit(value: string): Promise<number> {
  const input = document.querySelector<HTMLInputElement>('#search-query')!;
  const status = document.querySelector('[data-status]')!;
  status.textContent = '';
  input.value = value;
  const start = performance.now();
  const done = new Promise<void>((resolveDone) => {
    new MutationObserver((_, observer) => {
      if (/Tìm thấy|Không tìm thấy/.test(status.textContent ?? '')) {
        observer.disconnect();
        resolveDone();
      }
    }).observe(status, { childList: true, characterData: true, subtree: true });
  });
  input.form!.requestSubmit();
  await done;
  return performance.now() - start;
}

const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_FLAGS });
const rows: { query: string; coldBytes: number; coldMs: number; afterTypingMs: number; repeatMs: number; warmQuery: string; warmBytes: number; warmMs: number; results: number }[] = [];
try {
  for (const [index, query] of queries.entries()) {
    const context = await browser.newContext();
    const page = await context.newPage();
    let bytes = 0;
    page.on('requestfinished', async (request) => {
      if (request.url().includes('/pagefind/')) bytes += (await request.sizes()).responseBodySize;
    });
    await page.goto(`http://127.0.0.1:${port}/tim-kiem/`);
    // The cold query counts every byte of search since the page opened (the page starts loading the index at once).
    const run = async (text: string, { countFromOpening = false } = {}) => {
      if (!countFromOpening) bytes = 0;
      const ms = await page.evaluate(submit, text);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(200);
      return { ms, bytes, results: await page.locator('.result').count() };
    };
    const cold = await run(query, { countFromOpening: true });
    // A reader takes a moment to type, and the page loads the index meanwhile: a fresh context
    // again, with the query sent 1.5 s after the page opened.
    const typed = await browser.newContext();
    const typedPage = await typed.newPage();
    await typedPage.goto(`http://127.0.0.1:${port}/tim-kiem/`);
    await typedPage.waitForTimeout(1500);
    const afterTyping = await typedPage.evaluate(submit, query);
    await typed.close();
    // Asked again (back to an earlier query, a filter ticked and unticked): answered from memory.
    const repeat = await run(query);
    const warmQuery = queries[(index + 1) % queries.length];
    const warm = await run(warmQuery);
    console.error(`${query}: cold ${Math.round(cold.ms)} ms, again ${Math.round(repeat.ms)} ms, then "${warmQuery}" ${Math.round(warm.ms)} ms`);
    rows.push({ query, coldBytes: cold.bytes, coldMs: Math.round(cold.ms), afterTypingMs: Math.round(afterTyping), repeatMs: Math.round(repeat.ms), warmQuery, warmBytes: warm.bytes, warmMs: Math.round(warm.ms), results: cold.results });
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
console.log('| query | results shown | cold: bytes | cold: ms | cold, sent 1.5 s after opening: ms | same query again: ms | then another query | its bytes | its ms |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(`| ${row.query} | ${row.results} | ${row.coldBytes} | ${row.coldMs} | ${row.afterTypingMs} | ${row.repeatMs} | ${row.warmQuery} | ${row.warmBytes} | ${row.warmMs} |`);
console.log(JSON.stringify(rows));
