import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agenciesNamed, fieldProblems, genericAliasProblems, roleProblems } from '../../src/lib/model/annotation-checks.ts';
import type { PlanTask } from '../../src/lib/compile/annotations.ts';

const AGENCIES = [
  { id: 'khcn', names: ['Sở Khoa học và Công nghệ'] },
  { id: 'noi-vu', names: ['Sở Nội vụ'] },
  { id: 'y-te', names: ['Sở Y tế'] },
  { id: 'ubnd-tinh', names: ['Ủy ban nhân dân tỉnh', 'UBND tỉnh'] },
  { id: 'so-nganh', names: ['các sở, ban, ngành', 'các sở, ngành'] },
  { id: 'ubnd-huyen', names: ['UBND các huyện, thành phố'] },
];

const task = (heading: string | null, paragraphs: string[], lead: string[] = [], support: string[] = []): PlanTask => ({
  id: 'nv-iv-1',
  fields: ['policy'],
  mentions: [],
  lead,
  support,
  deadline: null,
  numbered: true,
  heading,
  paragraphs,
});

test('names are found as whole words, the longest first', () => {
  const mentions = agenciesNamed('Phối hợp với các sở, ngành, UBND các huyện, thành phố và Ủy ban nhân dân tỉnh.', AGENCIES);
  assert.deepEqual(mentions.map((mention) => mention.id), ['so-nganh', 'ubnd-huyen', 'ubnd-tinh']);
  assert.deepEqual(agenciesNamed('Sở Y tếx', AGENCIES), [], 'part of a word is not a name');
});

test('"Chủ trì, phối hợp với Y" under a heading naming X: X leads, Y coordinates', () => {
  const text = ['Chủ trì, phối hợp với Sở Y tế, các sở, ngành theo dõi, báo cáo UBND tỉnh.'];
  assert.deepEqual(roleProblems(task('1. Sở Khoa học và Công nghệ', text, ['khcn'], ['y-te', 'so-nganh']), AGENCIES), []);
  // UBND tỉnh, which receives the report, is no partner: the list of partners stops at the verb.
  const missing = roleProblems(task('1. Sở Khoa học và Công nghệ', text, ['khcn'], ['y-te']), AGENCIES);
  assert.deepEqual(missing, ['task nv-iv-1: support: the text says "Chủ trì, phối hợp với Sở Y tế, các sở, ngành theo dõi, báo cáo UBND tỉnh.…", which makes so-nganh coordinate (phối hợp); annotate it so']);
  assert.match(roleProblems(task('1. Sở Khoa học và Công nghệ', text, [], ['y-te', 'so-nganh']), AGENCIES)[0], /which makes khcn lead \(chủ trì\)/);
});

test('"X chủ trì, phối hợp với Y" inside a sentence: X leads', () => {
  const text = ['Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ xây dựng kế hoạch.'];
  assert.deepEqual(roleProblems(task(null, text, ['khcn'], ['noi-vu']), AGENCIES), []);
  assert.match(roleProblems(task(null, text, ['noi-vu'], ['khcn']), AGENCIES).join('\n'), /which makes khcn lead/);
});

test('"Phối hợp Y …" under a heading naming X: Y leads and X coordinates (Lạng Sơn IV.7)', () => {
  const text = ['Phối hợp Sở Khoa học và Công nghệ, các cơ quan liên quan tham mưu công tác đào tạo.'];
  assert.deepEqual(roleProblems(task('7. Sở Nội vụ', text, ['khcn'], ['noi-vu']), AGENCIES), []);
  const inverted = roleProblems(task('7. Sở Nội vụ', text, ['noi-vu'], ['khcn']), AGENCIES);
  assert.match(inverted[0], /^task nv-iv-1: lead: the text opens with "Phối hợp Sở Khoa học và Công nghệ, .*noi-vu coordinates \(phối hợp\), it does not lead/);
  assert.ok(inverted.some((problem) => /which makes khcn lead/.test(problem)));
});

test('a support needs the coordinating role in the text; a lead needs to be named', () => {
  const text = ['Ủy ban nhân dân tỉnh đẩy mạnh tuyên truyền; phát huy vai trò của Sở Y tế.'];
  assert.deepEqual(roleProblems(task(null, text, ['ubnd-tinh'], ['y-te']), AGENCIES), [
    'task nv-iv-1: support: the text does not give "y-te" a coordinating role (phối hợp); annotate support only where the text says so',
  ]);
  assert.deepEqual(roleProblems(task(null, text, ['khcn']), AGENCIES), [
    'task nv-iv-1: lead: "khcn" is not named in the task\'s text; annotate only the bodies the text names',
  ]);
});

test('a field needs a word of its own outside its stock phrases', () => {
  const defence = { id: 'defence', terms: ['quốc phòng', 'an ninh'], stockPhrases: ['bảo đảm quốc phòng, an ninh'] };
  const stock = { ...task(null, ['Phát triển công nghệ sinh học gắn với bảo đảm quốc phòng, an ninh.']), fields: ['defence'] };
  assert.match(fieldProblems(stock, [defence])[0], /^task nv-iv-1: fields: "defence" is not named in the task's text/);
  // The stock phrase does name the field: as a mention it stands.
  assert.deepEqual(fieldProblems({ ...stock, fields: [], mentions: ['defence'] }, [defence]), []);
  assert.match(fieldProblems({ ...task(null, ['Tuyên truyền.']), fields: [], mentions: ['defence'] }, [defence])[0], /mentions: "defence" is not named/);
  const asked = { ...task(null, ['Ứng dụng công nghệ sinh học trong quốc phòng; bảo đảm quốc phòng, an ninh.']), fields: ['defence'] };
  assert.deepEqual(fieldProblems(asked, [defence]), []);
});

test('an alias that every locality has a body of is refused; one with its level passes', () => {
  assert.equal(genericAliasProblems('a.yaml', ['Mặt trận Tổ quốc', 'Ủy ban MTTQ Việt Nam', 'Ủy ban MTTQ xã', 'Sở Y tế']).length, 2);
  assert.match(genericAliasProblems('a.yaml', ['Mặt trận Tổ quốc'])[0], /^a\.yaml: aliases\[0\]: "Mặt trận Tổ quốc" is a bare generic name/);
});
