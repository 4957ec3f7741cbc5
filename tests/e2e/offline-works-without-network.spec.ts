import { expect, test, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { unzipSync } from 'fflate';
import { pathToFileURL } from 'node:url';
import { scratchProject, type ScratchProject } from '../../scripts/scratch-build.ts';

const root = resolve(import.meta.dirname, '../..');
// Tuyên Quang's copy: the Nhữ Khê commune plan under the province's programme and 36-NQ/TW.
const offlineCopies = join(root, 'dist-offline');
const offlineCopy = join(offlineCopies, 'tuyen-quang');

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

/**
 * Runs `use` on a copy of the built site served on `port`, in a fresh browser context: a test
 * that plays a new build edits the copy, never dist/, which the other tests read.
 */
async function onACopyOfTheSite(browser: Browser, port: number, use: (copy: string, page: Page) => Promise<void>): Promise<void> {
  const copy = mkdtempSync(join(tmpdir(), 'nq36-site-copy-'));
  cpSync(join(root, 'dist'), copy, { recursive: true });
  const server = await serve(copy, port);
  const context = await browser.newContext();
  try {
    await use(copy, await context.newPage());
  } finally {
    await context.close();
    server.kill();
    rmSync(copy, { recursive: true, force: true });
  }
}

/** Opens each page and checks it is served whole, with its heading: what a reader offline needs. */
async function expectPagesOpen(page: Page, pages: [path: string, heading: string][]) {
  for (const [path, heading] of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1').first(), path).toContainText(heading);
  }
}

const READY = 'Sẵn sàng: trang đã đọc mở lại được khi không có mạng.';

test('after one visit, the shell and the pages read work with no network; a page never read says so', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.locator('[data-offline-status]')).toHaveText(READY, { timeout: 30_000 });
  await page.goto('/van-ban/lai-chau-35-ctr-tu/');
  await context.setOffline(true);
  await expectPagesOpen(page, [
    ['/', 'Kho văn bản'],
    ['/he-thong/', 'Hệ thống văn bản'],
    ['/ban-ngoai-tuyen/', 'Dùng khi không có mạng'],
    ['/van-ban/lai-chau-35-ctr-tu/?tu-khoa=dau+tu', 'Chương trình hành động thực hiện Nghị quyết số 36-NQ/TW'],
  ]);
  expect(await page.evaluate(() => document.fonts.check('16px "Noto Serif"', 'Nghị quyết'))).toBe(true);
  await page.goto('/linh-vuc/health/');
  await expect(page.locator('h1')).toHaveText('Chưa có trang này trên máy');
  await page.getByRole('link', { name: 'Xem những gì đã lưu' }).click();
  await expect(page.locator('h1')).toHaveText('Dùng khi không có mạng');
});

