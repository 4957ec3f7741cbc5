/** Groupings the knowledge views need, computed from the library. Pure. */
import { AGENCY_LEVELS, LEVELS, compareDates, type AgencyLevel, type Library, type LibraryNode, type Task } from './library.ts';
import { compareVietnamese, slugify } from './vietnamese.ts';
import { PAGE_SIZE, paginate, paginateGroups, type Page } from './pagination.ts';
import type { AgencyData } from '../../schemas/agency.ts';
import type { Entry, Role } from './library.ts';
import { sortDate, sortPlans } from './plan-list.ts';
import { provinceOf } from './provinces.ts';

export interface PlanGroup {
  plan: LibraryNode;
  tasks: Task[];
}

export interface LevelGroup<T> {
  level: AgencyLevel;
  items: T[];
}

/** Tasks grouped by the level of their plan, then by plan, in the library's plan order. */
export function tasksByLevelAndPlan(library: Library, tasks: readonly Task[]): LevelGroup<PlanGroup>[] {
  const byPlan = Map.groupBy(tasks, (task) => task.plan);
  return LEVELS.map((level) => ({
    level,
    items: library
      .plansAtLevel(level)
      .map((plan) => ({ plan, tasks: byPlan.get(plan.id) ?? [] }))
      .filter((group) => group.tasks.length > 0),
  })).filter((group) => group.items.length > 0);
}

export interface LocalityGroup {
  /** Locality name with its kind ("tỉnh Lạng Sơn"), or null when the text does not name it. */
  locality: string | null;
  agencies: Entry<AgencyData>[];
}

/** Agencies by level, then by locality (Vietnamese order, unnamed last), then by name. */
export const agenciesByLevelAndLocality = oncePerLibrary((library): LevelGroup<LocalityGroup>[] => {
  const agencies = [...library.agencies.values()];
  return AGENCY_LEVELS.map((level) => {
    const byLocality = Map.groupBy(
      agencies.filter((agency) => agency.data.level === level),
      (agency) => agency.data.locality,
    );
    const localities = [...byLocality.keys()].sort((a, b) =>
      a === null ? 1 : b === null ? -1 : compareVietnamese(library.localityName(a) ?? a, library.localityName(b) ?? b),
    );
    return {
      level,
      items: localities.map((locality) => ({
        locality: library.localityName(locality),
        agencies: byLocality.get(locality)!.sort((a, b) => compareVietnamese(a.data.name, b.data.name)),
      })),
    };
  }).filter((group) => group.items.length > 0);
});

/**
 * A view computed once per library and key: every page of a large library (thousands of field and
 * agency-kind pages) asks for the same views, and computing them per page grows with the square.
 */
function oncePerLibrary<V, K = void>(compute: (library: Library, key: K) => V): (library: Library, key: K) => V {
  const computed = new WeakMap<Library, Map<K, V>>();
  return (library, key) => {
    let views = computed.get(library);
    if (!views) computed.set(library, (views = new Map()));
    if (!views.has(key)) views.set(key, compute(library, key));
    return views.get(key)!;
  };
}

/** The agency directory in pages of whole localities. */
export const agencyDirectoryPages = oncePerLibrary((library) => pagesOfLevelGroups(agenciesByLevelAndLocality(library), PAGE_SIZE.directoryLocalities));

/** The plans × fields matrix in pages of plans, in library order. */
export const coverageMatrixPages = oncePerLibrary((library) => paginate(library.plans.map((plan) => library.node(plan.id)!), PAGE_SIZE.matrixPlans));

export const taskGroupMatrixPages = oncePerLibrary((library) => paginate(library.plans.map((plan) => library.node(plan.id)!), PAGE_SIZE.taskGroupPlans));

const plansInListOrder = oncePerLibrary((library) => sortPlans(library, 'level'));

/** The plans before and after a plan in the list of plans (by level, then place), for reading on. */
export function planNeighbours(library: Library, id: string): { previous: LibraryNode | null; next: LibraryNode | null } {
  const plans = plansInListOrder(library);
  const at = plans.findIndex((plan) => plan.id === id);
  return { previous: plans[at - 1] ?? null, next: plans[at + 1] ?? null };
}

