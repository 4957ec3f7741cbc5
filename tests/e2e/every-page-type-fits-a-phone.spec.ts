import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from '../helpers/page-types.ts';

/** A phone shows the same content in one narrow column: taller, but only a few times taller. */
const MOST_TIMES_TALLER = 4;

const size = async (page: import('@playwright/test').Page, width: number, path: string) => {
  await page.setViewportSize({ width, height: 800 });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  // The search page fills in its results after the page has loaded.
  if (path.startsWith('/tim-kiem/')) await expect(page.locator('[data-status]')).toHaveText(/Tìm thấy/);
  return page.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
};

for (const path of PAGE_TYPES) {
  test(`at 360 px ${path} does not scroll sideways and is at most ${MOST_TIMES_TALLER} times as tall as at 1280 px`, async ({ page }) => {
    const wide = await size(page, 1280, path);
    const phone = await size(page, 360, path);
    expect(phone.width, 'the page scrolls sideways').toBeLessThanOrEqual(360);
    expect(phone.height / wide.height).toBeLessThanOrEqual(MOST_TIMES_TALLER);
  });
}

for (const path of ['/danh-sach/', '/chi-tieu/']) {
  test(`at 360 px the records of ${path} are cards: nothing scrolls inside the table, each name runs the full width, each value says its column`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(path);
    const table = page.locator('main table').first();
    const wrap = await table.evaluate((node) => ({ scrolls: node.parentElement!.scrollWidth > node.parentElement!.clientWidth, width: node.getBoundingClientRect().width }));
    expect(wrap.scrolls, 'the table scrolls sideways inside its box').toBe(false);
    const firstCells = await table.locator('tbody tr > :first-child').evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().width));
    expect(firstCells.length).toBeGreaterThan(0);
    for (const width of firstCells) expect(width).toBeGreaterThan(wrap.width * 0.9);
    // Each value is preceded by its own column's name.
    const labels = await table.locator('td[data-label]').evaluateAll((cells) => cells.map((cell) => [getComputedStyle(cell, '::before').content, `"${(cell as HTMLElement).dataset.label}"`]));
    expect(labels.length).toBeGreaterThan(0);
    for (const [shown, label] of labels) expect(shown).toBe(label);
  });
}
