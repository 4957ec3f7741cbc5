import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexQuery, parseQuery } from '../../src/lib/search/query.ts';
import { compileSynonyms } from '../../src/lib/search/synonyms.ts';

const synonyms = compileSynonyms({
  groups: [
    ['UBND', 'Ủy ban nhân dân'],
    ['vắc-xin', 'vắc xin', 'vacxin'],
    ['CNSH', 'công nghệ sinh học'],
  ],
  documentKinds: ['NQ', 'CTr', 'QĐ'],
});
const sayingsOf = (typed: string) => parseQuery(typed, synonyms).sayings.map((saying) => saying.syllables.join(' '));

test('a document number is read however it is typed, its number first', () => {
  const cases: [string, string[], string | null][] = [
    ['36-NQ/TW', ['36', 'nq'], 'tw'],
    ['36 nq tw', ['36', 'nq'], 'tw'],
    ['36-nq/tw', ['36', 'nq'], 'tw'],
    ['nq36', ['36', 'nq'], null],
    ['36nq', ['36', 'nq'], null],
    ['NQ 36', ['36', 'nq'], null],
    ['1671/QĐ-TTg', ['1671', 'qd'], 'ttg'],
    ['88 CTr TU', ['88', 'ctr'], 'tu'],
  ];
  for (const [typed, syllables, after] of cases) {
    const { number, sayings } = parseQuery(typed, synonyms);
    assert.deepEqual(number && { syllables: number.syllables, after: number.after }, { syllables, after }, typed);
    assert.deepEqual(sayings[0].syllables.slice(0, 2), syllables, typed);
  }
  assert.equal(parseQuery('36 nghị quyết', synonyms).number, null, 'no kind, no number');
  assert.equal(parseQuery('dau tu', synonyms).number, null);
});

test('Pagefind is asked a number as one word of its number and kind, which it finds whatever đ does to the rest', () => {
  const cases: [string, string][] = [
    ['nq36', '36nq'],
    ['36 nq tw', '36nq'],
    ['1671/QĐ-TTg', '1671qd'],
    ['36-NQ/TW cong nghe', '36nq cong nghe'],
    ['Đầu  tư', 'dau tu'],
    ['"vắc xin"', 'vac xin'],
  ];
  for (const [typed, asked] of cases) assert.equal(indexQuery(parseQuery(typed, synonyms)), asked, typed);
});

test('a query is also said in the other forms of the names it holds, both ways', () => {
  assert.deepEqual(sayingsOf('ubnd tinh lang son'), ['ubnd tinh lang son', 'uy ban nhan dan tinh lang son']);
  assert.deepEqual(sayingsOf('Ủy ban nhân dân tỉnh'), ['uy ban nhan dan tinh', 'ubnd tinh']);
  assert.deepEqual(sayingsOf('vacxin'), ['vacxin', 'vac xin']);
  assert.deepEqual(sayingsOf('vắc-xin'), ['vac xin', 'vacxin']);
  assert.deepEqual(sayingsOf('cnsh nong nghiep'), ['cnsh nong nghiep', 'cong nghe sinh hoc nong nghiep']);
  assert.deepEqual(sayingsOf('dau tu'), ['dau tu']);
  assert.deepEqual(sayingsOf(''), []);
});

test('only the saying typed keeps its tone marks, to tell the phrase as typed from one that folds alike', () => {
  const [typed, other] = parseQuery('Ủy ban nhân dân', synonyms).sayings;
  assert.deepEqual(typed.typed, ['ủy', 'ban', 'nhân', 'dân']);
  assert.equal(other.typed, null);
});

test('quotation marks ask for the phrase only', () => {
  assert.equal(parseQuery('"phan bon vi sinh"', synonyms).phraseOnly, true);
  assert.equal(parseQuery('“phân bón”', synonyms).phraseOnly, true);
  assert.equal(parseQuery('phan bon', synonyms).phraseOnly, false);
});
