/**
 * How well the importer drafts a plan: `npm run import:eval [-- --verbose] [--write]`.
 *
 * Leave-one-out over the five seeds: each raw seed is imported with the library as it would be
 * without its plan (the plan, and the agencies, documents and places only it uses, removed; the
 * repair proposer learns from the other four plans only), and the draft is compared with the
 * curated plan. `--write` keeps the table in scripts/import/EVALUATION.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { annotate, frontmatterOf, loadCorrections, readSeed, ROOT } from '../tests/helpers/content.ts';
import { libraryOnDisk, libraryWithout, repairKnowledge } from './import/setup.ts';
import { importPlan, type ImportResult } from '../src/lib/import/draft.ts';
import { normaliseSeed } from '../src/lib/compile/seed-text.ts';
import { scoreRepairs } from '../src/lib/import/repair-score.ts';
import type { MdNode } from '../src/lib/compile/annotations.ts';
import type { PlanAnnotations } from '../src/lib/model/library.ts';
import type { PlanData } from '../src/schemas/plan.ts';
import { plainText } from '../src/lib/compile/annotations.ts';
import { t } from '../src/i18n/t.ts';

const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false }, write: { type: 'boolean', default: false } } });
const library = libraryOnDisk();

interface Sections {
  headings: Map<string, string>;
  ids: Set<string>;
}

function sectionsOf(tree: MdNode): Sections {
  const headings = new Map<string, string>();
  const ids = new Set<string>();
  const walk = (node: MdNode) => {
    if (node.data?.id) {
      ids.add(node.data.id);
      if (node.type === 'heading') headings.set(node.data.id, `${node.depth} ${plainText(node).replace(/\s+/g, ' ').trim()}`);
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return { headings, ids };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item) => b.includes(item));
const ratio = (right: number, total: number) => (total === 0 ? 1 : right / total);
const f1 = (tp: number, fp: number, fn: number) => (tp === 0 ? (fp + fn === 0 ? 1 : 0) : (2 * tp) / (2 * tp + fp + fn));
const fold = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** Every fact the curated frontmatter holds that the text states, compared. */
function metadataFacts(curated: PlanData, draft: PlanData): { fact: string; right: boolean; curated: unknown; draft: unknown }[] {
  const facts: [string, unknown, unknown][] = [
    ['title', fold(curated.title), fold(draft.title)],
    ['type', curated.type, draft.type],
    ['number', curated.number, draft.number],
    ['issued', curated.issued, draft.issued],
    ['issuer', curated.issuer, draft.issuer],
    ['level', curated.level, draft.level],
    ['locality', curated.locality, draft.locality],
    ['signer.name', curated.signer?.name ?? null, draft.signer?.name ?? null],
    ['signer.title', curated.signer?.title ?? null, draft.signer?.title ?? null],
    ['signer.capacity', curated.signer?.capacity ?? null, draft.signer?.capacity ?? null],
    ['implements', curated.implements.map((link) => link.document).join(' '), draft.implements.map((link) => link.document).join(' ')],
    ['cites', [...curated.cites].sort().join(' '), [...draft.cites].sort().join(' ')],
    ['recipients', curated.recipients.join(' | '), draft.recipients.join(' | ')],
  ];
  return facts.map(([fact, want, got]) => ({ fact, right: JSON.stringify(want) === JSON.stringify(got), curated: want, draft: got }));
}

interface Row {
  plan: string;
  seconds: number;
  facts: [number, number];
  headings: [number, number];
  ids: [number, number];
  tasks: { tp: number; fp: number; fn: number };
  lead: [number, number];
  support: [number, number];
  fields: { tp: number; fp: number; fn: number };
  deadlines: [number, number, number];
  targets: { tp: number; fp: number; fn: number };
  repairs: ReturnType<typeof scoreRepairs> | null;
  notes: string[];
}

