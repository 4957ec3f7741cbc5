import { expect, test, type Page } from '@playwright/test';
import { Library } from '../../src/lib/model/library.ts';
import { loadContent } from '../helpers/content.ts';
import { t } from '../../src/i18n/t.ts';
import { fieldTasksInPageOrder } from '../../src/lib/model/views.ts';

const library = new Library(loadContent(), t);
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Opens a task's link and returns the text at its anchor in the plan. */
async function textAt(page: Page, url: string): Promise<string> {
  await page.goto(url);
  const id = decodeURIComponent(new URL(url, 'http://x').hash.slice(1));
  return fold(await page.locator(`[id="${id}"]`).innerText());
}

test('a health cadre finds every health task in two clicks, each quoted from its plan', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Lĩnh vực' }).click();
  await page.getByRole('link', { name: 'Y tế, y dược' }).first().click();
  await expect(page.locator('h1')).toHaveText('Y tế, y dược');
  // The tasks that ask work in health come first, under their own heading; then those naming it in passing.
  const expected = fieldTasksInPageOrder(library, 'health');
  const cards = page.locator('.task-card');
  const asked = library.tasksInField('health');
  await expect(page.locator('[data-part="asked"] .task-card')).toHaveCount(asked.length);
  await expect(page.locator('[data-part="mentioned"] .task-card')).toHaveCount(library.tasksMentioning('health').length);
  await expect(page.locator('[data-part="asked"] h2')).toHaveText('Nhiệm vụ thuộc lĩnh vực');
  await expect(cards).toHaveCount(expected.length);
  const links = await cards.locator('.task-card__open a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(links).toEqual(expected.map((task) => task.url));
  const quotes = await cards.locator('blockquote').allInnerTexts();
  for (const [index, task] of expected.entries()) {
    const atAnchor = await textAt(page, task.url);
    for (const paragraph of task.paragraphs) {
      expect(fold(quotes[index])).toContain(fold(paragraph));
      expect(atAnchor).toContain(fold(paragraph));
    }
  }
});

test('the coverage matrix shows, per plan and field, a section, a mention or nothing', async ({ page }) => {
  await page.goto('/linh-vuc/');
  for (const plan of library.plans) {
    const cells = page.locator(`[data-testid="coverage-matrix"] tr[data-plan="${plan.id}"] td`);
    const shown = await cells.evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-field'), td.getAttribute('data-coverage')]));
    expect(shown).toEqual(library.fields.map((field) => [field.id, library.coverage(plan.id, field.id)]));
  }
});

test('an agency page lists what the plans give it, with its role and deadline', async ({ page }) => {
  await page.goto('/co-quan/ubnd-huyen-khong-ro-huyen/');
  await expect(page.locator('h1')).toContainText('Ủy ban nhân dân huyện');
  const cards = page.locator('.task-card');
  const expected = library.assignments('ubnd-huyen-khong-ro-huyen');
  await expect(cards).toHaveCount(expected.length);
  const first = cards.filter({ hasText: 'xong trong tháng 4/2024' }).first();
  await expect(first.locator('.role')).toHaveText('Chủ trì');
  await expect(first.locator('.deadline')).toHaveText('Thời hạn: tháng 4/2024');
  await page.goto('/co-quan/cac-so-ban-nganh-lang-son/');
  await expect(page.locator('.task-card .role--support').first()).toHaveText('Phối hợp');
});

test('the agency index groups by level and locality; a kind page gathers the same body across provinces', async ({ page }) => {
  await page.goto('/co-quan/');
  const province = page.locator('section', { has: page.getByRole('heading', { name: 'Cấp tỉnh', exact: true }) });
  await expect(province.locator('h3')).toHaveText(['tỉnh Bắc Giang', 'tỉnh Lai Châu', 'tỉnh Lạng Sơn', 'tỉnh Tuyên Quang']);
  await page.getByRole('complementary').getByRole('link', { name: 'Ban Tuyên giáo', exact: true }).click();
  await expect(page.locator('h1')).toHaveText('Ban Tuyên giáo');
  await expect(page.locator('section.agency h2')).toContainText(['Ban Tuyên giáo Tỉnh ủy Bắc Giang', 'Ban Tuyên giáo Tỉnh ủy Lai Châu']);
});

