/**
 * The findings of a close reading, as a reader meets them: who leads and who coordinates as the
 * text says, fields a task asks for told from fields it only names, levels, targets and the open
 * data's inferences.
 */
import { expect, test } from '@playwright/test';

test('"Sở Nội vụ — Phối hợp Sở Khoa học và Công nghệ …": the department coordinates, Khoa học và Công nghệ leads, on the task and on both agencies’ pages', async ({ page }) => {
  await page.goto('/van-ban/lang-son-ubnd-thuc-hien-88-ctr-tu/#nv-iv-7');
  const meta = page.locator('#nv-iv-7 .task__meta');
  await expect(meta).toContainText('Chủ trì: Sở Khoa học và Công nghệ tỉnh Lạng Sơn');
  await expect(meta).toContainText('Phối hợp: Sở Nội vụ tỉnh Lạng Sơn');
  for (const [agency, role] of [
    ['so-noi-vu-lang-son', 'Phối hợp'],
    ['so-khoa-hoc-va-cong-nghe-lang-son', 'Chủ trì'],
  ] as const) {
    await page.goto(`/co-quan/${agency}/`);
    await expect(page.locator('[data-task-key="lang-son-ubnd-thuc-hien-88-ctr-tu#nv-iv-7"] .role')).toHaveText(role);
  }
});

test('a task that only says "bảo đảm quốc phòng, an ninh" is not a defence task: the district plan is listed under mentions only', async ({ page }) => {
  await page.goto('/linh-vuc/defence/');
  await expect(page.locator('[data-part="asked"] [data-plan="huyen-uy-thuc-hien-114-kh-tu"]')).toHaveCount(0);
  await expect(page.locator('[data-part="mentioned"] [data-plan="huyen-uy-thuc-hien-114-kh-tu"]')).toHaveCount(1);
  await page.goto('/linh-vuc/');
  await expect(page.locator('tr[data-plan="huyen-uy-thuc-hien-114-kh-tu"] td[data-field="defence"]')).toHaveAttribute('data-coverage', 'mention');
  // Lai Châu's III.3 treats agriculture, health, environment and defence in turn: a section of each.
  for (const field of ['agriculture', 'health', 'environment', 'defence']) {
    await expect(page.locator(`tr[data-plan="lai-chau-35-ctr-tu"] td[data-field="${field}"]`)).toHaveAttribute('data-coverage', 'section');
  }
});

test('targets tell "at least" from "more than", and one with no year is shown without one', async ({ page }) => {
  await page.goto('/chi-tieu/');
  const valueOf = (phrase: string) => page.locator(`[data-testid="targets-2030"] td:has(> a.phrase:text-is("${phrase}")) .value`);
  await expect(valueOf('trên 60%')).toHaveText('> 60 %');
  await expect(valueOf('ít nhất 6 sản phẩm OCOP')).toHaveText('≥ 6 sản phẩm');
  await expect(page.locator('[data-testid="targets-2030"]')).not.toContainText('1-2 trung tâm');
  await expect(page.locator('h2#nam-khong-ghi-nam')).toHaveText('Không ghi năm');
  await expect(page.locator('[data-testid="targets-khong-ghi-nam"]')).toContainText('1-2 trung tâm');
});

test('district Party committees are district bodies, and "các cấp" is shown as all levels', async ({ page }) => {
  const level = page.locator('div:has(> dt:text-is("Cấp")) > dd').first();
  await page.goto('/co-quan/huyen-uy-thanh-uy-bac-giang/');
  await expect(level).toHaveText('Cấp huyện');
  await page.goto('/co-quan/mat-tran-to-quoc-va-doan-the-cac-cap-bac-giang/');
  await expect(level).toHaveText('Các cấp');
});

test('open data carries the same inference as the pages', async ({ request }) => {
  const documents = (await (await request.get('/data/documents.json')).json()) as { id: string; heldAs: { id: string; inferred: boolean; grounds: string } | null }[];
  const heldAs = documents.find((document) => document.id === '114-kh-tu')!.heldAs;
  expect(heldAs).toMatchObject({ id: 'bac-giang-tinh-uy-thuc-hien-36-nq-tw', inferred: true });
  expect(heldAs!.grounds.length).toBeGreaterThan(20);
  const tasks = (await (await request.get('/data/tasks.json')).json()) as { id: string; fields: string[]; mentions: string[] }[];
  const districtIII1 = tasks.find((task) => task.id === 'huyen-uy-thuc-hien-114-kh-tu#nv-iii-1')!;
  expect(districtIII1.fields).not.toContain('defence');
  expect(districtIII1.mentions).toContain('defence');
});
