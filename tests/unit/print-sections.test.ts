import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sectionTree, withSectionTools } from '../../src/lib/print-sections.ts';

const html = [
  '<h2 id="iii">III. NHIỆM VỤ</h2>',
  '<div class="task" id="nv-iii-1"><h3 id="iii-1">1. Tuyên truyền</h3><p>Quán triệt.</p><p class="task__meta" data-annotation>Lĩnh vực</p></div>',
  '<h3 id="iii-2">2. Phát triển</h3>',
  '<div class="task" id="nv-iii-2-1"><h4 id="iii-2-1">2.1. Nông nghiệp</h4><p>Giống cây.</p></div>',
  '<div class="task" id="nv-iii-2-2"><h4 id="iii-2-2">2.2. Y tế</h4><p>Vắc-xin.</p></div>',
  '<h2 id="iv">IV. TỔ CHỨC THỰC HIỆN</h2><p id="iv-1">1. Ban Tuyên giáo.</p>',
].join('');

const closing = '<div class="recipients" id="noi-nhan"><p>Nơi nhận</p></div><div class="signature" id="chu-ky"><p>T/M</p></div>';

test('sections nest as the document does, tasks opened, annotations dropped, the closing kept apart', () => {
  const tree = sectionTree(`<div class="doc-title"><p>KẾ HOẠCH</p></div>${html}${closing}`);
  assert.equal(tree.before, '<div class="doc-title"><p>KẾ HOẠCH</p></div>');
  assert.deepEqual(tree.sections.map((s) => s.id), ['iii', 'iv']);
  const [iii, iv] = tree.sections;
  assert.equal(iii.html, '<h2>III. NHIỆM VỤ</h2>', 'the id moves from the heading to its section');
  assert.deepEqual(iii.sections.map((s) => [s.id, s.title]), [['iii-1', '1. Tuyên truyền'], ['iii-2', '2. Phát triển']]);
  assert.equal(iii.sections[0].html, '<h3>1. Tuyên truyền</h3><p>Quán triệt.</p>');
  assert.deepEqual(iii.sections[1].sections.map((s) => s.html), ['<h4>2.1. Nông nghiệp</h4><p>Giống cây.</p>', '<h4>2.2. Y tế</h4><p>Vắc-xin.</p>']);
  assert.equal(iv.html, '<h2>IV. TỔ CHỨC THỰC HIỆN</h2><p id="iv-1">1. Ban Tuyên giáo.</p>', 'a numbered paragraph is not a section');
  assert.equal(tree.after, closing, 'the last section does not run into the recipients and signature');
});

test('section tools follow each heading, inside tasks too', () => {
  const out = withSectionTools(html, (id) => ({ type: 'element', tagName: 'p', properties: { dataSectionTools: '', dataId: id }, children: [] }));
  assert.equal(out.match(/data-section-tools/g)?.length, 6);
  assert.match(out, /<h4 id="iii-2-1">2\.1\. Nông nghiệp<\/h4><p data-section-tools="" data-id="iii-2-1"><\/p><p>Giống cây\.<\/p>/);
  assert.equal(sectionTree(out).sections[0].sections[0].html, '<h3>1. Tuyên truyền</h3><p>Quán triệt.</p>', 'print views leave the tools out');
});
