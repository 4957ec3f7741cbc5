/**
 * What a text does not say is said one way, apart from a document's name, never inside it; a held
 * plan and the cited document it probably is stand once, the identity labelled with its grounds.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Library, type Entry } from '../../src/lib/model/library.ts';
import { documentFacts, nameAndDate, placeText, rowDetail } from '../../src/lib/model/document-view.ts';
import { planMetadata } from '../../src/lib/model/plan-view.ts';
import { documentPages } from '../../src/lib/model/views.ts';
import type { PlanData } from '../../src/schemas/plan.ts';
import { agencySchema } from '../../src/schemas/agency.ts';
import { loadContent } from '../helpers/content.ts';
import { t } from '../../src/i18n/t.ts';

const content = loadContent();
const library = new Library(content, t);
const BAC_GIANG = 'bac-giang-tinh-uy-thuc-hien-36-nq-tw';
const DISTRICT = 'huyen-uy-thuc-hien-114-kh-tu';
const NHU_KHE = 'nhu-khe-thuc-hien-38-ctr-tu';
const node = (id: string, of = library) => of.node(id)!;

test('a name never carries an unknown: the issuer is named alone, and the unknown place is a fact of its own', () => {
  const cases: [id: string, shortName: string, issuer: string, localityUnknown: boolean][] = [
    // Its issuer's district is not named (localityUnnamed: district).
    [DISTRICT, 'Kế hoạch của Ban Thường vụ Huyện ủy', 'Ban Thường vụ Huyện ủy', true],
    [BAC_GIANG, 'Kế hoạch của Ban Thường vụ Tỉnh ủy Bắc Giang', 'Ban Thường vụ Tỉnh ủy Bắc Giang', false],
    [NHU_KHE, 'Kế hoạch của Ban Thường vụ Đảng ủy xã Nhữ Khê', 'Ban Thường vụ Đảng ủy xã Nhữ Khê', false],
    ['lai-chau-35-ctr-tu', 'Chương trình hành động 35-CTr/TU', 'Ban Thường vụ Tỉnh ủy Lai Châu', false],
    // A cited document whose issuer is known only as written, in a province no text names.
    ['114-kh-tu', 'Kế hoạch 114-KH/TU', 'Ban Thường vụ Tỉnh ủy', true],
    // A central document names no place, and lacks none.
    ['36-nq-tw', 'Nghị quyết 36-NQ/TW', 'Bộ Chính trị', false],
  ];
  for (const [id, shortName, issuer, unknown] of cases) {
    assert.deepEqual([library.shortName(node(id)), library.issuerName(node(id)), library.localityUnknown(node(id))], [shortName, issuer, unknown], id);
  }
  const unknownWords = t('meta.unknown').toLocaleLowerCase('vi');
  for (const id of [...library.plans, ...library.documents].map((entry) => entry.id)) {
    assert.ok(!library.shortName(node(id)).toLocaleLowerCase('vi').includes(unknownWords), id);
  }
  // The plan's own facts name its issuer alone too; its place row says the place is unknown.
  const rows = Object.fromEntries(planMetadata(library, DISTRICT, t).map((row) => [row.label, row]));
  assert.deepEqual(rows['meta.issuer'].parts, [{ text: 'Ban Thường vụ Huyện ủy' }]);
  assert.deepEqual(rows['meta.locality'].parts, []);
});

test('a body whose place the texts leave unsaid: its bare name on its own, the place said beside it where bodies of many places stand together', () => {
  assert.equal(library.agencies.get('ubnd-huyen-khong-ro-huyen')!.data.name, 'Ủy ban nhân dân huyện');
  assert.equal(library.agencyName('ubnd-huyen-khong-ro-huyen'), 'Ủy ban nhân dân huyện (huyện không ghi trong văn bản)');
  assert.equal(library.agencyName('ubnd-tinh-lang-son'), 'Ủy ban nhân dân tỉnh Lạng Sơn');
  // A bracket in a name is the name's: nothing is cut from what the texts write.
  const khoa = { name: 'Ban Thường vụ Tỉnh ủy Bắc Giang (khóa XIX)', aliases: [], kind: 'Ban Thường vụ Tỉnh ủy', level: 'province', locality: 'bac-giang' };
  const of = new Library({ ...content, agencies: [...content.agencies, { id: 'khoa', file: 'khoa.yaml', data: agencySchema.parse(khoa) }] }, t);
  assert.equal(of.agencyName('khoa'), khoa.name);
});

test('a local body with no locality must say which place is unnamed, and only such a body may', () => {
  const body = { name: 'Ủy ban nhân dân huyện', kind: 'Ủy ban nhân dân', level: 'district' };
  const problems = (data: object) => agencySchema.safeParse(data).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];
  assert.deepEqual(problems({ ...body, locality: null, localityUnnamed: 'district' }), []);
  assert.match(problems({ ...body, locality: null }).join(), /^localityUnnamed: a district body with no locality must say/);
  assert.match(problems({ ...body, locality: 'lang-son', localityUnnamed: 'district' }).join(), /^localityUnnamed: only for a body whose locality/);
  assert.match(problems({ ...body, locality: null, localityUnnamed: 'commune' }).join(), /^localityUnnamed: a district body's unnamed place is its own district/);
  // "… các cấp" of a district no text names.
  assert.deepEqual(problems({ ...body, level: 'all', locality: null, localityUnnamed: 'district' }), []);
  // A central body has no place to leave unsaid.
  assert.deepEqual(problems({ name: 'Bộ Chính trị', kind: 'Bộ Chính trị', level: 'central', locality: null }), []);
});

test('a row or card tells a document by its number (or that it has none written), place and date, each unknown said so', () => {
  const cases: [id: string, place: string, detail: string][] = [
    [BAC_GIANG, 'tỉnh Bắc Giang', 'Số hiệu không ghi trong văn bản · tỉnh Bắc Giang · sau ngày 16/11/2023'],
    ['lai-chau-35-ctr-tu', 'tỉnh Lai Châu', 'tỉnh Lai Châu · 05/05/2023'],
    [DISTRICT, 'Địa bàn không ghi trong văn bản', 'Số hiệu không ghi trong văn bản · Địa bàn không ghi trong văn bản · sau ngày 05/01/2024'],
    [NHU_KHE, 'xã Nhữ Khê, tỉnh Tuyên Quang', 'Số hiệu không ghi trong văn bản · xã Nhữ Khê, tỉnh Tuyên Quang · sau ngày 11/02/2026'],
    ['189-nq-cp', 'Trung ương', 'Trung ương · 16/11/2023'],
  ];
  for (const [id, place, detail] of cases) assert.deepEqual([placeText(library, node(id), t), rowDetail(library, node(id), t)], [place, detail], id);
  assert.equal(nameAndDate(library, node('114-kh-tu'), t), 'Kế hoạch 114-KH/TU ngày 05/01/2024');
  assert.equal(nameAndDate(library, node(BAC_GIANG), t), 'Kế hoạch của Ban Thường vụ Tỉnh ủy Bắc Giang');
});

test("a central document's place is the centre, not an unknown; a province's document no text places is unknown", () => {
  const locality = (id: string) => documentFacts(library, id, t).find((fact) => fact.label === 'meta.locality')!.value;
  assert.equal(locality('36-nq-tw'), 'Trung ương');
  assert.equal(locality('189-nq-cp'), 'Trung ương');
  assert.equal(locality('114-kh-tu'), null);
});

/** A cited document's lists as [list, [id, the document it probably is, grounds?][]]. */
const lists = (of: Library, documentId: string) =>
  documentPages(of, documentId).flatMap((page) =>
    page.items.map((slice) => [slice.list, slice.rows.map((row) => [row.node.id, row.identity?.node.id ?? null, Boolean(row.identity?.grounds)])]),
  );

