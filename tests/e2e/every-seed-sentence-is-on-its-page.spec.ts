import { expect, test } from '@playwright/test';
import { applyRepairs, missingChunks, normaliseSeed } from '../../src/lib/compile/seed-text.ts';
import { loadContent, loadCorrections, readSeed } from '../helpers/content.ts';

for (const plan of loadContent().plans) {
  test(`${plan.id}: the rendered text holds every sentence of ${plan.data.source}`, async ({ page }) => {
    await page.goto(`/van-ban/${plan.id}/`);
    // The text as the document has it: the site's own tools and annotation lines taken out.
    const rendered = await page.locator('[data-plan-text]').evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[data-section-tools], [data-annotation]').forEach((tool) => tool.remove());
      document.body.append(copy);
      const text = copy.innerText;
      copy.remove();
      return text;
    });
    const { text } = applyRepairs(normaliseSeed(readSeed(plan.data.source)), loadCorrections(plan.id).repairs);
    expect(missingChunks(text, rendered)).toEqual([]);
  });
}
