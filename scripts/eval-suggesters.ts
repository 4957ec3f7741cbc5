/**
 * Measures the importer's two suggesters against the five curated plans:
 * `node scripts/eval-suggesters.ts [--verbose]`.
 *
 * Fields: every curated task's heading and paragraphs (as `annotate` reads them) go to
 * `suggestFields`; the suggestion is compared with that same task's (same id) `fields` and
 * `mentions` as (task, field) pairs (micro precision, recall, F1), and its first field with the
 * curated main field. Tasks are also put in quarters by confidence, to show whether it means much.
 * Targets: every paragraph of a plan, as plain text with its `<Target>` tags removed (the curated
 * targets' `context`), goes to `findTargets` with the horizon of the nearest heading above it, among
 * those it stands under, that names 2030 or 2045; the phrases found are matched with the curated
 * ones by exact span and by overlap, and the matched pairs compared on value, unit, comparison,
 * horizon and measure (exactly, and by shared words).
 * `--verbose` prints every disagreement with its text.
 */
import { suggestFields, type FieldDefinition, type FieldSuggestion } from '../src/lib/import/fields.ts';
import { findTargets, type TargetSuggestion } from '../src/lib/import/targets.ts';
import { plainText, type MdNode, type PlanTask } from '../src/lib/compile/annotations.ts';
import { annotate, loadContent, readPlanSource } from '../tests/helpers/content.ts';

type Horizon = TargetSuggestion['horizon'];

export interface PairScore {
  truePositives: number;
  suggested: number;
  curated: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface FieldCase {
  planId: string;
  task: PlanTask;
  suggestion: FieldSuggestion;
}

export interface FieldEvaluation {
  cases: FieldCase[];
  fields: PairScore;
  mentions: PairScore;
  /** Share of tasks whose first suggested field is the curated main field. */
  mainFieldAccuracy: number;
}

/** A curated target inside its paragraph. */
interface CuratedTarget {
  start: number;
  end: number;
  phrase: string;
  horizon: Horizon;
  value: string;
  unit: string;
  comparison: TargetSuggestion['comparison'];
  measure: string;
}

export interface ParagraphCase {
  planId: string;
  text: string;
  horizon: Horizon;
  curated: CuratedTarget[];
  found: TargetSuggestion[];
}

export interface TargetEvaluation {
  paragraphs: ParagraphCase[];
  exact: PairScore;
  overlapping: PairScore;
  /** Over the pairs matched by overlap: the share that agree on each attribute. */
  agreement: { pairs: number; value: number; unit: number; comparison: number; horizon: number; measure: number; measureWords: number };
}

export function pairScore(truePositives: number, suggested: number, curated: number): PairScore {
  const precision = suggested === 0 ? 1 : truePositives / suggested;
  const recall = curated === 0 ? 1 : truePositives / curated;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, suggested, curated, precision, recall, f1 };
}

function planSources(): { planId: string; mdx: string }[] {
  return loadContent().plans.map((plan) => ({ planId: plan.id, mdx: readPlanSource(plan.id) }));
}

export function fieldDefinitions(): FieldDefinition[] {
  return loadContent().fields.map(({ id, data }) => ({ id, name: data.name, description: data.description, terms: data.terms, stockPhrases: data.stockPhrases }));
}

export function evaluateFields(): FieldEvaluation {
  const definitions = fieldDefinitions();
  const cases: FieldCase[] = planSources().flatMap(({ planId, mdx }) =>
    annotate(mdx).annotations.tasks.map((task) => ({ planId, task, suggestion: suggestFields(task, definitions) })),
  );
  const count = (pick: (task: PlanTask) => string[], suggest: (suggestion: FieldSuggestion) => string[]) => {
    let truePositives = 0;
    let suggested = 0;
    let curated = 0;
    for (const { task, suggestion } of cases) {
      const gold = new Set(pick(task));
      const given = suggest(suggestion);
      truePositives += given.filter((field) => gold.has(field)).length;
      suggested += given.length;
      curated += gold.size;
    }
    return pairScore(truePositives, suggested, curated);
  };
  const mainRight = cases.filter(({ task, suggestion }) => suggestion.fields[0] === task.fields[0]).length;
  return {
    cases,
    fields: count((task) => task.fields, (suggestion) => suggestion.fields),
    mentions: count((task) => task.mentions, (suggestion) => suggestion.mentions),
    mainFieldAccuracy: mainRight / cases.length,
  };
}

const YEAR_IN_HEADING = /năm\s+(2030|2045)/iu;

/**
 * Every paragraph of a plan in reading order, with its curated targets (their offsets in the
 * paragraph's plain text) and the horizon of the nearest enclosing heading that names a year.
 */
