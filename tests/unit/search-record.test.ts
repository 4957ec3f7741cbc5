import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Library } from '../../src/lib/model/library.ts';
import { inferredYears, searchRecord } from '../../src/lib/search/facets.ts';
import { loadContent } from '../helpers/content.ts';
import { t } from '../../src/i18n/t.ts';

const library = new Library(loadContent(), t);
const yearOf = (id: string) => searchRecord(library, id, t).filters.year;

test('a plan is filed under the year it gives; one that gives none, under the year it is inferred from, said so', () => {
  const cases: [string, string][] = [
    ['lai-chau-35-ctr-tu', '2023'],
    // Dated by the documents they carry out or cite (issuedAfter); the grounds are on each plan's page.
    ['lang-son-ubnd-thuc-hien-88-ctr-tu', '2023 (suy luận)'],
    ['bac-giang-tinh-uy-thuc-hien-36-nq-tw', '2023 (suy luận)'],
    ['huyen-uy-thuc-hien-114-kh-tu', '2024 (suy luận)'],
    ['nhu-khe-thuc-hien-38-ctr-tu', '2026 (suy luận)'],
  ];
  for (const [id, year] of cases) assert.deepEqual(yearOf(id), [year], id);
  assert.deepEqual(yearOf('36-nq-tw'), ['2023']);
  // The search page explains exactly the values filed by inference.
  assert.deepEqual(inferredYears(library, t), ['2023 (suy luận)', '2024 (suy luận)', '2026 (suy luận)']);
});

test('a document with neither a date nor an inferred one stays unknown', () => {
  const plan = library.plans.find((entry) => entry.id === 'lai-chau-35-ctr-tu')!;
  const undated = { ...plan, data: { ...plan.data, issued: null, issuedAfter: undefined } };
  const content = loadContent();
  const other = new Library({ ...content, plans: content.plans.map((entry) => (entry.id === plan.id ? undated : entry)) }, t);
  assert.deepEqual(searchRecord(other, plan.id, t).filters.year, [t('meta.unknown')]);
});

test('a central document is filed under "Trung ương", not under an unknown province', () => {
  assert.deepEqual(searchRecord(library, '36-nq-tw', t).filters.province, [t('level.central')]);
  assert.deepEqual(searchRecord(library, 'lai-chau-35-ctr-tu', t).filters.province, ['Lai Châu']);
});

test('a page is indexed with the forms it does not write of the names it does', () => {
  // Lạng Sơn writes "Ủy ban nhân dân" and "UBND", "vắc xin" but not "vắc-xin" nor "vacxin".
  const forms = searchRecord(library, 'lang-son-ubnd-thuc-hien-88-ctr-tu', t).otherForms;
  assert.ok(forms.includes('vacxin') && forms.includes('cnsh'), forms.join(', '));
  assert.ok(!forms.includes('ubnd') && !forms.includes('uy ban nhan dan'), 'both forms are written already');
});
