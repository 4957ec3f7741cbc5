import { test } from 'node:test';
import assert from 'node:assert/strict';
import { facetValuesToShow } from '../../src/lib/search/facet-values.ts';

const agencies = ['Sở Nông nghiệp tỉnh A', 'Sở Tài chính tỉnh A', 'Sở Y tế tỉnh A', 'Sở Y tế tỉnh B', 'UBND tỉnh B'];

test('a short facet lists, in its order, the values the results have and those ticked', () => {
  const levels = ['Cấp huyện', 'Cấp tỉnh', 'Cấp xã', 'Trung ương'];
  assert.deepEqual(facetValuesToShow(levels, { 'Cấp xã': 1, 'Cấp tỉnh': 3 }, new Set()), { shown: ['Cấp tỉnh', 'Cấp xã'], more: 0 });
  assert.deepEqual(facetValuesToShow(levels, { 'Cấp xã': 1 }, new Set(['Trung ương'])), { shown: ['Cấp xã', 'Trung ương'], more: 0 }, 'a ticked value stays, whatever its count');
  assert.deepEqual(facetValuesToShow(levels, {}, new Set()), { shown: [], more: 0 });
});

test('a long facet lists what is ticked, then the most frequent values in the results', () => {
  const counts = { 'Sở Y tế tỉnh A': 2, 'Sở Tài chính tỉnh A': 5, 'UBND tỉnh B': 1 };
  assert.deepEqual(facetValuesToShow(agencies, counts, new Set(['Sở Y tế tỉnh B']), '', 2), {
    shown: ['Sở Y tế tỉnh B', 'Sở Tài chính tỉnh A', 'Sở Y tế tỉnh A'],
    more: 1,
  });
});

test('typing finds, without tone marks, the values the results have', () => {
  const counts = { 'Sở Y tế tỉnh A': 1, 'Sở Y tế tỉnh B': 2, 'Sở Nông nghiệp tỉnh A': 1 };
  assert.deepEqual(facetValuesToShow(agencies, counts, new Set(), 'so y te', 2), { shown: ['Sở Y tế tỉnh B', 'Sở Y tế tỉnh A'], more: 0 });
  assert.deepEqual(facetValuesToShow(agencies, counts, new Set(), 'y te b', 2), { shown: ['Sở Y tế tỉnh B'], more: 0 }, 'every word, in any order');
  assert.deepEqual(facetValuesToShow(agencies, counts, new Set(), 'tai chinh', 2), { shown: [], more: 0 }, 'not one the results lack');
});
