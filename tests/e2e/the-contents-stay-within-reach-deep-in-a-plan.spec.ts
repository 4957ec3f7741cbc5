import { expect, test, type Page } from '@playwright/test';

// The longest plan: a scan of many pages, some 15,000 px tall on a phone.
const PLAN = '/van-ban/bac-giang-tinh-uy-thuc-hien-36-nq-tw/';

// Each walks a long page back and forth: room for a loaded machine.
test.describe.configure({ timeout: 90_000 });

const scrollDeep = (page: Page) => page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight * 0.6));

test('deep in a plan on a phone, a tab at the edge opens the contents, marked where the reader is, and leads to a section', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(PLAN);
  const tab = page.getByRole('button', { name: 'Mở mục lục' });
  // Near the top the contents are in view: no tab.
  await expect(tab).toBeHidden();

  await scrollDeep(page);
  await expect(tab).toBeVisible();
  await expect(tab).toHaveText('Mục lục');
  // In the margin beside the text, never over it.
  const text = (await page.locator('[data-plan-text]').boundingBox())!;
  const box = (await tab.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(text.x + text.width);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);

  await tab.click();
  const drawer = page.getByRole('dialog', { name: 'Mục lục' });
  await expect(drawer).toBeVisible();
  // The section being read is marked, and in view in the drawer.
  const current = drawer.locator('a[aria-current="location"]');
  await expect(current).toHaveCount(1);
  await expect(current).toBeInViewport();

  await drawer.getByRole('link', { name: /^IV- TỔ CHỨC THỰC HIỆN/ }).click();
  await expect(drawer).toBeHidden();
  await expect(page).toHaveURL(/#iv$/);
  await expect(page.locator('#iv')).toBeInViewport();
  await expect(page.locator('#iv')).toBeFocused();
});

test('the contents tab works from the keyboard: Enter opens, Escape closes back to the tab, Enter on a section goes there', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(PLAN);
  await scrollDeep(page);
  const tab = page.getByRole('button', { name: 'Mở mục lục' });
  await expect(tab).toBeVisible();
  await tab.focus();
  await page.keyboard.press('Enter');
  const drawer = page.getByRole('dialog', { name: 'Mục lục' });
  await expect(drawer).toBeVisible();
  // The focus starts on the section being read.
  await expect(drawer.locator('a[aria-current="location"]')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(tab).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(drawer).toBeVisible();
  await drawer.getByRole('button', { name: 'Đóng mục lục' }).focus();
  await page.keyboard.press('Tab');
  // The first section: the drawer keeps the focus inside it, from its close button to its list.
  const first = drawer.getByRole('link').first();
  await expect(first).toBeFocused();
  const target = (await first.getAttribute('href'))!;
  await page.keyboard.press('Enter');
  await expect(drawer).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();
});

test('the tab stays off paper, and off wide screens where the contents stand beside the text', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(PLAN);
  await scrollDeep(page);
  const tab = page.getByRole('button', { name: 'Mở mục lục' });
  await expect(tab).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(tab).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  await page.setViewportSize({ width: 1280, height: 900 });
  await scrollDeep(page);
  await expect(tab).toBeHidden();
  await expect(page.locator('.toc__wide')).toBeInViewport();
});
