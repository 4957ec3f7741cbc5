import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/** Collects Content Security Policy violations on every page the context opens. */
async function watchCsp(page: Page) {
  await page.context().addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
}

test('every page type runs under the Content Security Policy without one violation: search, print, packet and offline used', async ({ page, context, baseURL }) => {
  // It walks every page type and saves a province: on a loaded machine that outlasts the default 30 s.
  test.setTimeout(90_000);
  const violations = await watchCsp(page);
  const seen: string[] = [];
  const outside: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== new URL(baseURL!).origin) outside.push(request.url());
  });
  let here = '';
  const visit = async (path: string) => {
    // What the page before did last (printing the packet, say) counts too.
    seen.push(...(await violations()).map((violation) => `${here}: ${violation}`));
    await page.goto(path);
    here = path;
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    for (const directive of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "connect-src 'self'", "font-src 'self'", "img-src 'self' data:", "object-src 'none'"]) {
      expect(policy?.split('; '), path).toContain(directive);
    }
  };
  for (const path of ['/', '/danh-sach/', '/van-ban-dan-chieu/36-nq-tw/', '/linh-vuc/', '/linh-vuc/health/', '/co-quan/', '/co-quan/so-y-te-lang-son/', '/loai-co-quan/ban-tuyen-giao/', '/he-thong/', '/chi-tieu/', '/thoi-han/', '/huong-dan-dong-gop/', '/khong-co/']) {
    await visit(path);
  }
  await visit('/tim-kiem/?q=cong+nghe+sinh+hoc');
  await expect(page.locator('[data-status]')).toHaveText(/Tìm thấy/);
  await page.locator('details[data-facet="level"]').getByRole('checkbox', { name: /Cấp tỉnh/ }).check();
  await expect(page.locator('[data-status]')).toHaveText(/Tìm thấy/);
  await page.locator('.result__section-title').first().click();
  await expect(page.locator('mark.search-hit').first()).toBeVisible();
  seen.push(...(await violations()));
  await page.locator('[data-packet-add]').first().click();
  await visit('/in/tap-tai-lieu/');
  await expect(page.locator('[data-packet]')).toHaveAttribute('data-ready', '1');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ format: 'A4' });
  await visit('/in/lai-chau-35-ctr-tu/#iii-3');
  await page.emulateMedia({ media: 'screen' });
  await visit('/van-ban/lai-chau-35-ctr-tu/');
  await expect(page.locator('[data-offline-status]')).toHaveText('Sẵn sàng: trang đã đọc mở lại được khi không có mạng.', { timeout: 30_000 });
  await visit('/ban-ngoai-tuyen/');
  const province = page.locator('[data-province="lang-son"]');
  await province.getByRole('button', { name: 'Lưu để đọc khi không có mạng' }).click();
  await province.getByRole('button', { name: 'Lưu về máy' }).click();
  await expect(province.locator('[data-save-status]')).toContainText('Đã lưu trên máy này');
  await context.setOffline(true);
  await visit('/van-ban/lang-son-ubnd-thuc-hien-88-ctr-tu/');
  await visit('/tim-kiem/?q=vac+xin');
  await expect(page.locator('[data-status]')).toHaveText(/Tìm thấy/);
  seen.push(...(await violations()));
  expect(seen).toEqual([]);
  expect(outside).toEqual([]);
});

test('every page is valid HTML (Nu HTML Checker)', () => {
  const dist = join(root, 'dist');
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  let output = '';
  try {
    output = execFileSync('java', ['-jar', join(root, 'node_modules/vnu-jar/build/dist/vnu.jar'), '--errors-only', '--skip-non-html', '--format', 'text', dist], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (error) {
    // The checker exits 1 when it finds errors; anything else (no Java, say) is not a pass.
    if ((error as { status?: number }).status !== 1) throw error;
    output = `${(error as { stdout?: string }).stdout ?? ''}${(error as { stderr?: string }).stderr ?? ''}`;
  }
  expect(output.split('\n').filter((line) => line.startsWith('Error') || line.startsWith('Fatal'))).toEqual([]);
  expect(pages.length).toBeGreaterThan(120);
});

test('by keyboard alone: skip link, search with a facet, table of contents and the study packet', async ({ page }) => {
  await page.goto('/van-ban/lai-chau-35-ctr-tu/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#noi-dung')).toBeFocused();

  // Table of contents: focus its link for part IV and follow it.
  const tocLink = page.getByRole('navigation', { name: 'Mục lục' }).getByRole('link', { name: 'IV. TỔ CHỨC THỰC HIỆN' });
  await tocLink.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#iv$/);

  // Study packet: the toggle under a heading answers Enter and Space.
  const toggle = page.locator('[data-packet-add="iv"]');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Enter');

  // Search: "/" jumps to the box; a facet is ticked with Space.
  await page.keyboard.press('/');
  await expect(page.locator('#search-box-input')).toBeFocused();
  await page.keyboard.type('dau tu');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-status]')).toHaveText(/Tìm thấy 5 văn bản/);
  const facet = page.locator('details[data-facet="level"]').getByRole('checkbox', { name: /Cấp xã/ });
  await facet.focus();
  await page.keyboard.press('Space');
  await expect(page.locator('[data-status]')).toHaveText(/Tìm thấy 1 văn bản/);

  // The packet page: reorder and print controls are buttons in the tab order.
  await page.goto('/in/tap-tai-lieu/');
  await expect(page.locator('[data-packet]')).toHaveAttribute('data-ready', '1');
  const print = page.getByRole('button', { name: 'In tập tài liệu' });
  await print.focus();
  await expect(print).toBeFocused();
  const outline = await print.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe('none');
});