/** A plan's targets for one horizon ("2030"), looked up by `${plan} ${horizon}`. */
export const targetsByPlanAndHorizon = oncePerLibrary((library) => Map.groupBy(library.targets, (target) => `${target.plan} ${target.horizon}`));

/** URL segment of a kind of agency ("Sở Y tế" → "so-y-te"). */
export function kindSlug(kind: string): string {
  return slugify(kind);
}

/** Every kind of agency, in Vietnamese order, with the agencies of that kind. */
export const agencyKinds = oncePerLibrary((library): { kind: string; slug: string; agencies: Entry<AgencyData>[] }[] => {
  const byKind = Map.groupBy(library.agencies.values(), (agency) => agency.data.kind);
  return [...byKind.keys()].sort(compareVietnamese).map((kind) => ({
    kind,
    slug: kindSlug(kind),
    agencies: byKind.get(kind)!.sort((a, b) => compareVietnamese(a.data.name, b.data.name)),
  }));
});

/** A plan's tasks on one page of a field; `continued` when the plan began on an earlier page. */
export interface PlanSlice extends PlanGroup {
  continued: boolean;
}

/** On a field's page: the tasks that ask work in the field, then those that only mention it. */
export type FieldPart = 'asked' | 'mentioned';

/**
 * A field's tasks — first those asking work in it, then those mentioning it — each part in level
 * and plan order, cut into pages of tasks so that no plan, however many tasks it holds, makes a
 * page grow; the first page has no suffix.
 */
export const fieldPages = oncePerLibrary((library, fieldId: string): { page: number; parts: { part: FieldPart; groups: LevelGroup<PlanSlice>[] }[] }[] =>
  paginateGroups(fieldPlanGroups(library, fieldId), (group) => group.tasks, PAGE_SIZE.fieldTasks).map(({ number, items }) => ({
    page: number,
    parts: FIELD_PARTS.map((part) => ({
      part,
      groups: regroupByLevel(
        items.filter(({ group }) => group.part === part).map(({ group, items: tasks, continued }) => ({ level: group.level, item: { plan: group.plan, tasks, continued } })),
      ),
    })).filter(({ groups }) => groups.length > 0),
  })),
);

/** A field's tasks in the order its pages show them. */
export function fieldTasksInPageOrder(library: Library, fieldId: string): Task[] {
  return fieldPlanGroups(library, fieldId).flatMap((group) => group.tasks);
}

const FIELD_PARTS: readonly FieldPart[] = ['asked', 'mentioned'];

function fieldPlanGroups(library: Library, fieldId: string): { part: FieldPart; level: AgencyLevel; plan: LibraryNode; tasks: Task[] }[] {
  const tasksOf: Record<FieldPart, Task[]> = { asked: library.tasksInField(fieldId), mentioned: library.tasksMentioning(fieldId) };
  return FIELD_PARTS.flatMap((part) => tasksByLevelAndPlan(library, tasksOf[part]).flatMap(({ level, items }) => items.map((group) => ({ part, level, ...group }))));
}

/** What an agency is given to do, in pages of tasks; the first page has no suffix. */
export const agencyPages = oncePerLibrary((library, agencyId: string): Page<{ task: Task; role: Role }>[] =>
  paginate(library.assignments(agencyId), PAGE_SIZE.agencyTasks),
);

/** The lists of a cited document's page, in the order it shows them. */
export type DocumentList = 'implementedBy' | 'citedBy';

/** A row of a cited document's page: a plan or document, with the grounds when the page marks its link inferred. */
export interface DocumentRow {
  node: LibraryNode;
  grounds: string | null;
  /** The cited document a held plan probably is, with the grounds of that inference; null when none. */
  identity: { node: LibraryNode; grounds: string } | null;
}

/** The part of one of a cited document's lists that falls on one page. */
export interface DocumentListSlice {
  list: DocumentList;
  rows: DocumentRow[];
  /** Rows of the whole list, on every page. */
  total: number;
  /** The list began on an earlier page. */
  continued: boolean;
}

/**
 * The order of a cited document's lists: by level (central, province, district, commune), then by
 * the province the text places it in (a place no text names last), then by date (the earliest a
 * text allows when it gives none), then by name.
 */
