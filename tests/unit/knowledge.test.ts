import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { Library } from '../../src/lib/model/library.ts';
import { numbersIn } from '../../src/lib/model/references.ts';
import { agenciesByLevelAndLocality, agencyKinds, tasksByLevelAndPlan } from '../../src/lib/model/views.ts';
import { deadlinesCalendar, dueDay } from '../../src/lib/formats/calendar.ts';
import { tasksCsv } from '../../src/lib/formats/open-data.ts';
import { mdxPlainText } from '../../src/lib/compile/seed-text.ts';
import { loadContent, readPlanSource } from '../helpers/content.ts';
import { t } from '../../src/i18n/t.ts';

const content = loadContent();
const library = new Library(content, t);
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
  const texts = library.plans.map((plan) => mdxPlainText(readPlanSource(plan.id), t, plan.data.recipients)).join('\n');
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
    const text = mdxPlainText(readPlanSource(task.plan), t);
    for (const paragraph of task.paragraphs) assert.ok(text.includes(paragraph.slice(0, 80)), `${task.key}: "${paragraph.slice(0, 40)}…"`);
  }
});

test('coverage tells a whole section from a mention', () => {
  assert.equal(library.coverage(LANG_SON, 'health'), 'section');
  // Lai Châu III.3 treats health in its second bullet: a section of health as of each field it treats.
  assert.equal(library.coverage('lai-chau-35-ctr-tu', 'health'), 'section');
  assert.equal(library.coverage('huyen-uy-thuc-hien-114-kh-tu', 'defence'), 'mention');
  assert.equal(library.coverage('nhu-khe-thuc-hien-38-ctr-tu', 'defence'), 'none');
});

test('assignments carry the role the text gives', () => {
  const lead = library.assignments('so-y-te-lang-son');
  assert.deepEqual(lead.map((a) => [a.task.id, a.role]), [['nv-iv-3', 'lead']]);
  // Sở Tài chính: "Phối hợp với Sở Khoa học và Công nghệ …": Khoa học và Công nghệ leads, Tài chính coordinates.
  const support = library.assignments('so-tai-chinh-lang-son').filter((a) => a.role === 'support');
  assert.ok(support.some((a) => a.task.id === 'nv-iv-9'), 'Sở Tài chính "phối hợp với Sở Khoa học và Công nghệ"');
  assert.ok(library.assignments('so-khoa-hoc-va-cong-nghe-lang-son').some((a) => a.task.id === 'nv-iv-9' && a.role === 'lead'));
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
  const ics = deadlinesCalendar(library, t);
  for (const line of ics.split('\r\n')) assert.ok(new TextEncoder().encode(line).length <= 75, line);
  const calendar = new ICAL.Component(ICAL.parse(ics));
  assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), 'Thời hạn thực hiện Nghị quyết 36-NQ/TW');
  // Every deadline the plans write, one all-day event each, on the day it falls due.
  assert.deepEqual(
    calendar.getAllSubcomponents('vevent').map((event) => ['uid', 'dtstart', 'dtend'].map((name) => String(event.getFirstPropertyValue(name)))),
    [
      // "xong trong tháng 02/2024"
      ['bac-giang-tinh-uy-thuc-hien-36-nq-tw.nv-iv-2@nq36', '2024-02-29', '2024-03-01'],
      // "xong trong tháng 3/2024"
      ['bac-giang-tinh-uy-thuc-hien-36-nq-tw.nv-iv-2-doan-1@nq36', '2024-03-31', '2024-04-01'],
      // "xong trong tháng 4/2024", twice
      ['huyen-uy-thuc-hien-114-kh-tu.nv-iv-2@nq36', '2024-04-30', '2024-05-01'],
      ['huyen-uy-thuc-hien-114-kh-tu.nv-iv-3@nq36', '2024-04-30', '2024-05-01'],
    ],
  );
});

