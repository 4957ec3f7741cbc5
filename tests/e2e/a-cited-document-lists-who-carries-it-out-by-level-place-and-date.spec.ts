import { expect, test } from '@playwright/test';

test('36-NQ/TW lists what carries it out by name, level, province and date, each unknown said so', async ({ page }) => {
  await page.goto('/van-ban-dan-chieu/36-nq-tw/');
  const list = page.locator('[data-list="implementedBy"]');
  await expect(list.locator('h2')).toHaveText('Văn bản triển khai thực hiện (5)');
  const rows = list.locator('.node-links > li');
  // The central level, then the provinces' documents by province name: names, never bare numbers.
  await expect(rows.locator(':scope > a')).toHaveText([
    'Nghị quyết 189/NQ-CP',
    'Kế hoạch của Ban Thường vụ Tỉnh ủy Bắc Giang',
    'Chương trình hành động 35-CTr/TU',
    'Chương trình hành động 88-CTr/TU',
    'Chương trình hành động 38-CTr/TU',
  ]);
  await expect(rows.locator('.node-links__detail')).toHaveText([
    'Trung ương · 16/11/2023',
    'Số hiệu không ghi trong văn bản · tỉnh Bắc Giang · sau ngày 16/11/2023',
    'tỉnh Lai Châu · 05/05/2023',
    'tỉnh Lạng Sơn · 19/06/2023',
    'tỉnh Tuyên Quang · 11/02/2026',
  ]);
});

test('the Bắc Giang plan is listed once: 114-KH/TU, which it probably is, stands beside it as an inference with its grounds', async ({ page }) => {
  await page.goto('/van-ban-dan-chieu/36-nq-tw/');
  const list = page.locator('[data-list="implementedBy"]');
  await expect(list.locator('a[href="/van-ban/bac-giang-tinh-uy-thuc-hien-36-nq-tw/"]')).toHaveCount(1);
  const identity = list.locator('.node-links > li', { has: page.locator('a[href="/van-ban/bac-giang-tinh-uy-thuc-hien-36-nq-tw/"]') }).locator('.node-links__identity');
  await expect(identity.getByRole('link')).toHaveText('Có thể chính là Kế hoạch 114-KH/TU ngày 05/01/2024');
  await expect(identity.getByRole('link')).toHaveAttribute('href', '/van-ban-dan-chieu/114-kh-tu/');
  await expect(identity.locator('.inference')).toHaveText('Suy luận');
  await identity.locator('summary').click();
  await expect(identity).toContainText('71%');
  // Nowhere else in the list: not as a row of its own.
  await expect(list.locator('a[href="/van-ban-dan-chieu/114-kh-tu/"]')).toHaveCount(1);
});
