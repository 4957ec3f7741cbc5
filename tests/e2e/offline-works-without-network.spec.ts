import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { scratchProject, type ScratchProject } from '../../scripts/scratch-build.ts';

const root = resolve(import.meta.dirname, '../..');
const offlineCopy = join(root, 'dist-offline');

async function waitForSearch(page: Page) {
  await expect(page.locator('[data-status]')).toHaveText(/Tìm thấy/);
}

async function serve(dir: string, port: number, base = '/'): Promise<ChildProcess> {
  const server = spawn(process.execPath, [join(root, 'scripts/serve-dist.ts'), String(port), dir, base], { stdio: 'ignore' });
  for (let tries = 0; tries < 50; tries += 1) {
    try {
      await fetch(`http://127.0.0.1:${port}${base}`);
      return server;
    } catch {
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  throw new Error(`server on ${port} did not start`);
}

test('after one visit, pages and search work with no network', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.locator('[data-offline-status]')).toHaveText('Đã sẵn sàng dùng khi không có mạng.', { timeout: 30_000 });
  await context.setOffline(true);
  for (const [path, heading] of [
    ['/van-ban/lai-chau-35-ctr-tu/', 'Chương trình hành động thực hiện Nghị quyết số 36-NQ/TW'],
    ['/linh-vuc/health/', 'Y tế, y dược'],
    ['/co-quan/so-y-te-lang-son/', 'Sở Y tế tỉnh Lạng Sơn'],
    ['/he-thong/', 'Hệ thống văn bản'],
    ['/in/lai-chau-35-ctr-tu/#iv', 'Chương trình hành động 35-CTr/TU'],
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1, .print-head__plan').first()).toContainText(heading);
  }
  expect(await page.evaluate(() => document.fonts.check('16px "Noto Serif"', 'Nghị quyết'))).toBe(true);
  await page.goto('/tim-kiem/?q=dau+tu');
  await waitForSearch(page);
  await expect(page.getByTestId('search-results').locator('.result')).not.toHaveCount(0);
  await page.goto('/van-ban/lang-son-ubnd-thuc-hien-88-ctr-tu/?tu-khoa=dau+tu');
  await expect(page.locator('mark.search-hit').first()).toBeVisible();
});

test('a new build is offered, not forced, and taken cleanly on reload', async ({ browser }) => {
  const copy = mkdtempSync(join(tmpdir(), 'nq36-update-'));
  cpSync(join(root, 'dist'), copy, { recursive: true });
  const server = await serve(copy, 4342);
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto('http://127.0.0.1:4342/');
    await expect(page.locator('[data-offline-status]')).toHaveText('Đã sẵn sàng dùng khi không có mạng.', { timeout: 30_000 });
    await page.reload();
    // A new build: the home page changes, and so does its revision in the worker's manifest.
    const home = join(copy, 'index.html');
    writeFileSync(home, readFileSync(home, 'utf8').replace('</h1>', ' — bản mới</h1>'));
    const worker = join(copy, 'sw.js');
    writeFileSync(worker, readFileSync(worker, 'utf8').replace(/(url:"index\.html",revision:")[0-9a-f]+/, '$1ban-moi'));
    await page.reload();
    const update = page.getByRole('button', { name: 'Có bản cập nhật — tải lại' });
    await expect(update).toBeVisible({ timeout: 30_000 });
    // Until the reader accepts, the page is the old one, whole.
    await expect(page.locator('h1')).not.toContainText('bản mới');
    await update.click();
    await expect(page.locator('h1')).toContainText('bản mới', { timeout: 30_000 });
  } finally {
    await context.close();
    server.kill();
    rmSync(copy, { recursive: true, force: true });
  }
});

test('the site is installable: a manifest with icons', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ lang: 'vi', display: 'standalone', start_url: './' });
  expect(manifest.icons.length).toBeGreaterThan(0);
  for (const icon of manifest.icons) expect((await request.get(new URL(icon.src, `http://x${href}`).pathname)).status()).toBe(200);
});

