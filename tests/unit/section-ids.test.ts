import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignSectionIds, type Block } from '../../src/lib/compile/section-ids.ts';

const h = (depth: number, text: string): Block => ({ kind: 'heading', depth, text });
const p = (text: string): Block => ({ kind: 'paragraph', depth: 0, text });

test('ids follow the document numbering', () => {
  const blocks = [
    h(2, 'I- MỤC ĐÍCH, YÊU CẦU'),
    p('1. Quán triệt, triển khai'),
    p('Đoạn không đánh số'),
    h(2, 'II. MỤC TIÊU'),
    h(3, '2. Mục tiêu cụ thể'),
    h(4, 'Đến năm 2030'),
    p('2.1. Đến năm 2030: Công nghệ sinh học'),
    p('a) Nông nghiệp'),
    h(2, 'IV. TỔ CHỨC THỰC HIỆN'),
    h(3, '1. Sở Khoa học và Công nghệ'),
  ];
  assert.deepEqual(assignSectionIds(blocks), ['i', 'i-1', null, 'ii', 'ii-2', 'ii-2-den-nam-2030', 'ii-2-1', 'ii-2-1-a', 'iv', 'iv-1']);
});

test('a repaired word in a heading does not move its anchor', () => {
  const before = assignSectionIds([h(2, 'III- NHIỆM VỤ'), h(4, '3.1. Chủ trọng nghiên cứu')]);
  const after = assignSectionIds([h(2, 'III- NHIỆM VỤ'), h(4, '3.1. Chú trọng nghiên cứu')]);
  assert.deepEqual(before, after);
});

test('a repeated number is an error naming both places', () => {
  assert.throws(() => assignSectionIds([h(2, 'I. A'), h(3, '1. Một'), h(3, '1. Hai')]), /section id "i-1" is given twice: to "1. Một" and to "1. Hai"/);
});
