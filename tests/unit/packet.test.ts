import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PACKET_KEY, hasItem, moveItem, parsePacket, toggleItem, type PacketItem } from '../../src/lib/browser/packet.ts';

const item = (plan: string, section: string, title = `${section}. Mục`): PacketItem => ({ plan, section, planName: `Kế hoạch ${plan}`, title });
const a = item('lai-chau-35-ctr-tu', 'ii-2-1');
const b = item('lai-chau-35-ctr-tu', 'iv');
const c = item('lang-son-ubnd-thuc-hien-88-ctr-tu', 'iv-3');
/** The same section as `a`, under another plan: only plan and section together name a section. */
const aElsewhere = item('lang-son-ubnd-thuc-hien-88-ctr-tu', 'ii-2-1');

test('the packet is stored under a key of its own, which must not change or readers lose their packets', () => {
  assert.equal(PACKET_KEY, 'nq36:tap-tai-lieu');
});

test('an item is in the packet when its plan and section are, whatever its names', () => {
  const cases: [PacketItem[], Pick<PacketItem, 'plan' | 'section'>, boolean][] = [
    [[], a, false],
    [[a, b], a, true],
    [[a, b], b, true],
    [[a, b], { plan: a.plan, section: a.section }, true],
    [[a, b], { ...a, title: 'Tiêu đề khác' }, true],
    [[a, b], aElsewhere, false],
    [[a, b], { plan: a.plan, section: c.section }, false],
  ];
  for (const [items, wanted, expected] of cases) assert.equal(hasItem(items, wanted), expected, `${wanted.plan}#${wanted.section} in ${items.length}`);
});

test('toggling adds an item at the end, or takes it out, leaving the others in order', () => {
  assert.deepEqual(toggleItem([], a), [a]);
  assert.deepEqual(toggleItem([a, b], c), [a, b, c]);
  assert.deepEqual(toggleItem([a, b, c], b), [a, c]);
  // Taken out by plan and section, even when the stored names differ from the page's.
  assert.deepEqual(toggleItem([a, b, c], { ...a, title: 'Tiêu đề mới' }), [b, c]);
  // The same section of another plan is another item.
  assert.deepEqual(toggleItem([a, b], aElsewhere), [a, b, aElsewhere]);
  assert.deepEqual(toggleItem([a, aElsewhere], aElsewhere), [a]);
});

test('toggling twice gives the packet back, and never changes the list it was given', () => {
  const items = [a, b];
  assert.deepEqual(toggleItem(toggleItem(items, c), c), items);
  assert.deepEqual(toggleItem(toggleItem(items, a), a), [b, a]);
  toggleItem(items, c);
  toggleItem(items, a);
  assert.deepEqual(items, [a, b]);
});

test('an item moves one place up or down, and stays put at either end or outside the list', () => {
  const items = [a, b, c];
  const cases: [number, -1 | 1, PacketItem[]][] = [
    [1, -1, [b, a, c]],
    [2, -1, [a, c, b]],
    [0, 1, [b, a, c]],
    [1, 1, [a, c, b]],
    [0, -1, [a, b, c]],
    [2, 1, [a, b, c]],
    [-1, 1, [a, b, c]],
    [3, -1, [a, b, c]],
  ];
  for (const [index, step, expected] of cases) assert.deepEqual(moveItem(items, index, step), expected, `item ${index} by ${step}`);
  assert.deepEqual(items, [a, b, c]);
  assert.deepEqual(moveItem([], 0, 1), []);
  assert.deepEqual(moveItem([a], 0, -1), [a]);
});

test('a stored packet reads back as it was saved', () => {
  assert.deepEqual(parsePacket(JSON.stringify([a, b, aElsewhere])), [a, b, aElsewhere]);
});

test('nothing stored, or a stored value that is not a list, reads as an empty packet', () => {
  for (const stored of [null, '', 'not json', '{"plan":"x"}', '"ii-2-1"', '42', 'null', '[{"plan":']) {
    assert.deepEqual(parsePacket(stored), [], JSON.stringify(stored));
  }
});

test('malformed items are dropped, the good ones kept in order', () => {
  const stored = JSON.stringify([
    null,
    a,
    'lai-chau-35-ctr-tu#iv',
    42,
    [a.plan, a.section, a.planName, a.title],
    { section: b.section, planName: b.planName, title: b.title },
    { plan: b.plan, section: b.section, planName: b.planName },
    { ...b, planName: null },
    { ...b, title: 7 },
    { ...b, section: null },
    c,
  ]);
  assert.deepEqual(parsePacket(stored), [a, c]);
});
