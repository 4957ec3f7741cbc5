import { expect, test } from '@playwright/test';

const PLAN = '/van-ban/lai-chau-35-ctr-tu/';

test('a section\'s link copies its full address, to share in a chat', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(PLAN);
  const link = page.locator('[data-copy-link="iii-3"]');
  await expect(link).toHaveAttribute('href', '#iii-3');
  await link.click();
  await expect(link).toContainText('Đã sao chép liên kết');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${PLAN}#iii-3`);
});

test('a section\'s tools are tap targets at least 24 px tall on a phone (WCAG 2.2)', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(PLAN);
  const tools = page.locator('[data-section-tools]').first();
  await expect(tools.locator('.packet-toggle')).toBeVisible();
  for (const target of await tools.locator('a, button').all()) expect((await target.boundingBox())!.height).toBeGreaterThanOrEqual(24);
});

test('the contents beside the text mark the section being read', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(PLAN);
  const contents = page.locator('.toc__wide');
  await expect(contents.locator('a[aria-current="location"]')).toHaveCount(1);
  await page.locator('#iv').scrollIntoViewIfNeeded();
  await page.evaluate(() => scrollBy(0, document.getElementById('iv')!.getBoundingClientRect().top - 40));
  await expect(contents.locator('a[aria-current="location"]')).toHaveAttribute('href', '#iv');
});
