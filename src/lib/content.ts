/**
 * The one module that talks to astro:content. It reads every collection once, checks the
 * library's integrity and fails the build with every problem found, naming file and field.
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../content.config.ts';
import { Library, type Entry, type PlanAnnotations } from './model/library.ts';
import { checkIntegrity } from './model/integrity.ts';
import type { CorrectionsData } from '../schemas/corrections.ts';
import { CONTENT_FOLDERS, SOURCES_FOLDER, fileNameProblem, inNfc, sourceProblems, sourceTextProblems } from './compile/source-file.ts';
import { t } from '../i18n/t.ts';

function toEntry<T>(entry: { id: string; filePath?: string; data: T }): Entry<T> {
  return { id: entry.id, file: entry.filePath ?? entry.id, data: inNfc(entry.data) };
}

/**
 * Every file of every content folder, read as written, before any entry is used: a file the
 * loader would skip or misread (a bad name, an invisible character, a date YAML would move) fails
 * here with its place, rather than vanishing from the site.
 */
function contentFileProblems(): string[] {
  const problems: string[] = [];
  for (const folder of CONTENT_FOLDERS) {
    const dir = join(contentDir, folder);
    for (const name of readdirSync(dir).filter((name) => !name.startsWith('.')).sort()) {
      const file = join(dir, name);
      const nameProblem = fileNameProblem(folder, name);
      if (nameProblem) problems.push(`${file}: ${nameProblem}`);
      const kind = name.endsWith('.mdx') ? 'mdx' : name.endsWith('.yaml') ? 'yaml' : null;
      if (kind) problems.push(...sourceProblems(readFileSync(file, 'utf8'), kind).map((problem) => `${file}: ${problem}`));
    }
  }
  return problems;
}

function failWith(problems: string[]): never {
  throw new Error(`The content has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

async function loadLibrary(): Promise<Library> {
  const fileProblems = contentFileProblems();
  if (fileProblems.length > 0) failWith(fileProblems);
  const [plans, documents, agencies, localities, fields, taskGroups] = await Promise.all([
    getCollection('plans'),
    getCollection('documents'),
    getCollection('agencies'),
    getCollection('localities'),
    getCollection('fields'),
    getCollection('taskGroups'),
  ]);
  if (plans.length === 0) throw new Error('content/plans/: no plan found; the library would be empty');
  // Tasks, targets and document numbers are read from each text by src/lib/remark-plan.ts.
  const annotations = new Map<string, PlanAnnotations>();
  for (const plan of plans) {
    const { remarkPluginFrontmatter } = await render(plan);
    const { tasks = [], targets = [], documentNumbers = [], outline = { preamble: '', sections: [] } } = remarkPluginFrontmatter as Partial<PlanAnnotations>;
    annotations.set(plan.id, { tasks, targets, documentNumbers, outline });
  }
  const input = {
    plans: plans.map(toEntry),
    documents: documents.map(toEntry),
    agencies: agencies.map(toEntry),
    localities: localities.map(toEntry),
    fields: fields.map(toEntry),
    taskGroups: taskGroups.map(toEntry),
    annotations,
  };
  const sources = join(contentDir, SOURCES_FOLDER);
  const problems = [...checkIntegrity(input), ...sourceTextProblems(input.plans, existsSync(sources) ? readdirSync(sources) : [], sources)];
  if (problems.length > 0) failWith(problems);
  return new Library(input, t);
}

let library: Promise<Library> | undefined;

/** The library, read and checked once per build. */
export function getLibrary(): Promise<Library> {
  library ??= loadLibrary();
  return library;
}

/** A plan's MDX entry, for rendering its body. */
async function getPlanEntry(id: string): Promise<CollectionEntry<'plans'>> {
  const entry = await getEntry('plans', id);
  if (!entry) throw new Error(`content/plans/${id}.mdx: not found`);
  return entry;
}

/** A plan's rendered body and its headings. */
export async function renderPlan(id: string) {
  return render(await getPlanEntry(id));
}

/** The raw text a plan was edited from (its `source`, in content/sources/), byte for byte. */
export function readSourceText(source: string): Buffer {
  return readFileSync(join(contentDir, SOURCES_FOLDER, source));
}

/** The size in bytes of a plan's source text, as offered for download. */
export function sourceTextBytes(source: string): number {
  return statSync(join(contentDir, SOURCES_FOLDER, source)).size;
}

/** A plan's corrections record; every plan must have one. */
export async function getCorrections(id: string): Promise<CorrectionsData> {
  const entry = await getEntry('corrections', id);
  if (!entry) throw new Error(`content/plans/${id}.corrections.yaml: missing; every plan records its repairs (an empty list is fine)`);
  return entry.data;
}