test('the first visit precaches only the shell, whatever the library holds', async ({ request }) => {
  const worker = await (await request.get('/sw.js')).text();
  const precached = [...worker.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]);
  expect(precached).toContain('index.html');
  expect(precached).toContain('tim-kiem/index.html');
  expect(precached.filter((url) => /^(van-ban|in|co-quan|linh-vuc)\//.test(url) || url.includes('.pf_index') || url.includes('.pf_fragment'))).toEqual([]);
});

test('saving a province: its size first, then progress; its pages and search work offline; it can be removed', async ({ page, context }) => {
  await page.goto('/ban-ngoai-tuyen/');
  await expect(page.locator('[data-offline-status]')).toHaveText(READY, { timeout: 30_000 });
  await expect(page.locator('[data-saved]')).toContainText('Chưa lưu mục nào');
  const province = page.locator('[data-province="tuyen-quang"]');
  await province.getByRole('button', { name: 'Lưu để đọc khi không có mạng' }).click();
  await expect(province.locator('[data-save-status]')).toHaveText(/^Sẽ tải \d+ tệp, khoảng \d+ KB\.$/);
  await province.getByRole('button', { name: 'Lưu về máy' }).click();
  await expect(province.locator('[data-save-status]')).toContainText('Đã lưu trên máy này', { timeout: 30_000 });
  await page.reload();
  const saved = page.locator('.saved__item');
  await expect(saved).toHaveCount(1);
  await expect(saved).toContainText('tỉnh Tuyên Quang');
  await expect(saved).toContainText(/\d+ KB · \d+ tệp/);

  await context.setOffline(true);
  await expectPagesOpen(page, [
    ['/van-ban/nhu-khe-thuc-hien-38-ctr-tu/', 'Kế hoạch của Ban Thường vụ Đảng ủy'],
    ['/he-thong/tuyen-quang/', 'Tuyên Quang'],
    ['/van-ban-dan-chieu/36-nq-tw/', '36-NQ/TW'],
    ['/co-quan/ubnd-xa-nhu-khe/', 'Ủy ban nhân dân xã Nhữ Khê'],
  ]);
  await page.goto('/in/nhu-khe-thuc-hien-38-ctr-tu/');
  await expect(page.locator('.print-head__plan').first()).toBeVisible();
  await page.goto('/van-ban/lai-chau-35-ctr-tu/');
  await expect(page.locator('h1')).toHaveText('Chưa có trang này trên máy');
  // Search offline covers what is saved, and only that.
  await page.goto('/tim-kiem/?q=dau+tu');
  await waitForSearch(page);
  const results = page.getByTestId('search-results').locator('.result');
  await expect(results.first()).toHaveAttribute('data-url', /nhu-khe-thuc-hien-38-ctr-tu|van-ban-dan-chieu/);
  for (const url of await results.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-url')!))) expect(url).not.toMatch(/lai-chau|lang-son|bac-giang/);
  await results.first().locator('.result__section-title').first().click();
  await expect(page.locator('mark.search-hit').first()).toBeVisible();

  await context.setOffline(false);
  await page.goto('/ban-ngoai-tuyen/');
  await page.locator('.saved__item').getByRole('button', { name: 'Xóa bản đã lưu' }).click();
  await expect(page.locator('[data-saved]')).toContainText('Chưa lưu mục nào');
  expect(await page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('nq36-luu:')))).toEqual([]);
});

test('saving one plan from its page', async ({ page }) => {
  await page.goto('/van-ban/lang-son-ubnd-thuc-hien-88-ctr-tu/');
  const save = page.locator('[data-save-offline]');
  await save.getByRole('button', { name: 'Lưu để đọc khi không có mạng' }).click();
  await save.getByRole('button', { name: 'Lưu về máy' }).click();
  await expect(save.locator('[data-save-status]')).toContainText('Đã lưu trên máy này', { timeout: 30_000 });
  await page.reload();
  await expect(save.locator('[data-save-status]')).toContainText('Đã lưu trên máy này');
  await expect(save.getByRole('button', { name: 'Xóa bản đã lưu' })).toBeVisible();
});

test('a save cut short is removed, not listed; the buttons that look for saves leave no caches behind', async ({ page }) => {
  await page.goto('/ban-ngoai-tuyen/');
  await expect(page.locator('[data-offline-status]')).toHaveText(READY, { timeout: 30_000 });
  // Files of Bắc Giang's set without the set's record, as a save stopped halfway leaves them.
  await page.evaluate(async () => (await caches.open('nq36-luu:province:bac-giang')).put('/', await fetch('/')));
  // Every few milliseconds while the page loads, note any other set's cache that appears.
  await page.addInitScript(() => {
    const seen = new Set<string>();
    Object.assign(window, { cachesSeen: seen });
    const look = async () => {
      for (const name of await caches.keys()) if (name.startsWith('nq36-luu:') && name !== 'nq36-luu:province:bac-giang') seen.add(name);
      setTimeout(look, 2);
    };
    void look();
  });
  await page.reload();
  const buttons = page.locator('[data-save-offline]');
  const unsaved = buttons.filter({ has: page.getByRole('button', { name: 'Lưu để đọc khi không có mạng' }) });
  await expect(unsaved).toHaveCount(await buttons.count());
  await expect(page.locator('[data-saved]')).toContainText('Chưa lưu mục nào');
  expect(await page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('nq36-luu:')))).toEqual([]);
  expect(await page.evaluate(() => [...(window as unknown as { cachesSeen: Set<string> }).cachesSeen])).toEqual([]);
});

