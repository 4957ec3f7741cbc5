import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../helpers/content.ts';
import { MAX_NESTING } from '../../src/lib/compile/mdx-safety.ts';
import type { MdNode } from '../../src/lib/compile/annotations.ts';

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
    // The browser strips tabs inside a scheme; so does the URL parser this check uses.
    ['[bấm](<java\tscript:alert(1)>)', /javascript: links are not allowed/],
    ['[bấm](data:text/html,<b>x</b>)', /data: links are not allowed/],
    ['[bấm](vbscript:msgbox(1))', /vbscript: links are not allowed/],
    ['[bấm][x]\n\n[x]: javascript:alert(1)', /javascript: links are not allowed/],
    ['![](https://tracker.example/x.png)', /image "https:\/\/tracker\.example\/x\.png" is not on this site/],
    ['![](//tracker.example/x.png)', /is not on this site/],
    ['![](/\\tracker.example/x.png)', /is not on this site/],
    ['![](data:image/png;base64,AAAA)', /is not on this site/],
    ['![](../../secret.png)', /is not on this site/],
    ['![ảnh][t]\n\n[t]: https://tracker.example/x.png', /is not on this site/],
    // Code hidden between comments is still code: the decision is taken on MDX's own syntax tree.
    ['Nhà {/* a */ process.env.HOME /* b */}.', /JavaScript expression/],
    ["Nhà {/* a */ require('node:child_process').execSync('id') /* b */}.", /JavaScript expression/],
    ['Nhà {/* a */ "x" /* b */ + "y"}.', /JavaScript expression/],
    ['Nhà {("x", globalThis.y)}.', /JavaScript expression/],
    ['Nhà {`mẫu ${1}`}.', /JavaScript expression/],
    ['Nhà {/x/}.', /JavaScript expression/],
    ['<Signature class="x">\n\nA\n\n</Signature>', /<Signature>: attribute "class" is not allowed/],
    ['##   \n\nVăn bản.', /a heading without text/],
  ];
  for (const [body, message] of rejected) assert.throws(() => annotate(plan(body), 'content/plans/x.mdx'), message, body);
  // Plain literals, comments, web links and the site's own images are harmless.
  assert.doesNotThrow(() => annotate(plan('Văn bản {"nguyên văn"} và {/* ghi chú */} {12} {/* a */ "b" /* c */}.')));
  assert.doesNotThrow(() => annotate(plan('[cổng](https://chinhphu.vn/) [thư](mailto:a@b.vn) [mục](#ii) ![logo](/icons/icon-192.png)')));
});

test('the error names the file and the line', () => {
  assert.throws(() => annotate(plan('Văn bản.\n\n<script>alert(1)</script>'), 'content/plans/x.mdx'), /content\/plans\/x\.mdx: line \d+: <script> is not allowed/);
});

test('lists and quotes nested past the limit fail with a message, however deep', () => {
  const nestedList = (depth: number) => Array.from({ length: depth }, (_, level) => `${'  '.repeat(level)}- mục`).join('\n');
  assert.doesNotThrow(() => annotate(plan(nestedList(MAX_NESTING))));
  assert.throws(() => annotate(plan(nestedList(MAX_NESTING + 1))), /nested 9 deep; a plan may nest at most 8/);
  assert.throws(() => annotate(plan(`${'> '.repeat(3000)}trích dẫn`), 'content/plans/x.mdx'), /content\/plans\/x\.mdx: line 1: lists, quotes or components are nested/);
});

test('a link to another site is marked as outside and opened without referrer', () => {
  const { tree } = annotate(plan('[cổng](https://chinhphu.vn/) và [mục](/van-ban/x/#ii)'));
  const links: MdNode[] = [];
  const walk = (node: MdNode) => {
    if (node.type === 'link') links.push(node);
    node.children?.forEach(walk);
  };
  walk(tree);
  assert.deepEqual(links[0].data?.hProperties, { rel: 'noopener noreferrer', dataOutside: '' });
  assert.equal(links[1].data?.hProperties, undefined);
});
