import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sectionPath, sliceSection, withSectionTools } from '../../src/lib/print-sections.ts';

const html = [
  '<h2 id="iii">III. NHIỆM VỤ</h2>',
  '<div class="task" id="nv-iii-1"><h3 id="iii-1">1. Tuyên truyền</h3><p>Quán triệt.</p><p class="task__meta" data-annotation>Lĩnh vực</p></div>',
  '<h3 id="iii-2">2. Phát triển</h3>',
  '<div class="task" id="nv-iii-2-1"><h4 id="iii-2-1">2.1. Nông nghiệp</h4><p>Giống cây.</p></div>',
  '<div class="task" id="nv-iii-2-2"><h4 id="iii-2-2">2.2. Y tế</h4><p>Vắc-xin.</p></div>',
  '<h2 id="iv">IV. TỔ CHỨC THỰC HIỆN</h2><p id="iv-1">1. Ban Tuyên giáo.</p>',
].join('');

test('a section runs to the next heading of its rank or higher, tasks opened, annotations dropped', () => {
  assert.equal(sliceSection(html, 'iii-1'), '<h3 id="iii-1">1. Tuyên truyền</h3><p>Quán triệt.</p>');
  assert.equal(sliceSection(html, 'iii-2-1'), '<h4 id="iii-2-1">2.1. Nông nghiệp</h4><p>Giống cây.</p>');
  const two = sliceSection(html, 'iii-2')!;
  assert.match(two, /2\.1\. Nông nghiệp.*2\.2\. Y tế.*Vắc-xin/);
  assert.doesNotMatch(two, /IV\./);
  assert.match(sliceSection(html, 'iv')!, /Ban Tuyên giáo/);
  assert.equal(sliceSection(html, 'khong-co'), null);
  assert.equal(sliceSection(html, 'iv-1'), null, 'a numbered paragraph is not a section');
});

test('the path of a section names the headings above it', () => {
  const headings = [
    { depth: 2, slug: 'iii', text: 'III. NHIỆM VỤ' },
    { depth: 3, slug: 'iii-1', text: '1. Tuyên truyền' },
    { depth: 3, slug: 'iii-2', text: '2. Phát triển' },
    { depth: 4, slug: 'iii-2-1', text: '2.1. Nông nghiệp' },
  ];
  assert.deepEqual(sectionPath(headings, 'iii-2-1').map((h) => h.slug), ['iii', 'iii-2', 'iii-2-1']);
});

test('section tools follow each heading, inside tasks too', () => {
  const out = withSectionTools(html, (id) => ({ type: 'element', tagName: 'p', properties: { dataSectionTools: '', dataId: id }, children: [] }));
  assert.equal(out.match(/data-section-tools/g)?.length, 6);
  assert.match(out, /<h4 id="iii-2-1">2\.1\. Nông nghiệp<\/h4><p data-section-tools="" data-id="iii-2-1"><\/p><p>Giống cây\.<\/p>/);
  assert.equal(sliceSection(out, 'iii-1'), '<h3 id="iii-1">1. Tuyên truyền</h3><p>Quán triệt.</p>');
});
