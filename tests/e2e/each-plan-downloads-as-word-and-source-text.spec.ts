import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { Library } from '../../src/lib/model/library.ts';
import { formatBytes } from '../../src/lib/browser/offline-saves.ts';
import { CONTENT, loadContent } from '../helpers/content.ts';
import { t } from '../../src/i18n/t.ts';

const content = loadContent();
const library = new Library(content, t);
const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

for (const plan of library.plans) {
  test(`${plan.id}: the page offers the plan as a Word file and its source text, each with its type and size`, async ({ page }) => {
    await page.goto(`/van-ban/${plan.id}/`);
    const downloads = page.getByRole('region', { name: 'Tải về' });

    const word = downloads.getByRole('link', { name: /^Bản Word/ });
    const [download] = await Promise.all([page.waitForEvent('download'), word.click()]);
    expect(download.suggestedFilename()).toBe(`${plan.id}.docx`);
    const bytes = readFileSync((await download.path())!);
    await expect(word).toHaveText(`Bản Word (.docx, ${formatBytes(bytes.length)})`);
    const files = unzipSync(bytes);
    const document = strFromU8(files['word/document.xml']);
    const [part] = content.annotations.get(plan.id)!.outline.sections;
    expect(document).toContain(`<w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">${xmlText(part.title)}</w:t>`);
    expect(strFromU8(files['docProps/core.xml'])).toContain(`<dc:title>${xmlText(plan.data.title)}</dc:title>`);

    const source = downloads.getByRole('link', { name: /^Văn bản gốc chưa biên tập/ });
    const href = (await source.getAttribute('href'))!;
    const response = await page.request.get(href);
    expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8');
    const raw = await response.body();
    expect(raw.equals(readFileSync(join(CONTENT, 'sources', plan.data.source))), 'the raw text as received, byte for byte').toBe(true);
    await expect(source).toHaveText(`Văn bản gốc chưa biên tập (.txt, ${formatBytes(raw.length)})`);

    // The "Nguồn" line says what the file is and links to it.
    const origin = page.locator('.metadata__row[data-field="meta.source"] dd');
    await expect(origin.getByRole('link', { name: 'Văn bản gốc chưa biên tập' })).toHaveAttribute('href', href);
    await expect(origin).toContainText(plan.data.source);
  });
}

test('the source text opens in the browser as Vietnamese text', async ({ page }) => {
  await page.goto('/van-ban/lai-chau-35-ctr-tu/');
  await page.locator('.metadata__row[data-field="meta.source"]').getByRole('link', { name: 'Văn bản gốc chưa biên tập' }).click();
  await expect(page.locator('body')).toContainText('Lai Châu, ngày 05 tháng 5 năm 2023');
});

test('the downloads fit a phone, and are not printed', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/van-ban/lang-son-ubnd-thuc-hien-88-ctr-tu/');
  const downloads = page.getByRole('region', { name: 'Tải về' });
  const links = await downloads.getByRole('link').all();
  expect(links).toHaveLength(2);
  for (const link of links) {
    const box = (await link.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(box.height).toBeGreaterThanOrEqual(44);
  }
  await page.emulateMedia({ media: 'print' });
  await expect(downloads).toBeHidden();
});

test('no reader downloads the downloads in advance: the service worker does not precache them', async ({ request }) => {
  const worker = await (await request.get('/sw.js')).text();
  const precached = [...worker.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]);
  expect(precached.length).toBeGreaterThan(10);
  expect(precached.filter((url) => url.startsWith('tai-ve/') || /\.(docx|txt)$/.test(url))).toEqual([]);
});
