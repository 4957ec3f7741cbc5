import { expect, test } from '@playwright/test';
import { applyRepairs, missingChunks, normaliseSeed } from '../../src/lib/seed-text.ts';
import { loadContent, loadCorrections, readSeed } from '../helpers/content.ts';

for (const plan of loadContent().plans) {
  test(`${plan.id}: the rendered text holds every sentence of ${plan.data.source}`, async ({ page }) => {
    await page.goto(`/van-ban/${plan.id}/`);
    const rendered = await page.locator('[data-plan-text]').evaluate((element) => (element as HTMLElement).innerText);
    const { text } = applyRepairs(normaliseSeed(readSeed(plan.data.source)), loadCorrections(plan.id).repairs);
    expect(missingChunks(text, rendered)).toEqual([]);
  });
}
