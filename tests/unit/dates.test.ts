import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatPartialDate, isValidPartialDate, precisionOf } from '../../src/lib/model/dates.ts';
import { t } from '../../src/i18n/t.ts';

test('partial dates: validity, precision and Vietnamese display', () => {
  const cases: [string, boolean, string | null, string | null][] = [
    ['2023-01-30', true, 'day', '30/01/2023'],
    ['2024-04', true, 'month', 'tháng 4/2024'],
    ['2024', true, 'year', 'năm 2024'],
    ['2024-02-29', true, 'day', '29/02/2024'],
    ['2023-02-29', false, 'day', null],
    ['2023-13', false, 'month', null],
    ['30/01/2023', false, null, null],
  ];
  for (const [value, valid, precision, display] of cases) {
    assert.equal(isValidPartialDate(value), valid, value);
    assert.equal(precisionOf(value), precision, value);
    if (display) assert.equal(formatPartialDate(value, t), display);
  }
});

import { firstDayOf, lastDayOf } from '../../src/lib/model/dates.ts';

test('the first and last day a partial date can mean', () => {
  assert.equal(firstDayOf('2024'), '2024-01-01');
  assert.equal(firstDayOf('2024-04'), '2024-04-01');
  assert.equal(lastDayOf('2024-02'), '2024-02-29');
  assert.equal(lastDayOf('2023'), '2023-12-31');
  assert.equal(lastDayOf('2024-03-15'), '2024-03-15');
});
