import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readSource } from '../../scripts/import/read-source.ts';
import { libraryOnDisk, repairKnowledge } from '../../scripts/import/setup.ts';
import { importPlan } from '../../src/lib/import/draft.ts';
import { documentNumberRepairs, numberingRepairs } from '../../src/lib/import/numbering.ts';
import { sourceLines } from '../../src/lib/import/source-lines.ts';
import { annotate, frontmatterOf, ROOT, SEEDS } from '../helpers/content.ts';
import type { PlanData } from '../../src/schemas/plan.ts';
import { agencySchema } from '../../src/schemas/agency.ts';
import { t } from '../../src/i18n/t.ts';

const library = libraryOnDisk();
const knowledge = repairKnowledge(library.plans);

async function draftOf(file: string) {
  const { text } = await readSource(file);
  return importPlan(text, { library, repairKnowledge: knowledge, sourceName: 'plan-004.txt', t });
}

test('a plan typed in Word, printed to PDF or extracted as text drafts the same plan', async () => {
  const drafts = await Promise.all([
    draftOf(join(SEEDS, '004_f52bd55984169549.txt')),
    draftOf(join(ROOT, 'tests/fixtures/import/plan-004.docx')),
    draftOf(join(ROOT, 'tests/fixtures/import/plan-004.pdf')),
  ]);
  for (const draft of drafts) {
    const data = frontmatterOf(draft.mdx) as PlanData;
    assert.equal(data.type, 'Kế hoạch');
    assert.equal(data.number, null, 'the text gives no number: none is made up');
    assert.equal(data.issuer, 'ubnd-tinh-lang-son');
    assert.equal(data.locality, 'lang-son');
    assert.deepEqual(data.implements.map((link) => link.document), ['88-ctr-tu-lang-son']);
    assert.equal(data.signer?.name, 'Dương Xuân Huyên');
    const { annotations } = annotate(draft.mdx);
    const leads = annotations.tasks.find((task) => task.id === 'nv-iv-7');
    assert.deepEqual(leads?.lead, ['so-khoa-hoc-va-cong-nghe-lang-son'], '"Sở Nội vụ: Phối hợp Sở Khoa học và Công nghệ …": the department it works with leads');
    assert.deepEqual(leads?.support, ['so-noi-vu-lang-son']);
  }
  const taskIds = drafts.map((draft) => annotate(draft.mdx).annotations.tasks.map((task) => task.id).join(' '));
  assert.equal(taskIds[1], taskIds[0]);
  assert.equal(taskIds[2], taskIds[0]);
});

test('text that is markup in MDX is escaped, never run', () => {
  const raw = ['KẾ HOẠCH', 'thực hiện Nghị quyết số 36-NQ/TW ngày 30/01/2023 của Bộ Chính trị', 'Thực hiện Nghị quyết số 36-NQ/TW, UBND tỉnh Lạng Sơn xây dựng Kế hoạch như sau:', 'I. MỤC ĐÍCH', 'Nội dung <script>alert(1)</script> và {globalThis.x = 1} cùng [liên kết](javascript:alert(1)).'].join('\n');
  const draft = importPlan(raw, { library, repairKnowledge: knowledge, sourceName: 'probe.txt', t });
  const { tree } = annotate(draft.mdx);
  const kinds = new Set<string>();
  const walk = (node: { type: string; name?: string | null; children?: unknown[] }) => {
    kinds.add(node.name ? `${node.type}:${node.name}` : node.type);
    (node.children as (typeof node)[] | undefined)?.forEach(walk);
  };
  walk(tree as never);
  assert.ok(!kinds.has('mdxFlowExpression') && !kinds.has('mdxTextExpression') && !kinds.has('link'), [...kinds].join(' '));
  assert.ok(![...kinds].some((kind) => kind.includes('script')));
  assert.match(draft.mdx, /\\<script>/);
});

test('numbering the scanner broke is repaired from the sequence, and a numeral elsewhere is left alone', () => {
  const lines = sourceLines(['I- MỤC ĐÍCH, YÊU CẦU', 'Hoàn thành trong quý I năm 2024.', 'IU MỤC TIÊU', 'L Mục tiêu chung', 'Nơi nhận:', '- Ban Bí thư Trung ương Đảng, I', '- Lưu VP.'].join('\n'));
  const text = lines.map((line) => line.text).join(' ');
  const repairs = numberingRepairs(lines, text).map(({ from, to }) => `${from} → ${to}`);
  assert.deepEqual(repairs.sort(), ['Đảng, I → Đảng,', 'IU MỤC → II- MỤC', 'L Mục → 1. Mục'].sort());
  assert.deepEqual(documentNumberRepairs('Chỉ thị số 50- CT/TW và Nghị quyết số 36-NQ/7W').map(({ from, to }) => `${from} → ${to}`), ['50- CT/TW → 50-CT/TW', '36-NQ/7W → 36-NQ/TW']);
});

test('a body of a place the text does not name is drafted under the name the text writes, saying which place is unnamed', async () => {
  const { text } = await readSource(join(SEEDS, '000_02369f452aec5d6c.txt'));
  const withoutUnnamed = { ...library, agencies: library.agencies.filter((agency) => !agency.data.localityUnnamed) };
  const draft = importPlan(text, { library: withoutUnnamed, repairKnowledge: knowledge, sourceName: '000_02369f452aec5d6c.txt', t });
  const committee = draft.agencies.find((agency) => agency.id === 'ubnd-huyen-khong-ro-huyen');
  assert.ok(committee, draft.agencies.map((agency) => agency.id).join(', '));
  assert.equal(committee.data.name, 'UBND huyện');
  assert.deepEqual([committee.data.locality, committee.data.localityUnnamed], [null, 'district']);
  for (const agency of draft.agencies) assert.deepEqual(agencySchema.safeParse(agency.data).error?.issues ?? [], [], agency.id);
});