test('the CSV starts with a byte-order mark and has one row per task, naming its plan and giving its text', () => {
  const csv = tasksCsv(library);
  assert.equal(csv.charCodeAt(0), 0xfeff);
  const rows = parse<Record<string, string>>(csv, { bom: true, columns: true });
  assert.deepEqual(rows.map((row) => row.id), library.tasks.map((task) => task.key));
  const plans: Record<string, [name: string, number: string]> = {
    'bac-giang-tinh-uy-thuc-hien-36-nq-tw': ['Kế hoạch của Ban Thường vụ Tỉnh ủy Bắc Giang', ''],
    'huyen-uy-thuc-hien-114-kh-tu': ['Kế hoạch của Ban Thường vụ Huyện ủy', ''],
    'lai-chau-35-ctr-tu': ['Chương trình hành động 35-CTr/TU', '35-CTr/TU'],
    [LANG_SON]: ['Kế hoạch của Ủy ban nhân dân tỉnh Lạng Sơn', ''],
    'nhu-khe-thuc-hien-38-ctr-tu': ['Kế hoạch của Ban Thường vụ Đảng ủy xã Nhữ Khê', ''],
  };
  assert.deepEqual(new Set(library.tasks.map((task) => task.plan)), new Set(Object.keys(plans)));
  library.tasks.forEach((task, index) => {
    const row = rows[index];
    assert.deepEqual([row.van_ban, row.so_hieu], plans[task.plan], task.key);
    assert.equal(row.duong_dan, `/van-ban/${task.plan}/#${task.id}`, task.key);
    // The heading, when the task has one, then each paragraph, a line each.
    assert.deepEqual(row.noi_dung.split('\n'), task.heading ? [task.heading, ...task.paragraphs] : task.paragraphs, task.key);
  });
  assert.deepEqual(
    rows.find((row) => row.id === `${LANG_SON}#nv-iv-3`),
    {
      id: `${LANG_SON}#nv-iv-3`,
      van_ban: 'Kế hoạch của Ủy ban nhân dân tỉnh Lạng Sơn',
      so_hieu: '',
      linh_vuc: 'Y tế, y dược; Nghiên cứu, chuyển giao công nghệ; Cơ chế, chính sách',
      linh_vuc_nhac_den: '',
      chu_tri: 'Sở Y tế tỉnh Lạng Sơn',
      phoi_hop: '',
      thoi_han: '',
      noi_dung:
        '3. Sở Y tế\nChủ trì, phối hợp với các đơn vị liên quan đề xuất đặt hàng các nhiệm vụ khoa học và công nghệ về nghiên cứu, phát triển và ứng dụng công nghệ sinh học trong lĩnh vực y dược; thực hiện các các chương trình, dự án, cơ chế chính sách phát triển công nghệ sinh học trong lĩnh vực y dược.',
      duong_dan: `/van-ban/${LANG_SON}/#nv-iv-3`,
    },
  );
  assert.deepEqual(
    rows.find((row) => row.id === 'huyen-uy-thuc-hien-114-kh-tu#nv-iv-2'),
    {
      id: 'huyen-uy-thuc-hien-114-kh-tu#nv-iv-2',
      van_ban: 'Kế hoạch của Ban Thường vụ Huyện ủy',
      so_hieu: '',
      linh_vuc: 'Chỉ đạo, kiểm tra, giám sát',
      linh_vuc_nhac_den: '',
      chu_tri: 'Ủy ban nhân dân huyện (huyện không ghi trong văn bản)',
      phoi_hop: '',
      thoi_han: '2024-04',
      noi_dung:
        '2. UBND huyện rà soát các văn bản đã ban hành có liên quan, đồng thời bám sát nội dung Nghị quyết số 36, Nghị quyết 189, Kế hoạch của UBND tỉnh triển khai thực hiện Kế hoạch 114 và Kế hoạch này xây dựng kế hoạch triển khai thực hiện, bảo đảm phù hợp thực tiễn; phân công rõ trách nhiệm của các cơ quan, đơn vị, địa phương liên quan; xong trong tháng 4/2024.',
      duong_dan: '/van-ban/huyen-uy-thuc-hien-114-kh-tu/#nv-iv-2',
    },
  );
});

import { agencyPages, fieldPages, fieldTasksInPageOrder, kindPages } from '../../src/lib/model/views.ts';
import { PAGE_SIZE } from '../../src/lib/model/pagination.ts';

/** The real library with `count` more health tasks in the Lạng Sơn plan, all led by `lead` (its Sở Y tế unless told). */
function libraryWithExtraHealthTasks(count: number, lead = 'so-y-te-lang-son'): Library {
  const input = loadContent();
  const annotations = new Map(input.annotations);
  const langSon = annotations.get(LANG_SON)!;
  const extra = Array.from({ length: count }, (_, index) => ({
    ...langSon.tasks[0],
    id: `nv-them-${index + 1}`,
    fields: ['health'],
    mentions: [],
    lead: [lead],
    support: [],
  }));
  annotations.set(LANG_SON, { ...langSon, tasks: [...langSon.tasks, ...extra] });
  return new Library({ ...input, annotations }, t);
}

test('a field is cut into pages of tasks, in level and plan order, none lost or repeated', () => {
  const large = libraryWithExtraHealthTasks(3 * PAGE_SIZE.fieldTasks);
  const pages = fieldPages(large, 'health');
  const perPage = pages.map((page) => page.parts.flatMap((part) => part.groups.flatMap((group) => group.items.flatMap((item) => item.tasks))));
  // The tasks asking work in the field first, then those only mentioning it.
  const expected = [large.tasksInField('health'), large.tasksMentioning('health')].flatMap((tasks) =>
    tasksByLevelAndPlan(large, tasks).flatMap((group) => group.items.flatMap((item) => item.tasks)),
  );
  assert.deepEqual(fieldTasksInPageOrder(large, 'health'), expected);
  assert.deepEqual(perPage.flat(), expected);
  assert.equal(pages.length, Math.ceil(expected.length / PAGE_SIZE.fieldTasks));
  for (const tasks of perPage.slice(0, -1)) assert.equal(tasks.length, PAGE_SIZE.fieldTasks);
  assert.deepEqual(pages.map((page) => page.page), pages.map((_, index) => index + 1));
});

