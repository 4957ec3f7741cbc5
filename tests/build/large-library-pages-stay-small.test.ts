/**
 * A library of 110 synthetic plans (the benchmark's corpus), the first of them swollen to
 * thousands of tasks, is built for real: every page that lists the whole library shows one page
 * of it, links to the next, and the home page is capped; agency, agency-kind and field pages are
 * cut by tasks, so no plan, however many tasks it holds, makes them grow.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeCorpus } from '../../scripts/bench-corpus.ts';
import { scratchProject } from '../../scripts/scratch-build.ts';
import { Library } from '../../src/lib/model/library.ts';
import { agencyKinds, fieldTasksInPageOrder, kindSlug } from '../../src/lib/model/views.ts';
import { PAGE_SIZE } from '../../src/lib/model/pagination.ts';
import { loadContent } from '../helpers/content.ts';
import { t } from '../../src/i18n/t.ts';

const root = resolve(import.meta.dirname, '../..');
const PLANS = 110;
const BIG_PLAN_TASKS = 2000;
/** Without pages of tasks, the big plan made its agency's, agency kind's and field's pages 2.7–3.1 MB. */
const MAX_PAGE_BYTES = 300_000;

const project = scratchProject('large');
let library: Library;
let bigPlan: string;

before(async () => {
  writeCorpus(join(root, 'content'), project.content, PLANS, { extraTasksInFirstPlan: BIG_PLAN_TASKS });
  const result = await project.build();
  assert.equal(result.status, 0, result.output.slice(-3000));
  library = new Library(loadContent(project.content), t);
  bigPlan = library.plans.reduce((big, plan) => (library.tasksInPlan(plan.id).length > library.tasksInPlan(big.id).length ? plan : big)).id;
});

after(() => project.remove());

const page = (path: string) => readFileSync(join(project.dist, path, 'index.html'), 'utf8');
const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;
const taskKeys = (html: string) => [...html.matchAll(/data-task-key="([^"]*)"/g)].map((match) => match[1]);

/** The HTML of every page of the list at `path`, following its pager's "next" links. */
function allPages(path: string): string[] {
  const pages = [page(path)];
  for (let next; (next = /<a href="\/([^"]*)" rel="next"/.exec(pages.at(-1)!)); ) pages.push(page(next[1]));
  return pages;
}

test(`with ${PLANS} plans, lists come a page at a time and the home page stays short`, () => {
  const occurrences = (pattern: RegExp) => (html: string) => count(html, pattern);
  const distinct = (pattern: RegExp) => (html: string) => new Set([...html.matchAll(pattern)].map((match) => match[1])).size;
  const lists: [string, (html: string) => number, number][] = [
    ['danh-sach/', occurrences(/<tr data-plan=/g), PAGE_SIZE.listRows],
    // Each plan has a row in the tables of each year it sets targets for.
    ['chi-tieu/', distinct(/data-plan="([^"]+)"/g), PAGE_SIZE.targetPlans],
    ['thoi-han/', occurrences(/data-task-key=/g), PAGE_SIZE.deadlineTasks],
    ['linh-vuc/', occurrences(/<tr data-plan=/g), PAGE_SIZE.matrixPlans],
    ['linh-vuc/research/', occurrences(/data-task-key=/g), PAGE_SIZE.fieldTasks],
    ['co-quan/', occurrences(/class="card locality"/g), PAGE_SIZE.directoryLocalities],
    [`co-quan/${library.plan(bigPlan)!.data.issuer}/`, occurrences(/data-task-key=/g), PAGE_SIZE.agencyTasks],
    // Kind pages are cut by tasks: every Sở Y tế (one task each) now fits on one page, and the
    // Sở Khoa học và Công nghệ (four tasks each) cross a page boundary between two agencies.
    ['loai-co-quan/so-khoa-hoc-va-cong-nghe/', occurrences(/data-task-key=/g), PAGE_SIZE.kindTasks],
  ];
  for (const [path, itemsOn, size] of lists) {
    const first = page(path);
    const shown = itemsOn(first);
    // A second page exists, so the first is full.
    assert.equal(shown, size, `${path}: ${shown} items on the first page, not ${size}`);
    assert.match(first, new RegExp(`<a href="/${path}trang-2/" rel="next"`), `${path}: no link to the second page`);
    assert.ok(existsSync(join(project.dist, path, 'trang-2', 'index.html')), `${path}trang-2/ was not built`);
  }

  const home = page('');
  const cards = count(home, /<li class="card plan-card"/g);
  assert.ok(cards > 0 && cards <= 12 * 3, `the home page lists ${cards} plans, not at most twelve a level`);
  assert.match(home, /href="\/danh-sach\/"[^>]*>Xem cả danh sách/);
  // Of the hierarchy, a line per province leading to its page, not the tree itself.
  assert.match(home, /<a class="province-line__name" href="\/he-thong\/[^"]+\/"/);
  assert.doesNotMatch(home, /tree__node--held/);
});

