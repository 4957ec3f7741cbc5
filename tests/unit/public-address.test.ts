import { test } from 'node:test';
import assert from 'node:assert/strict';
import { publicAddress } from '../../src/lib/model/routes.ts';

test('a printed address is the public origin, the base, the path and the section', () => {
  const cases: [string, string, string][] = [
    ['http://127.0.0.1:4321', '/van-ban/lai-chau-35-ctr-tu/#ii', 'http://127.0.0.1:4321/van-ban/lai-chau-35-ctr-tu/#ii'],
    ['https://nq36.example.gov.vn', '/nq36/van-ban/x/#iii-2-1', 'https://nq36.example.gov.vn/nq36/van-ban/x/#iii-2-1'],
    ['https://nq36.example.gov.vn/', '/van-ban/x/', 'https://nq36.example.gov.vn/van-ban/x/'],
  ];
  for (const [site, path, expected] of cases) assert.equal(publicAddress(site, path), expected, `${site} + ${path}`);
  assert.equal(publicAddress(new URL('https://nq36.example.gov.vn'), '/in/x/#iv'), 'https://nq36.example.gov.vn/in/x/#iv');
});