test('every target is listed beside the others and leads to its phrase in the text', async ({ page }) => {
  // It follows every target to its plan: on a loaded machine that outlasts the default 30 s.
  test.setTimeout(90_000);
  await page.goto('/chi-tieu/');
  const rows = page.locator('tr[data-target]');
  await expect(rows).toHaveCount(library.targets.length);
  for (const target of library.targets) {
    await page.goto('/chi-tieu/');
    const row = page.locator(`tr[data-plan="${target.plan}"][data-target="${target.id}"]`);
    await expect(row).toContainText(target.measure);
    await row.locator('a.phrase').click();
    await expect(page.locator(`#${target.id}`)).toHaveText(target.phrase);
  }
});

test('deadlines run in order and download as a calendar', async ({ page, request }) => {
  await page.goto('/thoi-han/');
  const dates = await page.locator('[data-deadline]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-deadline')));
  expect(dates).toEqual([...new Set(library.deadlines().map((task) => task.deadline))]);
  expect(dates).toEqual([...dates].sort());
  const ics = await request.get('/thoi-han.ics');
  expect(ics.headers()['content-type']).toContain('text/calendar');
  expect((await ics.text()).match(/BEGIN:VEVENT/g)).toHaveLength(library.deadlines().length);
});

test('document numbers in a plan link to their pages, which list who cites them; plans carry JSON-LD', async ({ page }) => {
  await page.goto('/van-ban/lang-son-ubnd-thuc-hien-88-ctr-tu/');
  const link = page.locator('[data-plan-text] a.docref', { hasText: '88-CTr/TU' }).first();
  await expect(link).toHaveAttribute('href', '/van-ban-dan-chieu/88-ctr-tu-lang-son/');
  await link.click();
  const citedBy = page.locator('section', { has: page.getByRole('heading', { name: 'Được dẫn chiếu bởi' }) });
  await expect(citedBy.getByRole('link')).toHaveText(['Kế hoạch của Ủy ban nhân dân tỉnh Lạng Sơn']);

  await page.goto('/van-ban/lai-chau-35-ctr-tu/');
  const jsonLd = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent() ?? '{}');
  expect(jsonLd).toMatchObject({
    '@type': 'Legislation',
    legislationIdentifier: '35-CTr/TU',
    legislationDate: '2023-05-05',
    legislationPassedBy: { name: 'Ban Thường vụ Tỉnh ủy Lai Châu' },
    legislationApplies: [{ legislationIdentifier: '36-NQ/TW', url: '/van-ban-dan-chieu/36-nq-tw/' }],
  });
  await expect(page.locator('[data-plan-text] a.docref', { hasText: '50-CT/TW' })).toHaveAttribute('href', '/van-ban-dan-chieu/50-ct-tw/');
});

test('open data: tasks, agencies, targets, documents and a CSV that Excel reads as UTF-8', async ({ request }) => {
  const tasks = await (await request.get('/data/tasks.json')).json();
  expect(tasks).toHaveLength(library.tasks.length);
  const task = tasks.find((item: { id: string }) => item.id === 'lang-son-ubnd-thuc-hien-88-ctr-tu#nv-iv-3');
  expect(task).toMatchObject({ plan: 'lang-son-ubnd-thuc-hien-88-ctr-tu', url: '/van-ban/lang-son-ubnd-thuc-hien-88-ctr-tu/#nv-iv-3', fields: ['health', 'research', 'policy'], deadline: null });
  expect(task.agencies).toEqual([{ id: 'so-y-te-lang-son', name: 'Sở Y tế tỉnh Lạng Sơn', role: 'lead' }]);
  const agencies = await (await request.get('/data/agencies.json')).json();
  expect(agencies).toHaveLength(library.agencies.size);
  const targets = await (await request.get('/data/targets.json')).json();
  expect(targets).toHaveLength(library.targets.length);
  expect(targets[0]).toEqual(expect.objectContaining({ plan: expect.any(String), source: expect.any(String), horizon: expect.any(Number), text: expect.any(String), value: expect.any(String), unit: expect.any(String), url: expect.any(String) }));
  const documents = await (await request.get('/data/documents.json')).json();
  expect(documents.find((doc: { id: string }) => doc.id === '114-kh-tu')).toMatchObject({ inLibrary: false, heldAs: { id: 'bac-giang-tinh-uy-thuc-hien-36-nq-tw', inferred: true }, parents: [{ id: '36-nq-tw', inferred: false }] });
  const csv = await (await request.get('/data/tasks.csv')).body();
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.toString('utf8')).toContain('Sở Y tế tỉnh Lạng Sơn');
});
