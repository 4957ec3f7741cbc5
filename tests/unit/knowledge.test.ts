import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Library } from '../../src/lib/library.ts';
import { numbersIn } from '../../src/lib/references.ts';
import { agenciesByLevelAndLocality, agencyKinds, tasksByLevelAndPlan } from '../../src/lib/views.ts';
import { deadlinesCalendar, dueDay } from '../../src/lib/calendar.ts';
import { tasksCsv } from '../../src/lib/open-data.ts';
import { mdxPlainText } from '../../src/lib/seed-text.ts';
import { loadContent, readPlanSource } from '../helpers/content.ts';

const content = loadContent();
const library = new Library(content);
const LANG_SON = 'lang-son-ubnd-thuc-hien-88-ctr-tu';

test('document numbers are found as the texts write them', () => {
  const cases: [string, string[]][] = [
    ['Nghị quyết số 36-NQ/TW ngày 30/01/2023', ['36-NQ/TW']],
    ['Nghị quyết số 189/NQ-CP và Quyết định số 1671/QĐ-TTg', ['189/NQ-CP', '1671/QĐ-TTg']],
    ['Chương trình số 88-CTr/TU; Kế hoạch số 114-KH/TU', ['88-CTr/TU', '114-KH/TU']],
    ['Chỉ thị số 50-CT/TW và Kết luận số 06-KL/TW', ['50-CT/TW', '06-KL/TW']],
    ['ngày 19/6/2023, Nghị quyết 36, 2 - 5 giống', []],
  ];
  for (const [text, expected] of cases) assert.deepEqual(numbersIn(text), expected, text);
});

test('a number resolves within its plan: repeated numbers by what the plan cites, its own number to nothing', () => {
  assert.equal(library.resolveNumber('88-CTr/TU', LANG_SON)?.id, '88-ctr-tu-lang-son');
  assert.equal(library.resolveNumber('36-NQ/TW', LANG_SON)?.id, '36-nq-tw');
  assert.equal(library.resolveNumber('35-CTr/TU', 'lai-chau-35-ctr-tu'), null);
  assert.equal(library.resolveNumber('99-NQ/TW', LANG_SON), null);
});

test('every number a plan writes is in its cites or implements', () => {
  for (const plan of library.plans) {
    for (const number of library.annotations.get(plan.id)!.documentNumbers) {
      assert.ok(library.resolveNumber(number, plan.id) !== null || number === plan.data.number, `${plan.id}: ${number}`);
    }
  }
});

test('every agency alias is written that way in some plan', () => {
  const texts = library.plans.map((plan) => mdxPlainText(readPlanSource(plan.id), plan.data.recipients)).join('\n');
  for (const agency of library.agencies.values()) {
    for (const alias of agency.data.aliases) assert.ok(texts.includes(alias), `${agency.id}: alias "${alias}" is not in any plan`);
  }
});

test('tasks group by level then plan; every task has a field and quotes words of its plan', () => {
  const groups = tasksByLevelAndPlan(library, library.tasks);
  assert.deepEqual(groups.map((group) => group.level), ['province', 'district', 'commune']);
  assert.equal(groups.flatMap((group) => group.items.flatMap((item) => item.tasks)).length, library.tasks.length);
  for (const task of library.tasks) {
    assert.ok(task.fields.length > 0, task.key);
    const text = mdxPlainText(readPlanSource(task.plan));
    for (const paragraph of task.paragraphs) assert.ok(text.includes(paragraph.slice(0, 80)), `${task.key}: "${paragraph.slice(0, 40)}…"`);
  }
});

test('coverage tells a whole section from a mention', () => {
  assert.equal(library.coverage(LANG_SON, 'health'), 'section');
  assert.equal(library.coverage('lai-chau-35-ctr-tu', 'health'), 'mention');
  assert.equal(library.coverage('nhu-khe-thuc-hien-38-ctr-tu', 'defence'), 'none');
});

test('assignments carry the role the text gives', () => {
  const lead = library.assignments('so-y-te-lang-son');
  assert.deepEqual(lead.map((a) => [a.task.id, a.role]), [['nv-iv-3', 'lead']]);
  const support = library.assignments('so-khoa-hoc-va-cong-nghe-lang-son').filter((a) => a.role === 'support');
  assert.ok(support.some((a) => a.task.id === 'nv-iv-9'), 'Sở Tài chính "phối hợp với Sở Khoa học và Công nghệ"');
});

test('agencies group by level and locality; kinds gather the same body across provinces', () => {
  const province = agenciesByLevelAndLocality(library).find((group) => group.level === 'province')!;
  assert.deepEqual(province.items.map((item) => item.locality), ['tỉnh Bắc Giang', 'tỉnh Lai Châu', 'tỉnh Lạng Sơn', 'tỉnh Tuyên Quang']);
  const tuyenGiao = agencyKinds(library).find((kind) => kind.kind === 'Ban Tuyên giáo')!;
  assert.ok(tuyenGiao.agencies.length >= 3);
  assert.ok(new Set(tuyenGiao.agencies.map((agency) => agency.data.locality)).size >= 3);
});

test('deadlines: month deadlines fall due on the last day of the month, in an iCalendar file', () => {
  assert.equal(dueDay('2024-02'), '20240229');
  assert.equal(dueDay('2024-04'), '20240430');
  assert.equal(dueDay('2024-03-15'), '20240315');
  const ics = deadlinesCalendar(library);
  assert.equal(ics.match(/BEGIN:VEVENT/g)?.length, library.deadlines().length);
  assert.ok(ics.includes('DTSTART;VALUE=DATE:20240229'));
  for (const line of ics.split('\r\n')) assert.ok(new TextEncoder().encode(line).length <= 75, line);
});

test('the CSV starts with a byte-order mark and has one row per task', () => {
  const csv = tasksCsv(library);
  assert.equal(csv.charCodeAt(0), 0xfeff);
  assert.ok(csv.includes('Sở Y tế tỉnh Lạng Sơn'));
});

import { fieldPages } from '../../src/lib/views.ts';
import { PAGE_SIZE } from '../../src/lib/pagination.ts';

test('a field is cut into pages of whole plans, none lost', () => {
  const pages = fieldPages(library, 'health');
  assert.equal(pages.length, Math.max(1, Math.ceil(tasksByLevelAndPlan(library, library.tasksInField('health')).flatMap((g) => g.items).length / PAGE_SIZE.fieldPlans)));
  const shown = pages.flatMap((page) => page.groups.flatMap((group) => group.items.flatMap((item) => item.tasks)));
  assert.equal(shown.length, library.tasksInField('health').length);
});
