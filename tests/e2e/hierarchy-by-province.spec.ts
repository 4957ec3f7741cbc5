import { expect, test } from '@playwright/test';
import { Library } from '../../src/lib/model/library.ts';
import { provinceScopes } from '../../src/lib/model/provinces.ts';
import { loadContent } from '../helpers/content.ts';
import { t } from '../../src/i18n/t.ts';

const library = new Library(loadContent(), t);

// Works without JavaScript: the hierarchy is plain nested lists and <details>.
test.use({ javaScriptEnabled: false });

test('the root shows the central level, then one line per province with its plans by level, linked to its page', async ({ page }) => {
  await page.goto('/he-thong/');
  const central = page.getByTestId('hierarchy');
  await expect(central.locator('[data-node="36-nq-tw"] > ul > [data-node="189-nq-cp"]')).toHaveCount(1);
  await expect(central.locator('[data-node="36-nq-tw"] > .tree__detail')).toContainText('Chỉ được dẫn chiếu');
  // Provincial plans are on the provinces' pages, not here.
  await expect(central.locator('.tree__node--held')).toHaveCount(0);

  const lines = page.getByTestId('provinces').locator('.province-line');
  const scopes = provinceScopes(library);
  await expect(lines.locator('.province-line__name')).toHaveText(scopes.map((scope) => scope.name));
  for (const scope of scopes) await expect(lines.getByRole('link', { name: scope.name, exact: true })).toHaveAttribute('href', `/he-thong/${scope.id}/`);
  await expect(page.locator('[data-province="bac-giang"] .province-line__counts')).toHaveText('1 văn bản cấp tỉnh, 1 cấp huyện');
  await expect(page.locator('[data-province="bac-giang"] .province-line__inferred')).toHaveText('trong đó 1 văn bản xếp vào tỉnh theo suy luận');
  await expect(page.locator('[data-province="tuyen-quang"] .province-line__counts')).toHaveText('1 văn bản cấp xã');
  await expect(page.getByTestId('unplaced')).toHaveCount(0);
});

// Each plan, its province's page, and what it stands under there.
const PLACES: [string, string, string][] = [
  ['lai-chau-35-ctr-tu', 'lai-chau', '36-nq-tw'],
  ['lang-son-ubnd-thuc-hien-88-ctr-tu', 'lang-son', '88-ctr-tu-lang-son'],
  ['nhu-khe-thuc-hien-38-ctr-tu', 'tuyen-quang', '38-ctr-tu-tuyen-quang'],
  ['bac-giang-tinh-uy-thuc-hien-36-nq-tw', 'bac-giang', '36-nq-tw'],
  ['huyen-uy-thuc-hien-114-kh-tu', 'bac-giang', 'bac-giang-tinh-uy-thuc-hien-36-nq-tw'],
];

test('every plan stands once on its province page, under what it carries out', async ({ page }) => {
  expect(PLACES.map(([plan]) => plan).sort()).toEqual(library.plans.map((plan) => plan.id).sort());
  for (const [plan, province, parent] of PLACES) {
    await page.goto(`/he-thong/${province}/`);
    const tree = page.getByTestId('hierarchy');
    await expect(tree.locator(`[data-node="${plan}"]`)).toHaveCount(1);
    await expect(tree.locator(`[data-node="${parent}"] > ul > [data-node="${plan}"]`)).toHaveCount(1);
  }
});

test("a province's page shows its plans under the chain above them, and leads back to the root", async ({ page }) => {
  await page.goto('/he-thong/');
  await page.getByRole('link', { name: 'tỉnh Lạng Sơn', exact: true }).click();
  await expect(page).toHaveURL(/\/he-thong\/lang-son\/$/);
  await expect(page.locator('h1')).toHaveText('Hệ thống văn bản tỉnh Lạng Sơn');
  const tree = page.getByTestId('hierarchy');
  await expect(tree.locator('[data-node="36-nq-tw"][data-context="above"] > ul > [data-node="88-ctr-tu-lang-son"] > ul > [data-node="lang-son-ubnd-thuc-hien-88-ctr-tu"]')).toHaveCount(1);
  await expect(tree.locator('[data-node="lang-son-ubnd-thuc-hien-88-ctr-tu"] > .tree__detail')).toContainText('Có trong kho');
  // Nothing of another province.
  await expect(tree.locator('[data-node="lai-chau-35-ctr-tu"]')).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Vị trí trong hệ thống văn bản' }).getByRole('link', { name: 'Hệ thống văn bản' }).click();
  await expect(page).toHaveURL(/\/he-thong\/$/);
});

