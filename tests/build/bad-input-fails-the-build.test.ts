/**
 * Each folder in tests/fixtures/bad-input/ adds one broken plan (or document) to a copy of content/. The real
 * build must fail on it, print every line of the folder's expected.txt (file, place, problem),
 * and leave no site behind that looks complete.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scratchProject } from '../../scripts/scratch-build.ts';

const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/fixtures/bad-input');

for (const name of readdirSync(fixtures).sort()) {
  test(`bad input "${name}" fails the build and says why`, async () => {
    const project = scratchProject(name);
    try {
      cpSync(join(root, 'content'), project.content, { recursive: true });
      // Every plan must have its source text; the broken plans share one, so each fails for its own fault.
      cpSync(join(root, 'tests/fixtures/bad-input-sources'), project.content, { recursive: true });
      // The fixture's folders (plans/, documents/ …) are laid over the real content.
      cpSync(join(fixtures, name), project.content, { recursive: true, filter: (source) => !source.endsWith('expected.txt') });
      const { status, output } = await project.build();
      assert.notEqual(status, 0, `the build succeeded on "${name}":\n${output.slice(-2000)}`);
      for (const line of readFileSync(join(fixtures, name, 'expected.txt'), 'utf8').split('\n').filter(Boolean)) {
        assert.ok(output.includes(line), `the build output for "${name}" does not say: ${line}\n${output.slice(-3000)}`);
      }
      assert.equal(existsSync(join(project.dist, 'index.html')), false, 'a failed build left a home page behind');
    } finally {
      project.remove();
    }
  });
}
