import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const PAGES = [
  '/',
  '/danh-sach/',
  '/van-ban/lai-chau-35-ctr-tu/',
  '/van-ban/bac-giang-tinh-uy-thuc-hien-36-nq-tw/',
  '/van-ban-dan-chieu/114-kh-tu/',
  '/linh-vuc/',
  '/linh-vuc/health/',
  '/co-quan/',
  '/co-quan/so-y-te-lang-son/',
  '/loai-co-quan/ban-tuyen-giao/',
  '/he-thong/',
  '/he-thong/bac-giang/',
  '/doi-chieu/huyen-uy-thuc-hien-114-kh-tu/',
  '/nhom-nhiem-vu/',
  '/chi-tieu/',
  '/thoi-han/',
  '/tim-kiem/?q=dau+tu',
  '/in/lai-chau-35-ctr-tu/#iii-3',
  '/in/tap-tai-lieu/',
  '/huong-dan-dong-gop/',
  '/khong-co-trang-nay/',
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of PAGES) {
      test(`WCAG 2.1 AA: ${path}`, async ({ page }) => {
        await page.goto(path);
        if (path.startsWith('/tim-kiem/')) await expect(page.locator('[data-status]')).toHaveText(/Tìm thấy/);
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
      });
    }
  });
}
