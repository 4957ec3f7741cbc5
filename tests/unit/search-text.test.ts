import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeFromIndex, encodeForIndex, foldKeepingPositions, matchRanges, phraseTier, queryForIndex } from '../../src/lib/search/text.ts';

test('đ is indexed as d + combining stroke and restored for display', () => {
  const html = '<h2 id="iii">Đẩy mạnh đầu tư</h2>';
  const encoded = encodeForIndex(html);
  assert.equal(encoded, '<h2 id="iii">D\u0335ẩy mạnh d\u0335ầu tư</h2>');
  assert.equal(decodeFromIndex(encoded), html);
  // What Pagefind does to it: decompose and drop the marks.
  assert.equal(encoded.normalize('NFD').replace(/\p{M}/gu, ''), '<h2 id="iii">Day manh dau tu</h2>');
});

test('queries reach the index with đ as d', () => {
  const cases: [string, string][] = [
    ['đầu tư', 'dầu tư'],
    ['Đảng  ủy ', 'Dảng ủy'],
    ['1671/QĐ-TTg', '1671/QD-TTg'],
    ['dau tu', 'dau tu'],
  ];
  for (const [query, expected] of cases) assert.equal(queryForIndex(query), expected);
});

test('folding keeps positions, so highlights land on the original letters', () => {
  const text = 'Đẩy mạnh thu hút đầu tư';
  const folded = foldKeepingPositions(text);
  assert.equal(folded, 'day manh thu hut dau tu');
  assert.equal(folded.length, text.length);
});

test('matches: the phrase where it stands, else each whole word; tones and đ optional', () => {
  const text = 'Đẩy mạnh thu hút đầu tư, tuyên truyền về công nghệ sinh học.';
  const show = (query: string) => matchRanges(text, query).map(([start, end]) => text.slice(start, end));
  assert.deepEqual(show('dau tu'), ['đầu tư']);
  assert.deepEqual(show('công nghệ sinh học'), ['công nghệ sinh học']);
  assert.deepEqual(show('hut tuyen'), ['hút', 'tuyên']);
  assert.deepEqual(show('tu'), ['tư']);
  const numbers = 'Quyết định số 1671/QĐ-TTg và Nghị quyết 36-NQ/TW (a+b)';
  assert.deepEqual(matchRanges(numbers, '1671/QD-TTg').map(([s, e]) => numbers.slice(s, e)), ['1671/QĐ-TTg']);
  assert.deepEqual(matchRanges(numbers, '36-nq-tw').map(([s, e]) => numbers.slice(s, e)), ['36-NQ/TW']);
  assert.deepEqual(matchRanges(numbers, '36 NQ TW').map(([s, e]) => numbers.slice(s, e)), ['36-NQ/TW']);
  assert.deepEqual(matchRanges(numbers, '(a+b)').map(([s, e]) => numbers.slice(s, e)), ['a+b']);
  assert.deepEqual(show(''), []);
});

test('phrase tiers: exact tones first, then folded, then scattered words', () => {
  assert.equal(phraseTier('Phát triển công nghệ sinh học hiện đại', 'công nghệ sinh học'), 0);
  assert.equal(phraseTier('Phát triển công nghệ sinh học hiện đại', 'cong nghe sinh hoc'), 1);
  assert.equal(phraseTier('học sinh và sinh hoạt của công nghệ', 'công nghệ sinh học'), 2);
  assert.equal(phraseTier('Tăng cường đầu tư', 'dau tu'), 1);
});

import { excerptAround, rankSections } from '../../src/lib/search/sections.ts';

test('sections rank by phrase, then words found; prefix-only matches drop out; excerpts centre on the match', () => {
  const words = 'Mục đích: viết rõ việc làm. Sản xuất phân bón vi sinh, chế phẩm. Phân loại và bón phân hữu cơ.'.split(' ');
  // viết 2, việc 4, phân 8, bón 9, vi 10, sinh, 11, Phân 14, bón 17, phân 18
  const sections = [
    { title: 'I', url: '/p/#i', locations: [2, 4] },
    { title: 'II', url: '/p/#ii', locations: [14, 17, 18] },
    { title: 'III', url: '/p/#iii', locations: [8, 9, 10, 11] },
  ];
  const ranked = rankSections(words, sections, 'phan bon vi sinh', 6);
  assert.deepEqual(ranked.map((s) => [s.title, s.tier, s.wordsFound]), [
    ['III', 1, 4],
    ['II', 2, 2],
  ]);
  assert.match(ranked[0].excerpt, /phân bón vi sinh/);
  assert.equal(rankSections(words, sections, 'phân bón vi sinh', 6)[0].tier, 0);
  const titled = [{ ...sections[2], title: 'Khác' }, { ...sections[2], url: '/p/#x', title: 'Phân bón' }];
  assert.deepEqual(rankSections(words, titled, 'phan bon', 6).map((s) => s.title), ['Phân bón', 'Khác']);
});

test('phrase-only matching leaves the words alone where the phrase is elsewhere', () => {
  assert.deepEqual(matchRanges('công nghệ sinh học', 'phan bon vi sinh', { phraseOnly: true }), []);
  assert.equal(matchRanges('công nghệ sinh học', 'phan bon vi sinh').length, 1);
});

test('a space in the query matches a hyphen in the text', () => {
  const text = 'Ứng dụng vắc-xin và chế phẩm';
  assert.deepEqual(matchRanges(text, 'vac xin').map(([s, e]) => text.slice(s, e)), ['vắc-xin']);
  const words = text.split(' ');
  const [section] = rankSections(words, [{ title: 'x', url: '/x', locations: [2] }], 'vắc xin');
  assert.equal(section.tier, 0);
  assert.equal(rankSections(words, [{ title: 'x', url: '/x', locations: [2] }], 'vac xin')[0].tier, 1);
});

test('document numbers rank as phrases however they are typed', () => {
  const words = 'Thực hiện Nghị quyết số 36-NQ/TW ngày 30/01/2023'.split(' ');
  for (const query of ['36-NQ/TW', '36 NQ TW', '36-nq-tw']) {
    assert.ok(rankSections(words, [{ title: 'x', url: '/x', locations: [5] }], query)[0].tier <= 1, query);
  }
});

test('an excerpt shows a third of its words before the match, with … where the text goes on', () => {
  const words = 'a b c d e f g h i j'.split(' ');
  assert.equal(excerptAround(words, 0, 6), 'a b c d e f …');
  assert.equal(excerptAround(words, 5, 6), '… d e f g h i …');
  assert.equal(excerptAround(words, 9, 6), '… h i j');
  assert.equal(excerptAround(words, 4), 'a b c d e f g h i j');
  const long = Array.from({ length: 100 }, (_, index) => `w${index}`);
  assert.equal(excerptAround(long, 50), `… ${long.slice(40, 70).join(' ')} …`);
});
