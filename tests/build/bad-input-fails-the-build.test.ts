/**
 * Each folder in tests/fixtures/bad-input/ adds one broken plan (or document) to a copy of content/. The real
 * build must fail on it, print every line of the folder's expected.txt (file, field, problem),
 * and leave no site behind that looks complete.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/fixtures/bad-input');

for (const name of readdirSync(fixtures).sort()) {
  test(`bad input "${name}" fails the build and says why`, () => {
    const scratch = mkdtempSync(join(tmpdir(), `nq36-${name}-`));
    try {
      cpSync(join(root, 'content'), join(scratch, 'content'), { recursive: true });
      // The fixture's folders (plans/, documents/ …) are laid over the real content.
      cpSync(join(fixtures, name), join(scratch, 'content'), { recursive: true, filter: (source) => !source.endsWith('expected.txt') });
      const outDir = join(scratch, 'dist');
      const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: root,
        encoding: 'utf8',
        env: {
          ...process.env,
          ASTRO_TELEMETRY_DISABLED: '1',
          NQ36_CONTENT_DIR: join(scratch, 'content'),
          NQ36_OUT_DIR: outDir,
          NQ36_CACHE_DIR: join(scratch, 'cache'),
        },
      });
      const output = result.stdout + result.stderr;
      assert.notEqual(result.status, 0, `the build succeeded on "${name}":\n${output.slice(-2000)}`);
      for (const line of readFileSync(join(fixtures, name, 'expected.txt'), 'utf8').split('\n').filter(Boolean)) {
        assert.ok(output.includes(line), `the build output for "${name}" does not say: ${line}\n${output.slice(-3000)}`);
      }
      assert.equal(existsSync(join(outDir, 'index.html')), false, 'a failed build left a home page behind');
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
}
