import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../helpers/content.ts';
import type { MdNode } from '../../src/lib/compile/annotations.ts';
import type { Outline } from '../../src/lib/compile/outline.ts';

const plan = (body: string) => `---\nsource: "000.txt"\nrecipients: [Lưu VT.]\n---\n${body}\n`;

const BODY = [
  '<DocumentTitle>\n\nKẾ HOẠCH\n\n</DocumentTitle>',
  '## III. NHIỆM VỤ',
  '<Task fields="awareness">\n\n### 1. Tuyên truyền\n\nQuán triệt.\n\n</Task>',
  '### 2. Phát triển',
  '<Task fields="agriculture">\n\n#### 2.1. Nông nghiệp\n\nGiống cây.\n\n</Task>',
  '<Task fields="health">\n\n#### 2.2. Y tế\n\nVắc-xin.\n\n</Task>',
  '## IV. TỔ CHỨC THỰC HIỆN',
  '1\\. Ban Tuyên giáo.',
  '<Recipients />',
].join('\n\n');

/** The tree as nested [name-or-type, id?, children] for sections and tools, text blocks as their type. */
function shape(node: MdNode): unknown {
  const id = node.attributes?.find((attribute) => attribute.name === 'id')?.value;
  if (node.type === 'mdxJsxFlowElement') return [node.name, id, ...(node.children ?? []).map(shape)];
  return node.type === 'heading' ? `h${node.depth}` : node.type;
}

test('sections nest as the document does, a task opening its section, the closing kept apart', () => {
  const { tree, annotations } = annotate(plan(BODY));
  assert.deepEqual((tree.children ?? []).map(shape), [
    ['DocumentTitle', undefined, 'paragraph'],
    [
      'Section', 'iii', 'h2', ['SectionTools', 'iii'],
      ['Section', 'iii-1', ['Task', 'nv-iii-1', 'h3', ['SectionTools', 'iii-1'], 'paragraph']],
      [
        'Section', 'iii-2', 'h3', ['SectionTools', 'iii-2'],
        ['Section', 'iii-2-1', ['Task', 'nv-iii-2-1', 'h4', ['SectionTools', 'iii-2-1'], 'paragraph']],
        ['Section', 'iii-2-2', ['Task', 'nv-iii-2-2', 'h4', ['SectionTools', 'iii-2-2'], 'paragraph']],
      ],
    ],
    // A numbered paragraph is no section; the recipients close every section.
    ['Section', 'iv', 'h2', ['SectionTools', 'iv'], 'paragraph'],
    ['Recipients', undefined],
  ]);
  const outline = (annotations as unknown as { outline: Outline }).outline;
  assert.equal(outline.preamble, 'KẾ HOẠCH');
  assert.deepEqual(
    outline.sections.map((section) => [section.id, section.title, section.depth, section.parents, section.text, section.tasks]),
    [
      ['iii', 'III. NHIỆM VỤ', 2, [], '', []],
      ['iii-1', '1. Tuyên truyền', 3, ['iii'], 'Quán triệt.', ['nv-iii-1']],
      ['iii-2', '2. Phát triển', 3, ['iii'], '', []],
      ['iii-2-1', '2.1. Nông nghiệp', 4, ['iii', 'iii-2'], 'Giống cây.', ['nv-iii-2-1']],
      ['iii-2-2', '2.2. Y tế', 4, ['iii', 'iii-2'], 'Vắc-xin.', ['nv-iii-2-2']],
      ['iv', 'IV. TỔ CHỨC THỰC HIỆN', 2, [], '1. Ban Tuyên giáo.', []],
    ],
  );
});

test('a task that opens a section closes inside it', () => {
  const spanning = '## I. MỤC ĐÍCH\n\n<Task fields="awareness">\n\n### 1. Một\n\nQuán triệt.\n\n### 2. Hai\n\nHọc tập.\n\n</Task>';
  assert.throws(() => annotate(plan(spanning), 'content/plans/x.mdx'), /content\/plans\/x\.mdx: task nv-i-1: the heading "2\. Hai" stands inside the task; a task may only open with its heading/);
  const late = '## I. MỤC ĐÍCH\n\n<Task fields="awareness">\n\nQuán triệt.\n\n### 1. Một\n\nHọc tập.\n\n</Task>';
  assert.throws(() => annotate(plan(late)), /the heading "1\. Một" stands inside the task/);
});
