/**
 * Checks what the schemas cannot: that every reference names an existing entry, that ids and
 * numbers are unique, and that no document carries itself out through a cycle. Each problem
 * names the file, the field and what is wrong.
 */
import type { Entry, LibraryInput } from './library.ts';
import type { PlanData } from '../../schemas/plan.ts';
import type { PlanTask } from '../compile/annotations.ts';
import { firstDayOf, lastDayOf } from './dates.ts';
import { slugify } from './vietnamese.ts';
import { taskSections } from './task-groups.ts';
import { fieldProblems, genericAliasProblems, roleProblems, type NamedAgency } from './annotation-checks.ts';

/**
 * Addresses the site's own pages take in the folders that entries' ids also fill: an entry with
 * such an id would write over the page, or lose its own to it.
 */
const PAGES_BESIDE_ENTRIES = {
  plans: [{ id: /^tap-tai-lieu$/, page: '/in/tap-tai-lieu/ (the study packet)' }],
  agencies: [{ id: /^trang-\d+$/, page: '/co-quan/trang-N/ (a page of the agency directory)' }],
  fields: [{ id: /^trang-\d+$/, page: '/linh-vuc/trang-N/ (a page of the coverage matrix)' }],
} as const;

/** Entries that would write the same address as one of the site's pages or as each other. */
function addressProblems(input: LibraryInput): string[] {
  const problems: string[] = [];
  for (const [collection, pages] of Object.entries(PAGES_BESIDE_ENTRIES)) {
    for (const { id, file } of input[collection as keyof typeof PAGES_BESIDE_ENTRIES]) {
      const page = pages.find((candidate) => candidate.id.test(id));
      if (page) problems.push(`${file}: id "${id}" would take the address of ${page.page}; rename the file`);
    }
  }
  // Kinds of agency are written freely; each gets /loai-co-quan/<slug>/.
  const kinds = new Map<string, { kind: string; file: string }>();
  for (const { file, data } of input.agencies) {
    const slug = slugify(data.kind);
    const earlier = kinds.get(slug);
    if (!slug) problems.push(`${file}: kind: "${data.kind}" has no letter or digit to make an address from`);
    else if (earlier && earlier.kind !== data.kind) {
      problems.push(`${file}: kind: "${data.kind}" and "${earlier.kind}" (${earlier.file}) would share the address /loai-co-quan/${slug}/; write the kind the same way in both`);
    } else if (!earlier) kinds.set(slug, { kind: data.kind, file });
  }
  return problems;
}

