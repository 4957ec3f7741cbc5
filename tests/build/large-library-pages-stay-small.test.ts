/**
 * A library of 110 synthetic plans (the benchmark's corpus) is built for real: every page that
 * lists the whole library shows one page of it, links to the next, and the home page is capped.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeCorpus } from '../../scripts/bench-corpus.ts';
import { PAGE_SIZE } from '../../src/lib/pagination.ts';

const root = resolve(import.meta.dirname, '../..');
const PLANS = 110;

test(`with ${PLANS} plans, lists come a page at a time and the home page stays short`, () => {
  const scratch = mkdtempSync(join(tmpdir(), 'nq36-large-'));
  try {
    writeCorpus(join(root, 'content'), join(scratch, 'content'), PLANS);
    const dist = join(scratch, 'dist');
    const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NQ36_CONTENT_DIR: join(scratch, 'content'), NQ36_OUT_DIR: dist, NQ36_CACHE_DIR: join(scratch, 'cache') },
    });
    assert.equal(result.status, 0, (result.stdout + result.stderr).slice(-3000));
    const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
    const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

    const lists: [string, RegExp, number][] = [
      ['danh-sach/', /<tr data-plan=/g, PAGE_SIZE.listRows],
      ['chi-tieu/', /<th scope="row"[^>]*>\s*<a/g, 2 * PAGE_SIZE.targetPlans],
      ['thoi-han/', /data-task-key=/g, PAGE_SIZE.deadlineTasks],
      ['linh-vuc/', /<tr data-plan=/g, PAGE_SIZE.matrixPlans],
      ['co-quan/', /class="card locality"/g, PAGE_SIZE.directoryLocalities],
      ['loai-co-quan/so-y-te/', /data-agency=/g, PAGE_SIZE.kindAgencies],
    ];
    for (const [path, item, size] of lists) {
      const first = page(path);
      const shown = count(first, item);
      // A second page exists, so the first is full.
      assert.equal(shown, size, `${path}: ${shown} items on the first page, not ${size}`);
      assert.match(first, new RegExp(`<a href="/${path}trang-2/" rel="next"`), `${path}: no link to the second page`);
      assert.ok(existsSync(join(dist, path, 'trang-2', 'index.html')), `${path}trang-2/ was not built`);
    }

    const home = page('');
    const cards = count(home, /<li class="card plan-card"/g);
    assert.ok(cards > 0 && cards <= 12 * 3, `the home page lists ${cards} plans, not at most twelve a level`);
    assert.match(home, /href="\/danh-sach\/"[^>]*>Xem cả danh sách/);
    assert.match(home, /văn bản khác — xem cả hệ thống/);
  } finally {
    if (!process.env.NQ36_KEEP) rmSync(scratch, { recursive: true, force: true });
  }
});
