import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { PAGE_TYPES } from '../helpers/page-types.ts';

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of PAGE_TYPES) {
      test(`WCAG 2.1 AA: ${path}`, async ({ page }) => {
        await page.goto(path);
        if (path.startsWith('/tim-kiem/')) await expect(page.locator('[data-status]')).toHaveText(/Tìm thấy/);
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
      });
    }
  });
}
