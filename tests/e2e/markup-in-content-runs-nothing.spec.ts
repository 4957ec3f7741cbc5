import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scratchProject, type ScratchProject } from '../../scripts/scratch-build.ts';

const root = resolve(import.meta.dirname, '../..');
const port = 4345;
let server: ChildProcess | undefined;
// Made when the tests run, not when Playwright loads this file to list them.
let project: ScratchProject;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  project = scratchProject('probes');
  cpSync(join(root, 'content'), project.content, { recursive: true });
  cpSync(join(root, 'tests/fixtures/markup-probes'), project.content, { recursive: true });
  const result = await project.build();
  if (result.status !== 0) throw new Error(`probe build failed:\n${result.output}`);
  server = spawn(process.execPath, [join(root, 'scripts/serve-dist.ts'), String(port), project.dist], { stdio: 'ignore' });
  await new Promise((done) => setTimeout(done, 500));
});

test.afterAll(() => {
  server?.kill();
  project?.remove();
});

test('markup in a title, an agency name, a recipient and a paragraph is shown as text and runs nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const origin = `http://127.0.0.1:${port}`;
  for (const path of ['/van-ban/probe/', '/co-quan/probe-agency/', '/linh-vuc/health/', '/danh-sach/', '/', '/in/probe/#i', '/tim-kiem/?q=thu+nghiem', '/tim-kiem/?q=doan+van+co']) {
    await page.goto(origin + path);
    if (path.startsWith('/tim-kiem/')) await expect(page.locator('[data-status]')).toHaveText(/Tìm thấy|Không tìm thấy/);
    await page.mouse.move(200, 400);
    // The policy would block an inline handler anyway; what counts is that none reached the page.
    expect(await page.locator('img[src="x"], [onerror], [onmouseover], [onclick], script:not([src]):not([type="application/ld+json"])').count(), path).toBe(0);
  }
  await page.goto(`${origin}/van-ban/probe/`);
  await expect(page.locator('h1')).toHaveText("Kế hoạch <img src=x onerror=alert('title')> thử <script>alert('title')</script>");
  await expect(page.locator('[data-plan-text]')).toContainText("Đoạn văn có <img src=x onerror=alert('paragraph')> và <script>alert('paragraph')</script> là chữ.");
  await expect(page.locator('.task__meta')).toContainText("<img src=x onerror=alert('agency')> Sở <script>alert('agency')</script> thử");
  await expect(page.locator('#noi-nhan')).toContainText("<b onmouseover=alert('recipient')>Lưu</b>");
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd.name).toContain("<img src=x onerror=alert('title')>");
  await page.goto(`${origin}/tim-kiem/?q=doan+van+co`);
  await expect(page.locator('.result__excerpt').first()).toContainText("<img src=x onerror=alert('paragraph')>");
  expect(dialogs).toEqual([]);
});
