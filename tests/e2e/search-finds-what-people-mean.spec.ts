import { expect, test, type Page } from '@playwright/test';

const plan = (id: string) => `/van-ban/${id}/`;
const doc = (id: string) => `/van-ban-dan-chieu/${id}/`;
const LANG_SON = plan('lang-son-ubnd-thuc-hien-88-ctr-tu');
const LAI_CHAU = plan('lai-chau-35-ctr-tu');
const BAC_GIANG = plan('bac-giang-tinh-uy-thuc-hien-36-nq-tw');
const DISTRICT = plan('huyen-uy-thuc-hien-114-kh-tu');
const NHU_KHE = plan('nhu-khe-thuc-hien-38-ctr-tu');

interface Result {
  url: string;
  phrase: boolean;
  sections: string[];
  marks: string[];
}

async function search(page: Page, query: string, filters: Record<string, string> = {}): Promise<{ status: string; results: Result[] }> {
  const params = new URLSearchParams({ q: query, ...filters });
  await page.goto(`/tim-kiem/?${params}`);
  const status = page.locator('[data-status]');
  // Speed is the benchmark's to measure; on a loaded machine a first search can take seconds.
  await expect(status).toHaveText(/Tìm thấy|Không tìm thấy/, { timeout: 15_000 });
  const results = await page.getByTestId('search-results').locator('.result').evaluateAll((articles) =>
    articles.map((article) => ({
      url: article.getAttribute('data-url')!,
      phrase: article.querySelector('.result__phrase') !== null,
      sections: [...article.querySelectorAll('.result__section-title')].map((a) => new URL(a.getAttribute('href')!, location.href).hash),
      // Marks in the sections' headings and excerpts, in reading order.
      marks: [...article.querySelectorAll('.result__section-title mark, .result__excerpt mark')].map((mark) => mark.textContent!),
    })),
  );
  return { status: (await status.textContent()) ?? '', results };
}

interface Case {
  query: string;
  filters?: Record<string, string>;
  /** The first result, or one of these. */
  first?: string | string[];
  /** Results that must be there. */
  includes?: string[];
  /** Results that must not be there. */
  excludes?: string[];
  /** The first section of the first result. */
  firstSection?: string;
  /** The first highlighted words of the first result. */
  mark?: string;
  /** Every result has the phrase. */
  allPhrase?: boolean;
  /** Exactly this many results. */
  count?: number;
}

