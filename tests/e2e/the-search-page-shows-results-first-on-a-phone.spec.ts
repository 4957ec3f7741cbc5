/**
 * On a phone the search page is the box, then the results: one box (the header's is hidden), the
 * filters folded into one line, the help after the results. On a wide screen the filters stand
 * open beside the results.
 */
import { expect, test } from '@playwright/test';

const QUERY = '/tim-kiem/?q=cong+nghe+sinh+hoc';

test('at 360 px the first result, title and all, is on the first screen, right after the one box', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto(QUERY);
  await expect(page.locator('[data-status]')).toHaveText(/Tìm thấy/, { timeout: 20_000 });
  await expect(page.locator('#search-query')).toBeVisible();
  await expect(page.locator('#search-box-input')).toBeHidden();
  const title = await page.locator('.result__title').first().boundingBox();
  const box = await page.locator('#search-query').boundingBox();
  // Before: the first result began at 620 px, below the help text, a second box and the filters.
  expect(title!.y + title!.height).toBeLessThanOrEqual(640);
  expect(title!.y - (box!.y + box!.height)).toBeLessThan(150);
  const filters = page.locator('[data-facets-panel]');
  await expect(filters).not.toHaveAttribute('open');
  await expect(page.locator('details[data-facet="level"] input').first()).toBeHidden();
  const help = await page.locator('[data-search-help]').boundingBox();
  expect(help!.y).toBeGreaterThan(title!.y);
  await filters.locator('> summary').click();
  await expect(page.locator('details[data-facet="level"] input').first()).toBeVisible();
});

test('at 1280 px the filters stand open beside the results', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(QUERY);
  await expect(page.locator('[data-status]')).toHaveText(/Tìm thấy/, { timeout: 20_000 });
  const checkbox = page.locator('details[data-facet="level"] input').first();
  await expect(checkbox).toBeVisible();
  const filters = await checkbox.boundingBox();
  const result = await page.locator('.result').first().boundingBox();
  expect(filters!.x + filters!.width).toBeLessThan(result!.x);
  expect(Math.abs(filters!.y - result!.y)).toBeLessThan(200);
});
