import { expect, test } from '@playwright/test';

const CHILD = 'huyen-uy-thuc-hien-114-kh-tu';

test('the district plan is compared with the Bắc Giang plan it carries out: what was adapted, and what was not carried down', async ({ page }) => {
  await page.goto(`/van-ban/${CHILD}/`);
  await page.getByTestId('compare-link').click();
  await expect(page).toHaveURL(`/doi-chieu/${CHILD}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đối chiếu với văn bản cấp trên');
  // The link is an inference: labelled, with its grounds.
  await expect(page.locator('.concretization__summary .inference')).toHaveText('Suy luận');
  await expect(page.getByTestId('shared-share')).toHaveText(/^\d+ % của lời văn văn bản này có trong văn bản cấp trên$/);
  const percent = Number((await page.getByTestId('shared-share').textContent())!.match(/\d+/)![0]);
  expect(percent).toBeGreaterThan(70);
  expect(percent).toBeLessThan(85);
  await expect(page.locator('.concretization__summary')).toContainText('chuỗi 5 âm tiết');

  // 002 III.3.1–3.4 come down as 000 III.2.1–2.4, adapted; the parent's own words are one click away.
  for (const [child, parent] of [['iii-2-1', '3.1.'], ['iii-2-2', '3.2.'], ['iii-2-3', '3.3.'], ['iii-2-4', '3.4.']]) {
    const row = page.locator(`.aligned[data-section="${child}"]`);
    await expect(row.locator('.aligned__class')).toHaveText('Điều chỉnh');
    await expect(row.locator('.aligned__parent summary')).toContainText(parent);
  }
  // What changed is marked word by word: "tỉnh" left out, "huyện" put in.
  const adapted = page.locator('.aligned[data-section="iii-2-1"]');
  await expect(adapted.locator('.aligned__child ins', { hasText: /^huyện$/ }).first()).toBeAttached();
  await expect(adapted.locator('.aligned__parent del', { hasText: /^tỉnh$/ }).first()).toBeAttached();
  // 002 III.2 (mechanisms and policies) is set apart as not carried down.
  const dropped = page.getByTestId('dropped');
  await expect(dropped.locator('.aligned[data-section="iii-2"] .aligned__class')).toHaveText('Không chuyển xuống');
  await expect(dropped).toContainText('Rà soát, bổ sung các cơ chế, chính sách');
});

test('on a phone the comparison is one column with the parent text folded; on a wide screen the two stand side by side', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`/doi-chieu/${CHILD}/`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const parent = page.locator('.aligned[data-section="iii-2-1"] .aligned__parent');
  await expect(parent).not.toHaveAttribute('open');
  await parent.locator('summary').click();
  await expect(parent.locator('del').first()).toBeVisible();

  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(parent).toHaveAttribute('open');
  const child = await page.locator('.aligned[data-section="iii-2-1"] .aligned__child').boundingBox();
  const side = await parent.boundingBox();
  expect(side!.x).toBeGreaterThan(child!.x + child!.width - 1);
});

test('the hierarchy leads to the comparison', async ({ page }) => {
  await page.goto('/he-thong/bac-giang/');
  await page.locator(`[data-node="${CHILD}"] > .tree__compare`).click();
  await expect(page).toHaveURL(`/doi-chieu/${CHILD}/`);
});

test('the task groups of 36-NQ/TW across all plans: which takes up which group in which section, and which it leaves out', async ({ page }) => {
  await page.goto('/he-thong/');
  await page.getByRole('link', { name: 'Xem văn bản nào đưa nhóm nhiệm vụ nào của Nghị quyết vào mục nào' }).click();
  await expect(page).toHaveURL('/nhom-nhiem-vu/');
  const matrix = page.getByTestId('task-group-matrix');
  await expect(matrix.locator('tbody tr')).toHaveCount(5);
  await expect(matrix.locator('thead th[data-group]')).toHaveCount(5);
  const cell = (plan: string, group: string) => matrix.locator(`tr[data-plan="${plan}"] td[data-group="${group}"]`);
  // The district plan leaves out mechanisms and policies; its provincial model takes them up in III.2.
  await expect(cell('huyen-uy-thuc-hien-114-kh-tu', 'co-che-chinh-sach')).toContainText('Không có mục nào thuộc nhóm này');
  await expect(cell('bac-giang-tinh-uy-thuc-hien-36-nq-tw', 'co-che-chinh-sach').getByRole('link', { name: 'III.2' })).toHaveAttribute('href', '/van-ban/bac-giang-tinh-uy-thuc-hien-36-nq-tw/#iii-2');
  // Plans whose parent the library does not hold are mapped too; a judgment says so.
  await expect(cell('lang-son-ubnd-thuc-hien-88-ctr-tu', 'ung-dung')).toHaveAttribute('data-sections', 'iii-3');
  await expect(cell('nhu-khe-thuc-hien-38-ctr-tu', 'nhan-luc-dau-tu').locator('.inference')).toHaveText('Nhận định');
  await expect(cell('nhu-khe-thuc-hien-38-ctr-tu', 'nhan-luc-dau-tu').locator('.inference')).toHaveAttribute('title', /nguồn lực/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(await page.evaluate(() => innerWidth));
});

test('the comparison and the task groups are open data', async ({ request }) => {
  const concretization = (await (await request.get('/data/concretization.json')).json()) as { child: string; parent: string; inferred: boolean; sharedShare: number; sections: { child: { id: string } | null; parent: { id: string } | null; class: string }[] }[];
  expect(concretization).toHaveLength(1);
  expect(concretization[0]).toMatchObject({ child: CHILD, parent: 'bac-giang-tinh-uy-thuc-hien-36-nq-tw', inferred: true });
  expect(concretization[0].sections).toContainEqual(expect.objectContaining({ child: null, parent: expect.objectContaining({ id: 'iii-2' }), class: 'dropped' }));
  const groups = (await (await request.get('/data/task-groups.json')).json()) as { groups: unknown[]; plans: { plan: string; missing: string[] }[] };
  expect(groups.groups).toHaveLength(5);
  expect(groups.plans.find((plan) => plan.plan === CHILD)?.missing).toEqual(['co-che-chinh-sach']);
});