test(`a plan of ${BIG_PLAN_TASKS} tasks leaves every agency, agency-kind and field page under ${MAX_PAGE_BYTES / 1000} KB`, () => {
  for (const folder of ['co-quan', 'loai-co-quan', 'linh-vuc']) {
    const files = readdirSync(join(project.dist, folder), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('index.html'));
    const [biggest, bytes] = files.map((file) => [file, statSync(join(project.dist, folder, file)).size] as const).reduce((a, b) => (b[1] > a[1] ? b : a));
    assert.ok(bytes <= MAX_PAGE_BYTES, `${folder}/${biggest} is ${bytes} bytes`);
  }
});

test('36-NQ/TW lists what carries it out, then every plan citing it, a page of rows at a time; its facts only on the first', () => {
  const pages = allPages('van-ban-dan-chieu/36-nq-tw/');
  const rows = (html: string, list: string) => count(new RegExp(`<section[^>]*data-list="${list}"[^>]*>[\\s\\S]*?</section>`).exec(html)?.[0] ?? '', /<li[ >]/g);
  const listed = (list: string) => pages.reduce((sum, html) => sum + rows(html, list), 0);
  assert.ok(pages.length > 1, 'the plans citing 36-NQ/TW do not run over a page');
  assert.equal(listed('implementedBy'), library.implementers('36-nq-tw').length);
  assert.equal(listed('citedBy'), library.citers('36-nq-tw').length);
  pages.forEach((html, index) => {
    assert.ok(rows(html, 'implementedBy') + rows(html, 'citedBy') <= PAGE_SIZE.documentRows, `page ${index + 1} holds more than ${PAGE_SIZE.documentRows} rows`);
    assert.ok(Buffer.byteLength(html) <= MAX_PAGE_BYTES, `page ${index + 1} is ${Buffer.byteLength(html)} bytes`);
    assert.equal(html.includes('class="facts"'), index === 0, `page ${index + 1}: the facts`);
    if (index > 0) assert.match(html, new RegExp(`<h1[^>]*>Nghị quyết 36-NQ/TW — trang ${index + 1}</h1>`));
  });
});

test('every task is on exactly one page of each agency, agency kind and field it belongs to, in order', () => {
  assert.ok(library.tasksInPlan(bigPlan).length > BIG_PLAN_TASKS, 'the big plan was not written');
  for (const agency of library.agencies.keys()) {
    const pages = allPages(`co-quan/${agency}/`).map(taskKeys);
    assert.deepEqual(pages.flat(), library.assignments(agency).map(({ task }) => task.key), agency);
    assert.ok(pages.every((keys) => keys.length <= PAGE_SIZE.agencyTasks), `${agency}: a page holds more than ${PAGE_SIZE.agencyTasks} tasks`);
  }
  for (const kind of agencyKinds(library)) {
    const pages = allPages(`loai-co-quan/${kind.slug}/`);
    const expected = kind.agencies.flatMap((agency) => library.assignments(agency.id).map(({ task }) => task.key));
    assert.deepEqual(pages.flatMap(taskKeys), expected, kind.slug);
    assert.ok(pages.every((html) => taskKeys(html).length <= PAGE_SIZE.kindTasks), `${kind.slug}: a page holds more than ${PAGE_SIZE.kindTasks} tasks`);
    // Every agency is listed, those given nothing too, and again only where it goes on.
    const listed = pages.flatMap((html) => [...html.matchAll(/data-agency="([^"]*)"/g)].map((match) => match[1]));
    assert.deepEqual(listed.filter((id, index) => id !== listed[index - 1]), kind.agencies.map((agency) => agency.id), kind.slug);
  }
  for (const field of library.fields) {
    const pages = allPages(`linh-vuc/${field.id}/`);
    assert.deepEqual(pages.flatMap(taskKeys), fieldTasksInPageOrder(library, field.id).map((task) => task.key), field.id);
    assert.ok(pages.every((html) => taskKeys(html).length <= PAGE_SIZE.fieldTasks), `${field.id}: a page holds more than ${PAGE_SIZE.fieldTasks} tasks`);
  }
});

test('a plan or agency going on from one field or agency-kind page to the next is headed again, marked continued', () => {
  const issuer = library.plan(bigPlan)!.data.issuer;
  const lists = [
    ['linh-vuc/health/', `<section class="plan-group" data-plan="${bigPlan}"[^>]*>\\s*<h4[^>]*>([\\s\\S]*?)</h4>`],
    [`loai-co-quan/${kindSlug(library.agencies.get(issuer)!.data.kind)}/`, `<section class="agency" data-agency="${issuer}"[^>]*>\\s*<h2[^>]*>([\\s\\S]*?)</h2>`],
  ];
  for (const [path, group] of lists) {
    // On a field's pages the plan's tasks that only mention the field start a part of their own.
    const headings = allPages(path).map((html) => new RegExp(group).exec(html.split('data-part="mentioned"')[0])?.[1]);
    const shownOn = headings.flatMap((heading, index) => (heading === undefined ? [] : [{ heading, index }]));
    assert.ok(shownOn.length > 1, `${path}: the big plan's tasks do not run over a page`);
    assert.doesNotMatch(shownOn[0].heading, /\(tiếp\)/, path);
    for (const { heading, index } of shownOn.slice(1)) assert.match(heading, /\(tiếp\)/, `${path} page ${index + 1}`);
  }
});
