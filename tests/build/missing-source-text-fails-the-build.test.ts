/**
 * A plan whose raw text is not in content/sources/ cannot offer it for download: the real build
 * fails, naming the plan's file, its `source` field and what is missing, and leaves no site behind.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scratchProject } from '../../scripts/scratch-build.ts';

const root = resolve(import.meta.dirname, '../..');

test('a plan whose source text is missing fails the build and says which', async () => {
  const project = scratchProject('missing-source-text');
  try {
    cpSync(join(root, 'content'), project.content, { recursive: true, filter: (source) => !source.endsWith('003_91b362cc3e752405.txt') });
    const { status, output } = await project.build();
    assert.notEqual(status, 0, `the build succeeded without the source text:\n${output.slice(-2000)}`);
    assert.ok(
      output.includes(`plans/lai-chau-35-ctr-tu.mdx: source: "003_91b362cc3e752405.txt" is not in ${join(project.content, 'sources')}/; copy there, unchanged and under that name, the raw text`),
      output.slice(-3000),
    );
    assert.equal(existsSync(join(project.dist, 'index.html')), false, 'a failed build left a home page behind');
  } finally {
    project.remove();
  }
});
