import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../helpers/content.ts';

const plan = (body: string) => `---\nsource: "000.txt"\nrecipients: [Lưu VT.]\n---\n${body}`;

test('tasks take the anchor of their first numbered block, or a counted one', () => {
  const { annotations } = annotate(
    plan(`## III. NHIỆM VỤ

<Task fields="agriculture environment" lead="so-a" support="so-b so-c">

#### 2.1. Chú trọng nông nghiệp

Ứng dụng công nghệ sinh học.

</Task>

## IV. TỔ CHỨC THỰC HIỆN

<Task fields="oversight" lead="ubnd" deadline="2024-04">

2\\. UBND huyện rà soát; xong trong tháng 4/2024.

</Task>

<Task fields="awareness">

Các ban cán sự đảng tổ chức học tập.

</Task>
`),
  );
  assert.deepEqual(
    annotations.tasks.map((task) => [task.id, task.numbered, task.fields, task.lead, task.support, task.deadline, task.heading]),
    [
      ['nv-iii-2-1', true, ['agriculture', 'environment'], ['so-a'], ['so-b', 'so-c'], null, '2.1. Chú trọng nông nghiệp'],
      ['nv-iv-2', true, ['oversight'], ['ubnd'], [], '2024-04', null],
      ['nv-iv-2-doan-1', false, ['awareness'], [], [], null, null],
    ],
  );
  assert.deepEqual(annotations.tasks[2].paragraphs, ['Các ban cán sự đảng tổ chức học tập.']);
});

test('targets are read inline with their context, and numbers in the text are collected', () => {
  const { annotations } = annotate(
    plan(`Thực hiện Nghị quyết số 36-NQ/TW và Nghị quyết số 189/NQ-CP.

- Đạt <Target horizon="2030" value="60" unit="%" comparison="moreThan" measure="Tỷ lệ nông sản">trên 60%</Target> giá trị.
`),
  );
  assert.deepEqual(annotations.documentNumbers, ['36-NQ/TW', '189/NQ-CP']);
  assert.equal(annotations.targets.length, 1);
  assert.deepEqual(
    { ...annotations.targets[0] },
    { id: 'ct-2030-1', horizon: '2030', value: '60', unit: '%', comparison: 'moreThan', measure: 'Tỷ lệ nông sản', phrase: 'trên 60%', context: 'Đạt trên 60% giá trị.' },
  );
});

test('bad annotations fail with the file and the task', () => {
  const cases: [string, RegExp][] = [
    ['<Task lead="x">\n\n1\\. Một.\n\n</Task>', /plan\.mdx: task nv-muc-1: fields: a task needs at least one field/],
    ['<Task fields="health" deadline="4/2024">\n\n1\\. Một.\n\n</Task>', /task nv-muc-1: deadline: "4\/2024" is not a real YYYY-MM/],
    ['<Task fields="health" deadline="2024-13">\n\n1\\. Một.\n\n</Task>', /deadline: "2024-13"/],
    ['<Task fields="health" owner="x">\n\n1\\. Một.\n\n</Task>', /<Task>: attribute "owner" is not allowed/],
    ['Đạt <Target horizon="2040" value="1" unit="%" measure="x">1%</Target>.', /horizon: must be "2030" or "2045"/],
  ];
  for (const [body, message] of cases) assert.throws(() => annotate(plan(body), 'content/plans/plan.mdx'), message);
});
