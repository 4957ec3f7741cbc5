import { expect, test } from '@playwright/test';
import { Library } from '../../src/lib/model/library.ts';
import { provinceScopes } from '../../src/lib/model/provinces.ts';
import { sortPlans } from '../../src/lib/model/plan-list.ts';
import { loadContent } from '../helpers/content.ts';
import { t } from '../../src/i18n/t.ts';

const library = new Library(loadContent(), t);

test('the list of plans sorts by level, date and locality, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/danh-sach/');
  const order = () => page.locator('[data-testid="plan-list"] tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-plan')));
  expect(await order()).toEqual(sortPlans(library, 'level').map((node) => node.id));
  await page.getByRole('link', { name: 'Ngày ban hành' }).click();
  expect(await order()).toEqual(sortPlans(library, 'date').map((node) => node.id));
  await page.getByRole('link', { name: 'Địa bàn' }).click();
  expect(await order()).toEqual(sortPlans(library, 'locality').map((node) => node.id));
  await expect(page.getByRole('link', { name: 'Địa bàn' })).toHaveAttribute('aria-current', 'page');
  await context.close();
});

test('the home page groups plans by level and shows the chain from 36-NQ/TW, then a line per province', async ({ page }) => {
  await page.goto('/');
  for (const [label, level] of [['Cấp tỉnh', 'province'], ['Cấp huyện', 'district'], ['Cấp xã', 'commune']] as const) {
    const group = page.locator('section.level', { has: page.getByRole('heading', { name: label }) });
    await expect(group.locator('.plan-card__name')).toHaveText(library.plansAtLevel(level).map((node) => library.shortName(node)));
  }
  const chain = page.locator('.chain');
  await expect(chain.locator('.tree__node').first()).toContainText('Nghị quyết 36-NQ/TW');
  // However many plans the library holds, the home page draws provinces, not plans.
  await expect(chain.locator('.tree__node--held')).toHaveCount(0);
  const provinces = provinceScopes(library);
  await expect(chain.locator('.province-line__name')).toHaveText(provinces.map((province) => province.name));
  await chain.getByRole('link', { name: 'tỉnh Tuyên Quang' }).click();
  await expect(page.getByTestId('hierarchy').locator('[data-node="nhu-khe-thuc-hien-38-ctr-tu"]')).toHaveCount(1);
});

test('open data lists every plan with its links', async ({ request }) => {
  const plans = await (await request.get('/data/plans.json')).json();
  expect(plans).toHaveLength(5);
  const district = plans.find((plan: { id: string }) => plan.id === 'huyen-uy-thuc-hien-114-kh-tu');
  expect(district).toMatchObject({ number: null, level: 'district', source: '000_02369f452aec5d6c.txt' });
  expect(district.implements[0]).toMatchObject({ id: '114-kh-tu', inferred: false, heldAs: { id: 'bac-giang-tinh-uy-thuc-hien-36-nq-tw', inferred: true } });
  for (const plan of plans) expect(Object.keys(plan)).toEqual(expect.arrayContaining(['id', 'url', 'title', 'type', 'number', 'issued', 'level', 'locality', 'issuer', 'signer', 'implements', 'cites', 'source']));
});

test('a date the text does not give is shown one way everywhere: the earliest it allows, "sau ngày …"', async ({ page }) => {
  await page.goto('/danh-sach/');
  await expect(page.locator('tr[data-plan="bac-giang-tinh-uy-thuc-hien-36-nq-tw"] td').last()).toHaveText('sau ngày 16/11/2023');
  await page.goto('/');
  await expect(page.locator('body')).not.toContainText('≥ 16/11/2023');
  await page.goto('/co-quan/');
  await expect(page.locator('#cap-central ~ .locality h3').first()).toHaveText('Các cơ quan Trung ương');
});
