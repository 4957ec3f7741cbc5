import { test } from 'node:test';
import assert from 'node:assert/strict';
import { excerptAround, rankPages, type PageRecord } from '../../src/lib/search/rank.ts';
import { TIER } from '../../src/lib/search/match.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { compileSynonyms } from '../../src/lib/search/synonyms.ts';

const synonyms = compileSynonyms({ groups: [['UBND', 'Ủy ban nhân dân'], ['CNSH', 'công nghệ sinh học']], documentKinds: ['NQ', 'CTr'] });
const rank = (pages: PageRecord[], typed: string) => rankPages(pages, parseQuery(typed, synonyms));
const page = (url: string, title: string, ...sections: [string, string][]): PageRecord => ({
  url,
  meta: { title },
  sections: sections.map(([heading, text], index) => ({ url: index === 0 ? url : `${url}#${index}`, title: heading, text })),
});

const leadership = page(
  '/lanh-dao/',
  'Kế hoạch A',
  ['Kế hoạch A', 'Mở đầu'],
  ['1. Tăng cường lãnh đạo', 'Lãnh đạo phát triển công nghệ sinh học trong mọi lĩnh vực của đời sống, đặc biệt là y tế và môi trường; từng bước hiện đại hóa nông nghiệp.'],
);
const agriculture = page(
  '/nong-nghiep/',
  'Kế hoạch B',
  ['Kế hoạch B', 'Mở đầu'],
  ['1. Tăng cường lãnh đạo', 'Lãnh đạo phát triển công nghệ sinh học trong mọi lĩnh vực; hiện đại hóa nông nghiệp.'],
  ['2.1. Ứng dụng công nghệ sinh học trong nông nghiệp', 'Chọn tạo giống cây trồng, vật nuôi.'],
);
const phrase = page('/cum-tu/', 'Kế hoạch C', ['Kế hoạch C', 'Phát triển công nghệ sinh học nông nghiệp hiện đại.']);

test('the phrase first, then the words near each other (a heading holding them first), then the words apart', () => {
  const ranked = rank([leadership, agriculture, phrase], 'cong nghe sinh hoc nong nghiep');
  assert.deepEqual(ranked.map((result) => [result.url, result.tier]), [
    ['/cum-tu/', TIER.phrase],
    ['/nong-nghiep/', TIER.near],
    ['/lanh-dao/', TIER.apart],
  ]);
  assert.equal(ranked[1].sections[0].url, '/nong-nghiep/#2', 'the section where the words meet leads');
});

test('the order does not depend on the order the engine found the pages in', () => {
  const pages = [leadership, agriculture, phrase];
  for (const typed of ['cong nghe sinh hoc nong nghiep', 'lanh dao', 'cnsh', 'nong nghiep']) {
    assert.deepEqual(rank([...pages].reverse(), typed), rank(pages, typed), typed);
  }
});

test('a page answers only when it holds every word of one saying; the sections holding most are listed', () => {
  const split = page('/tach/', 'Kế hoạch D', ['Kế hoạch D', 'Mở đầu'], ['1. Giống', 'Chọn tạo giống cây trồng.'], ['2. Vật nuôi', 'Giống vật nuôi và thủy sản.']);
  const [found] = rank([split], 'cay trong thuy san');
  assert.equal(found.tier, TIER.some);
  assert.deepEqual(found.sections.map((section) => section.url), ['/tach/#1', '/tach/#2']);
  assert.deepEqual(rank([split], 'cay trong ocop'), []);
});

test("a synonym's page answers as the phrase it writes", () => {
  const langSon = page('/lang-son/', 'Kế hoạch của Ủy ban nhân dân tỉnh Lạng Sơn', ['Kế hoạch của Ủy ban nhân dân tỉnh Lạng Sơn', 'Ủy ban nhân dân tỉnh Lạng Sơn ban hành kế hoạch.']);
  const cited = page('/88/', 'Chương trình hành động 88-CTr/TU', ['Chương trình hành động 88-CTr/TU', 'Của tỉnh Lạng Sơn; giao UBND tỉnh cụ thể hóa.']);
  assert.deepEqual(rank([cited, langSon], 'ubnd tinh lang son').map((result) => result.url), ['/lang-son/', '/88/']);
});

test('a document number leads to its own page, and must stand whole', () => {
  const resolution = { ...page('/36-nq-tw/', 'Nghị quyết 36-NQ/TW', ['Nghị quyết 36-NQ/TW', 'Nghị quyết 36-NQ/TW của Bộ Chính trị.']), meta: { title: 'Nghị quyết 36-NQ/TW', number: '36-NQ/TW' } };
  const plan = page('/xa/', 'Kế hoạch của xã', ['Kế hoạch của xã', 'Thực hiện Nghị quyết 36-NQ/TW.'], ['1. Quán triệt', 'Quán triệt Nghị quyết 36-NQ/TW; học tập Nghị quyết 36-NQ/TW.']);
  const apart = page('/khac/', 'Kế hoạch khác', ['Kế hoạch khác', 'Có 36 nhiệm vụ; Nghị quyết 189/NQ-CP của Chính phủ; Ban Chấp hành TW.']);
  for (const typed of ['nq36', '36nq', '36 nq tw', '36-nq/tw', '36-NQ/TW']) {
    assert.deepEqual(rank([plan, apart, resolution], typed).map((result) => result.url), ['/36-nq-tw/', '/xa/'], typed);
  }
});

test('the page whose title holds the words comes before one whose text does', () => {
  const named = page('/nhu-khe/', 'Kế hoạch của xã Nhữ Khê', ['Kế hoạch của xã Nhữ Khê', 'Mở đầu']);
  const mentions = page('/38/', 'Chương trình 38-CTr/TU', ['Chương trình 38-CTr/TU', 'Nhữ Khê thực hiện; Nhữ Khê báo cáo.']);
  assert.deepEqual(rank([mentions, named], 'nhu khe').map((result) => result.url), ['/nhu-khe/', '/38/']);
});

test('in quotation marks, only pages with the phrase', () => {
  assert.deepEqual(rank([leadership, agriculture, phrase], '"cong nghe sinh hoc nong nghiep"').map((result) => result.url), ['/cum-tu/']);
});

test('an excerpt is cut around the best match', () => {
  const long = page('/dai/', 'Dài', ['Dài', `${'chữ '.repeat(60)}phân bón vi sinh ${'chữ '.repeat(60)}`.trim()]);
  const [found] = rank([long], 'phan bon vi sinh');
  assert.match(found.sections[0].excerpt, /^… (chữ ){10}phân bón vi sinh (chữ ){15}chữ …$/);
});

test('an excerpt shows a third of its words before the match, with … where the text goes on', () => {
  const words = 'a b c d e f g h i j'.split(' ');
  assert.equal(excerptAround(words, 0, 6), 'a b c d e f …');
  assert.equal(excerptAround(words, 5, 6), '… d e f g h i …');
  assert.equal(excerptAround(words, 9, 6), '… h i j');
  assert.equal(excerptAround(words, 4), 'a b c d e f g h i j');
});
