/**
 * Prints each kind of view to A4 PDF in headless Chromium, reports page counts, and writes a
 * PNG of one printed page per view to tests/print-reference/ as a reference for reviewers.
 * `npm run build && node scripts/print-references.ts`.
 */
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './browser.ts';

const port = 4331;
const origin = `http://127.0.0.1:${port}`;
const outDir = resolve(import.meta.dirname, '../tests/print-reference');
mkdirSync(outDir, { recursive: true });
const scratch = mkdtempSync(join(tmpdir(), 'nq36-print-ref-'));
const server = spawn(process.execPath, [resolve(import.meta.dirname, 'serve-dist.ts'), String(port)], { stdio: 'ignore' });
await new Promise((done) => setTimeout(done, 500));
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_FLAGS });

async function print(page: Page, name: string, referencePage: number | null): Promise<number> {
  await page.evaluate(() => document.fonts.ready);
  const pdf = join(scratch, `${name}.pdf`);
  writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  if (referencePage !== null) {
    const at = String(Math.min(referencePage, pages));
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', at, '-l', at, '-singlefile', pdf, join(outDir, name)]);
  }
  return pages;
}

const counts: Record<string, number> = {};
try {
  const page = await browser.newPage();
  const plans = ['huyen-uy-thuc-hien-114-kh-tu', 'nhu-khe-thuc-hien-38-ctr-tu', 'bac-giang-tinh-uy-thuc-hien-36-nq-tw', 'lai-chau-35-ctr-tu', 'lang-son-ubnd-thuc-hien-88-ctr-tu'];
  for (const plan of plans) {
    await page.goto(`${origin}/van-ban/${plan}/`);
    counts[`plan ${plan}`] = await print(page, `plan-${plan}`, plan === 'lai-chau-35-ctr-tu' ? 1 : null);
  }
  const views: [string, string][] = [
    ['section', '/in/huyen-uy-thuc-hien-114-kh-tu/#iii-2-1'],
    ['field', '/linh-vuc/health/'],
    ['agency', '/co-quan/so-y-te-lang-son/'],
    ['targets', '/chi-tieu/'],
    ['deadlines', '/thoi-han/'],
  ];
  for (const [name, path] of views) {
    await page.goto(origin + path);
    counts[name] = await print(page, name, 1);
  }
  await page.goto(`${origin}/van-ban/lai-chau-35-ctr-tu/`);
  await page.locator('[data-packet-add="ii-2-1"]').click();
  await page.locator('[data-packet-add="iv"]').click();
  await page.goto(`${origin}/van-ban/lang-son-ubnd-thuc-hien-88-ctr-tu/`);
  await page.locator('[data-packet-add="iv-3"]').click();
  await page.goto(`${origin}/in/tap-tai-lieu/`);
  await page.locator('[data-packet][data-ready="3"]').waitFor();
  counts['packet (3 sections, 2 plans)'] = await print(page, 'packet-cover', 1);
  await print(page, 'packet-section', 2);
} finally {
  await browser.close();
  server.kill();
}
for (const [name, pages] of Object.entries(counts)) console.log(`${name}: ${pages} page(s)`);
