import { test } from 'node:test';
import assert from 'node:assert/strict';
import { facetValuesToShow } from '../../src/lib/search/facet-values.ts';

const agencies = ['Sở Nông nghiệp tỉnh A', 'Sở Tài chính tỉnh A', 'Sở Y tế tỉnh A', 'Sở Y tế tỉnh B', 'UBND tỉnh B'];

test('a short facet lists every value in its order', () => {
  assert.deepEqual(facetValuesToShow(['Cấp tỉnh', 'Cấp xã'], { 'Cấp xã': 1 }, new Set()), { shown: ['Cấp tỉnh', 'Cấp xã'], more: 0 });
});

test('a long facet lists what is ticked, then the most frequent values in the results', () => {
  const counts = { 'Sở Y tế tỉnh A': 2, 'Sở Tài chính tỉnh A': 5, 'UBND tỉnh B': 1 };
  assert.deepEqual(facetValuesToShow(agencies, counts, new Set(['Sở Y tế tỉnh B']), '', 2), {
    shown: ['Sở Y tế tỉnh B', 'Sở Tài chính tỉnh A', 'Sở Y tế tỉnh A'],
    more: 1,
  });
});

test('typing finds values without tone marks, whatever their count', () => {
  assert.deepEqual(facetValuesToShow(agencies, {}, new Set(), 'so y te', 2), { shown: ['Sở Y tế tỉnh A', 'Sở Y tế tỉnh B'], more: 0 });
  assert.deepEqual(facetValuesToShow(agencies, {}, new Set(), 'y te b', 2), { shown: ['Sở Y tế tỉnh B'], more: 0 }, 'every word, in any order');
  assert.deepEqual(facetValuesToShow(agencies, {}, new Set(), 'xyz', 2), { shown: [], more: 0 });
});
