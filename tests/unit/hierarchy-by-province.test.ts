import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Library, type LibraryInput } from '../../src/lib/model/library.ts';
import { PAGE_SIZE } from '../../src/lib/model/pagination.ts';
import {
  UNPLACED,
  centralHierarchy,
  hierarchyCrumbs,
  hierarchyParts,
  partCitations,
  partPages,
  partSummaries,
  type TreeNode,
} from '../../src/lib/model/tree.ts';
import { loadContent } from '../helpers/content.ts';
import { t } from '../../src/i18n/t.ts';

const content = loadContent();
const library = new Library(content, t);
const BAC_GIANG = 'bac-giang-tinh-uy-thuc-hien-36-nq-tw';
const DISTRICT = 'huyen-uy-thuc-hien-114-kh-tu';
const NHU_KHE = 'nhu-khe-thuc-hien-38-ctr-tu';

const part = (id: string, from = library) => hierarchyParts(from).find((one) => one.id === id)!;
/** Every node of some trees, in reading order, with its depth. */
const walk = (trees: TreeNode[], depth = 0): { id: string; depth: number; tree: TreeNode }[] =>
  trees.flatMap((tree) => [{ id: tree.node.id, depth, tree }, ...walk(tree.children, depth + 1)]);
/** The nodes a page draws as its own (not those above it, nor those carried over). */
const ownIds = (trees: TreeNode[]) => walk(trees).filter(({ tree }) => !tree.context).map(({ id }) => id);

test('the root page holds 36-NQ/TW with the central documents carrying it out, and the other central documents', () => {
  const { resolution, others } = centralHierarchy(library);
  assert.deepEqual(walk([resolution!]).map(({ id, depth }) => [id, depth]), [['36-nq-tw', 0], ['189-nq-cp', 1]]);
  assert.deepEqual(others.map((tree) => tree.node.id), ['1671-qd-ttg', '06-kl-tw', '50-ct-tw']);
});

test('every plan and cited document is drawn exactly once: on the root page or on one province page', () => {
  const { resolution, others } = centralHierarchy(library);
  const drawn = [
    ...walk([resolution!, ...others]).map(({ id }) => id),
    ...hierarchyParts(library).flatMap((one) => partPages(library, one).flatMap((page) => ownIds(page.items))),
  ];
  // 114-KH/TU is drawn as the Bắc Giang plan it probably is, beside it, not on its own.
  const expected = [...library.plans.map((plan) => plan.id), ...library.documents.map((doc) => doc.id)].filter((id) => id !== '114-kh-tu');
  assert.deepEqual([...drawn].sort(), expected.sort());
});

test('one line per province, its plans counted by level in words, the latest date, and inferences owned up to', () => {
  const lines = Object.fromEntries(partSummaries(library, t).map((line) => [line.id, line]));
  assert.deepEqual(Object.keys(lines), ['bac-giang', 'lai-chau', 'lang-son', 'tuyen-quang']);
  const cases: [string, string, string | null, string | null][] = [
    ['bac-giang', '1 văn bản cấp tỉnh, 1 cấp huyện', 'sau ngày 05/01/2024', 'trong đó 1 văn bản xếp vào tỉnh theo suy luận'],
    ['lai-chau', '1 văn bản cấp tỉnh', '05/05/2023', null],
    ['tuyen-quang', '1 văn bản cấp xã', 'sau ngày 11/02/2026', null],
  ];
  for (const [id, counts, latest, inferred] of cases) {
    assert.equal(lines[id].counts, counts, id);
    assert.equal(lines[id].latest, latest, id);
    assert.equal(lines[id].inferredNote, inferred, id);
    assert.equal(lines[id].url, `/he-thong/${id}/`);
  }
});

test("a province's page draws its plans under the chain above them, up to 36-NQ/TW", () => {
  const [page] = partPages(library, part('tuyen-quang'));
  assert.deepEqual(
    walk(page.items).map(({ id, depth, tree }) => [id, depth, tree.context ?? 'own']),
    [
      ['36-nq-tw', 0, 'above'],
      ['38-ctr-tu-tuyen-quang', 1, 'own'],
      [NHU_KHE, 2, 'own'],
    ],
  );
  assert.deepEqual(ownIds(partPages(library, part('lai-chau'))[0].items), ['lai-chau-35-ctr-tu']);
});

