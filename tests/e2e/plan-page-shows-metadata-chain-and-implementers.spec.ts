import { expect, test } from '@playwright/test';
import { Library } from '../../src/lib/model/library.ts';
import { loadContent } from '../helpers/content.ts';
import { t } from '../../src/i18n/t.ts';
import { hierarchyCrumbs } from '../../src/lib/model/tree.ts';
import { planProvince } from '../../src/lib/model/provinces.ts';

const library = new Library(loadContent(), t);

for (const plan of library.plans) {
  test(`${plan.id}: metadata, breadcrumbs and "implemented by" match the data`, async ({ page }) => {
    await page.goto(`/van-ban/${plan.id}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.locator('h1')).toHaveText(plan.data.title);

    const row = (label: string) => page.locator('.metadata__row').filter({ has: page.locator('dt', { hasText: label }) }).locator('dd');
    await expect(row('Số hiệu')).toContainText(plan.data.number ?? 'Không ghi trong văn bản');
    await expect(row('Loại văn bản')).toHaveText(plan.data.type);
    // The issuer alone: a place the text leaves out is said in its own row, not in the name.
    await expect(row('Cơ quan ban hành')).toHaveText(library.issuerName(library.node(plan.id)!)!);
    await expect(row('Ngày ban hành')).toContainText(plan.data.issued ? plan.data.issued.split('-').reverse().join('/') : 'Không ghi trong văn bản');
    await expect(row('Người ký')).toContainText(plan.data.signer?.name ?? plan.data.signer?.title ?? 'Không ghi trong văn bản');
    await expect(row('Nguồn')).toContainText(plan.data.source);

    const crumbs = page.getByRole('navigation', { name: 'Vị trí trong hệ thống văn bản' }).locator('a');
    await expect(crumbs).toHaveText(hierarchyCrumbs(library, plan.id, t).map((crumb) => crumb.name));
    await expect(crumbs.nth(1)).toHaveAttribute('href', `/he-thong/${planProvince(library, plan.id)!.province}/`);
    await expect(crumbs.nth(2)).toHaveAttribute('href', '/van-ban-dan-chieu/36-nq-tw/');

    const implementers = library.implementers(plan.id);
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Văn bản thực hiện văn bản này' }) });
    if (implementers.length === 0) await expect(section).toContainText('Chưa có văn bản nào');
    else await expect(section.locator('a')).toHaveText(implementers.map((link) => library.shortName(link.node)));
  });
}

test('inferences are labelled and give their grounds', async ({ page }) => {
  await page.goto('/van-ban/bac-giang-tinh-uy-thuc-hien-36-nq-tw/');
  const number = page.locator('.metadata__row').filter({ hasText: 'Số hiệu' });
  await expect(number).toContainText('Không ghi trong văn bản');
  await expect(number.locator('.inference')).toHaveText('Suy luận');
  await number.locator('summary').click();
  await expect(number).toContainText('Căn cứ:');
  await expect(number).toContainText('71%');
  const implementedBy = page.locator('section', { has: page.getByRole('heading', { name: 'Văn bản thực hiện văn bản này' }) });
  await expect(implementedBy.locator('.inference')).toHaveText('Suy luận');
});

test('the table of contents leads to each section by its stable anchor', async ({ page }) => {
  await page.goto('/van-ban/huyen-uy-thuc-hien-114-kh-tu/');
  await page.getByRole('navigation', { name: 'Mục lục' }).getByRole('link', { name: /^IV\. TỔ CHỨC THỰC HIỆN/ }).click();
  await expect(page).toHaveURL(/#iv$/);
  await expect(page.locator('#iv')).toBeInViewport();
  await expect(page.locator('#iii-2-1')).toHaveText('2.1. Chú trọng ứng dụng công nghệ sinh học trong nông nghiệp');
  await expect(page.locator('#iv-2')).toContainText('xong trong tháng 4/2024');
});

test('a cited document page says what the texts say and who cites it', async ({ page }) => {
  await page.goto('/van-ban-dan-chieu/189-nq-cp/');
  await expect(page.locator('h1')).toContainText('Nghị quyết 189/NQ-CP');
  await expect(page.getByText('Văn bản này không có trong kho.')).toBeVisible();
  await expect(page.locator('.facts')).toContainText('16/11/2023');
  const citedBy = page.locator('section', { has: page.getByRole('heading', { name: 'Được dẫn chiếu bởi' }) }).locator('.node-links > li');
  await expect(citedBy).toHaveCount(2);
  await page.goto('/van-ban-dan-chieu/50-ct-tw/');
  await expect(page.locator('.facts')).toContainText('Không ghi trong văn bản');
});

test('on a phone the table of contents starts closed, above the text, and opens on demand', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/van-ban/lang-son-ubnd-thuc-hien-88-ctr-tu/');
  const toc = page.getByRole('navigation', { name: 'Mục lục' });
  const link = toc.getByRole('link', { name: '3. Sở Y tế' });
  await expect(link).toBeHidden();
  await toc.locator('summary').click();
  await link.click();
  await expect(page).toHaveURL(/#iv-3$/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('at the foot of a plan, the plans before and after it in the list lead on', async ({ page }) => {
  await page.goto('/danh-sach/');
  const order = await page.locator('[data-testid="plan-list"] tbody tr').evaluateAll((rows) => rows.map((row) => `/van-ban/${row.getAttribute('data-plan')}/`));
  expect(order.length).toBe(library.plans.length);
  await page.goto(order[1]);
  const neighbours = page.getByTestId('neighbours');
  await expect(neighbours.locator('a[rel="prev"]')).toHaveAttribute('href', order[0]);
  await expect(neighbours.locator('a[rel="next"]')).toHaveAttribute('href', order[2]);
  await page.goto(order[0]);
  await expect(page.getByTestId('neighbours').locator('a[rel="prev"]')).toHaveCount(0);
});
