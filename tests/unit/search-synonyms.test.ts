import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MOST_VARIANTS, SYNONYMS, compileSynonyms, missingForms, sayings } from '../../src/lib/search/synonyms.ts';
import { synonymsSchema } from '../../src/schemas/synonyms.ts';
import { schemaIssueProblems } from '../../src/lib/compile/source-file.ts';
import { syllablesOf } from '../../src/lib/search/text.ts';
import siteData from '../../content/search/synonyms.json' with { type: 'json' };

const folded = (text: string) => syllablesOf(text).folded;

test("the site's list is valid, and holds the pairs the plans mix", () => {
  assert.equal(synonymsSchema.safeParse(siteData).success, true);
  const groupOf = (form: string) => SYNONYMS.groups.findIndex((group) => group.some((each) => each.join(' ') === folded(form).join(' ')));
  for (const [short, full] of [
    ['UBND', 'Ủy ban nhân dân'],
    ['HĐND', 'Hội đồng nhân dân'],
    ['MTTQ', 'Mặt trận Tổ quốc'],
    ['KH&CN', 'khoa học và công nghệ'],
    ['CT-XH', 'chính trị - xã hội'],
    ['CNSH', 'công nghệ sinh học'],
    ['NN&PTNT', 'nông nghiệp và phát triển nông thôn'],
    ['vacxin', 'vắc xin'],
    ['vắc-xin', 'vacxin'],
  ]) {
    assert.notEqual(groupOf(short), -1, short);
    assert.equal(groupOf(short), groupOf(full), `${short} ↔ ${full}`);
  }
});

test('a bad list fails with the place and the problem', () => {
  const problems = (data: unknown) => {
    const result = synonymsSchema.safeParse(data);
    return result.success ? [] : schemaIssueProblems(result.error.issues);
  };
  assert.deepEqual(problems({ groups: [['UBND']], documentKinds: ['NQ'] }), ['groups[0]: a group needs two forms or more']);
  assert.deepEqual(problems({ groups: [['UBND', ' - ']], documentKinds: ['NQ'] }), ['groups[0][1]: a form needs a letter or a digit']);
  assert.deepEqual(problems({ groups: [['UBND', 'Ủy ban nhân dân'], ['Uỷ ban nhân dân', 'UB']], documentKinds: ['NQ'] }), [
    'groups[1][0]: "Uỷ ban nhân dân" is already in group 0; put the forms of one name in one group',
  ]);
  assert.deepEqual(problems({ groups: [], documentKinds: ['36-NQ'] }), ['documentKinds[0]: letters only, as in a number: "NQ", "CTr", "QĐ"']);
});

const synonyms = compileSynonyms({
  groups: [
    ['MTTQ', 'Mặt trận Tổ quốc'],
    ['UBMTTQ', 'Ủy ban Mặt trận Tổ quốc'],
    ['UBND', 'Ủy ban nhân dân'],
    ['HĐND', 'Hội đồng nhân dân'],
  ],
  documentKinds: ['KH'],
});
const say = (text: string, keep = -1, keepLength = 0) => sayings(folded(text), synonyms, keep, keepLength).map((syllables) => syllables.join(' '));

test('each form found is replaced by the others, the longest form first', () => {
  assert.deepEqual(say('uy ban mat tran to quoc tinh'), ['uy ban mat tran to quoc tinh', 'ubmttq tinh']);
  assert.deepEqual(say('ubnd va hdnd'), ['ubnd va hdnd', 'ubnd va hoi dong nhan dan', 'uy ban nhan dan va hdnd', 'uy ban nhan dan va hoi dong nhan dan']);
});

test('the syllables kept (a document number) are never replaced', () => {
  assert.deepEqual(say('123 kh ubnd', 0, 3), ['123 kh ubnd']);
  assert.deepEqual(say('123 kh ubnd', 0, 2), ['123 kh ubnd', '123 kh uy ban nhan dan']);
});

test('however many names a query holds, it is said a bounded number of ways', () => {
  assert.equal(say('ubnd hdnd mttq ubnd hdnd mttq').length, MOST_VARIANTS);
});

test("the forms a text does not write of the names it does are what is indexed beside it", () => {
  assert.deepEqual(missingForms(folded('Giao Ủy ban nhân dân xã và UBND huyện'), synonyms), []);
  assert.deepEqual(missingForms(folded('Giao Ủy ban nhân dân xã'), synonyms), ['ubnd']);
  assert.deepEqual(missingForms(folded('Ủy ban MTTQ'), synonyms), ['mat tran to quoc']);
  assert.deepEqual(missingForms(folded('Đẩy mạnh đầu tư'), synonyms), []);
});