test('a new build is offered, not forced, and taken cleanly on reload', async ({ browser }) => {
  await onACopyOfTheSite(browser, 4342, async (copy, page) => {
    await page.goto('http://127.0.0.1:4342/');
    await expect(page.locator('[data-offline-status]')).toHaveText(READY, { timeout: 30_000 });
    await page.reload();
    // A new build: the home page changes, and so does its revision in the worker's manifest.
    const home = join(copy, 'index.html');
    writeFileSync(home, readFileSync(home, 'utf8').replace('</h1>', ' — bản mới</h1>'));
    const worker = join(copy, 'sw.js');
    writeFileSync(worker, readFileSync(worker, 'utf8').replace(/("revision":")[0-9a-f]+(","url":"index\.html")/, '$1ban-moi$2'));
    await page.reload();
    const update = page.getByRole('button', { name: 'Có bản cập nhật — tải lại' });
    await expect(update).toBeVisible({ timeout: 30_000 });
    // Until the reader accepts, the page is the old one, whole.
    await expect(page.locator('h1')).not.toContainText('bản mới');
    await update.click();
    await expect(page.locator('h1')).toContainText('bản mới', { timeout: 30_000 });
  });
});

test('a saved copy the site has since changed says so, and is brought up to date', async ({ browser }) => {
  await onACopyOfTheSite(browser, 4346, async (copy, page) => {
    await page.goto('http://127.0.0.1:4346/van-ban/lai-chau-35-ctr-tu/');
    const save = page.locator('[data-save-offline]');
    await save.getByRole('button', { name: 'Lưu để đọc khi không có mạng' }).click();
    await save.getByRole('button', { name: 'Lưu về máy' }).click();
    await expect(save.locator('[data-save-status]')).toHaveText(/^Đã lưu trên máy này[^.]*\. Đọc được cả khi không có mạng\.$/, { timeout: 30_000 });
    // A new build changes one of the plan's files, and so the version in its list.
    const list = join(copy, 'ban-ngoai-tuyen/luu/plan-lai-chau-35-ctr-tu.json');
    writeFileSync(list, readFileSync(list, 'utf8').replace(/"version":"[0-9a-f]+"/, '"version":"ban-moi"'));
    await page.reload();
    await expect(save.locator('[data-save-status]')).toContainText('Trang web đã có bản mới hơn.');
    await save.getByRole('button', { name: 'Cập nhật bản đã lưu' }).click();
    await expect(save.locator('[data-save-status]')).toHaveText(/^Đã lưu trên máy này[^.]*\. Đọc được cả khi không có mạng\.$/, { timeout: 30_000 });
    // The saved copy now records the site's version, so it is no longer out of date.
    const savedVersion = await page.evaluate(async () => {
      const meta = await (await caches.open('nq36-luu:plan:lai-chau-35-ctr-tu')).match('/__nq36-luu__.json');
      return ((await meta!.json()) as { version: string }).version;
  });
  expect(savedVersion).toBe('ban-moi');
  });
});

test('the site is installable: a manifest with icons', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ lang: 'vi', display: 'standalone', start_url: './' });
  expect(manifest.icons.length).toBeGreaterThan(0);
  for (const icon of manifest.icons) expect((await request.get(new URL(icon.src, `http://x${href}`).pathname)).status()).toBe(200);
});