function paragraphsOf(tree: MdNode): { text: string; horizon: Horizon; curated: CuratedTarget[] }[] {
  const paragraphs: { text: string; horizon: Horizon; curated: CuratedTarget[] }[] = [];
  const headings: { depth: number; horizon: Horizon }[] = [];
  const attribute = (node: MdNode, name: string) => node.attributes?.find((attr) => attr.name === name)?.value as string | undefined;
  const visit = (node: MdNode) => {
    if (node.type === 'heading') {
      while (headings.length > 0 && headings.at(-1)!.depth >= (node.depth ?? 0)) headings.pop();
      const year = YEAR_IN_HEADING.exec(plainText(node));
      headings.push({ depth: node.depth ?? 0, horizon: year ? (year[1] as Horizon) : null });
      return;
    }
    if (node.type === 'paragraph') {
      const curated: CuratedTarget[] = [];
      let text = '';
      const collect = (child: MdNode) => {
        if (child.type === 'mdxJsxTextElement' && child.name === 'Target') {
          const phrase = plainText(child);
          curated.push({
            start: text.length,
            end: text.length + phrase.length,
            phrase,
            horizon: (attribute(child, 'horizon') ?? null) as Horizon,
            value: attribute(child, 'value') ?? '',
            unit: attribute(child, 'unit') ?? '',
            comparison: (attribute(child, 'comparison') ?? 'exactly') as CuratedTarget['comparison'],
            measure: attribute(child, 'measure') ?? '',
          });
        }
        if (typeof child.value === 'string') text += child.value;
        else (child.children ?? []).forEach(collect);
      };
      (node.children ?? []).forEach(collect);
      const horizon = headings.findLast((heading) => heading.horizon !== null)?.horizon ?? null;
      // Offsets are kept in the trimmed text the suggester is given.
      const lead = text.length - text.trimStart().length;
      paragraphs.push({ text: text.trim(), horizon, curated: curated.map((target) => ({ ...target, start: target.start - lead, end: target.end - lead })) });
      return;
    }
    (node.children ?? []).forEach(visit);
  };
  visit(tree);
  return paragraphs;
}

const wordsOf = (text: string) => new Set(text.toLowerCase().split(/[^\p{L}\p{N}%]+/u).filter(Boolean));

/** Shared words of two measures over the words of both (Dice), 0..1. */
function measureOverlap(a: string, b: string): number {
  const left = wordsOf(a);
  const right = wordsOf(b);
  const shared = [...left].filter((word) => right.has(word)).length;
  return left.size + right.size === 0 ? 1 : (2 * shared) / (left.size + right.size);
}

