import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageRecord } from '../../src/scripts/search/pagefind-engine.ts';
import { OTHER_FORMS_ID } from '../../src/lib/search/page-text.ts';

test("Pagefind's text of a page is cut into the records the offline index holds: opening, then one per heading", () => {
  // As Pagefind gives a plan: đ encoded, a full stop after each block, the other forms after the title.
  const content = 'Kế hoạch thực hiện. ubnd cnsh. Quốc hiệu. I. MỤC D\u0335ÍCH. 1. Mục d\u0335ích. Quán triệt nghị quyết. 3.4. Lĩnh vực y dược: nghiên cứu. Nơi nhận: Như trên. Phó Chủ tịch.';
  const record = pageRecord({
    url: '/van-ban/x/',
    content,
    meta: { title: 'Kế hoạch của Ủy ban nhân dân tỉnh X', number: '12/KH-UBND' },
    anchors: [
      { element: 'span', id: OTHER_FORMS_ID, text: 'ubnd cnsh', location: 4 },
      { element: 'h2', id: 'i', text: 'I. MỤC D\u0335ÍCH', location: 8 },
      { element: 'h3', id: 'i-1', text: '1. Mục d\u0335ích', location: 11 },
      // A paragraph with an id is no heading: its text stays in its section, as in the outline.
      { element: 'p', id: 'i-1-4', text: '3.4. Lĩnh vực y dược: nghiên cứu.', location: 18 },
      { element: 'div', id: 'noi-nhan', text: '', location: 25 },
    ],
  });
  assert.deepEqual(record, {
    url: '/van-ban/x/',
    meta: { title: 'Kế hoạch của Ủy ban nhân dân tỉnh X', number: '12/KH-UBND' },
    sections: [
      { url: '/van-ban/x/', title: 'Kế hoạch của Ủy ban nhân dân tỉnh X', text: 'Kế hoạch thực hiện. Quốc hiệu.' },
      { url: '/van-ban/x/#i', title: 'I. MỤC ĐÍCH', text: '' },
      // The recipients and the signature close the plan: no section runs into them.
      { url: '/van-ban/x/#i-1', title: '1. Mục đích', text: 'Quán triệt nghị quyết. 3.4. Lĩnh vực y dược: nghiên cứu.' },
    ],
  });
});

test('a cited document is one record', () => {
  const record = pageRecord({ url: '/van-ban-dan-chieu/36-nq-tw/', content: 'Nghị quyết 36-NQ/TW. Về công nghệ sinh học.', meta: { title: 'Nghị quyết 36-NQ/TW' }, anchors: [] });
  assert.deepEqual(record.sections, [{ url: '/van-ban-dan-chieu/36-nq-tw/', title: 'Nghị quyết 36-NQ/TW', text: 'Nghị quyết 36-NQ/TW. Về công nghệ sinh học.' }]);
});