test('each province copy: every link and asset resolves on disk, a page it lacks is marked, the zip holds the same files', () => {
  const copies = readdirSync(offlineCopies);
  expect(copies.sort()).toEqual(['bac-giang', 'lai-chau', 'lang-son', 'tuyen-quang']);
  for (const copy of copies) {
    const folder = join(offlineCopies, copy);
    const missing: string[] = [];
    const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => statSync(join(folder, file)).isFile());
    for (const file of files.filter((name) => name.endsWith('.html'))) {
      const html = readFileSync(join(folder, file), 'utf8');
      expect(html, file).not.toMatch(/type="module"/);
      expect(html, file).not.toMatch(/\s(?:href|src|action|cite)="\/(?!\/)/);
      for (const [, link] of html.matchAll(/\s(?:href|src)="([^"#?:]+)[^"]*"/g)) {
        // A folder would open as a file listing from file://: every link must name a file.
        const target = join(dirname(join(folder, file)), decodeURIComponent(link));
        if (!existsSync(target) || !statSync(target).isFile()) missing.push(`${copy}/${file} → ${link}`);
      }
    }
    expect(missing).toEqual([]);
    const zipped = unzipSync(readFileSync(join(root, 'dist', 'ban-ngoai-tuyen', `${copy}.zip`)));
    expect(Object.keys(zipped).map((name) => name.replace(`nq36-${copy}/`, '')).sort()).toEqual(files.map((file) => file.split(sep).join('/')).sort());
  }
  // A copy holds its province's plans and not the others'; links to the others stay as marked text.
  expect(existsSync(join(offlineCopy, 'van-ban/nhu-khe-thuc-hien-38-ctr-tu/index.html'))).toBe(true);
  expect(existsSync(join(offlineCopy, 'van-ban/lai-chau-35-ctr-tu/index.html'))).toBe(false);
  expect(readFileSync(join(offlineCopy, 'index.html'), 'utf8')).toMatch(/<a[^>]*data-not-in-copy[^>]*>/);
});

test('a province copy opens from the file system: browse plan → agency → back, and search its own plans', async ({ page }) => {
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
  // A plan of another province is named on the home page, not linked: the copy does not hold it.
  await expect(page.locator('[data-not-in-copy]', { hasText: 'Chương trình hành động 35-CTr/TU' })).toHaveAttribute('title', /không có trong bản sao/);
  await page.locator('.plan-card__name', { hasText: 'Ban Thường vụ Đảng ủy xã Nhữ Khê' }).click();
  await expect(page).toHaveURL(/van-ban\/nhu-khe-thuc-hien-38-ctr-tu\/index\.html$/);
  await page.locator('.task__meta a', { hasText: 'Ủy ban nhân dân xã Nhữ Khê' }).first().click();
  await expect(page.locator('h1')).toHaveText('Ủy ban nhân dân xã Nhữ Khê');
  await page.goBack();
  await expect(page).toHaveURL(/van-ban\/nhu-khe-thuc-hien-38-ctr-tu\/index\.html/);
  for (const [query, first] of [
    ['dau tu', /van-ban\/nhu-khe/],
    ['cong nghe sinh hoc', /nhu-khe|van-ban-dan-chieu/],
    ['36 NQ TW', /van-ban-dan-chieu\/36-nq-tw|van-ban\/nhu-khe/],
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
  // One build and one server on its port for the tests of this block.
  test.describe.configure({ mode: 'serial' });
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
    await expect(page.locator('[data-offline-status]')).toHaveText(READY, { timeout: 30_000 });
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

  test('a province saved under /nq36/ opens and is searched with no network', async ({ page, context }) => {
    await page.goto('http://127.0.0.1:4343/nq36/ban-ngoai-tuyen/');
    await expect(page.locator('[data-offline-status]')).toHaveText(READY, { timeout: 30_000 });
    const province = page.locator('[data-province="tuyen-quang"]');
    await province.getByRole('button', { name: 'Lưu để đọc khi không có mạng' }).click();
    await province.getByRole('button', { name: 'Lưu về máy' }).click();
    await expect(province.locator('[data-save-status]')).toContainText('Đã lưu trên máy này', { timeout: 30_000 });
    await context.setOffline(true);
    await page.goto('http://127.0.0.1:4343/nq36/he-thong/tuyen-quang/');
    await expect(page.locator('h1')).toContainText('Tuyên Quang');
    await page.goto('http://127.0.0.1:4343/nq36/tim-kiem/?q=dau+tu');
    await waitForSearch(page);
    await expect(page.getByTestId('search-results').locator('.result').first()).toHaveAttribute('data-url', /^\/nq36\/van-ban\/nhu-khe/);
    await page.getByTestId('search-results').locator('.result__section-title').first().click();
    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:4343\/nq36\/van-ban\/nhu-khe-thuc-hien-38-ctr-tu\/\?tu-khoa=dau\+tu#/);
    await expect(page.locator('mark.search-hit').first()).toBeVisible();
  });
});
