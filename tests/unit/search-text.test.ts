import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeFromIndex, encodeForIndex, foldKeepingPositions, syllablesOf, syllableWords } from '../../src/lib/search/text.ts';

test('đ is indexed as d + combining stroke and restored for display', () => {
  const html = '<h2 id="iii">Đẩy mạnh đầu tư</h2>';
  const encoded = encodeForIndex(html);
  assert.equal(encoded, '<h2 id="iii">D\u0335ẩy mạnh d\u0335ầu tư</h2>');
  assert.equal(decodeFromIndex(encoded), html);
  // What Pagefind does to it: decompose and drop the marks.
  assert.equal(encoded.normalize('NFD').replace(/\p{M}/gu, ''), '<h2 id="iii">Day manh dau tu</h2>');
});

test('folding keeps positions, so highlights land on the original letters', () => {
  const text = 'Đẩy mạnh thu hút đầu tư';
  const folded = foldKeepingPositions(text);
  assert.equal(folded, 'day manh thu hut dau tu');
  assert.equal(folded.length, text.length);
});

test('a syllable is a run of letters or of digits, however the words are joined', () => {
  const cases: [string, string[]][] = [
    ['Đẩy mạnh đầu tư', ['day', 'manh', 'dau', 'tu']],
    ['vắc-xin', ['vac', 'xin']],
    ['36-NQ/TW', ['36', 'nq', 'tw']],
    ['1671/QĐ-TTg', ['1671', 'qd', 'ttg']],
    ['nq36', ['nq', '36']],
    ['Sở KH&CN', ['so', 'kh', 'cn']],
    ['chính trị - xã hội', ['chinh', 'tri', 'xa', 'hoi']],
    ['', []],
  ];
  for (const [text, folded] of cases) assert.deepEqual(syllablesOf(text).folded, folded, text);
  assert.deepEqual(syllableWords('Sở Y tế, 36-NQ/TW'), ['Sở', 'Y', 'tế', '36', 'NQ', 'TW']);
});

test('each syllable keeps its tone marks and its place in the text', () => {
  const text = 'Giao Sở Y tế';
  const syllables = syllablesOf(text);
  assert.deepEqual(syllables.exact, ['giao', 'sở', 'y', 'tế']);
  assert.deepEqual(syllables.start.map((start, index) => text.slice(start, syllables.end[index])), ['Giao', 'Sở', 'Y', 'tế']);
});

test('commas, semicolons, colons and brackets end a phrase; spaces, hyphens, slashes and full stops do not', () => {
  const breaks = (text: string) => syllablesOf(text).breakBefore;
  assert.deepEqual(breaks('sinh học, công nghệ'), [false, false, true, false]);
  assert.deepEqual(breaks('a; b: c (d)'), [false, true, true, true]);
  assert.deepEqual(breaks('36-NQ/TW vắc-xin KH&CN'), [false, false, false, false, false, false, false]);
  // Pagefind ends each block with a full stop the outline's text does not have: both must read alike.
  assert.deepEqual(breaks('mục đích. Yêu cầu'), [false, false, false, false]);
});
