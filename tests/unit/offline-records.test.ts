import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Library } from '../../src/lib/model/library.ts';
import { offlineRecords } from '../../src/lib/search/offline-index.ts';
import { loadContent } from '../helpers/content.ts';
import { t } from '../../src/i18n/t.ts';

const library = new Library(loadContent(), t);

test('the offline search records come from the outline: one per section with its own text, one per cited document', () => {
  const { pages, sections } = offlineRecords(library, t);
  assert.deepEqual(Object.keys(pages).sort(), [...library.plans, ...library.documents].map((entry) => library.node(entry.id)!.url).sort());
  const langSon = sections.filter((section) => section.page === '/van-ban/lang-son-ubnd-thuc-hien-88-ctr-tu/');
  const iv7 = langSon.find((section) => section.url.endsWith('#iv-7'))!;
  assert.equal(iv7.title, '7. Sở Nội vụ');
  assert.match(iv7.text, /^Phối hợp Sở Khoa học và Công nghệ, các cơ quan liên quan tham mưu công tác đào tạo/);
  // A section's own text stops where its first subsection begins: no record repeats a subsection's.
  for (const outer of sections) {
    for (const inner of sections) {
      if (inner !== outer && inner.text && inner.page === outer.page && inner.url.startsWith(`${outer.url}-`) && outer.url.includes('#')) {
        assert.ok(!outer.text.includes(inner.text), `${outer.url} repeats ${inner.url}`);
      }
    }
  }
  assert.equal(new Set(sections.map((section) => section.id)).size, sections.length, 'ids are unique');
  // A part whose heading stands before its first subsection is a record too, as Pagefind sees the page: its heading is searched.
  const part = langSon.find((section) => section.url.endsWith('#iii'))!;
  assert.deepEqual([part.title, part.text], ['III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU', '']);
  const resolution = sections.find((section) => section.url === '/van-ban-dan-chieu/36-nq-tw/')!;
  assert.match(resolution.text, /36-NQ\/TW/);
  assert.deepEqual(pages['/van-ban-dan-chieu/36-nq-tw/'].filters.type, ['Nghị quyết']);
});