test('the Bắc Giang district plan stands under the provincial plan, its link and its province both marked inferred', () => {
  const [page] = partPages(library, part('bac-giang'));
  const nodes = walk(page.items);
  assert.deepEqual(nodes.map(({ id, depth }) => [id, depth]), [['36-nq-tw', 0], [BAC_GIANG, 1], [DISTRICT, 2]]);
  const district = nodes.find(({ id }) => id === DISTRICT)!.tree;
  assert.equal(district.inferred, true);
  assert.match(district.grounds ?? '', /114-KH\/TU/);
  assert.match(district.placementGrounds ?? '', /tỉnh Bắc Giang/);
  assert.equal(nodes.find(({ id }) => id === BAC_GIANG)!.tree.placementGrounds, null);
});

test('what a province cites but does not draw is listed apart', () => {
  assert.deepEqual(partCitations(library, part('bac-giang')).map((node) => node.id), ['1671-qd-ttg', '189-nq-cp']);
  assert.deepEqual(partCitations(library, part('tuyen-quang')), []);
});

test('a plan page places itself: the hierarchy, its province (inferred when it is), then the chain', () => {
  const names = (id: string) => hierarchyCrumbs(library, id, t).map((crumb) => `${crumb.name}${crumb.inferred ? ' (suy luận)' : ''}`);
  assert.deepEqual(names(NHU_KHE), ['Hệ thống văn bản', 'tỉnh Tuyên Quang', 'Nghị quyết 36-NQ/TW', 'Chương trình hành động 38-CTr/TU']);
  assert.deepEqual(names(DISTRICT).slice(0, 2), ['Hệ thống văn bản', 'tỉnh Bắc Giang (suy luận)']);
  assert.deepEqual(names('189-nq-cp'), ['Hệ thống văn bản', 'Nghị quyết 36-NQ/TW']);
  assert.equal(hierarchyCrumbs(library, NHU_KHE, t)[1].url, '/he-thong/tuyen-quang/');
});

/** The bundled library with `count` more commune plans of Nhữ Khê, copies of the real one. */
function withCommunePlans(count: number): Library {
  const nhuKhe = content.plans.find((plan) => plan.id === NHU_KHE)!;
  const copies = Array.from({ length: count }, (_, index) => ({ ...nhuKhe, id: `${NHU_KHE}-${index}` }));
  const input: LibraryInput = { ...content, plans: [...content.plans, ...copies] };
  return new Library(input, t);
}

test('a province with more plans than a page holds goes on over pages, what leads down to them drawn again', () => {
  const big = withCommunePlans(PAGE_SIZE.hierarchyNodes + 10);
  const pages = partPages(big, part('tuyen-quang', big));
  assert.equal(pages.length, 2);
  const own = pages.map((page) => ownIds(page.items));
  assert.deepEqual(own.map((ids) => ids.length), [PAGE_SIZE.hierarchyNodes, 12]);
  assert.equal(new Set(own.flat()).size, PAGE_SIZE.hierarchyNodes + 12);
  // The second page opens with the chain above and the provincial programme, carried over.
  assert.deepEqual(walk(pages[1].items).slice(0, 2).map(({ id, tree }) => [id, tree.context]), [['36-nq-tw', 'above'], ['38-ctr-tu-tuyen-quang', 'continued']]);
});

test('plans no text places in a province get a part of their own, after the provinces', () => {
  const unplaced = content.plans.find((plan) => plan.id === DISTRICT)!;
  const input: LibraryInput = { ...content, plans: content.plans.map((plan) => (plan === unplaced ? { ...plan, data: { ...plan.data, localityInferred: undefined } } : plan)) };
  const other = new Library(input, t);
  const lines = partSummaries(other, t);
  assert.deepEqual(lines.at(-1), { id: UNPLACED, name: 'Văn bản chưa xác định được tỉnh', url: '/he-thong/chua-xac-dinh-tinh/', counts: '1 văn bản cấp huyện', latest: 'sau ngày 05/01/2024', inferredNote: null });
  assert.deepEqual(hierarchyCrumbs(other, DISTRICT, t)[1].name, 'Văn bản chưa xác định được tỉnh');
});
