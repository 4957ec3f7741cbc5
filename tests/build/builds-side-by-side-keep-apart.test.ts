/**
 * Two builds of different content at the same time (as the end-to-end tests and the bad-input
 * tests do) each produce their own site: neither reads the other's scratch state.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scratchProject } from '../../scripts/scratch-build.ts';

const root = resolve(import.meta.dirname, '../..');

test('two builds of different content at once both succeed, each with its own plans', async () => {
  const whole = scratchProject('side-by-side-whole');
  const fewer = scratchProject('side-by-side-fewer');
  try {
    cpSync(join(root, 'content'), whole.content, { recursive: true });
    cpSync(join(root, 'content'), fewer.content, { recursive: true, filter: (source) => !/lai-chau-35-ctr-tu\./.test(source) });
    const [wholeBuild, fewerBuild] = await Promise.all([whole.build(), fewer.build()]);
    assert.equal(wholeBuild.status, 0, wholeBuild.output.slice(-3000));
    assert.equal(fewerBuild.status, 0, fewerBuild.output.slice(-3000));
    const plansIn = (dist: string) => (JSON.parse(readFileSync(join(dist, 'data/plans.json'), 'utf8')) as { id: string }[]).map((plan) => plan.id);
    assert.ok(plansIn(whole.dist).includes('lai-chau-35-ctr-tu'));
    assert.ok(!plansIn(fewer.dist).includes('lai-chau-35-ctr-tu'));
    assert.equal(plansIn(fewer.dist).length, plansIn(whole.dist).length - 1);
  } finally {
    whole.remove();
    fewer.remove();
  }
});
