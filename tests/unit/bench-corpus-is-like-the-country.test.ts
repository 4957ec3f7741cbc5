/**
 * The benchmark's synthetic library is laid out like the country: 34 provinces, each with its
 * Party plan and its People's Committee plan, a few district plans, and communes for the rest,
 * every plan carrying out its province's Party plan — and it passes the site's content checks.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROVINCES, writeCorpus } from '../../scripts/bench-corpus.ts';
import { Library, type LibraryInput } from '../../src/lib/model/library.ts';
import { checkIntegrity } from '../../src/lib/model/integrity.ts';
import { RESOLUTION_ID } from '../../src/lib/model/tree.ts';
import { CONTENT, loadContent } from '../helpers/content.ts';
import { t } from '../../src/i18n/t.ts';

const PLANS = 300;
const dir = mkdtempSync(join(tmpdir(), 'nq36-bench-corpus-'));
const realLocalities = new Set(readdirSync(join(CONTENT, 'localities')).map((file) => file.replace(/\.yaml$/, '')));
let input: LibraryInput;
let library: Library;

before(() => {
  writeCorpus(CONTENT, dir, PLANS);
  input = loadContent(dir);
  library = new Library(input, t);
});

after(() => rmSync(dir, { recursive: true, force: true }));

const synthetic = () => [...library.localities.values()].filter((locality) => !realLocalities.has(locality.id));
const issuerKind = (planId: string) => library.agencies.get(library.plan(planId)!.data.issuer)!.data.kind;
const provinceOf = (localityId: string) => library.localities.get(localityId)!.data.parent ?? localityId;

test(`${PLANS} plans, all of them synthetic, pass the site's content checks`, () => {
  assert.equal(input.plans.length, PLANS);
  assert.deepEqual(checkIntegrity(input), []);
});

test(`there are ${PROVINCES} provinces, named apart from each other and from the real localities`, () => {
  const provinces = synthetic().filter((locality) => locality.data.kind === 'tỉnh');
  assert.equal(provinces.length, PROVINCES);
  assert.ok(provinces.every((province) => province.data.parent === null));
  const names = [...library.localities.values()].map((locality) => locality.data.name);
  assert.equal(new Set(names).size, names.length, 'two localities share a name');
});

test("each province has one Party plan carrying out 36-NQ/TW and one People's Committee plan carrying out it", () => {
  for (const province of synthetic().filter((locality) => locality.data.kind === 'tỉnh')) {
    const plans = library.plans.filter((plan) => plan.data.locality === province.id);
    const party = plans.filter((plan) => issuerKind(plan.id) === 'Ban Thường vụ Tỉnh ủy');
    const people = plans.filter((plan) => issuerKind(plan.id) === 'Ủy ban nhân dân');
    assert.equal(party.length, 1, `${province.id}: Party plans`);
    assert.equal(people.length, 1, `${province.id}: People's Committee plans`);
    assert.deepEqual(party[0].data.implements.map((link) => link.document), [RESOLUTION_ID]);
    assert.deepEqual(people[0].data.implements.map((link) => link.document), [party[0].id]);
    assert.ok(party[0].data.number && party[0].data.issued, `${party[0].id} has no number or date`);
  }
});

test("district and commune plans belong to a province and carry out that province's Party plan", () => {
  const local = library.plans.filter((plan) => plan.data.level === 'district' || plan.data.level === 'commune');
  assert.ok(local.some((plan) => plan.data.level === 'district'), 'no district plan');
  assert.equal(local.length, PLANS - 2 * PROVINCES);
  for (const plan of local) {
    const locality = library.localities.get(plan.data.locality!)!;
    assert.equal(locality.data.kind, plan.data.level === 'district' ? 'huyện' : 'xã', plan.id);
    assert.equal(library.localities.get(locality.data.parent!)?.data.kind, 'tỉnh', `${plan.id}: ${locality.id} has no province`);
    const [parent] = library.parents(plan.id);
    assert.equal(parent.node.kind, 'plan', plan.id);
    assert.equal(parent.node.locality, locality.data.parent, `${plan.id} carries out another province's plan`);
    assert.equal(issuerKind(parent.node.id), 'Ban Thường vụ Tỉnh ủy', plan.id);
  }
});

test('communes are spread evenly over the provinces', () => {
  const communes = Map.groupBy(library.plans.filter((plan) => plan.data.level === 'commune'), (plan) => provinceOf(plan.data.locality!));
  const counts = [...communes.values()].map((plans) => plans.length);
  assert.equal(communes.size, PROVINCES);
  assert.ok(Math.max(...counts) - Math.min(...counts) <= 1, `communes per province: ${counts.join(', ')}`);
});

test("every plan's agencies, issuer and locality resolve, and its agencies are its own locality's", () => {
  for (const plan of library.plans) {
    assert.ok(library.localities.has(plan.data.locality!), `${plan.id}: locality ${plan.data.locality}`);
    for (const id of [plan.data.issuer, ...library.tasksInPlan(plan.id).flatMap((task) => [...task.lead, ...task.support])]) {
      const agency = library.agencies.get(id);
      assert.ok(agency, `${plan.id}: agency ${id}`);
      assert.equal(agency.data.locality, plan.data.locality, `${plan.id}: ${id} is not of its locality`);
    }
  }
  for (const locality of library.localities.values()) assert.ok(!locality.data.parent || library.localities.has(locality.data.parent), locality.id);
});

// The hierarchy draws each plan under what it carries out: these links put a province's plans under its Party plan.
test("each province's People's Committee, district and commune plans carry out its Party plan, and nothing else does", () => {
  const partyPlans = library.implementers(RESOLUTION_ID).filter((link) => link.node.kind === 'plan');
  assert.equal(partyPlans.length, PROVINCES);
  for (const { node: party } of partyPlans) {
    const beneath = library.plans.filter((plan) => plan.id !== party.id && provinceOf(plan.data.locality!) === party.locality);
    assert.deepEqual(library.implementers(party.id).map((link) => link.node.id).sort(), beneath.map((plan) => plan.id).sort(), party.id);
  }
});
