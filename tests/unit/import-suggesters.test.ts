import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggestFields } from '../../src/lib/import/fields.ts';
import { findTargets } from '../../src/lib/import/targets.ts';
import { evaluateFields, evaluateTargets, fieldDefinitions } from '../../scripts/eval-suggesters.ts';

const FIELDS = fieldDefinitions();
const fieldsOf = (heading: string | null, ...paragraphs: string[]) => suggestFields({ heading, paragraphs }, FIELDS);

test('over the curated plans, the suggested fields reach micro F1 0.8 and mostly put the main field first', () => {
  const { fields, mainFieldAccuracy } = evaluateFields();
  assert.ok(fields.f1 >= 0.8, `fields F1 ${fields.f1.toFixed(3)} (precision ${fields.precision.toFixed(3)}, recall ${fields.recall.toFixed(3)})`);
  assert.ok(mainFieldAccuracy >= 0.8, `main field right in ${mainFieldAccuracy.toFixed(3)} of the tasks`);
});

test('over the curated plans, the curated targets are found and read alike', () => {
  const { overlapping, exact, agreement } = evaluateTargets();
  assert.ok(overlapping.recall >= 0.9 && overlapping.precision >= 0.9, `overlapping span: precision ${overlapping.precision.toFixed(3)}, recall ${overlapping.recall.toFixed(3)}`);
  assert.ok(exact.f1 >= 0.8, `exact span F1 ${exact.f1.toFixed(3)}`);
  for (const attribute of ['value', 'unit', 'comparison', 'horizon'] as const) {
    assert.ok(agreement[attribute] >= 0.9, `${attribute} agrees in ${agreement[attribute].toFixed(3)} of the targets found`);
  }
});

test('a heading "Về lĩnh vực y dược" makes health the main field, in a heading or run into the paragraph', () => {
  const text = 'Quan tâm phát triển nông nghiệp theo hướng nhân giống cây trồng, vật nuôi và các loại dược liệu có giá trị kinh tế.';
  const headed = fieldsOf('4.3. Về lĩnh vực y dược', text);
  assert.equal(headed.fields[0], 'health');
  assert.ok(headed.fields.includes('agriculture'), 'the body still asks work in agriculture');
  assert.equal(fieldsOf(null, `4.3. Về lĩnh vực y dược: ${text}`).fields[0], 'health');
});

test('"bảo đảm quốc phòng, an ninh" alone is a mention, not a field', () => {
  const suggestion = fieldsOf(null, 'Tuyên truyền về vai trò của công nghệ sinh học trong phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh.');
  assert.ok(suggestion.mentions.includes('defence'));
  assert.ok(!suggestion.fields.includes('defence'));
  assert.equal(suggestion.fields[0], 'awareness');
  // Work asked in defence is a field.
  assert.ok(fieldsOf(null, 'Chủ động ứng phó tình huống khủng bố sinh học, bảo đảm an ninh sinh học trong nghiên cứu.').fields.includes('defence'));
});

test('fields named in a list of examples are mentions; the work the task asks stays a field', () => {
  const suggestion = fieldsOf('2. Rà soát, bổ sung cơ chế, chính sách', 'Ban hành chính sách khuyến khích sản xuất sản phẩm công nghệ sinh học trong các lĩnh vực nông nghiệp, y dược, môi trường, quốc phòng.');
  assert.equal(suggestion.fields[0], 'policy');
  for (const field of ['agriculture', 'health', 'environment', 'defence']) {
    assert.ok(suggestion.mentions.includes(field) && !suggestion.fields.includes(field), field);
  }
  const policy = suggestion.evidence.find((entry) => entry.field === 'policy');
  assert.deepEqual(policy?.terms, ['cơ chế', 'chính sách']);
});

test('the words of a proper name are no evidence of a field', () => {
  const suggestion = fieldsOf('7. Sở Nội vụ', 'Phối hợp Sở Nông nghiệp và Phát triển nông thôn tham mưu công tác đào tạo, bồi dưỡng cán bộ.');
  assert.deepEqual(suggestion.fields, ['human-resources']);
  assert.deepEqual(suggestion.mentions, []);
});