test('the Bắc Giang plan carries out 36-NQ/TW once: 114-KH/TU, which it probably is, stands beside it, labelled, not on a row of its own', () => {
  const [implementedBy] = lists(library, '36-nq-tw');
  assert.deepEqual(implementedBy, [
    'implementedBy',
    [
      ['189-nq-cp', null, false],
      [BAC_GIANG, '114-kh-tu', true],
      ['lai-chau-35-ctr-tu', null, false],
      ['88-ctr-tu-lang-son', null, false],
      ['38-ctr-tu-tuyen-quang', null, false],
    ],
  ]);
  // When the plan it probably is does not carry the document out, the cited document keeps its row.
  const elsewhere = new Library(
    { ...content, plans: content.plans.map((plan) => (plan.id === BAC_GIANG ? { ...plan, data: { ...plan.data, implements: [{ document: '189-nq-cp', inferred: false as const }] } } : plan)) },
    t,
  );
  assert.ok(documentPages(elsewhere, '36-nq-tw')[0].items[0].rows.some((row) => row.node.id === '114-kh-tu'));
});

test("a cited document's lists go by level, then by province, then by date — not by the communes' own names", () => {
  const nhuKhe = content.plans.find((plan) => plan.id === NHU_KHE)!;
  const commune = (id: string, locality: string, issued: string): Entry<PlanData> => ({
    ...nhuKhe,
    id,
    data: { ...nhuKhe.data, locality, issued, issuedAfter: undefined, implements: [{ document: '36-nq-tw', inferred: false as const }] },
  });
  const place = (id: string, name: string, parent: string) => ({ id, file: `${id}.yaml`, data: { name, kind: 'xã' as const, parent } });
  const big = new Library(
    {
      ...content,
      localities: [...content.localities, place('an-phu', 'An Phú', 'tuyen-quang'), place('xuan-huong', 'Xuân Hương', 'bac-giang')],
      plans: [...content.plans, commune('an-phu-sau', 'an-phu', '2026-05-01'), commune('an-phu-truoc', 'an-phu', '2026-03-01'), commune('xuan-huong', 'xuan-huong', '2026-06-01')],
    },
    t,
  );
  const [, rows] = lists(big, '36-nq-tw')[0] as [string, [string][]];
  // Bắc Giang before Tuyên Quang, whatever the communes are called; in Tuyên Quang, earlier first.
  assert.deepEqual(
    rows.map(([id]) => id).filter((id) => big.node(id)!.level === 'commune'),
    ['xuan-huong', 'an-phu-truoc', 'an-phu-sau'],
  );
});
