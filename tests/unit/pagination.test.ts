import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageParam, pageUrl, pagerNumbers, paginate, paginateGroups } from '../../src/lib/model/pagination.ts';

test('a list is cut into pages of a fixed size; an empty list has one empty page', () => {
  assert.deepEqual(paginate([1, 2, 3, 4, 5], 2), [
    { number: 1, items: [1, 2] },
    { number: 2, items: [3, 4] },
    { number: 3, items: [5] },
  ]);
  assert.deepEqual(paginate([], 10), [{ number: 1, items: [] }]);
});

test('the first page keeps the list address, the others add trang-N', () => {
  assert.equal(pageParam(1), undefined);
  assert.equal(pageParam(3), 'trang-3');
  assert.equal(pageUrl('/chi-tieu/', 1), '/chi-tieu/');
  assert.equal(pageUrl('/chi-tieu/', 3), '/chi-tieu/trang-3/');
});

test('a pager shows the ends and the neighbours of the current page, gaps as null', () => {
  assert.deepEqual(pagerNumbers(1, 1), [1]);
  assert.deepEqual(pagerNumbers(2, 4), [1, 2, 3, 4]);
  assert.deepEqual(pagerNumbers(1, 300), [1, 2, 3, null, 300]);
  assert.deepEqual(pagerNumbers(150, 300), [1, null, 148, 149, 150, 151, 152, null, 300]);
  assert.deepEqual(pagerNumbers(299, 300), [1, null, 297, 298, 299, 300]);
});

test('groups are cut by items, not groups: a group crossing a boundary goes on, marked continued, on the next page', () => {
  const groups = [
    { name: 'a', items: [1, 2] },
    { name: 'empty', items: [] },
    { name: 'b', items: [3, 4, 5, 6, 7] },
    { name: 'c', items: [8] },
  ];
  const pages = paginateGroups(groups, (group) => group.items, 3);
  assert.deepEqual(
    pages.map((page) => page.items.map(({ group, items, continued }) => [group.name, items, continued])),
    [
      [['a', [1, 2], false], ['b', [3], false]],
      [['b', [4, 5, 6], true]],
      [['b', [7], true], ['c', [8], false]],
    ],
  );
  assert.deepEqual(pages.map((page) => page.number), [1, 2, 3]);
  assert.deepEqual(paginateGroups([{ items: [] }], (group) => group.items, 3), [{ number: 1, items: [] }]);
});

test('how items spread over groups does not change how many a page holds', () => {
  const items = Array.from({ length: 95 }, (_, index) => index);
  const oneGroup = paginateGroups([items], (group) => group, 40);
  const groupEach = paginateGroups(items.map((item) => [item]), (group) => group, 40);
  const uneven = paginateGroups([items.slice(0, 3), items.slice(3, 90), items.slice(90)], (group) => group, 40);
  for (const pages of [oneGroup, groupEach, uneven]) {
    assert.deepEqual(pages.map((page) => page.items.flatMap((slice) => slice.items).length), [40, 40, 15]);
    assert.deepEqual(pages.flatMap((page) => page.items.flatMap((slice) => slice.items)), items);
  }
});

test('kept, an empty group is shown in its place and takes the room of one item', () => {
  const groups = [
    { name: 'a', items: [1, 2] },
    { name: 'empty', items: [] },
    { name: 'b', items: [3, 4] },
    { name: 'none', items: [] },
  ];
  const pages = paginateGroups(groups, (group) => group.items, 3, { keepEmpty: true });
  assert.deepEqual(
    pages.map((page) => page.items.map(({ group, items, continued }) => [group.name, items, continued])),
    [
      [['a', [1, 2], false], ['empty', [], false]],
      [['b', [3, 4], false], ['none', [], false]],
    ],
  );
  // However many there are, empty groups fill pages like items.
  const empties = paginateGroups(Array.from({ length: 7 }, () => []), (group) => group, 3, { keepEmpty: true });
  assert.deepEqual(empties.map((page) => page.items.length), [3, 3, 1]);
});
