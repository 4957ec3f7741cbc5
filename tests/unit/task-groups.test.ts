import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Library } from '../../src/lib/model/library.ts';
import { checkIntegrity } from '../../src/lib/model/integrity.ts';
import { loadContent } from '../helpers/content.ts';
import { t } from '../../src/i18n/t.ts';

const content = loadContent();
const library = new Library(content, t);
const groupsOf = (plan: string) => library.sectionGroups(plan).map((section) => [section.id, section.groups.map((link) => link.group)]);

test('each plan\'s part III is mapped to the resolution\'s task groups by its headings', () => {
  assert.deepEqual(groupsOf('bac-giang-tinh-uy-thuc-hien-36-nq-tw'), [
    ['iii-1', ['nhan-thuc']],
    ['iii-2', ['co-che-chinh-sach']],
    ['iii-3', ['ung-dung']],
    ['iii-4', ['nhan-luc-dau-tu']],
    ['iii-5', ['hop-tac']],
  ]);
  // The district plan takes up four groups: a district makes no policy.
  assert.deepEqual(groupsOf('huyen-uy-thuc-hien-114-kh-tu'), [
    ['iii-1', ['nhan-thuc']],
    ['iii-2', ['ung-dung']],
    ['iii-3', ['nhan-luc-dau-tu']],
    ['iii-4', ['hop-tac']],
  ]);
  const derived = library.sectionGroups('lai-chau-35-ctr-tu')[1].groups[0];
  assert.deepEqual(derived.terms, ['cơ chế, chính sách', 'chính sách', 'pháp luật']);
  assert.equal(derived.grounds, null);
});

test('a heading that does not say is mapped by an editor\'s judgment, labelled with its grounds', () => {
  const judged = library.sectionGroups('nhu-khe-thuc-hien-38-ctr-tu').find((section) => section.id === 'iii-3')!;
  assert.deepEqual(judged.groups.map((link) => link.group), ['nhan-luc-dau-tu']);
  assert.equal(judged.groups[0].terms, null);
  assert.match(judged.groups[0].grounds!, /nguồn lực/);
});

test('a judgment naming a section or a group that does not exist fails with the file and the field', () => {
  const plans = content.plans.map((plan) =>
    plan.id === 'nhu-khe-thuc-hien-38-ctr-tu'
      ? { ...plan, data: { ...plan.data, taskGroups: [{ section: 'iii-9', groups: ['nhan-thuc'], grounds: 'Không có mục này, để thử kiểm tra.' }, { section: 'iii-3', groups: ['khong-co'], grounds: 'Không có nhóm này, để thử kiểm tra.' }] } }
      : plan,
  );
  const problems = checkIntegrity({ ...content, plans });
  assert.ok(problems.some((problem) => /nhu-khe-thuc-hien-38-ctr-tu\.mdx: taskGroups\[0\]\.section: "iii-9" is not a numbered section/.test(problem)), problems.join('\n'));
  assert.ok(problems.some((problem) => /taskGroups\[1\]\.groups.*khong-co/.test(problem)), problems.join('\n'));
});