function evaluate(planId: string): Row {
  const curatedMdx = readFileSync(join(ROOT, 'content', 'plans', `${planId}.mdx`), 'utf8');
  const curatedData = library.plans.find((plan) => plan.id === planId)!.data;
  const rest = libraryWithout(library, planId);
  const started = performance.now();
  const draft: ImportResult = importPlan(readSeed(curatedData.source), { library: rest, repairKnowledge: repairKnowledge(rest.plans), sourceName: curatedData.source, id: planId, t });
  const seconds = (performance.now() - started) / 1000;
  const notes: string[] = [];

  // A body the draft had to create is right when it is the curated body: same place, and the
  // name the text used is one of the curated body's names.
  const sameBody = new Map<string, string>();
  for (const agency of draft.agencies) {
    const curatedBody = library.agencies.find(({ data }) => data.locality === agency.data.locality && [data.name, ...data.aliases, ...data.localNames].some((name) => fold(name) === fold(agency.asWritten)));
    if (curatedBody) sameBody.set(agency.id, curatedBody.id);
  }
  const asCurated = (ids: string[]) => ids.map((id) => sameBody.get(id) ?? id);
  const curated = annotate(curatedMdx);
  let drafted: ReturnType<typeof annotate>;
  try {
    drafted = annotate(draft.mdx);
  } catch (error) {
    throw new Error(`${planId}: the draft does not compile: ${(error as Error).message}`);
  }
  const facts = metadataFacts(curatedData, frontmatterOf(draft.mdx) as PlanData);
  for (const fact of facts.filter((candidate) => !candidate.right)) notes.push(`fact ${fact.fact}: curated ${JSON.stringify(fact.curated)}, draft ${JSON.stringify(fact.draft)}`);

  const want = sectionsOf(curated.tree);
  const got = sectionsOf(drafted.tree);
  const headingsRight = [...want.headings].filter(([id, text]) => got.headings.get(id) === text).length;
  for (const [id, text] of want.headings) if (got.headings.get(id) !== text) notes.push(`heading ${id}: curated "${text.slice(0, 70)}", draft "${got.headings.get(id)?.slice(0, 70) ?? '—'}"`);
  const idsRight = [...want.ids].filter((id) => got.ids.has(id)).length;

  const curatedTasks = new Map(curated.annotations.tasks.map((task) => [task.id, task]));
  const draftTasks = new Map(drafted.annotations.tasks.map((task) => [task.id, task]));
  const matched = [...curatedTasks.keys()].filter((id) => draftTasks.has(id));
  for (const id of curatedTasks.keys()) if (!draftTasks.has(id)) notes.push(`task ${id}: not drafted`);
  for (const id of draftTasks.keys()) if (!curatedTasks.has(id)) notes.push(`task ${id}: drafted, not curated`);
  const lead: [number, number] = [0, 0];
  const support: [number, number] = [0, 0];
  const fields = { tp: 0, fp: 0, fn: 0 };
  const deadlines: [number, number, number] = [0, 0, 0];
  for (const id of matched) {
    const want = curatedTasks.get(id)!;
    const drafted = draftTasks.get(id)!;
    const got = { ...drafted, lead: asCurated(drafted.lead), support: asCurated(drafted.support) };
    if (want.lead.length > 0 || got.lead.length > 0) {
      lead[1]++;
      if (sameSet(want.lead, got.lead)) lead[0]++;
      else notes.push(`lead ${id}: curated ${want.lead.join(' ') || '—'}, draft ${got.lead.join(' ') || '—'}`);
    }
    if (want.support.length > 0 || got.support.length > 0) {
      support[1]++;
      if (sameSet(want.support, got.support)) support[0]++;
      else notes.push(`support ${id}: curated ${want.support.join(' ') || '—'}, draft ${got.support.join(' ') || '—'}`);
    }
    fields.tp += got.fields.filter((field) => want.fields.includes(field)).length;
    fields.fp += got.fields.filter((field) => !want.fields.includes(field)).length;
    fields.fn += want.fields.filter((field) => !got.fields.includes(field)).length;
    if (want.deadline) deadlines[1]++;
    if (want.deadline && want.deadline === got.deadline) deadlines[0]++;
    if (got.deadline && got.deadline !== want.deadline) deadlines[2]++;
    if (want.deadline !== got.deadline) notes.push(`deadline ${id}: curated ${want.deadline ?? '—'}, draft ${got.deadline ?? '—'}`);
  }

  const key = (target: PlanAnnotations['targets'][number]) => `${fold(target.phrase)}|${target.value}|${target.comparison}|${target.horizon}`;
  const wantTargets = curated.annotations.targets.map(key);
  const gotTargets = drafted.annotations.targets.map(key);
  const targets = { tp: gotTargets.filter((k) => wantTargets.includes(k)).length, fp: 0, fn: 0 };
  targets.fp = gotTargets.length - targets.tp;
  targets.fn = wantTargets.length - targets.tp;
  for (const k of wantTargets.filter((k) => !gotTargets.includes(k))) notes.push(`target missed: ${k}`);
  for (const k of gotTargets.filter((k) => !wantTargets.includes(k))) notes.push(`target extra: ${k}`);

  const gold = loadCorrections(planId).repairs;
  const repairs = gold.length >= 20 ? scoreRepairs(normaliseSeed(readSeed(curatedData.source)), gold, draft.repairs) : null;
  return {
    plan: planId,
    seconds,
    facts: [facts.filter((fact) => fact.right).length, facts.length],
    headings: [headingsRight, want.headings.size],
    ids: [idsRight, want.ids.size],
    tasks: { tp: matched.length, fp: draftTasks.size - matched.length, fn: curatedTasks.size - matched.length },
    lead,
    support,
    fields,
    deadlines,
    targets,
    repairs,
    notes,
  };
}

