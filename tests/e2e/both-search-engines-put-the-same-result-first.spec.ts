/**
 * The site searches with Pagefind online and with MiniSearch over the saved provinces offline;
 * both hand what they find to one ranking (src/lib/search/rank.ts) over the same section records.
 * Everyday queries must give the same first results, and lead to the same section, either way.
 */
import { expect, test, type Page } from '@playwright/test';
import { META_KEY, savedCacheName, totalBytes, type SavedSet, type SetList } from '../../src/lib/browser/offline-saves.ts';
import type { OfflineSetKind } from '../../src/lib/model/routes.ts';

// With no service worker, the page's own requests are the ones routed: the check that the site
// answers can be refused, and the search turns to what the device holds, as with no network.
test.use({ serviceWorkers: 'block' });

const EVERYDAY_QUERIES = [
  'dau tu',
  'cong nghe sinh hoc',
  'vac xin',
  '36 nq tw',
  'nq36',
  'ubnd tinh lang son',
  'so y te',
  'so nong nghiep',
  'cong nghe sinh hoc nong nghiep',
  'tuyen truyen',
  'nguon nhan luc',
  'an ninh sinh hoc',
  'phan bon vi sinh',
  'Ban Tuyên giáo',
  'mttq',
  'nhu khe',
  '189/NQ-CP',
];

/** The device holds every province, as saving each leaves it: the record of the set, with its search index. */
async function holdEveryProvince(page: Page): Promise<number> {
  await page.goto('/ban-ngoai-tuyen/');
  const provinces = await page.locator('[data-save-offline][data-kind="province"]').evaluateAll((nodes) =>
    nodes.map((node) => ({ kind: node.getAttribute('data-kind')!, id: node.getAttribute('data-id')!, list: node.getAttribute('data-list')! })),
  );
  for (const province of provinces) {
    const list = (await (await page.request.get(province.list)).json()) as SetList;
    const saved: SavedSet = { kind: list.kind, id: list.id, title: list.title, home: list.home, version: list.version, bytes: totalBytes(list), files: list.files.length, searchIndex: list.searchIndex, savedAt: new Date().toISOString() };
    await page.evaluate(
      async ({ cache, key, record }) => (await caches.open(cache)).put(key, new Response(JSON.stringify(record), { headers: { 'Content-Type': 'application/json' } })),
      { cache: savedCacheName(province.kind as OfflineSetKind, province.id), key: META_KEY, record: saved },
    );
  }
  return provinces.length;
}

/** The first three results, each with the section it leads to first. */
async function firstResults(page: Page, query: string): Promise<string[]> {
  await page.goto(`/tim-kiem/?${new URLSearchParams({ q: query })}`);
  await expect(page.locator('[data-status]')).toHaveText(/Tìm thấy|Không tìm thấy/, { timeout: 20_000 });
  const results = await page.getByTestId('search-results').locator('.result').evaluateAll((articles) =>
    articles.slice(0, 3).map((article) => `${article.getAttribute('data-url')} → ${new URL(article.querySelector('.result__section-title')!.getAttribute('href')!, location.href).hash}`),
  );
  return results;
}

test('everyday queries give the same first results online (Pagefind) and offline (MiniSearch)', async ({ context }) => {
  test.setTimeout(240_000);
  const online = await context.newPage();
  const offline = await context.newPage();
  expect(await holdEveryProvince(offline)).toBeGreaterThan(1);
  await offline.route('**/pagefind/pagefind-entry.json', (route) => route.abort());
  const used = { pagefind: 0, savedIndexes: 0 };
  online.on('request', (request) => (used.pagefind += Number(request.url().includes('/pagefind/fragment/'))));
  offline.on('request', (request) => (used.savedIndexes += Number(request.url().includes('/ban-ngoai-tuyen/chi-muc/'))));
  for (const query of EVERYDAY_QUERIES) {
    const first = await firstResults(online, query);
    expect(first.length, `no result for "${query}"`).toBeGreaterThan(0);
    expect(await firstResults(offline, query), query).toEqual(first);
  }
  // Each page did search with its own engine.
  expect(used.pagefind).toBeGreaterThan(0);
  expect(used.savedIndexes).toBeGreaterThan(0);
});