export function evaluateTargets(): TargetEvaluation {
  const paragraphs: ParagraphCase[] = planSources().flatMap(({ planId, mdx }) =>
    paragraphsOf(annotate(mdx).tree).map((paragraph) => ({ planId, ...paragraph, found: findTargets(paragraph.text, { horizon: paragraph.horizon }) })),
  );
  let exact = 0;
  let overlapping = 0;
  let suggested = 0;
  let curated = 0;
  const agreement = { pairs: 0, value: 0, unit: 0, comparison: 0, horizon: 0, measure: 0, measureWords: 0 };
  for (const paragraph of paragraphs) {
    suggested += paragraph.found.length;
    curated += paragraph.curated.length;
    for (const gold of paragraph.curated) {
      if (paragraph.found.some((found) => found.start === gold.start && found.end === gold.end)) exact++;
      const match = paragraph.found.find((found) => found.start < gold.end && gold.start < found.end);
      if (!match) continue;
      overlapping++;
      agreement.pairs++;
      agreement.value += Number(match.value === gold.value);
      agreement.unit += Number(match.unit === gold.unit);
      agreement.comparison += Number(match.comparison === gold.comparison);
      agreement.horizon += Number(match.horizon === gold.horizon);
      agreement.measure += Number(match.measure === gold.measure);
      agreement.measureWords += measureOverlap(match.measure, gold.measure);
    }
  }
  const share = (count: number) => (agreement.pairs === 0 ? 1 : count / agreement.pairs);
  return {
    paragraphs,
    exact: pairScore(exact, suggested, curated),
    overlapping: pairScore(overlapping, suggested, curated),
    agreement: {
      pairs: agreement.pairs,
      value: share(agreement.value),
      unit: share(agreement.unit),
      comparison: share(agreement.comparison),
      horizon: share(agreement.horizon),
      measure: share(agreement.measure),
      measureWords: share(agreement.measureWords),
    },
  };
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const scoreRow = (name: string, score: PairScore) =>
  `${name.padEnd(22)} ${percent(score.precision).padStart(7)} ${percent(score.recall).padStart(7)} ${percent(score.f1).padStart(7)}   ${score.truePositives} of ${score.suggested} suggested, ${score.curated} curated`;

function printFields(evaluation: FieldEvaluation, verbose: boolean): void {
  console.log('Fields, over (task, field) pairs of the curated tasks');
  console.log(`${''.padEnd(22)} ${'prec.'.padStart(7)} ${'recall'.padStart(7)} ${'F1'.padStart(7)}`);
  console.log(scoreRow('fields (asked for)', evaluation.fields));
  console.log(scoreRow('mentions', evaluation.mentions));
  console.log(`main field right       ${percent(evaluation.mainFieldAccuracy).padStart(7)}   of ${evaluation.cases.length} tasks`);
  // Whether confidence means something: the tasks in quarters by confidence, and how right each quarter is.
  const byConfidence = evaluation.cases.map(({ task, suggestion }) => ({ confidence: suggestion.confidence, f1: pairScore(suggestion.fields.filter((field) => task.fields.includes(field)).length, suggestion.fields.length, task.fields.length).f1 }));
  byConfidence.sort((a, b) => a.confidence - b.confidence);
  const quarter = Math.ceil(byConfidence.length / 4);
  const quarters = [0, 1, 2, 3].map((index) => byConfidence.slice(index * quarter, (index + 1) * quarter)).filter((part) => part.length > 0);
  console.log(`mean task F1 by quarter of confidence: ${quarters.map((part) => `${part[0].confidence.toFixed(2)}–${part.at(-1)!.confidence.toFixed(2)}: ${percent(part.reduce((sum, row) => sum + row.f1, 0) / part.length)}`).join(' · ')}`);
  if (!verbose) return;
  const differs = (a: string[], b: string[]) => a.length !== b.length || a.some((field) => !b.includes(field));
  for (const { planId, task, suggestion } of evaluation.cases) {
    if (!differs(task.fields, suggestion.fields) && !differs(task.mentions, suggestion.mentions) && task.fields[0] === suggestion.fields[0]) continue;
    console.log(`\n${planId} ${task.id}: ${(task.heading ?? task.paragraphs[0] ?? '').slice(0, 100)}`);
    console.log(`  curated:   fields ${task.fields.join(' ')} | mentions ${task.mentions.join(' ') || '–'}`);
    console.log(`  suggested: fields ${suggestion.fields.join(' ')} | mentions ${suggestion.mentions.join(' ') || '–'}`);
    for (const { field, terms, weight } of suggestion.evidence) console.log(`    ${field.padEnd(16)} ${String(weight).padStart(5)}  ${terms.join(' · ')}`);
  }
}

function printTargets(evaluation: TargetEvaluation, verbose: boolean): void {
  console.log(`\nTargets, over the phrases of every paragraph (${evaluation.paragraphs.length} paragraphs)`);
  console.log(`${''.padEnd(22)} ${'prec.'.padStart(7)} ${'recall'.padStart(7)} ${'F1'.padStart(7)}`);
  console.log(scoreRow('exact span', evaluation.exact));
  console.log(scoreRow('overlapping span', evaluation.overlapping));
  const { pairs, value, unit, comparison, horizon, measure, measureWords } = evaluation.agreement;
  console.log(`\nOf the ${pairs} curated targets found (overlapping span), the share that agree:`);
  console.log(`value ${percent(value)} · unit ${percent(unit)} · comparison ${percent(comparison)} · horizon ${percent(horizon)} · measure ${percent(measure)} (shared words, Dice: ${percent(measureWords)})`);
  if (!verbose) return;
  const show = (target: { phrase: string; value: string; unit: string; comparison: string; horizon: Horizon; measure: string }) =>
    `"${target.phrase}" value=${target.value} unit=${target.unit} ${target.comparison} horizon=${target.horizon ?? '–'} measure="${target.measure}"`;
  for (const paragraph of evaluation.paragraphs) {
    const lines: string[] = [];
    for (const gold of paragraph.curated) {
      const match = paragraph.found.find((found) => found.start < gold.end && gold.start < found.end);
      if (!match) lines.push(`  missed:    ${show(gold)}`);
      else if ((['start', 'end', 'value', 'unit', 'comparison', 'horizon', 'measure'] as const).some((key) => match[key] !== gold[key])) {
        lines.push(`  curated:   ${show(gold)}`, `  suggested: ${show(match)}`);
      }
    }
    for (const found of paragraph.found.filter((found) => !paragraph.curated.some((gold) => found.start < gold.end && gold.start < found.end))) {
      lines.push(`  extra:     ${show(found)}`);
    }
    if (lines.length > 0) console.log(`\n${paragraph.planId}: ${paragraph.text.slice(0, 160)}\n${lines.join('\n')}`);
  }
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  printFields(evaluateFields(), verbose);
  printTargets(evaluateTargets(), verbose);
}

if (import.meta.main) main();
