import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TIER, highlightRanges, matchText, nearSpan } from '../../src/lib/search/match.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { compileSynonyms } from '../../src/lib/search/synonyms.ts';
import { syllablesOf } from '../../src/lib/search/text.ts';

const synonyms = compileSynonyms({ groups: [['UBND', 'Ủy ban nhân dân'], ['vắc-xin', 'vắc xin', 'vacxin']], documentKinds: ['NQ', 'QĐ'] });
const query = (typed: string) => parseQuery(typed, synonyms);
const tierOf = (text: string, typed: string) => matchText(syllablesOf(text), query(typed)).tier;

test('tiers: the phrase as typed, the phrase folded or in another form, the words near, apart, some, none', () => {
  const cases: [string, string, number][] = [
    ['Tăng cường đầu tư cơ sở vật chất', 'đầu tư', TIER.exactPhrase],
    ['Tăng cường đầu tư cơ sở vật chất', 'dau tu', TIER.phrase],
    ['Giao Ủy ban nhân dân tỉnh Lạng Sơn', 'ubnd tinh lang son', TIER.phrase],
    ['Tiêm vắc-xin cho vật nuôi', 'vacxin', TIER.phrase],
    // A number has no tone marks: typed in any order, it is the phrase as typed.
    ['Thực hiện Nghị quyết số 36-NQ/TW ngày 30/01/2023', 'nq36', TIER.exactPhrase],
    ['Ứng dụng công nghệ sinh học trong nông nghiệp', 'cong nghe sinh hoc nong nghiep', TIER.near],
    ['Công nghệ sinh học phát triển mạnh ở nhiều nước, trong nhiều lĩnh vực, đặc biệt là y tế, môi trường; nông nghiệp còn chậm', 'cong nghe sinh hoc nong nghiep', TIER.apart],
    ['Phát triển nông nghiệp', 'cong nghe sinh hoc nong nghiep', TIER.some],
    ['Đẩy mạnh tuyên truyền', 'dau tu', TIER.none],
    // A comma ends a phrase.
    ['phát triển công nghiệp sinh học, công nghệ', 'sinh hoc cong nghe', TIER.near],
    // Whole syllables only: "tu" is not in "tuyên".
    ['đầu tuyên truyền', 'dau tu', TIER.some],
  ];
  for (const [text, typed, tier] of cases) assert.equal(tierOf(text, typed), tier, `${typed} in "${text}"`);
});

test('the words are near each other within twice their number of syllables and one', () => {
  assert.equal(nearSpan(2), 5);
  assert.equal(tierOf('đầu và chi cho tư', 'dau tu'), TIER.near);
  assert.equal(tierOf('đầu và chi cho việc tư', 'dau tu'), TIER.apart);
});

test('a match counts how often the phrase stands, and where it first stands as typed', () => {
  const text = syllablesOf('Dầu tư nhân, đầu tư công và đầu tư tư nhân');
  const match = matchText(text, query('đầu tư'));
  assert.equal(match.tier, TIER.exactPhrase);
  assert.equal(match.count, 3);
  assert.equal(text.exact[match.at], 'đầu');
});

const marked = (text: string, typed: string, partsToo = false) => highlightRanges(text, query(typed), { partsToo }).map(([start, end]) => text.slice(start, end));

test('highlights: the phrase or the words near each other, never a lone syllable that folds alike', () => {
  const cases: [string, string, string[]][] = [
    ['Từ năm 2024, đầu tư cho khoa học', 'dau tu', ['đầu tư']],
    ['Số liệu của Sở Nông nghiệp và Phát triển nông thôn', 'so nong nghiep', ['Sở Nông nghiệp']],
    ['Số liệu về nông nghiệp và cái nòng súng', 'so nong nghiep', ['nông nghiệp']],
    ['Ứng dụng công nghệ sinh học trong nông nghiệp, nông thôn', 'cong nghe sinh hoc nong nghiep', ['công nghệ sinh học', 'nông nghiệp']],
    ['Giao Ủy ban nhân dân tỉnh Lạng Sơn và UBND huyện', 'ubnd tinh lang son', ['Ủy ban nhân dân tỉnh Lạng Sơn']],
    ['Tiêm vắc-xin và vắc xin', 'vacxin', ['vắc-xin', 'vắc xin']],
    ['Nghị quyết số 36-NQ/TW, Nghị quyết 189/NQ-CP', '36 nq tw', ['36-NQ/TW']],
    ['Nghị quyết số 36-NQ/TW', 'nq36', ['36-NQ']],
    ['', 'dau tu', []],
  ];
  for (const [text, typed, expected] of cases) assert.deepEqual(marked(text, typed), expected, `${typed} in "${text}"`);
});

test('where neither stands, the longer parts of the phrase may be marked, still no lone syllable', () => {
  assert.deepEqual(marked('Số liệu về nông nghiệp, sở', 'so nong nghiep', true), ['nông nghiệp']);
  assert.deepEqual(marked('Từ năm 2024, đầu năm', 'dau tu', true), []);
  // With the phrase there, the parts elsewhere are not marked.
  assert.deepEqual(marked('Sở Nông nghiệp; nông nghiệp', 'so nong nghiep', true), ['Sở Nông nghiệp']);
});

test('near each other, a one-syllable word is marked only as it was typed', () => {
  assert.deepEqual(marked('Số liệu về nông nghiệp', 'so nong nghiep'), ['nông nghiệp']);
  assert.deepEqual(marked('Giao sở về nông nghiệp', 'sở nông nghiệp'), ['sở', 'nông nghiệp']);
  assert.deepEqual(marked('OCOP và sản phẩm GRDP', 'ocop grdp'), ['OCOP', 'GRDP']);
});
