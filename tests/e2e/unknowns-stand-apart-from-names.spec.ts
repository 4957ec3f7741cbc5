import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from '../helpers/page-types.ts';

/**
 * What a text does not say is never written into a document's name: the district plan whose
 * district no text names is "Kế hoạch của Ban Thường vụ Huyện ủy", and its place is said apart,
 * the one way the site says unknowns ("Địa bàn không ghi trong văn bản").
 */
const DISTRICT = '/van-ban/huyen-uy-thuc-hien-114-kh-tu/';
const NAME = 'Kế hoạch của Ban Thường vụ Huyện ủy';
const UNKNOWN_PLACE = 'Địa bàn không ghi trong văn bản';

test.describe.configure({ timeout: 90_000 });

test('no link to a document, on any page, has an unknown in its name', async ({ page }) => {
  test.setTimeout(180_000);
  let links = 0;
  for (const path of PAGE_TYPES) {
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    // The search page writes its results, names and all, after loading.
    if (path.startsWith('/tim-kiem/')) await expect(page.locator('[data-status]')).toHaveText(/Tìm thấy/, { timeout: 30_000 });
    const names = await page.locator('main a[href*="/van-ban/"], main a[href*="/van-ban-dan-chieu/"]').allTextContents();
    links += names.length;
    for (const name of names) expect(name.toLowerCase(), `${path}: ${name}`).not.toContain('không ghi');
  }
  expect(links).toBeGreaterThan(100);
});

test('the home page card names the plan, and says apart, muted, that its place is not written', async ({ page }) => {
  await page.goto('/');
  const card = page.locator('.plan-card', { has: page.locator(`a[href="${DISTRICT}"]`) });
  await expect(card.locator('.plan-card__name')).toHaveText(NAME);
  const place = card.locator('[data-place]');
  await expect(place).toHaveText(UNKNOWN_PLACE);
  await expect(place).toHaveClass(/unknown/);
  // A card whose place is written names it plainly.
  await expect(page.locator('.plan-card', { has: page.locator('a[href="/van-ban/nhu-khe-thuc-hien-38-ctr-tu/"]') }).locator('[data-place]')).toHaveText(
    'xã Nhữ Khê, tỉnh Tuyên Quang',
  );
});

test('the plan names itself without the unknown in its title, breadcrumbs and facts, and says its place is not written', async ({ page }) => {
  await page.goto(DISTRICT);
  await expect(page).toHaveTitle(`${NAME} — Kho văn bản thực hiện Nghị quyết 36-NQ/TW`);
  await expect(page.getByRole('navigation', { name: 'Vị trí trong hệ thống văn bản' }).locator('[aria-current="page"]')).toHaveText(NAME);
  const row = (label: string) => page.locator('.metadata__row').filter({ has: page.locator('dt', { hasText: label }) }).locator('dd');
  await expect(row('Cơ quan ban hành')).toHaveText('Ban Thường vụ Huyện ủy');
  await expect(row('Địa bàn')).toContainText('Không ghi trong văn bản');
  // Where it probably is stands beside, as an inference.
  await expect(row('Địa bàn').locator('.inference')).toHaveText('Suy luận');
});

test('the hierarchy and the lists name the plan alone and say the unknown place apart', async ({ page }) => {
  await page.goto('/he-thong/bac-giang/');
  const node = page.locator('[data-node="huyen-uy-thuc-hien-114-kh-tu"]');
  await expect(node.locator(':scope > .tree__name')).toHaveText(NAME);
  await expect(node.locator(':scope > .tree__detail')).toContainText(UNKNOWN_PLACE);

  await page.goto('/danh-sach/');
  const listRow = page.locator('tr[data-plan="huyen-uy-thuc-hien-114-kh-tu"]');
  await expect(listRow.locator('td').first().locator('a')).toHaveText(NAME);
  await expect(listRow.locator('td').nth(2)).toHaveText('Không ghi trong văn bản');

  await page.goto('/van-ban-dan-chieu/114-kh-tu/');
  const row = page.locator('[data-list="implementedBy"] li', { has: page.locator(`a[href="${DISTRICT}"]`) });
  await expect(row.getByRole('link', { name: NAME, exact: true })).toBeVisible();
  await expect(row).toContainText(UNKNOWN_PLACE);
});

test('central bodies and documents stand at the centre, not in an unknown place', async ({ page }) => {
  await page.goto('/co-quan/bo-chinh-tri/');
  const place = page.locator('.facts > div', { has: page.locator('dt', { hasText: 'Địa bàn' }) }).locator('dd');
  await expect(place).toHaveText('Trung ương');
  await page.goto('/van-ban-dan-chieu/36-nq-tw/');
  await expect(page.locator('.facts > div', { has: page.locator('dt', { hasText: 'Địa bàn' }) }).locator('dd')).toHaveText('Trung ương');
  await page.goto('/co-quan/');
  await expect(page.locator('section.locality h3', { hasText: 'Các cơ quan Trung ương' })).toHaveCount(1);
  await page.goto('/loai-co-quan/bo-chinh-tri/');
  await expect(page.locator('main h2').first()).toHaveText('Bộ Chính trị');
  await expect(page.locator('main')).not.toContainText('không ghi');
});
