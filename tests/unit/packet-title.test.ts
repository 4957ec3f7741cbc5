import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PACKET_TITLE_KEY, PACKET_TITLE_MAX_LENGTH, packetTitle } from '../../src/lib/browser/packet.ts';

test('the packet title is stored under a key of its own, which must not change or readers lose their titles', () => {
  assert.equal(PACKET_TITLE_KEY, 'nq36:tap-tai-lieu:ten');
});

test('a typed title is printed on one line, without stray spaces, and never runs past the cover', () => {
  const long = `Tài liệu học tập ${'Nghị quyết 36 '.repeat(20)}`;
  const cases: [string | null, string][] = [
    [null, ''],
    ['', ''],
    ['   ', ''],
    ['Tài liệu học tập Nghị quyết 36 – Chi bộ thôn Nà Tăm', 'Tài liệu học tập Nghị quyết 36 – Chi bộ thôn Nà Tăm'],
    ['  Tài liệu\n học tập\t\tNQ 36  ', 'Tài liệu học tập NQ 36'],
    [long, long.replace(/\s+/g, ' ').slice(0, PACKET_TITLE_MAX_LENGTH).trim()],
  ];
  for (const [typed, expected] of cases) assert.equal(packetTitle(typed), expected, JSON.stringify(typed));
  assert.ok(packetTitle(long).length <= PACKET_TITLE_MAX_LENGTH);
});