const cases: Case[] = [
  // Tone marks optional, đ typed as d, any case.
  { query: 'đầu tư', includes: [LANG_SON, LAI_CHAU, BAC_GIANG, DISTRICT, NHU_KHE], mark: 'đầu tư', count: 5 },
  { query: 'dau tu', includes: [LANG_SON, LAI_CHAU, BAC_GIANG, DISTRICT, NHU_KHE], mark: 'đầu tư', count: 5 },
  { query: 'DAU TU', includes: [LANG_SON, LAI_CHAU, BAC_GIANG, DISTRICT, NHU_KHE], mark: 'đầu tư', count: 5 },
  { query: 'Dang uy', includes: [NHU_KHE, LAI_CHAU], mark: 'Đảng ủy' },
  { query: 'đảng ủy', includes: [NHU_KHE], mark: 'Đảng ủy' },
  { query: 'cong nghe sinh hoc', includes: [LANG_SON, LAI_CHAU, BAC_GIANG, DISTRICT, NHU_KHE], allPhrase: true },
  { query: 'công nghệ sinh học', includes: [LANG_SON, LAI_CHAU, BAC_GIANG, DISTRICT, NHU_KHE], allPhrase: true, mark: 'công nghệ sinh học' },
  { query: 'phan bon vi sinh', first: [DISTRICT, BAC_GIANG], firstSection: '#iii-2-1', mark: 'phân bón vi sinh' },
  { query: 'nguon gen', includes: [BAC_GIANG, LANG_SON, NHU_KHE, doc('1671-qd-ttg')], mark: 'nguồn gen' },
  { query: 'khung bo sinh hoc', includes: [LANG_SON, LAI_CHAU, BAC_GIANG] },
  { query: 'an ninh sinh hoc', first: [LANG_SON, LAI_CHAU, BAC_GIANG], mark: 'an ninh sinh học' },
  // Loanwords however spelt: the plans write "vắc-xin" (two of them) and "vắc xin" (two others).
  { query: 'vắc-xin', includes: [DISTRICT, BAC_GIANG, NHU_KHE, LANG_SON], mark: 'vắc-xin', count: 4 },
  { query: 'vac-xin', includes: [DISTRICT, BAC_GIANG, NHU_KHE, LANG_SON], count: 4 },
  { query: 'vắc xin', includes: [DISTRICT, BAC_GIANG, NHU_KHE, LANG_SON], count: 4 },
  { query: 'vac xin', includes: [DISTRICT, BAC_GIANG, NHU_KHE, LANG_SON], count: 4 },
  { query: 'vacxin', includes: [DISTRICT, BAC_GIANG, NHU_KHE, LANG_SON], count: 4 },
  // Abbreviations and full names find each other, both ways (content/search/synonyms.json).
  { query: 'cnsh', includes: [LANG_SON, LAI_CHAU, BAC_GIANG, DISTRICT, NHU_KHE], mark: 'công nghệ sinh học' },
  { query: 'ubnd tinh lang son', first: LANG_SON, mark: 'Ủy ban nhân dân tỉnh Lạng Sơn' },
  { query: 'Ủy ban nhân dân tỉnh Lạng Sơn', first: LANG_SON },
  // Lai Châu writes only "Mặt trận Tổ quốc"; Bắc Giang only "HĐND" and only "chính trị - xã hội".
  { query: 'mttq', includes: [LAI_CHAU] },
  { query: 'Hội đồng nhân dân', includes: [BAC_GIANG] },
  { query: 'ct-xh', includes: [BAC_GIANG, LANG_SON, NHU_KHE] },
  // Document numbers as typed.
  { query: 'nq36', first: doc('36-nq-tw'), includes: [LANG_SON, LAI_CHAU, BAC_GIANG, DISTRICT, NHU_KHE] },
  { query: '36nq', first: doc('36-nq-tw') },
  { query: '36 nq tw', first: doc('36-nq-tw') },
  { query: '36-nq/tw', first: doc('36-nq-tw') },
  { query: '36-NQ/TW', first: doc('36-nq-tw'), includes: [LANG_SON, LAI_CHAU, BAC_GIANG, DISTRICT, NHU_KHE] },
  { query: '36 NQ TW', first: doc('36-nq-tw'), includes: [LAI_CHAU] },
  { query: '36-nq-tw', first: doc('36-nq-tw') },
  { query: '88-CTr/TU', first: doc('88-ctr-tu-lang-son'), includes: [LANG_SON], excludes: [NHU_KHE] },
  { query: '88 CTr TU', includes: [LANG_SON] },
  { query: '189/NQ-CP', first: doc('189-nq-cp'), includes: [BAC_GIANG, DISTRICT], excludes: [LANG_SON] },
  { query: '1671/QĐ-TTg', first: doc('1671-qd-ttg'), includes: [BAC_GIANG], count: 2 },
  { query: '1671/QD-TTg', first: doc('1671-qd-ttg'), includes: [BAC_GIANG] },
  { query: '114-KH/TU', first: [doc('114-kh-tu'), DISTRICT], includes: [DISTRICT, doc('114-kh-tu')] },
  { query: '35-CTr/TU', first: LAI_CHAU },
  // Agencies and places.
  { query: 'Sở Y tế', first: LANG_SON, firstSection: '#iv-3', mark: 'Sở Y tế' },
  { query: 'so y te', first: LANG_SON, firstSection: '#iv-3' },
  { query: 'cong an tinh', first: LANG_SON, firstSection: '#iv-6' },
  { query: 'Ban Tuyên giáo', includes: [DISTRICT, BAC_GIANG, LAI_CHAU], mark: 'Ban Tuyên giáo' },
  { query: 'lang son', first: LANG_SON },
  { query: 'Nhữ Khê', first: NHU_KHE },
  { query: 'nhu khe', first: NHU_KHE },
  { query: 'Bac Giang', first: BAC_GIANG },
  { query: 'OCOP', first: NHU_KHE, includes: [LANG_SON], count: 2 },
  { query: 'GRDP', first: BAC_GIANG, includes: [LAI_CHAU, LANG_SON] },
  // Facets, alone and combined.
  { query: 'cong nghe sinh hoc', filters: { level: 'Cấp xã' }, first: NHU_KHE, count: 1 },
  { query: 'dau tu', filters: { province: 'Lạng Sơn' }, first: LANG_SON, count: 1 },
  { query: 'cong nghe sinh hoc', filters: { type: 'Chương trình hành động', field: 'Y tế, y dược' }, first: LAI_CHAU, count: 1 },
  { query: 'tuyen truyen', filters: { agency: 'Ban Xây dựng Đảng' }, first: NHU_KHE, count: 1 },
  { query: 'phoi hop', filters: { agency: 'Sở Y tế' }, first: LANG_SON, count: 1 },
  { query: 'tuyen truyen', filters: { agency: 'Ban Tuyên giáo', province: 'Lai Châu' }, first: LAI_CHAU, count: 1 },
  { query: 'ke hoach', filters: { year: '2023', level: 'Cấp tỉnh' }, includes: [LAI_CHAU, doc('88-ctr-tu-lang-son')], excludes: [LANG_SON, BAC_GIANG], count: 2 },
];

