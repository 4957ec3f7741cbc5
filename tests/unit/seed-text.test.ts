import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyRepairs, missingChunks, mdxPlainText, normaliseSeed } from '../../src/lib/compile/seed-text.ts';
import { loadContent, loadCorrections, readPlanSource, readSeed } from '../helpers/content.ts';
import { t } from '../../src/i18n/t.ts';

test('normaliseSeed joins broken lines and drops structural marks', () => {
  const cases: [string, string][] = [
    ['phát triển \n\nbền vững', 'phát triển bền vững'],
    ['## **2. Mục tiêu cụ thể**', '2. Mục tiêu cụ thể'],
    ['*4.1. Về nông nghiệp:* Tăng cường', '4.1. Về nông nghiệp: Tăng cường'],
    ['- Thường trực Tỉnh ủy;\n· Lưu VT.', 'Thường trực Tỉnh ủy; Lưu VT.'],
    ['KẾ HOẠCH\n-----\nThực hiện', 'KẾ HOẠCH Thực hiện'],
    ['kinh tế - xã hội', 'kinh tế - xã hội'],
  ];
  for (const [raw, expected] of cases) assert.equal(normaliseSeed(raw), expected);
});

test('applyRepairs replaces every occurrence and reports a wrong count', () => {
  const { text, problems } = applyRepairs('tố chức và tố chức', [{ from: 'tố chức', to: 'tổ chức', count: 1, kind: 'ocr' }]);
  assert.equal(text, 'tổ chức và tổ chức');
  assert.deepEqual(problems, ['repair "tố chức" → "tổ chức": expected 1 occurrence(s), found 2']);
});

test('missingChunks finds a dropped sentence and a sentence out of order', () => {
  assert.deepEqual(missingChunks('Một. Hai. Ba.', 'Một. Ba.'), ['Hai.']);
  assert.deepEqual(missingChunks('Một. Hai.', 'Hai. Một.'), ['Hai.']);
  assert.deepEqual(missingChunks('Một. Hai.', 'Một.  Hai.'), []);
});

test('mdxPlainText reads the words of a plan body, recipients included', () => {
  const mdx = '---\ntitle: x\n---\n\n<DocumentTitle>\n\nKẾ HOẠCH\n\n</DocumentTitle>\n\n## I. MỤC ĐÍCH\n\n1\\. Quán triệt **2.1. Đến:** nội dung\n\n<Recipients />\n';
  assert.equal(mdxPlainText(mdx, t, ['Lưu VT.']), 'KẾ HOẠCH I. MỤC ĐÍCH 1. Quán triệt 2.1. Đến: nội dung Nơi nhận: Lưu VT.');
});

test('every plan holds every sentence of its seed, after its recorded repairs', () => {
  const { plans } = loadContent();
  assert.equal(plans.length, 5);
  for (const plan of plans) {
    const { text, problems } = applyRepairs(normaliseSeed(readSeed(plan.data.source)), loadCorrections(plan.id).repairs);
    assert.deepEqual(problems, [], `${plan.id}: stale repairs`);
    const missing = missingChunks(text, mdxPlainText(readPlanSource(plan.id), t, plan.data.recipients));
    assert.deepEqual(missing, [], `${plan.id}: seed passages missing from the plan`);
  }
});

test('every word kept as the authors wrote it is still in the plan', () => {
  for (const plan of loadContent().plans) {
    const body = mdxPlainText(readPlanSource(plan.id), t, plan.data.recipients);
    for (const kept of loadCorrections(plan.id).kept) {
      assert.ok(body.includes(kept.text), `${plan.id}: kept text "${kept.text}" not found`);
    }
  }
});
