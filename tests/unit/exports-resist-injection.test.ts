import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { Library, type LibraryInput } from '../../src/lib/model/library.ts';
import type { PlanTask } from '../../src/lib/compile/annotations.ts';
import { tasksCsv } from '../../src/lib/formats/open-data.ts';
import { deadlinesCalendar } from '../../src/lib/formats/calendar.ts';
import { loadContent } from '../helpers/content.ts';
import { t } from '../../src/i18n/t.ts';

const PLAN = 'lang-son-ubnd-thuc-hien-88-ctr-tu';
const content = loadContent();

/** The real library with `texts` added as tasks of one plan, as a hostile plan would write them. */
function libraryWith(texts: string[], deadline: string | null): Library {
  const annotations = new Map(content.annotations);
  const plan = annotations.get(PLAN)!;
  const hostile: PlanTask[] = texts.map((text, i) => ({ ...plan.tasks[0], id: `hostile-${i}`, heading: null, paragraphs: [text], deadline }));
  annotations.set(PLAN, { ...plan, tasks: [...plan.tasks, ...hostile] });
  return new Library({ ...content, annotations } satisfies LibraryInput, t);
}

test('a task text that opens like a formula reaches the CSV as quoted text behind a single quote', () => {
  const formulas = ['=HYPERLINK("http://x")', '+1', '-1', '@SUM(1)', '\t=1', '\r=1', '\uFF1D1+1'];
  const library = libraryWith(formulas, null);
  const csv = tasksCsv(library);
  assert.equal(csv.charCodeAt(0), 0xfeff);
  assert.ok(csv.endsWith('\r\n'));
  type Cell = { value: string; quoted: boolean };
  const rows = parse<Record<string, Cell>>(csv, {
    bom: true,
    columns: true,
    cast: (value, context) => (context.header ? value : { value, quoted: context.quoting }),
  });
  assert.deepEqual(Object.keys(rows[0]), ['id', 'van_ban', 'so_hieu', 'linh_vuc', 'linh_vuc_nhac_den', 'chu_tri', 'phoi_hop', 'thoi_han', 'noi_dung', 'duong_dan']);
  assert.equal(rows.length, library.tasks.length);
  formulas.forEach((formula, i) => {
    const row = rows.find((cells) => cells.id.value === `${PLAN}#hostile-${i}`);
    assert.ok(row, `row for ${JSON.stringify(formula)}`);
    assert.deepEqual(row.noi_dung, { value: `'${formula}`, quoted: true }, JSON.stringify(formula));
  });
});

test('a task text with bare carriage returns and Unicode line breaks adds no event to the calendar', () => {
  const text = 'x\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:forged\r\u2028y\u2029z\u0085w';
  const library = libraryWith([text], '2024-05');
  const ics = deadlinesCalendar(library, t);

  assert.ok(ics.endsWith('\r\n'));
  for (const line of ics.slice(0, -2).split('\r\n')) {
    assert.doesNotMatch(line, /[\r\n\u0085\u2028\u2029]/, `a line ends only with CRLF: ${JSON.stringify(line)}`);
    assert.ok(Buffer.byteLength(line) <= 75, line);
  }

  const eventsIn = (source: string) => new ICAL.Component(ICAL.parse(source)).getAllSubcomponents('vevent');
  // ical.js ends a line at LF only; many readers also end one at a bare CR. Read it both ways.
  for (const events of [eventsIn(ics), eventsIn(ics.replace(/\r\n?/g, '\n'))]) {
    assert.deepEqual(
      events.map((event) => event.getFirstPropertyValue('uid')),
      [
        'bac-giang-tinh-uy-thuc-hien-36-nq-tw.nv-iv-2@nq36',
        'bac-giang-tinh-uy-thuc-hien-36-nq-tw.nv-iv-2-doan-1@nq36',
        'huyen-uy-thuc-hien-114-kh-tu.nv-iv-2@nq36',
        'huyen-uy-thuc-hien-114-kh-tu.nv-iv-3@nq36',
        `${PLAN}.hostile-0@nq36`,
      ],
    );
    for (const event of events) assert.ok(!String(event.getFirstPropertyValue('summary')).includes('forged'));
  }
  const hostile = eventsIn(ics).find((event) => event.getFirstPropertyValue('uid') === `${PLAN}.hostile-0@nq36`);
  assert.ok(hostile);
  assert.equal(
    hostile.getFirstPropertyValue('description'),
    `x\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:forged\n\ny\nz\nw\n\n/van-ban/${PLAN}/#hostile-0`,
  );
  assert.equal(String(hostile.getFirstPropertyValue('dtstart')), '2024-05-31');
  assert.equal(String(hostile.getFirstPropertyValue('dtend')), '2024-06-01');
});
