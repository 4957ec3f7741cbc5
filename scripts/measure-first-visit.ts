/**
 * What a first visit costs a reader: the home page with everything it loads (the service worker
 * kept out), and then what the service worker downloads when it installs (its precache list, by
 * the sizes of the files on disk). Reported apart and summed: the sum is an upper bound, since the
 * worker may fetch again a style or font the page already had.
 * `node scripts/measure-first-visit.ts` on dist/, or NQ36_DIST=… NQ36_MEASURE_PORT=…; prints JSON.
 */
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './browser.ts';

const port = Number(process.env.NQ36_MEASURE_PORT ?? 4331);
const dist = process.env.NQ36_DIST ?? resolve(import.meta.dirname, '../dist');
const server = spawn(process.execPath, [resolve(import.meta.dirname, 'serve-dist.ts'), String(port), dist], { stdio: 'ignore' });
await new Promise((done) => setTimeout(done, 500));

const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_FLAGS });
let pageBytes = 0;
let pageRequests = 0;
try {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('requestfinished', async (request) => {
    pageRequests += 1;
    pageBytes += (await request.sizes()).responseBodySize;
  });
  await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  await context.close();
} finally {
  await browser.close();
  server.kill();
}

const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
const precached = [...worker.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]);
const precacheBytes = precached.reduce((sum, url) => sum + statSync(join(dist, url)).size, 0);
const result = { pageRequests, pageBytes, precacheFiles: precached.length, precacheBytes, firstVisitBytes: pageBytes + precacheBytes };
console.log(JSON.stringify(result));
