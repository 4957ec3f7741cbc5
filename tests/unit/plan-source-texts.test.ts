/**
 * Each plan's raw text is in content/sources/ under the name its `source` gives, byte for byte the
 * seed it was edited from, and a plan whose text is missing is named with its field.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCES_FOLDER, sourceTextProblems } from '../../src/lib/compile/source-file.ts';
import { CONTENT, SEEDS, loadContent } from '../helpers/content.ts';

const { plans } = loadContent();
const sources = join(CONTENT, SOURCES_FOLDER);

test('every plan has its raw text in content/sources/, identical to its seed', () => {
  assert.deepEqual(sourceTextProblems(plans, readdirSync(sources), sources), []);
  for (const plan of plans) {
    assert.ok(readFileSync(join(sources, plan.data.source)).equals(readFileSync(join(SEEDS, plan.data.source))), `${plan.data.source} is the seed as received`);
  }
});

test('a plan whose raw text is missing is named, with its field and what to do', () => {
  const plan = (file: string, source: string) => ({ file, data: { source } });
  const cases: [string[], string[]][] = [
    [['a.txt', 'b.txt'], []],
    [
      ['b.txt'],
      ['content/plans/x.mdx: source: "a.txt" is not in content/sources/; copy there, unchanged and under that name, the raw text the plan was edited from (the site publishes it beside the plan)'],
    ],
    // Names are compared whole: a file that only looks like it does not stand in.
    [['A.txt', 'a.txt.bak', 'b.txt'], ['content/plans/x.mdx: source: "a.txt" is not in content/sources/; copy there, unchanged and under that name, the raw text the plan was edited from (the site publishes it beside the plan)']],
  ];
  for (const [present, expected] of cases) {
    assert.deepEqual(sourceTextProblems([plan('content/plans/x.mdx', 'a.txt'), plan('content/plans/y.mdx', 'b.txt')], present, 'content/sources'), expected, present.join(', '));
  }
});