for (const item of cases) {
  const label = `${item.query}${item.filters ? ` [${Object.values(item.filters).join(', ')}]` : ''}`;
  test(`search "${label}"`, async ({ page }) => {
    const { results } = await search(page, item.query, item.filters);
    const urls = results.map((result) => result.url);
    expect(urls.length, `no results for "${label}"`).toBeGreaterThan(0);
    if (item.first) expect([item.first].flat()).toContain(urls[0]);
    for (const url of item.includes ?? []) expect(urls).toContain(url);
    for (const url of item.excludes ?? []) expect(urls).not.toContain(url);
    if (item.count !== undefined) expect(urls).toHaveLength(item.count);
    if (item.firstSection) expect(results[0].sections[0]).toBe(item.firstSection);
    if (item.mark) expect(results[0].marks[0]?.toLowerCase()).toBe(item.mark.toLowerCase());
    if (item.allPhrase) expect(results.filter((result) => result.url.startsWith('/van-ban/')).every((result) => result.phrase)).toBe(true);
  });
}

test('a phrase ranks above the same words scattered', async ({ page }) => {
  const { results } = await search(page, 'sinh hoc cong nghe');
  // The words stand together as "công nghệ sinh học" nowhere in this order, so no result claims the phrase.
  expect(results.some((result) => result.phrase)).toBe(false);
  const phrase = await search(page, 'cong nghe sinh hoc');
  expect(phrase.results[0].phrase).toBe(true);
});

test('no results: says so, and offers the search without its filters', async ({ page }) => {
  const none = await search(page, 'xyzkhongco');
  expect(none.status).toContain('Không tìm thấy');
  await expect(page.getByText('Thử gõ ít từ hơn')).toBeVisible();
  await search(page, 'OCOP', { level: 'Trung ương' });
  await page.getByRole('link', { name: 'Thử tìm lại mà không dùng bộ lọc' }).click();
  await expect(page.locator('[data-status]')).toHaveText(/Tìm thấy 2 văn bản/);
});

test('facets show counts, combine, and are kept in the address', async ({ page }) => {
  const all = await search(page, 'cong nghe sinh hoc');
  const level = page.locator('details[data-facet="level"]');
  const provincial = Number((await level.locator('label', { hasText: 'Cấp tỉnh' }).locator('.facet__count').textContent())!.replace(/\D/g, ''));
  expect(provincial).toBeGreaterThan(1);
  await level.getByRole('checkbox', { name: /Cấp tỉnh/ }).check();
  await expect(page.locator('[data-status]')).toHaveText(new RegExp(`Tìm thấy ${provincial} văn bản`));
  await page.locator('details[data-facet="province"]').getByRole('checkbox', { name: /Lai Châu/ }).check();
  await expect(page.locator('[data-status]')).toHaveText(/Tìm thấy 1 văn bản/);
  expect(new URL(page.url()).searchParams.getAll('province')).toEqual(['Lai Châu']);
  await page.reload();
  await expect(page.locator('[data-status]')).toHaveText(/Tìm thấy 1 văn bản/);
  await page.getByRole('button', { name: 'Bỏ mọi bộ lọc' }).click();
  await expect(page.locator('[data-status]')).toHaveText(all.status);
});

