import { expect, test } from '@playwright/test';

test('every internal link and anchor resolves, and no request leaves the site', async ({ page, context, baseURL }) => {
  // It opens every page of the site in turn: minutes on a loaded machine.
  test.setTimeout(300_000);
  const origin = new URL(baseURL!).origin;
  const outside: string[] = [];
  // The context sees the service worker's requests too, not only the page's.
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) outside.push(request.url());
  });
  const queue = ['/'];
  const visited = new Set<string>();
  const broken: string[] = [];
  const anchors: { page: string; id: string }[] = [];
  const idsOnPage = new Map<string, Set<string>>();
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (visited.has(path)) continue;
    visited.add(path);
    // Files (JSON, CSV, calendar) are fetched; only pages are opened in the browser.
    const head = await page.request.get(path);
    if (head.status() !== 200) {
      broken.push(`${path} → ${head.status()}`);
      continue;
    }
    if (!(head.headers()['content-type'] ?? '').includes('text/html')) continue;
    await page.goto(path);
    idsOnPage.set(path, new Set(await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id))));
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    for (const href of hrefs) {
      const url = new URL(href, origin + path);
      expect(url.origin, `${path} links outside: ${href}`).toBe(origin);
      if (url.hash) anchors.push({ page: url.pathname, id: decodeURIComponent(url.hash.slice(1)) });
      if (!visited.has(url.pathname)) queue.push(url.pathname);
    }
  }
  for (const anchor of anchors) {
    if (!idsOnPage.get(anchor.page)?.has(anchor.id)) broken.push(`${anchor.page}#${anchor.id}`);
  }
  expect(broken).toEqual([]);
  expect(outside).toEqual([]);
  expect(visited.size).toBeGreaterThan(15);
});

test('fonts with Vietnamese glyphs are served by the site', async ({ page }) => {
  const fonts: string[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.woff2') && response.status() === 200) fonts.push(response.url());
  });
  await page.goto('/van-ban/lai-chau-35-ctr-tu/');
  expect(fonts.some((url) => url.includes('vietnamese'))).toBe(true);
  // fonts.check() is true for a family that was never declared; load() returns the faces it found.
  const faces = await page.evaluate(async () => (await document.fonts.load('16px "Noto Serif"', 'Nghị quyết ứng dụng')).map((face) => face.status));
  expect(faces.length).toBeGreaterThan(0);
  expect(faces.every((status) => status === 'loaded')).toBe(true);
});