const rows = library.plans.map((plan) => {
  try {
    return evaluate(plan.id);
  } catch (error) {
    throw new Error(`${plan.id}: ${(error as Error).message}`);
  }
});
const sum = (pick: (row: Row) => [number, number]) => rows.reduce<[number, number]>((total, row) => [total[0] + pick(row)[0], total[1] + pick(row)[1]], [0, 0]);
const sumF = (pick: (row: Row) => { tp: number; fp: number; fn: number }) =>
  rows.reduce((total, row) => ({ tp: total.tp + pick(row).tp, fp: total.fp + pick(row).fp, fn: total.fn + pick(row).fn }), { tp: 0, fp: 0, fn: 0 });
const pct = ([right, total]: [number, number]) => `${right}/${total} (${Math.round(ratio(right, total) * 100)} %)`;
const fScore = (counts: { tp: number; fp: number; fn: number }) =>
  `P ${ratio(counts.tp, counts.tp + counts.fp).toFixed(2)} R ${ratio(counts.tp, counts.tp + counts.fn).toFixed(2)} F1 ${f1(counts.tp, counts.fp, counts.fn).toFixed(2)}`;

const header = '| plan | metadata facts | headings (id + text) | section ids | task boundaries | lead | support | fields | deadlines | targets | seconds |';
const lines = [
  header,
  '|---|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (row) =>
      `| ${row.plan} | ${pct(row.facts)} | ${pct(row.headings)} | ${pct(row.ids)} | ${fScore(row.tasks)} | ${pct(row.lead)} | ${pct(row.support)} | ${fScore(row.fields)} | ${row.deadlines[0]}/${row.deadlines[1]}, ${row.deadlines[2]} wrong | ${fScore(row.targets)} | ${row.seconds.toFixed(2)} |`,
  ),
  `| **all** | ${pct(sum((row) => row.facts))} | ${pct(sum((row) => row.headings))} | ${pct(sum((row) => row.ids))} | ${fScore(sumF((row) => row.tasks))} | ${pct(sum((row) => row.lead))} | ${pct(sum((row) => row.support))} | ${fScore(sumF((row) => row.fields))} | ${sum((row) => [row.deadlines[0], row.deadlines[1]]).join('/')}, ${rows.reduce((n, row) => n + row.deadlines[2], 0)} wrong | ${fScore(sumF((row) => row.targets))} | ${Math.max(...rows.map((row) => row.seconds)).toFixed(2)} max |`,
];
const repairRows = rows.filter((row) => row.repairs);
const repairLines = repairRows.map(
  (row) =>
    `OCR repairs on ${row.plan}: precision ${row.repairs!.precision.toFixed(2)}, recall ${row.repairs!.recall.toFixed(2)} (${row.repairs!.truePositives} right, ${row.repairs!.falsePositives.length} wrong, ${row.repairs!.misses.length} missed)`,
);
console.log([...lines, '', ...repairLines].join('\n'));
if (values.verbose) for (const row of rows) console.log(`\n## ${row.plan}\n${row.notes.map((note) => `- ${note}`).join('\n')}`);

if (values.write) {
  const doc = readFileSync(join(ROOT, 'scripts/import/EVALUATION.md'), 'utf8');
  const start = doc.indexOf('<!-- table -->');
  const end = doc.indexOf('<!-- /table -->');
  writeFileSync(join(ROOT, 'scripts/import/EVALUATION.md'), `${doc.slice(0, start)}<!-- table -->\n${[...lines, '', ...repairLines].join('\n')}\n${doc.slice(end)}`);
}
