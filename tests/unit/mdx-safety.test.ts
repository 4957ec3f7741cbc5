import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../helpers/content.ts';

const plan = (body: string) => `---\nsource: "000.txt"\nrecipients: [Lưu VT.]\n---\n${body}\n`;

test('a plan may hold only text, its own components and literal values', () => {
  const rejected: [string, RegExp][] = [
    ["import X from './x.js'\n\nVăn bản.", /import and export are not allowed/],
    ['export const a = 1\n\nVăn bản.', /import and export are not allowed/],
    ['Tổng là {1 + 1}.', /JavaScript expression \{1 \+ 1\} is not allowed/],
    ['Văn bản {alert(1)}.', /JavaScript expression/],
    ['<script>alert(1)</script>', /<script> is not allowed/],
    ['<iframe src="https://x.org"></iframe>', /<iframe> is not allowed/],
    ['<Task fields="health" onClick="alert(1)">\n\n1\\. Một.\n\n</Task>', /event attribute "onClick" is not allowed/],
    ['<Task fields={["health"]}>\n\n1\\. Một.\n\n</Task>', /fields must be a plain "quoted" value/],
    ['<Task {...x} fields="health">\n\n1\\. Một.\n\n</Task>', /spread attributes are not allowed/],
    ['[bấm](javascript:alert(1))', /javascript: links are not allowed/],
    ['<Signature class="x">\n\nA\n\n</Signature>', /<Signature>: attribute "class" is not allowed/],
    ['##   \n\nVăn bản.', /a heading without text/],
  ];
  for (const [body, message] of rejected) assert.throws(() => annotate(plan(body), 'content/plans/x.mdx'), message, body);
  // Plain literals and comments are harmless.
  assert.doesNotThrow(() => annotate(plan('Văn bản {"nguyên văn"} và {/* ghi chú */}.')));
});

test('the error names the file and the line', () => {
  assert.throws(() => annotate(plan('Văn bản.\n\n<script>alert(1)</script>'), 'content/plans/x.mdx'), /content\/plans\/x\.mdx: line \d+: <script> is not allowed/);
});
