import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Library } from '../../src/lib/model/library.ts';
import { provinceOf, provinceScopes } from '../../src/lib/model/provinces.ts';
import { loadContent } from '../helpers/content.ts';
import { t } from '../../src/i18n/t.ts';

const library = new Library(loadContent(), t);
const scopes = provinceScopes(library);
const scope = (id: string) => scopes.find((one) => one.id === id)!;

test('a commune belongs to the province above it', () => {
  assert.equal(provinceOf(library, 'nhu-khe'), 'tuyen-quang');
  assert.equal(provinceOf(library, 'lai-chau'), 'lai-chau');
  assert.equal(provinceOf(library, null), null);
});

test('every plan falls in exactly one province, in Vietnamese order of names', () => {
  const placed = scopes.flatMap((one) => one.plans.map((plan) => plan.node.id)).sort();
  assert.deepEqual(placed, library.plans.map((plan) => plan.id).sort());
  assert.deepEqual(scopes.map((one) => one.id), ['bac-giang', 'lai-chau', 'lang-son', 'tuyen-quang']);
});

test('a plan placed only by inference says so, with grounds', () => {
  const district = scope('bac-giang').plans.find((plan) => plan.node.id === 'huyen-uy-thuc-hien-114-kh-tu')!;
  assert.match(district.inferredGrounds ?? '', /Bắc Giang/);
  assert.equal(scope('bac-giang').plans[0].inferredGrounds, null);
  assert.deepEqual(scope('bac-giang').plansAtLevel, { province: 1, district: 1, commune: 0 });
});

test('what stands above a province holds its chain to 36-NQ/TW and what its plans cite, nothing of its own', () => {
  const above = scope('tuyen-quang').above.map((node) => node.id);
  assert.deepEqual(above.slice(0, 2), ['36-nq-tw', '38-ctr-tu-tuyen-quang']);
  assert.ok(!above.includes('nhu-khe-thuc-hien-38-ctr-tu'));
  assert.ok(scope('bac-giang').above.some((node) => node.id === '189-nq-cp'));
  assert.ok(!scope('bac-giang').above.some((node) => node.id === 'bac-giang-tinh-uy-thuc-hien-36-nq-tw'));
});