test('the portable copy: every link and asset resolves on disk, with no module script and no root path', () => {
  expect(existsSync(join(offlineCopy, 'index.html'))).toBe(true);
  const missing: string[] = [];
  const pages = readdirSync(offlineCopy, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  for (const file of pages) {
    const html = readFileSync(join(offlineCopy, file), 'utf8');
    expect(html, file).not.toMatch(/type="module"/);
    expect(html, file).not.toMatch(/\s(?:href|src|action|cite)="\/(?!\/)/);
    for (const [, link] of html.matchAll(/\s(?:href|src)="([^"#?:]+)[^"]*"/g)) {
      // A folder would open as a file listing from file://: every link must name a file.
      const target = join(dirname(join(offlineCopy, file)), decodeURIComponent(link));
      if (!existsSync(target) || !statSync(target).isFile()) missing.push(`${file} → ${link}`);
    }
  }
  expect(missing).toEqual([]);
  expect(pages.length).toBeGreaterThan(100);
});

test('the portable copy opens from the file system: browse plan → field → agency → back, and search', async ({ page }) => {
  // Every page of the copy records what its Content Security Policy blocks.
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { cspViolations: violations });
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  await page.goto(pathToFileURL(join(offlineCopy, 'index.html')).href);
  // The copy carries a policy of its own: a script slipped into a page would not run from the disk.
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /default-src 'none'; script-src 'self' file:;/);
  expect(await violations()).toEqual([]);
  const ranInline = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.head.append(script);
    return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
  });
  expect(ranInline).toBe(false);
  expect(await violations()).toEqual(["script-src-elem inline"]);
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Be Vietnam Pro');
  await page.locator('.plan-card__name', { hasText: 'Chương trình hành động 35-CTr/TU' }).click();
  await expect(page).toHaveURL(/van-ban\/lai-chau-35-ctr-tu\/index\.html$/);
  await page.locator('.task__meta a', { hasText: 'Y tế, y dược' }).first().click();
  await expect(page.locator('h1')).toHaveText('Y tế, y dược');
  await page.locator('.task-card a', { hasText: 'Sở Y tế tỉnh Lạng Sơn' }).first().click();
  await expect(page.locator('h1')).toHaveText('Sở Y tế tỉnh Lạng Sơn');
  await page.goBack();
  await expect(page.locator('h1')).toHaveText('Y tế, y dược');
  for (const [query, first] of [
    ['dau tu', /van-ban\//],
    ['cong nghe sinh hoc', /van-ban\//],
    ['vắc xin', /huyen-uy-thuc-hien-114-kh-tu|bac-giang-tinh-uy-thuc-hien-36-nq-tw|nhu-khe-thuc-hien-38-ctr-tu|lang-son/],
    ['36 NQ TW', /van-ban-dan-chieu\/36-nq-tw|van-ban\//],
  ] as const) {
    await page.locator('#search-box-input').fill(query);
    await page.locator('#search-box-input').press('Enter');
    await waitForSearch(page);
    const results = page.getByTestId('search-results').locator('.result');
    await expect(results.first()).toBeVisible();
    await expect(results.first()).toHaveAttribute('data-url', first);
    await expect(results.first().locator('mark').first()).toBeVisible();
  }
  await page.locator('details[data-facet="level"]').getByRole('checkbox', { name: /Cấp xã/ }).check();
  await expect(page.getByTestId('search-results').locator('.result')).toHaveCount(1);
  await page.getByTestId('search-results').locator('.result__section-title').first().click();
  await expect(page).toHaveURL(/nhu-khe-thuc-hien-38-ctr-tu\/index\.html\?tu-khoa=/);
  await expect(page.locator('mark.search-hit').first()).toBeVisible();
  // Fonts, styles, scripts and the search index all load under the policy.
  expect(await violations()).toEqual([]);
});

test.describe('under a sub-path', () => {
  let server: ChildProcess | undefined;
  // Made when the tests run, not when Playwright loads this file to list them.
  let project: ScratchProject;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    project = scratchProject('subpath');
    cpSync(join(root, 'content'), project.content, { recursive: true });
    const result = await project.build({ NQ36_BASE: '/nq36/' });
    if (result.status !== 0) throw new Error(`sub-path build failed:\n${result.output}`);
    server = await serve(project.dist, 4343, '/nq36/');
  });

  test.afterAll(() => {
    server?.kill();
    project?.remove();
  });

  test('links, assets, search and the service worker all live under /nq36/', async ({ page }) => {
    const outside: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === 'http://127.0.0.1:4343' && !url.pathname.startsWith('/nq36/')) outside.push(url.pathname);
    });
    await page.goto('http://127.0.0.1:4343/nq36/');
    await expect(page.locator('[data-offline-status]')).toHaveText('Đã sẵn sàng dùng khi không có mạng.', { timeout: 30_000 });
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
    expect(scope).toBe('http://127.0.0.1:4343/nq36/');
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(hrefs.filter((href) => !href.startsWith('/nq36/'))).toEqual([]);
    await page.locator('.plan-card__name').first().click();
    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:4343\/nq36\/van-ban\//);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Be Vietnam Pro');
    await page.locator('#search-box-input').fill('dau tu');
    await page.locator('#search-box-input').press('Enter');
    await expect(page).toHaveURL(/\/nq36\/tim-kiem\/\?q=dau\+tu/);
    await waitForSearch(page);
    await page.getByTestId('search-results').locator('.result__section-title').first().click();
    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:4343\/nq36\/van-ban\/[^/]+\/\?tu-khoa=dau\+tu#/);
    await expect(page.locator('mark.search-hit').first()).toBeVisible();
    expect(outside).toEqual([]);
  });
});
