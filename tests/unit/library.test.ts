import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Library } from '../../src/lib/model/library.ts';
import { checkIntegrity } from '../../src/lib/model/integrity.ts';
import { sortPlans } from '../../src/lib/model/plan-list.ts';
import { compareVietnamese, foldVietnamese, slugify } from '../../src/lib/model/vietnamese.ts';
import { loadContent } from '../helpers/content.ts';
import { t } from '../../src/i18n/t.ts';

const content = loadContent();
const library = new Library(content, t);
const DISTRICT = 'huyen-uy-thuc-hien-114-kh-tu';
const BAC_GIANG = 'bac-giang-tinh-uy-thuc-hien-36-nq-tw';

test('the bundled content has no integrity problem', () => {
  assert.deepEqual(checkIntegrity(content), []);
});

test('every plan reaches 36-NQ/TW by its chain', () => {
  for (const plan of library.plans) {
    const chain = library.ancestors(plan.id);
    assert.equal(chain[0]?.node.id, '36-nq-tw', plan.id);
  }
  assert.deepEqual(library.ancestors('nhu-khe-thuc-hien-38-ctr-tu').map((link) => link.node.id), ['36-nq-tw', '38-ctr-tu-tuyen-quang']);
  assert.deepEqual(library.ancestors(DISTRICT).map((link) => link.node.id), ['36-nq-tw', '114-kh-tu']);
});

test('the Bắc Giang plan is 114-KH/TU only by inference, so the district plan implements it by inference', () => {
  const held = library.heldPlanFor('114-kh-tu');
  assert.equal(held?.plan.id, BAC_GIANG);
  const [link] = library.implementers(BAC_GIANG);
  assert.equal(link.node.id, DISTRICT);
  assert.equal(link.inferred, true);
  assert.match(link.grounds ?? '', /114-KH\/TU/);
  assert.deepEqual(library.implementers('114-kh-tu').map((l) => [l.node.id, l.inferred]), [[DISTRICT, false]]);
});

test('citers include plans that carry a document out and plans that only cite it', () => {
  assert.deepEqual(library.citers('189-nq-cp').map((node) => node.id).sort(), [BAC_GIANG, DISTRICT]);
  assert.equal(library.citers('36-nq-tw').length, 5);
});

test('short names use the number, else the type and issuer', () => {
  assert.equal(library.shortName(library.node('lai-chau-35-ctr-tu')!), 'Chương trình hành động 35-CTr/TU');
  assert.equal(library.shortName(library.node('lang-son-ubnd-thuc-hien-88-ctr-tu')!), 'Kế hoạch của Ủy ban nhân dân tỉnh Lạng Sơn');
  assert.equal(library.shortName(library.node('114-kh-tu')!), 'Kế hoạch 114-KH/TU');
});

test('the plan list sorts by level, date and locality in Vietnamese order', () => {
  const ids = (order: 'level' | 'date' | 'locality') => sortPlans(library, order).map((node) => node.id);
  assert.deepEqual(ids('level').at(-1), 'nhu-khe-thuc-hien-38-ctr-tu');
  assert.deepEqual(ids('date'), ['lai-chau-35-ctr-tu', 'lang-son-ubnd-thuc-hien-88-ctr-tu', BAC_GIANG, DISTRICT, 'nhu-khe-thuc-hien-38-ctr-tu']);
  // tỉnh Bắc Giang, tỉnh Lai Châu, tỉnh Lạng Sơn, tỉnh Lạng Sơn… then xã Nhữ Khê; unnamed last.
  assert.equal(ids('locality')[0], BAC_GIANG);
  assert.equal(ids('locality').at(-1), DISTRICT);
});

test('Vietnamese helpers: collation, folding and slugs', () => {
  const words = ['Đông', 'Dương', 'Ân', 'An', 'Ăn', 'Bắc'];
  assert.deepEqual([...words].sort(compareVietnamese), ['An', 'Ăn', 'Ân', 'Bắc', 'Dương', 'Đông']);
  assert.equal(foldVietnamese('Đảng ủy đầu tư'), 'Dang uy dau tu');
  assert.equal(slugify('Tầm nhìn đến năm 2045'), 'tam-nhin-den-nam-2045');
});

test('integrity problems name the file, the field and what is wrong', () => {
  const [plan] = content.plans;
  const broken = {
    ...content,
    plans: [
      { ...plan, data: { ...plan.data, issuer: 'so-khong-co', cites: ['99-nq-tw'], implements: [{ document: 'khong-co', inferred: false }] } },
      { ...plan, id: '36-nq-tw', file: 'content/plans/36-nq-tw.mdx', data: { ...plan.data, number: '35-CTr/TU', locality: 'lai-chau' } },
      { ...plan, id: 'x', file: 'content/plans/x.mdx', data: { ...plan.data, number: '35-CTr/TU', locality: 'lai-chau' } },
    ],
  };
  const problems = checkIntegrity(broken);
  const file = plan.file;
  assert.ok(problems.includes(`${file}: issuer: unknown agency "so-khong-co"`), problems.join('\n'));
  assert.ok(problems.includes(`${file}: cites[0]: unknown document "99-nq-tw"`));
  assert.ok(problems.includes(`${file}: implements[0].document: unknown document "khong-co"`));
  assert.ok(problems.includes('content/plans/36-nq-tw.mdx: id "36-nq-tw" is also the id of a cited document; ids must be unique'));
  assert.ok(problems.includes('content/plans/x.mdx: number: "35-CTr/TU" is already the number of content/plans/36-nq-tw.mdx'));
});

test('an implements cycle is reported', () => {
  const docs = content.documents.map((doc) =>
    doc.id === '36-nq-tw' ? { ...doc, data: { ...doc.data, implements: [{ document: '189-nq-cp', inferred: false }] } } : doc,
  );
  const problems = checkIntegrity({ ...content, documents: docs });
  assert.ok(problems.some((p) => /implements: cycle (36-nq-tw → 189-nq-cp → 36-nq-tw|189-nq-cp → 36-nq-tw → 189-nq-cp)/.test(p)), problems.join('\n'));
});

import { alternateTonePlacement } from '../../src/lib/model/vietnamese.ts';

test('tone placement: old and new style are the same word', () => {
  const cases: [string, string | null][] = [
    ['hóa', 'hoá'],
    ['hoá', 'hóa'],
    ['ủy', 'uỷ'],
    ['Ủy', 'Uỷ'],
    ['khỏe', 'khoẻ'],
    ['thủy', 'thuỷ'],
    ['hoàn', null],
    ['quốc', null],
  ];
  for (const [word, expected] of cases) assert.equal(alternateTonePlacement(word), expected, word);
});