test('a text typed without marks is read, but not through one-syllable terms', () => {
  const suggestion = fieldsOf(null, 'Ung dung cong nghe sinh hoc trong nong nghiep, phat trien giong cay trong, vat nuoi.');
  assert.deepEqual(suggestion.fields, ['agriculture']);
});

test('"phấn đấu có ít nhất 6 sản phẩm OCOP" is a count of at least 6', () => {
  const paragraph = 'Hỗ trợ xây dựng nhãn hiệu; phấn đấu có ít nhất 6 sản phẩm OCOP được đăng ký nhãn hiệu.';
  const [target, ...others] = findTargets(paragraph, { horizon: '2030' });
  assert.deepEqual(others, []);
  assert.equal(target.phrase, 'ít nhất 6 sản phẩm OCOP');
  assert.equal(paragraph.slice(target.start, target.end), target.phrase);
  assert.deepEqual([target.value, target.unit, target.comparison, target.horizon], ['6', 'sản phẩm', 'atLeast', '2030']);
  assert.equal(target.measure, 'Số sản phẩm OCOP được đăng ký nhãn hiệu');
});

test('dates, document and section numbers and years are not targets', () => {
  for (const paragraph of [
    'Thực hiện Nghị quyết số 36-NQ/TW ngày 30/01/2023 của Bộ Chính trị.',
    'Nghị quyết 36, Kế hoạch 114 và Nghị quyết số 189/NQ-CP; xong trong tháng 4/2024.',
    '2.1. Đến năm 2030: xây dựng Chương trình giai đoạn 2026-2030; sau 5 năm tổ chức sơ kết.',
  ]) {
    assert.deepEqual(findTargets(paragraph, { horizon: null }), [], paragraph);
  }
});

test('comparisons: a range, "trên", "từ … trở lên", a rank and an increase', () => {
  const read = (paragraph: string) => findTargets(paragraph, { horizon: null }).map(({ phrase, value, unit, comparison }) => [phrase, value, unit, comparison]);
  assert.deepEqual(read('Bảo tồn từ 2 - 5 giống cây trồng bản địa.'), [['từ 2 - 5 giống', '2-5', 'giống', 'range']]);
  assert.deepEqual(read('Tỷ lệ giá trị nông sản đạt trên 60%, tỷ trọng đạt trên 30%.'), [['trên 60%', '60', '%', 'moreThan'], ['trên 30%', '30', '%', 'moreThan']]);
  assert.deepEqual(read('Công nghiệp sinh học đóng góp từ 10% trở lên vào tăng trưởng GRDP.'), [['từ 10% trở lên', '10', '%', 'atLeast']]);
  assert.deepEqual(read('Tỉnh nằm trong nhóm 03 tỉnh đứng đầu cả nước về công nghệ sinh học.'), [['nhóm 03 tỉnh đứng đầu cả nước', '3', 'tỉnh', 'rank']]);
  assert.deepEqual(read('Số doanh nghiệp ứng dụng công nghệ sinh học tăng 50%.'), [['tăng 50%', '50', '%', 'exactly']]);
});

test('the horizon is the heading\'s unless the sentence sets its own year', () => {
  const horizons = (paragraph: string) => findTargets(paragraph, { horizon: '2030' }).map((target) => target.horizon);
  assert.deepEqual(horizons('Xử lý 100% chất thải rắn sinh hoạt đô thị.'), ['2030']);
  assert.deepEqual(horizons('Đến năm 2045, hình thành ít nhất 01 doanh nghiệp công nghệ sinh học.'), ['2045']);
  assert.deepEqual(horizons('Đến năm 2025, tỷ lệ che phủ rừng đạt 65%.'), [null]);
  assert.deepEqual(horizons('Thu nhập tăng gấp 2 lần so với năm 2020.'), ['2030'], 'a baseline year sets no horizon');
});
