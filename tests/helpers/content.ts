/**
 * Reads content/ from disk for tests, through the same schemas as the build, without Astro.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { planSchema } from '../../src/schemas/plan.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { agencySchema } from '../../src/schemas/agency.ts';
import { localitySchema } from '../../src/schemas/locality.ts';
import { correctionsSchema, type CorrectionsData } from '../../src/schemas/corrections.ts';
import { fieldSchema } from '../../src/schemas/field.ts';
import { taskGroupSchema } from '../../src/schemas/task-group.ts';
import type { Entry, LibraryInput, PlanAnnotations } from '../../src/lib/model/library.ts';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkPlan from '../../src/lib/compile/remark-plan.ts';
import type { MdNode } from '../../src/lib/compile/annotations.ts';
import type { Root } from 'mdast';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CONTENT = join(ROOT, 'content');
export const SEEDS = resolve(ROOT, '../shared/seeds');

interface Parser<T> {
  parse(value: unknown): T;
}

function readDir<T>(dir: string, suffix: string, schema: Parser<T>, read: (text: string) => unknown): Entry<T>[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(suffix) && !(suffix === '.yaml' && name.endsWith('.corrections.yaml')))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      return { id: name.slice(0, -suffix.length), file, data: schema.parse(read(readFileSync(file, 'utf8'))) };
    });
}

export function frontmatterOf(mdx: string): unknown {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  if (!match) throw new Error('no frontmatter');
  return parse(match[1]);
}

/** Parses an MDX plan as the build does and runs the plan plugin on it. */
export function annotate(mdx: string, path = 'content/plans/plan.mdx'): { annotations: PlanAnnotations; tree: MdNode } {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).runSync(unified().use(remarkParse).use(remarkMdx).parse(body)) as Root;
  const frontmatter: Record<string, unknown> = { ...(frontmatterOf(mdx) as object) };
  remarkPlan()(tree, { path, data: { astro: { frontmatter } } });
  return { annotations: frontmatter as unknown as PlanAnnotations, tree: tree as unknown as MdNode };
}

export function loadContent(dir = CONTENT): LibraryInput {
  const plans = readDir(join(dir, 'plans'), '.mdx', planSchema, frontmatterOf);
  return {
    plans,
    documents: readDir(join(dir, 'documents'), '.yaml', documentSchema, parse),
    agencies: readDir(join(dir, 'agencies'), '.yaml', agencySchema, parse),
    localities: readDir(join(dir, 'localities'), '.yaml', localitySchema, parse),
    fields: readDir(join(dir, 'fields'), '.yaml', fieldSchema, parse),
    taskGroups: readDir(join(dir, 'task-groups'), '.yaml', taskGroupSchema, parse),
    annotations: new Map(plans.map((plan) => [plan.id, annotate(readFileSync(plan.file, 'utf8'), plan.file).annotations])),
  };
}

export function loadCorrections(planId: string): CorrectionsData {
  return correctionsSchema.parse(parse(readFileSync(join(CONTENT, 'plans', `${planId}.corrections.yaml`), 'utf8')));
}

export function readPlanSource(planId: string): string {
  return readFileSync(join(CONTENT, 'plans', `${planId}.mdx`), 'utf8');
}

export function readSeed(fileName: string): string {
  return readFileSync(join(SEEDS, fileName), 'utf8');
}