test('a plan whose tasks spill over a page goes on under its heading, marked continued', () => {
  const pages = fieldPages(libraryWithExtraHealthTasks(3 * PAGE_SIZE.fieldTasks), 'health');
  // The extra tasks ask work in health; the plan's tasks that only mention it start a part of their own.
  const items = pages.map((page) => page.parts.filter((part) => part.part === 'asked').flatMap((part) => part.groups.flatMap((group) => group.items)));
  const langSon = items.flatMap((onPage, index) => onPage.filter((item) => item.plan.id === LANG_SON).map((item) => ({ item, first: onPage[0] === item, index })));
  assert.ok(langSon.length >= 3, `the plan is on ${langSon.length} pages`);
  assert.equal(langSon[0].item.continued, false);
  for (const { item, first, index } of langSon.slice(1)) {
    assert.ok(item.continued && first, `page ${index + 1}: the plan goes on at the top, marked continued`);
  }
  // Only a plan running over a boundary is marked: every other plan begins where it is shown.
  for (const item of items.flat()) if (item.plan.id !== LANG_SON) assert.equal(item.continued, false);
});

test('the real fields fit on one page, whole', () => {
  for (const field of library.fields) {
    const pages = fieldPages(library, field.id);
    assert.equal(pages.length, 1, field.id);
    assert.ok(pages[0].parts.flatMap((part) => part.groups.flatMap((group) => group.items)).every((item) => !item.continued), field.id);
  }
});

test("an agency's tasks come in pages of tasks, in order, none lost", () => {
  const large = libraryWithExtraHealthTasks(2 * PAGE_SIZE.agencyTasks);
  const pages = agencyPages(large, 'so-y-te-lang-son');
  assert.equal(pages.length, 3);
  assert.deepEqual(pages.map((page) => page.items.length), [PAGE_SIZE.agencyTasks, PAGE_SIZE.agencyTasks, 1]);
  assert.deepEqual(pages.flatMap((page) => page.items), large.assignments('so-y-te-lang-son'));
  assert.deepEqual(agencyPages(library, 'so-y-te-lang-son').map((page) => page.items.length), [1]);
});

test("a kind's agencies are cut into pages of tasks, none lost or repeated, an agency given nothing still listed", () => {
  // Ủy ban nhân dân: the provincial one of Bắc Giang swollen, ahead of Lạng Sơn's, which is given nothing.
  const large = libraryWithExtraHealthTasks(3 * PAGE_SIZE.kindTasks, 'ubnd-tinh-bac-giang');
  const { agencies } = agencyKinds(large).find((kind) => kind.slug === 'uy-ban-nhan-dan')!;
  const pages = kindPages(large, 'uy-ban-nhan-dan');
  const perPage = pages.map((page) => page.items.flatMap((item) => item.assignments));
  assert.deepEqual(perPage.flat(), agencies.flatMap((agency) => large.assignments(agency.id)));
  for (const assignments of perPage) assert.ok(assignments.length <= PAGE_SIZE.kindTasks);
  // The empty agency takes the room of one task, so tasks plus empty agencies fill each page but the last.
  const room = pages.map((page) => page.items.reduce((used, item) => used + Math.max(item.assignments.length, 1), 0));
  for (const used of room.slice(0, -1)) assert.equal(used, PAGE_SIZE.kindTasks);
  const listed = pages.flatMap((page) => page.items.map((item) => item.agency.id));
  assert.deepEqual(listed.filter((id, index) => id !== listed[index - 1]), agencies.map((agency) => agency.id));
  assert.deepEqual(pages.map((page) => page.number), pages.map((_, index) => index + 1));
  const empty = pages.flatMap((page) => page.items).filter((item) => item.agency.id === 'ubnd-tinh-lang-son');
  assert.deepEqual(empty.map((item) => [item.assignments, item.continued]), [[[], false]]);
});

test('an agency whose tasks spill over a page of its kind goes on under its heading, marked continued', () => {
  const pages = kindPages(libraryWithExtraHealthTasks(3 * PAGE_SIZE.kindTasks, 'ubnd-tinh-bac-giang'), 'uy-ban-nhan-dan');
  const shown = pages.flatMap((page, index) => page.items.flatMap((item) => (item.agency.id === 'ubnd-tinh-bac-giang' ? [{ item, first: page.items[0] === item, index }] : [])));
  assert.ok(shown.length >= 3, `the agency is on ${shown.length} pages`);
  assert.equal(shown[0].item.continued, false);
  for (const { item, first, index } of shown.slice(1)) assert.ok(item.continued && first, `page ${index + 1}: the agency goes on at the top, marked continued`);
  for (const item of pages.flatMap((page) => page.items)) if (item.agency.id !== 'ubnd-tinh-bac-giang') assert.equal(item.continued, false);
});

test('the real kinds of agency fit on one page, every agency listed', () => {
  for (const kind of agencyKinds(library)) {
    const pages = kindPages(library, kind.slug);
    assert.equal(pages.length, 1, kind.slug);
    assert.deepEqual(pages[0].items.map((item) => [item.agency.id, item.assignments, item.continued]), kind.agencies.map((agency) => [agency.id, library.assignments(agency.id), false]), kind.slug);
  }
});
