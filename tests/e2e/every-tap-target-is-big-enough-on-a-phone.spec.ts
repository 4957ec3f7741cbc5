import { expect, test, type Page } from '@playwright/test';
import { PAGE_TYPES } from '../helpers/page-types.ts';

/**
 * WCAG 2.2, 2.5.8 Target Size (Minimum), on a 360 px phone: every visible link, button, summary and
 * form control is at least 24 × 24 CSS px, or — the rule's spacing exception — a 24 px circle centred
 * on it touches no other target and no other small target's circle. A checkbox is reached through
 * its label, so the label is its target.
 *
 * Exempt, as the rule's inline exception allows: a link inside a sentence of running text (a
 * paragraph or list item with words of its own around its links), such as a document number cited
 * in the plan's text, whose size the line of text sets.
 */
const SIZE = 24;

interface Offender {
  what: string;
  width: number;
  height: number;
}

function smallTargets(page: Page): Promise<{ offenders: Offender[]; measured: number }> {
  return page.evaluate((size) => {
    const shown = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    };
    const targetOf = (element: Element) => (element.matches('input[type="checkbox"], input[type="radio"]') && element.closest('label')) || element;
    const blockOf = (element: Element) => {
      let block = element.parentElement!;
      while (getComputedStyle(block).display.startsWith('inline') && block.parentElement) block = block.parentElement;
      return block;
    };
    // Words of the paragraph outside its links: the link is part of a sentence.
    const inSentence = (element: Element) => {
      const block = blockOf(element);
      if (!block.matches('p, li')) return false;
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (parent.closest('a, button, summary') || blockOf(node as unknown as Element) !== block) continue;
        if (/\p{L}/u.test(node.textContent ?? '')) return true;
      }
      return false;
    };
    const elements = [...document.querySelectorAll('a[href], button, summary, input, select')].filter(shown).map(targetOf);
    const targets = [...new Set(elements)].map((element) => ({ element, box: element.getBoundingClientRect() }));
    const small = new Set(targets.filter(({ box }) => box.width < size || box.height < size).map(({ element }) => element));
    const measured = targets.filter(({ element }) => !(small.has(element) && element.matches('a') && inSentence(element)));
    const centre = (box: DOMRect) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
    const distanceToBox = (point: { x: number; y: number }, box: DOMRect) =>
      Math.hypot(Math.max(box.left - point.x, 0, point.x - box.right), Math.max(box.top - point.y, 0, point.y - box.bottom));
    const spaced = ({ element, box }: { element: Element; box: DOMRect }) =>
      targets.every((other) => {
        if (other.element === element || other.element.contains(element) || element.contains(other.element)) return true;
        const mine = centre(box);
        if (distanceToBox(mine, other.box) < size / 2) return false;
        if (!small.has(other.element)) return true;
        const theirs = centre(other.box);
        return Math.hypot(mine.x - theirs.x, mine.y - theirs.y) >= size;
      });
    const offenders = measured
      .filter((target) => small.has(target.element) && !spaced(target))
      .map(({ element, box }) => ({
        what: `<${element.tagName.toLowerCase()}${element.className ? ` class="${element.className}"` : ''}> ${(element.textContent ?? '').trim().slice(0, 40)}`,
        width: Math.round(box.width * 10) / 10,
        height: Math.round(box.height * 10) / 10,
      }));
    return { offenders, measured: measured.length };
  }, SIZE);
}

for (const path of PAGE_TYPES) {
  test(`at 360 px every tap target of ${path} is at least 24 × 24 px or spaced apart`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // The search page fills in its results and filters after the page has loaded.
    if (path.startsWith('/tim-kiem/')) await expect(page.locator('[data-status]')).toHaveText(/Tìm thấy/);
    // A plan's contents open, as a reader opens them: their links are targets too.
    const contents = page.locator('.toc__narrow > summary');
    if ((await contents.count()) > 0) await contents.click();
    const { offenders, measured } = await smallTargets(page);
    expect(measured, 'the page has targets to measure').toBeGreaterThan(5);
    expect(offenders).toEqual([]);
  });
}