function compareDocumentRows(library: Library): (a: LibraryNode, b: LibraryNode) => number {
  const province = (node: LibraryNode) => {
    const id = provinceOf(library, node.locality);
    return id ? library.localities.get(id)!.data.name : null;
  };
  return (a, b) => {
    const [provinceA, provinceB] = [province(a), province(b)];
    return (
      LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) ||
      (provinceA === provinceB ? 0 : provinceA === null ? 1 : provinceB === null ? -1 : compareVietnamese(provinceA, provinceB)) ||
      compareDates(sortDate(library, a).date, sortDate(library, b).date) ||
      compareVietnamese(library.shortName(a), library.shortName(b))
    );
  };
}

/**
 * A cited document's lists in pages of rows: what carries it out (marked where inferred), then
 * every plan naming it, both in compareDocumentRows' order. A held plan stands once, with the cited
 * document it probably is beside it (an inference, with its grounds): that document is not listed
 * again on its own. Both lists grow with the library — every commune may carry out its province's
 * document — so both are cut; a list with nothing in it still shows, its line taking the room of a
 * row. The first page has no suffix.
 */
export const documentPages = oncePerLibrary((library, documentId: string): Page<DocumentListSlice>[] => {
  const order = compareDocumentRows(library);
  const identity = (node: LibraryNode) => {
    const identified = library.plan(node.id)?.data.identifiedAs;
    const cited = identified && library.node(identified.document);
    return cited ? { node: cited, grounds: identified.grounds } : null;
  };
  const implementers = library.implementers(documentId);
  const listed = new Set(implementers.map((link) => link.node.id));
  const lists: { list: DocumentList; rows: DocumentRow[] }[] = [
    {
      list: 'implementedBy',
      rows: implementers
        .filter((link) => !listed.has(library.heldPlanFor(link.node.id)?.plan.id ?? ''))
        .sort((a, b) => order(a.node, b.node))
        .map((link) => ({ node: link.node, grounds: link.inferred ? link.grounds : null, identity: identity(link.node) })),
    },
    { list: 'citedBy', rows: library.citers(documentId).sort(order).map((node) => ({ node, grounds: null, identity: identity(node) })) },
  ];
  return paginateGroups(lists, (list) => list.rows, PAGE_SIZE.documentRows, { keepEmpty: true }).map(({ number, items }) => ({
    number,
    items: items.map(({ group, items: rows, continued }) => ({ list: group.list, rows, total: group.rows.length, continued })),
  }));
});

/** An agency's tasks on one page of its kind; `continued` when the agency began on an earlier page. */
export interface AgencySlice {
  agency: Entry<AgencyData>;
  assignments: { task: Task; role: Role }[];
  continued: boolean;
}

/**
 * The agencies of a kind (by slug) with what each is given to do, cut into pages of tasks like an
 * agency's own page, so no agency, however many tasks it holds, makes a page grow; an agency given
 * nothing is still listed. The first page has no suffix.
 */
export const kindPages = oncePerLibrary((library, slug: string): Page<AgencySlice>[] => {
  const { agencies } = agencyKinds(library).find((kind) => kind.slug === slug)!;
  return paginateGroups(agencies, (agency) => library.assignments(agency.id), PAGE_SIZE.kindTasks, { keepEmpty: true }).map(({ number, items }) => ({
    number,
    items: items.map(({ group, items: assignments, continued }) => ({ agency: group, assignments, continued })),
  }));
});

/** Level groups cut into pages of `size` items, each page regrouped by level; the first page has no suffix. */
function pagesOfLevelGroups<T>(groups: readonly LevelGroup<T>[], size: number): { page: number; groups: LevelGroup<T>[] }[] {
  const items = groups.flatMap((group) => group.items.map((item) => ({ level: group.level, item })));
  return paginate(items, size).map(({ number, items: slice }) => ({ page: number, groups: regroupByLevel(slice) }));
}

/** Items tagged with their level, in level order, back into level groups. */
function regroupByLevel<T>(items: readonly { level: AgencyLevel; item: T }[]): LevelGroup<T>[] {
  const levels: LevelGroup<T>[] = [];
  for (const { level, item } of items) {
    const last = levels.at(-1);
    if (last?.level === level) last.items.push(item);
    else levels.push({ level, items: [item] });
  }
  return levels;
}
