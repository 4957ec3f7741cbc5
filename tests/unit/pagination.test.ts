import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageParam, pageUrl, pagerNumbers, paginate } from '../../src/lib/pagination.ts';

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
