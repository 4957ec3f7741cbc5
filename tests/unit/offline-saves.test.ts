import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatBytes, savedCacheName, totalBytes } from '../../src/lib/browser/offline-saves.ts';
import { Library } from '../../src/lib/model/library.ts';
import { offlineSets, planSet } from '../../src/lib/model/offline-sets.ts';
import { loadContent } from '../helpers/content.ts';
import { t } from '../../src/i18n/t.ts';

const library = new Library(loadContent(), t);

test('sizes read as a Vietnamese reader writes them', () => {
  assert.equal(formatBytes(300), '1 KB');
  assert.equal(formatBytes(850 * 1024), '850 KB');
  assert.equal(formatBytes(2.34 * 1024 * 1024), '2,3 MB');
  assert.equal(formatBytes(37.6 * 1024 * 1024), '38 MB');
  assert.equal(formatBytes(5.1 * 1024 ** 3), '5,1 GB');
});

test('each saved set has a cache of its own, and its size is the sum of its files', () => {
  assert.notEqual(savedCacheName('plan', 'x'), savedCacheName('province', 'x'));
  assert.equal(totalBytes({ kind: 'plan', id: 'x', title: 'x', home: '/', version: 'v', searchIndex: null, files: [{ url: '/a/', bytes: 10 }, { url: '/b/', bytes: 5 }] }), 15);
});

test('a saved commune plan brings the documents above it and the search index of its province', () => {
  const set = planSet(library, 'nhu-khe-thuc-hien-38-ctr-tu');
  assert.deepEqual(set.pages.slice(0, 2), ['/van-ban/nhu-khe-thuc-hien-38-ctr-tu/', '/in/nhu-khe-thuc-hien-38-ctr-tu/']);
  assert.ok(set.pages.includes('/van-ban-dan-chieu/36-nq-tw/'));
  assert.ok(set.pages.includes('/van-ban-dan-chieu/38-ctr-tu-tuyen-quang/'));
  assert.equal(set.searchIndex, 'tuyen-quang');
});

test('a province holds its plans, what stands above them and its agencies, and nothing of another province', () => {
  const province = offlineSets(library).find((set) => set.kind === 'province' && set.id === 'tuyen-quang')!;
  assert.equal(province.home, '/he-thong/tuyen-quang/');
  assert.ok(province.pages.includes('/van-ban/nhu-khe-thuc-hien-38-ctr-tu/'));
  assert.ok(province.pages.includes('/co-quan/ubnd-xa-nhu-khe/'));
  assert.ok(!province.pages.some((page) => page.includes('lai-chau') || page.includes('lang-son')));
  assert.equal(new Set(province.pages).size, province.pages.length);
});

test('every plan, province and field can be saved', () => {
  const sets = offlineSets(library);
  assert.equal(sets.filter((set) => set.kind === 'plan').length, library.plans.length);
  assert.equal(sets.filter((set) => set.kind === 'field').length, library.fields.length);
  assert.equal(sets.filter((set) => set.kind === 'province').length, 4);
});
