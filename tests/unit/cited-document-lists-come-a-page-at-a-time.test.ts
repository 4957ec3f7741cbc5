/**
 * A cited document's page lists what carries it out, then every plan naming it, a page of rows at
 * a time: a province's document carried out by each of its communes makes no page grow either.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Library, type Entry } from '../../src/lib/model/library.ts';
import { documentPages } from '../../src/lib/model/views.ts';
import { placeAndDate } from '../../src/lib/model/document-view.ts';
import { PAGE_SIZE } from '../../src/lib/model/pagination.ts';
import { sortDate } from '../../src/lib/model/plan-list.ts';
import type { PlanData } from '../../src/schemas/plan.ts';
import { loadContent } from '../helpers/content.ts';
import { t } from '../../src/i18n/t.ts';

const content = loadContent();
const library = new Library(content, t);
const NHU_KHE = 'nhu-khe-thuc-hien-38-ctr-tu';
const PROVINCE_DOCUMENT = '38-ctr-tu-tuyen-quang';

/** Each page's lists as [list, ids of its rows, continued]. */
const shape = (of: Library, documentId: string) =>
  documentPages(of, documentId).map((page) => page.items.map((slice) => [slice.list, slice.rows.map((row) => row.node.id), slice.continued]));

test('with the bundled plans each document has one page: what carries it out, then who names it, in the plan list order', () => {
  assert.deepEqual(shape(library, '36-nq-tw'), [
    [
      // The central document, then province plans and documents by province; 114-KH/TU stands as the Bắc Giang plan it probably is.
      ['implementedBy', ['189-nq-cp', 'bac-giang-tinh-uy-thuc-hien-36-nq-tw', 'lai-chau-35-ctr-tu', '88-ctr-tu-lang-son', '38-ctr-tu-tuyen-quang'], false],
      // Province plans by province (Bắc Giang, Lai Châu, Lạng Sơn), then the district's, then the commune's.
      ['citedBy', ['bac-giang-tinh-uy-thuc-hien-36-nq-tw', 'lai-chau-35-ctr-tu', 'lang-son-ubnd-thuc-hien-88-ctr-tu', 'huyen-uy-thuc-hien-114-kh-tu', NHU_KHE], false],
    ],
  ]);
  // A list with nothing in it is still shown, to say so.
  assert.deepEqual(shape(library, '50-ct-tw'), [[['implementedBy', [], false], ['citedBy', ['lai-chau-35-ctr-tu'], false]]]);
});

test('what carries a document out by inference is marked with its grounds; a plan naming it is not', () => {
  const GROUNDS = 'Văn bản không ghi số; nội dung khớp với Chỉ thị 50-CT/TW.';
  const inferred = new Library(
    {
      ...content,
      plans: content.plans.map((plan) =>
        plan.id === 'lai-chau-35-ctr-tu' ? { ...plan, data: { ...plan.data, implements: [...plan.data.implements, { document: '50-ct-tw', inferred: true as const, grounds: GROUNDS }] } } : plan,
      ),
    },
    t,
  );
  const [{ items }] = documentPages(inferred, '50-ct-tw');
  assert.deepEqual(
    items.map((slice) => [slice.list, slice.rows.map((row) => [row.node.id, row.grounds])]),
    [
      ['implementedBy', [['lai-chau-35-ctr-tu', GROUNDS]]],
      ['citedBy', [['lai-chau-35-ctr-tu', null]]],
    ],
  );
});

test('a province document carried out by hundreds of communes runs over pages of rows, each list marked where it goes on', () => {
  const COMMUNES = 2 * PAGE_SIZE.documentRows + 50;
  const nhuKhe = content.plans.find((plan) => plan.id === NHU_KHE)!;
  // Copies of the commune's plan, each with its own number and month, all carrying out the province's document.
  const communes: Entry<PlanData>[] = Array.from({ length: COMMUNES }, (_, index) => ({
    ...nhuKhe,
    id: `xa-${index}`,
    data: { ...nhuKhe.data, number: `${index + 1}-KH/ĐU`, issued: `2026-${String((index % 12) + 1).padStart(2, '0')}`, issuedAfter: undefined },
  }));
  const big = new Library({ ...content, plans: [...content.plans, ...communes] }, t);
  const pages = documentPages(big, PROVINCE_DOCUMENT);

  // The commune's own plan and its copies both carry the document out and name it: two lists of 251.
  const rows = COMMUNES + 1;
  assert.deepEqual(
    pages.map((page) => [page.number, page.items.map((slice) => [slice.list, slice.rows.length, slice.total, slice.continued])]),
    [
      [1, [['implementedBy', 100, rows, false]]],
      [2, [['implementedBy', 100, rows, true]]],
      [3, [['implementedBy', 51, rows, true], ['citedBy', 49, rows, false]]],
      [4, [['citedBy', 100, rows, true]]],
      [5, [['citedBy', 100, rows, true]]],
      [6, [['citedBy', 2, rows, true]]],
    ],
  );
  // Every plan once in each list, in the plan list's order: all in one commune, so by date.
  const listed = (list: string) => pages.flatMap((page) => page.items.filter((slice) => slice.list === list).flatMap((slice) => slice.rows.map((row) => row.node)));
  for (const list of ['implementedBy', 'citedBy']) {
    const nodes = listed(list);
    assert.equal(new Set(nodes.map((node) => node.id)).size, rows, list);
    const dates = nodes.map((node) => sortDate(big, node).date!);
    assert.deepEqual(dates, [...dates].sort(), list);
  }
});

test('a row is told apart by its place and date, and what the texts do not say is said so', () => {
  const lacking = new Library(
    { ...content, plans: content.plans.map((plan) => (plan.id === NHU_KHE ? { ...plan, data: { ...plan.data, issuedAfter: undefined } } : plan)) },
    t,
  );
  const cases: [Library, string, string][] = [
    [library, 'lai-chau-35-ctr-tu', 'tỉnh Lai Châu · 05/05/2023'],
    [library, 'lang-son-ubnd-thuc-hien-88-ctr-tu', 'tỉnh Lạng Sơn · sau ngày 19/06/2023'],
    // The district's plan names neither its district nor its province.
    [library, 'huyen-uy-thuc-hien-114-kh-tu', 'Địa bàn không ghi trong văn bản · sau ngày 05/01/2024'],
    [lacking, NHU_KHE, 'xã Nhữ Khê, tỉnh Tuyên Quang · Ngày ban hành không ghi trong văn bản'],
    // A central document names no place; a province's document whose province no text names.
    [library, '189-nq-cp', 'Trung ương · 16/11/2023'],
    [library, '114-kh-tu', 'Địa bàn không ghi trong văn bản · 05/01/2024'],
  ];
  for (const [of, id, expected] of cases) assert.equal(placeAndDate(of, of.node(id)!, t), expected, id);
});