test('a result leads to its section, where the words are highlighted', async ({ page }) => {
  await search(page, 'phan bon vi sinh');
  await page.locator('.result__section-title').first().click();
  await expect(page).toHaveURL(/huyen-uy-thuc-hien-114-kh-tu\/\?tu-khoa=phan\+bon\+vi\+sinh#iii-2-1$/);
  const hit = page.locator('[data-plan-text] mark.search-hit').first();
  await expect(hit).toHaveText('phân bón vi sinh');
});

test('the header box searches from any page, and / jumps to it', async ({ page }) => {
  await page.goto('/co-quan/');
  await page.keyboard.press('/');
  await expect(page.locator('#search-box-input')).toBeFocused();
  await page.keyboard.type('vac xin');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/tim-kiem\/\?q=vac\+xin$/);
  await expect(page.locator('#search-query')).toHaveValue('vac xin');
  await expect(page.getByTestId('search-results').locator('.result').first()).toBeVisible();
});

test('markup typed into the search is shown as text and runs nothing', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  // Found: a tag whose only word is OCOP; the results and their marks are drawn with it, as text.
  const probe = '<OCOP>';
  const found = await search(page, probe);
  expect(found.results.length).toBeGreaterThan(0);
  expect(found.results[0].marks).toContain('OCOP');
  await expect(page.locator('#search-query')).toHaveValue(probe);
  const none = await search(page, '<img src=x onerror=alert(1)>');
  expect(none.status).toContain('<img src=x onerror=alert(1)>');
  const script = await search(page, '<script>alert(1)</script>');
  expect(script.status).toContain('<script>alert(1)</script>');
  expect(await page.locator('ocop, img[src="x"]').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('results come ten at a time, and "Xem thêm kết quả" brings the next ones', async ({ page }) => {
  const first = await search(page, 'cong nghe sinh hoc');
  const total = Number(/Tìm thấy (\d+) văn bản/.exec(first.status)![1]);
  expect(total, 'this query must match more documents than one batch').toBeGreaterThan(10);
  expect(first.results).toHaveLength(10);
  expect(first.status).toContain('đang hiện 10 văn bản');
  await page.getByRole('button', { name: 'Xem thêm kết quả' }).click();
  await expect(page.getByTestId('search-results').locator('.result')).toHaveCount(total);
  await expect(page.locator('[data-status]')).toHaveText(`Tìm thấy ${total} văn bản.`);
  await expect(page.getByTestId('search-results').locator('.result__title a').nth(10)).toBeFocused();
  await expect(page.getByRole('button', { name: 'Xem thêm kết quả' })).toHaveCount(0);
});

test('a long facet lists the most frequent values, and finds the others as one types', async ({ page }) => {
  await search(page, 'cong nghe sinh hoc');
  const agency = page.locator('details[data-facet="agency"]');
  await agency.locator('summary').click();
  const options = agency.locator('.facet__option');
  await expect(options).toHaveCount(30);
  await expect(agency.locator('.facet__more')).toContainText('gõ vài chữ để tìm');
  await agency.getByRole('searchbox', { name: 'Tìm trong danh sách Loại cơ quan' }).fill('so y te');
  await expect(options).toHaveText([/^ Sở Y tế \(1\)/]);
  await agency.getByRole('checkbox', { name: /Sở Y tế/ }).check();
  await expect(page.locator('[data-status]')).toHaveText(/Tìm thấy 1 văn bản/);
  expect(new URL(page.url()).searchParams.getAll('agency')).toEqual(['Sở Y tế']);
});

/** Marks folded as the search folds them: "Đầu tư" → "dau tu". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

test('typed without tone marks, excerpts mark the phrase, not each syllable that folds alike ("từ" for "tu")', async ({ page }) => {
  const { results } = await search(page, 'dau tu');
  const marks = results.flatMap((result) => result.marks);
  expect(marks.length).toBeGreaterThan(0);
  expect([...new Set(marks.map(fold))]).toEqual(['dau tu']);
});

test('the words of a phrase marked only together: "so nong nghiep" never marks "số" alone', async ({ page }) => {
  const { results } = await search(page, 'so nong nghiep');
  const marks = results.flatMap((result) => result.marks).map(fold);
  expect(marks.length).toBeGreaterThan(0);
  for (const mark of marks) expect(['so nong nghiep', 'nong nghiep']).toContain(mark);
  // The section headings say it where the excerpts do not.
  await expect(page.locator('.result__section-title mark').first()).toHaveText('Sở Nông nghiệp');
});

test('arriving on a plan from search marks the phrase, or the words near each other, not every syllable alike', async ({ page }) => {
  await page.goto(`${LANG_SON}?tu-khoa=so+nong+nghiep`);
  const marks = page.locator('[data-plan-text] mark.search-hit');
  await expect(marks.first()).toBeVisible();
  const texts = (await marks.allTextContents()).map(fold);
  // Before: 433 marks, "nòng" among them.
  expect(texts.length).toBeLessThan(20);
  for (const text of texts) expect(['so nong nghiep', 'nong nghiep']).toContain(text);
  expect(texts).toContain('so nong nghiep');
});

test('arriving from an abbreviation marks the full name too', async ({ page }) => {
  await page.goto(`${LANG_SON}?tu-khoa=ubnd+tinh`);
  const texts = await page.locator('[data-plan-text] mark.search-hit').allTextContents();
  expect(texts.map(fold)).toContain('uy ban nhan dan tinh');
  expect(texts.map(fold)).toContain('ubnd tinh');
});

test('the section where all the words meet comes first: agriculture sections for "cong nghe sinh hoc nong nghiep"', async ({ page }) => {
  const { results } = await search(page, 'cong nghe sinh hoc nong nghiep');
  const firstSections = await page.locator('.result').evaluateAll((articles) => articles.map((article) => article.querySelector('.result__section-title')?.textContent ?? ''));
  // Every plan that has a section on biotechnology in agriculture puts it first (before: a general leadership section led).
  for (const title of firstSections.slice(0, 3).map(fold)) expect(title).toMatch(/nong nghiep/);
  expect(results[0].marks.map(fold)).toEqual(expect.arrayContaining(['cong nghe sinh hoc', 'nong nghiep']));
});

test('the year filter files an undated plan under its inferred year, said so, and keeps no "unknown" for it', async ({ page }) => {
  await search(page, 'ke hoach');
  const year = page.locator('details[data-facet="year"]');
  const options = await year.locator('.facet__option').allTextContents();
  const labels = options.map((option) => option.replace(/\s*\(\d+\)\s*$/, '').trim());
  expect(labels).toEqual(expect.arrayContaining(['2023', '2023 (suy luận)', '2024 (suy luận)', '2026 (suy luận)']));
  expect(labels.some((label) => label.startsWith('Không ghi'))).toBe(false);
  await expect(year).toContainText('căn cứ ghi ở trang văn bản');
  await year.getByRole('checkbox', { name: /2026 \(suy luận\)/ }).check();
  await expect(page.locator('[data-status]')).toHaveText(/Tìm thấy 1 văn bản/);
  await expect(page.getByTestId('search-results').locator('.result')).toHaveAttribute('data-url', NHU_KHE);
});

test('a filter lists only the values the results have, and keeps a ticked one and its neighbours', async ({ page }) => {
  await search(page, 'OCOP');
  const level = page.locator('details[data-facet="level"]');
  await expect(level.locator('.facet__option')).toHaveText([/Cấp tỉnh \(1\)/, /Cấp xã \(1\)/]);
  await level.getByRole('checkbox', { name: /Cấp xã/ }).check();
  await expect(page.locator('[data-status]')).toHaveText(/Tìm thấy 1 văn bản/);
  // The other level is still offered, with what it would add: a facet in use counts as if it were not.
  await expect(level.locator('.facet__option')).toHaveText([/Cấp tỉnh \(1\)/, /Cấp xã \(1\)/]);
  await expect(page.locator('details[data-facet="province"] .facet__option')).toHaveText([/Tuyên Quang \(1\)/]);
});
