import { expect, test } from '@playwright/test';

test('a deadline past on the day of reading is marked "Đã quá hạn"; one still to come is not', async ({ page }) => {
  // The bundled deadlines are 02/2024, 03/2024 and 04/2024; read the page on 15 March 2024.
  await page.clock.setFixedTime(new Date('2024-03-15T09:00:00+07:00'));
  await page.goto('/thoi-han/');
  const mark = (deadline: string) => page.locator(`[data-deadline="${deadline}"] [data-overdue]`);
  await expect(mark('2024-02')).toBeVisible();
  await expect(mark('2024-02')).toHaveText('Đã quá hạn');
  await expect(mark('2024-03')).toBeHidden();
  await expect(mark('2024-04')).toBeHidden();
});