export function checkIntegrity(input: LibraryInput): string[] {
  const problems: string[] = [];
  const agencies = new Set(input.agencies.map((entry) => entry.id));
  const localities = new Set(input.localities.map((entry) => entry.id));
  const documents = new Set(input.documents.map((entry) => entry.id));
  const plans = new Set(input.plans.map((entry) => entry.id));
  const linkable = new Set([...documents, ...plans]);

  const expect = (file: string, field: string, id: string | null | undefined, known: Set<string>, what: string) => {
    if (id && !known.has(id)) problems.push(`${file}: ${field}: unknown ${what} "${id}"`);
  };

  for (const { id, file } of input.plans) {
    if (documents.has(id)) problems.push(`${file}: id "${id}" is also the id of a cited document; ids must be unique`);
  }

  const numbers = new Map<string, string>();
  const checkNumber = (file: string, number: string | null, locality: string | null) => {
    if (!number) return;
    const key = `${number}|${locality ?? ''}`;
    const earlier = numbers.get(key);
    if (earlier) problems.push(`${file}: number: "${number}" is already the number of ${earlier}`);
    else numbers.set(key, file);
  };

  for (const { file, data } of input.plans) {
    expect(file, 'issuer', data.issuer, agencies, 'agency');
    expect(file, 'locality', data.locality, localities, 'locality');
    expect(file, 'localityInferred.locality', data.localityInferred?.locality, localities, 'locality');
    data.implements.forEach((link, index) => expect(file, `implements[${index}].document`, link.document, linkable, 'document'));
    data.cites.forEach((id, index) => expect(file, `cites[${index}]`, id, linkable, 'document'));
    expect(file, 'identifiedAs.document', data.identifiedAs?.document, documents, 'document');
    checkNumber(file, data.number, data.locality);
  }
  for (const { file, data } of input.documents) {
    expect(file, 'issuer', data.issuer, agencies, 'agency');
    expect(file, 'locality', data.locality, localities, 'locality');
    data.implements.forEach((link, index) => expect(file, `implements[${index}].document`, link.document, linkable, 'document'));
    checkNumber(file, data.number, data.locality);
  }
  for (const { file, data } of input.agencies) {
    expect(file, 'locality', data.locality, localities, 'locality');
    problems.push(...genericAliasProblems(file, data.aliases));
  }

  const fields = new Set(input.fields.map((entry) => entry.id));
  const taskGroups = new Set(input.taskGroups.map((entry) => entry.id));
  const numbered = new Map<string, string[]>();
  for (const entry of [...input.plans, ...input.documents]) {
    if (entry.data.number) numbered.set(entry.data.number, [...(numbered.get(entry.data.number) ?? []), entry.id]);
  }
  const scope = agenciesByLocality(input);
  const fieldTerms = input.fields.map(({ id, data }) => ({ id, terms: data.terms, stockPhrases: data.stockPhrases }));
  for (const { id, file, data } of input.plans) {
    const annotations = input.annotations.get(id);
    const namesInScope = agenciesInScope(scope, { id, file, data }, annotations?.tasks ?? []);
    for (const task of annotations?.tasks ?? []) {
      problems.push(...roleProblems(task, namesInScope).map((problem) => `${file}: ${problem}`));
      problems.push(...fieldProblems(task, fieldTerms).map((problem) => `${file}: ${problem}`));
      task.fields.forEach((field) => expect(file, `task ${task.id}: fields`, field, fields, 'field'));
      task.lead.forEach((agency) => expect(file, `task ${task.id}: lead`, agency, agencies, 'agency'));
      task.support.forEach((agency) => expect(file, `task ${task.id}: support`, agency, agencies, 'agency'));
      const issuedBy = data.issued ?? data.issuedAfter?.date;
      if (task.deadline && issuedBy && lastDayOf(task.deadline) < firstDayOf(issuedBy)) {
        problems.push(`${file}: task ${task.id}: deadline: ${task.deadline} is before the plan was issued (${issuedBy})`);
      }
    }
    // A judgment on task groups names a section of part III and groups that exist.
    const taskSectionIds = new Set(annotations ? taskSections(annotations.outline).map((section) => section.id) : []);
    data.taskGroups.forEach((judgment, index) => {
      if (!taskSectionIds.has(judgment.section)) {
        problems.push(`${file}: taskGroups[${index}].section: "${judgment.section}" is not a numbered section of the plan's part on tasks and solutions (${[...taskSectionIds].join(', ') || 'none'})`);
      }
      judgment.groups.forEach((group) => expect(file, `taskGroups[${index}].groups`, group, taskGroups, 'task group'));
    });
    // The text is the source of `cites`: every number it writes must be listed there.
    const listed = new Set([id, ...data.implements.map((link) => link.document), ...data.cites, data.identifiedAs?.document]);
    for (const number of annotations?.documentNumbers ?? []) {
      const ids = numbered.get(number) ?? [];
      if (ids.length === 0) problems.push(`${file}: text: names document "${number}", which the library does not know; add it to content/documents/`);
      else if (!ids.some((candidate) => listed.has(candidate))) problems.push(`${file}: cites: the text names "${number}" (${ids.join(', ')}) but cites does not list it`);
    }
  }
  for (const { file, data } of input.localities) expect(file, 'parent', data.parent, localities, 'locality');

  problems.push(...addressProblems(input));
  problems.push(...implementsCycles(input));
  return problems;
}

/**
 * The bodies a plan's text can name: central bodies, those of its locality and the localities
 * above it (also by the bare names its plans use for the bodies of their own locality), and the
 * bodies of an unnamed place that the plan itself refers to — two plans of unnamed districts
 * each have their own "UBND huyện", told apart only by the plan that names it.
 */
function agenciesInScope(byLocality: AgenciesByLocality, plan: Entry<PlanData>, tasks: readonly PlanTask[]): NamedAgency[] {
  const locality = plan.data.locality ?? plan.data.localityInferred?.locality ?? null;
  const chain: string[] = [];
  for (let current = locality; current && !chain.includes(current); current = byLocality.parents.get(current) ?? null) chain.push(current);
  const referred = new Set([plan.data.issuer, ...tasks.flatMap((task) => [...task.lead, ...task.support])]);
  const unplaced = (byLocality.agencies.get(null) ?? []).filter(({ id, data }) => data.level === 'central' || referred.has(id));
  return [...unplaced, ...chain.flatMap((place) => byLocality.agencies.get(place) ?? [])].map(({ id, data }) => ({
    id,
    names: [data.name, ...data.aliases, ...(data.locality === locality ? data.localNames : [])],
  }));
}

/** Agencies by locality and each locality's parent, built once: every plan looks its scope up. */
interface AgenciesByLocality {
  agencies: Map<string | null, LibraryInput['agencies']>;
  parents: Map<string, string | null>;
}

function agenciesByLocality(input: LibraryInput): AgenciesByLocality {
  return {
    agencies: Map.groupBy(input.agencies, (agency) => agency.data.locality),
    parents: new Map(input.localities.map((entry) => [entry.id, entry.data.parent])),
  };
}

function implementsCycles(input: LibraryInput): string[] {
  const entries = [...input.plans, ...input.documents];
  const parents = new Map(entries.map((entry) => [entry.id, entry.data.implements.map((link) => link.document)]));
  const files = new Map(entries.map((entry) => [entry.id, entry.file]));
  const problems: string[] = [];
  for (const start of parents.keys()) {
    const path = [start];
    let current = parents.get(start)?.[0];
    while (current && !path.includes(current)) {
      path.push(current);
      current = parents.get(current)?.[0];
    }
    if (current === start) problems.push(`${files.get(start)}: implements: cycle ${[...path, start].join(' → ')}`);
  }
  return problems;
}