test('the Nhữ Khê commune plan stands under Tuyên Quang, beneath the programme it carries out', async ({ page }) => {
  await page.goto('/he-thong/tuyen-quang/');
  const plan = page.getByTestId('hierarchy').locator('[data-node="38-ctr-tu-tuyen-quang"] > ul > [data-node="nhu-khe-thuc-hien-38-ctr-tu"]');
  await expect(plan.locator(':scope > .tree__name')).toHaveText('Kế hoạch của Ban Thường vụ Đảng ủy xã Nhữ Khê');
  await plan.locator(':scope > .tree__name').click();
  await expect(page).toHaveURL(/\/van-ban\/nhu-khe-thuc-hien-38-ctr-tu\/$/);
});

test('the district plan under Bắc Giang is labelled as inferred, with its grounds', async ({ page }) => {
  await page.goto('/he-thong/bac-giang/');
  const district = page.getByTestId('hierarchy').locator('[data-node="bac-giang-tinh-uy-thuc-hien-36-nq-tw"] > ul > [data-node="huyen-uy-thuc-hien-114-kh-tu"]');
  await expect(district).toHaveClass(/tree__node--inferred/);
  await expect(district.locator(':scope > .inference')).toHaveText('Suy luận');
  const placement = district.locator(':scope > .tree__placement');
  await expect(placement.locator('summary')).toHaveText('Suy luận Thuộc tỉnh này theo suy luận');
  await placement.locator('summary').click();
  await expect(placement).toContainText('Căn cứ:');
  await expect(placement).toContainText('tỉnh Bắc Giang');
  // The provincial plan it carries out is probably 114-KH/TU, and says so.
  await expect(page.locator('[data-node="bac-giang-tinh-uy-thuc-hien-36-nq-tw"] > .tree__held-as')).toContainText('Kế hoạch 114-KH/TU');
  await expect(page.locator('section', { has: page.getByRole('heading', { name: 'Văn bản được dẫn chiếu' }) }).locator('a')).toHaveText(['Quyết định 1671/QĐ-TTg', 'Nghị quyết 189/NQ-CP']);
});

test("a plan's breadcrumbs lead to its province's page", async ({ page }) => {
  await page.goto('/van-ban/nhu-khe-thuc-hien-38-ctr-tu/');
  await page.getByRole('navigation', { name: 'Vị trí trong hệ thống văn bản' }).getByRole('link', { name: 'tỉnh Tuyên Quang' }).click();
  await expect(page).toHaveURL(/\/he-thong\/tuyen-quang\/$/);
});

test('the home page shows the provinces, not the whole tree', async ({ page }) => {
  await page.goto('/');
  const chain = page.locator('section.chain');
  await expect(chain.locator('.province-line__name')).toHaveText(provinceScopes(library).map((scope) => scope.name));
  await expect(chain.locator('.tree__node--held')).toHaveCount(0);
});

test('the Bắc Giang plan stands once in the hierarchy; 114-KH/TU, which it probably is, only beside it, labelled, with its grounds', async ({ page }) => {
  const PLAN = '/van-ban/bac-giang-tinh-uy-thuc-hien-36-nq-tw/';
  const IDENTITY = '/van-ban-dan-chieu/114-kh-tu/';
  // The root and the home page draw the central level and a line per province, not the plan.
  for (const path of ['/', '/he-thong/']) {
    await page.goto(path);
    await expect(page.locator(`.tree a[href="${PLAN}"], .tree a[href="${IDENTITY}"]`), path).toHaveCount(0);
  }
  await page.goto('/he-thong/bac-giang/');
  const tree = page.getByTestId('hierarchy');
  await expect(tree.locator(`a[href="${PLAN}"]`)).toHaveCount(1);
  await expect(tree.locator('[data-node="114-kh-tu"]')).toHaveCount(0);
  const identity = tree.locator(`a[href="${IDENTITY}"]`);
  await expect(identity).toHaveCount(1);
  const beside = tree.locator('[data-node="bac-giang-tinh-uy-thuc-hien-36-nq-tw"] > .tree__held-as');
  await expect(beside.locator('a')).toHaveText('Có thể chính là Kế hoạch 114-KH/TU ngày 05/01/2024');
  await expect(beside.locator('.inference')).toHaveText('Suy luận');
  await beside.locator('summary').click();
  await expect(beside).toContainText('Căn cứ:');
  await expect(beside).toContainText('71%');
});
