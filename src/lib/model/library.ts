/**
 * The library model: plans held, documents cited, agencies and localities, and the links
 * between them (what carries out what, what cites what). Pure: built from plain records, so it
 * is unit-tested without Astro. src/lib/content.ts feeds it from the collections.
 */
import type { PlanData } from '../../schemas/plan.ts';
import type { DocumentData } from '../../schemas/document.ts';
import type { AgencyData } from '../../schemas/agency.ts';
import type { LocalityData } from '../../schemas/locality.ts';
import type { FieldData } from '../../schemas/field.ts';
import type { TaskGroupData } from '../../schemas/task-group.ts';
import type { PlanTarget, PlanTask } from '../compile/annotations.ts';
import type { Outline } from '../compile/outline.ts';
import type { Translate } from '../../i18n/t.ts';
import type { DatePrecision } from './dates.ts';
import { precisionOf } from './dates.ts';
import { compareVietnamese } from './vietnamese.ts';
import { routes } from './routes.ts';
import { alignPlans, shingleOutline, type PlanAlignment, type ShingledOutline } from './concretization.ts';
import { sectionGroups, type GroupedSection } from './task-groups.ts';

/** An entry as read from content/: its id, the file it came from, and its data. */
export interface Entry<T> {
  id: string;
  file: string;
  data: T;
}

/** What a plan's text holds beyond its frontmatter, read from its annotations. */
export interface PlanAnnotations {
  tasks: PlanTask[];
  targets: PlanTarget[];
  /** Every document number written in the text. */
  documentNumbers: string[];
  /** The plan's head and sections in reading order, made when it was compiled. */
  outline: Outline;
}

/** A held plan aligned with the held plan it carries out (directly, or through an inferred identity). */
export interface Concretization extends PlanAlignment {
  child: string;
  parent: string;
  inferred: boolean;
  grounds: string | null;
}

export interface LibraryInput {
  plans: Entry<PlanData>[];
  documents: Entry<DocumentData>[];
  agencies: Entry<AgencyData>[];
  localities: Entry<LocalityData>[];
  fields: Entry<FieldData>[];
  taskGroups: Entry<TaskGroupData>[];
  /** Plan id → its annotations. */
  annotations: Map<string, PlanAnnotations>;
}

/** A task with the plan it stands in and the link to its place there. */
export interface Task extends PlanTask {
  plan: string;
  /** Task id unique across the library: `<plan>#<anchor>`. */
  key: string;
  url: string;
}

/** A target with the plan it stands in and the link to its place there. */
export interface Target extends PlanTarget {
  plan: string;
  url: string;
}

export type Role = 'lead' | 'support';

/**
 * How much room a plan gives a field: a numbered section that asks work in it, a task that asks
 * work in it, only a mention in passing, or nothing.
 */
export type Coverage = 'section' | 'task' | 'mention' | 'none';

export type Level = PlanData['level'];

/** A plan or cited document, seen the same way by the hierarchy. */
export interface LibraryNode {
  kind: 'plan' | 'document';
  id: string;
  /** Path of its page, under the base (routes.ts). */
  url: string;
  type: PlanData['type'];
  number: string | null;
  /** Summary as written (for a plan: the whole title). */
  title: string | null;
  issued: string | null;
  issuedPrecision: DatePrecision | null;
  /** Agency id, when known. */
  issuer: string | null;
  /** The issuer as written, when no agency is known. */
  issuerAsWritten: string | null;
  level: Level;
  locality: string | null;
  implements: PlanData['implements'];
}

/** One step of a link: the node reached, and whether (and why) the link is inferred. */
export interface Link {
  node: LibraryNode;
  inferred: boolean;
  grounds: string | null;
}

export const LEVELS: readonly Level[] = ['central', 'province', 'district', 'commune'];

/** An agency's level: one of the levels, or "các cấp" for a body named at every level at once. */
export type AgencyLevel = AgencyData['level'];
export const AGENCY_LEVELS: readonly AgencyLevel[] = [...LEVELS, 'all'];

/** What plans and cited documents both record; only a document may name its issuer in words alone. */
type NodeData = Pick<PlanData | DocumentData, 'type' | 'number' | 'title' | 'issued' | 'issuer' | 'level' | 'locality' | 'implements'> & Pick<DocumentData, 'issuerAsWritten'>;

function toNode(kind: LibraryNode['kind'], { id, data }: Entry<NodeData>): LibraryNode {
  return {
    kind,
    id,
    url: kind === 'plan' ? routes.plan(id) : routes.document(id),
    type: data.type,
    number: data.number,
    title: data.title,
    issued: data.issued,
    issuedPrecision: data.issued ? precisionOf(data.issued) : null,
    issuer: data.issuer,
    issuerAsWritten: data.issuerAsWritten ?? null,
    level: data.level,
    locality: data.locality,
    implements: data.implements,
  };
}

export class Library {
  readonly plans: Entry<PlanData>[];
  readonly documents: Entry<DocumentData>[];
  readonly agencies: Map<string, Entry<AgencyData>>;
  readonly localities: Map<string, Entry<LocalityData>>;
  /** Fields in their display order. */
  readonly fields: Entry<FieldData>[];
  /** The task groups of 36-NQ/TW in the resolution's order. */
  readonly taskGroups: Entry<TaskGroupData>[];
  readonly tasks: Task[];
  readonly targets: Target[];
  readonly annotations: Map<string, PlanAnnotations>;
  private readonly nodes = new Map<string, LibraryNode>();
  private readonly plansById: Map<string, Entry<PlanData>>;
  /** Cited document id → the held plan it probably is (an inference with grounds). */
  private readonly heldAs = new Map<string, { plan: string; grounds: string }>();
  // Indexes built once: every page of a large library asks these questions again.
  private readonly implementersOf = new Map<string, LibraryNode[]>();
  private readonly tasksOfPlan = new Map<string, Task[]>();
  private readonly tasksOfField = new Map<string, Task[]>();
  private readonly tasksMentioningField = new Map<string, Task[]>();
  private readonly assignmentsOf = new Map<string, { task: Task; role: Role }[]>();
  private readonly nodesByNumber = new Map<string, LibraryNode[]>();
  private readonly plansByLevel = new Map<Level, LibraryNode[]>();

  /** Words the names the library makes up ("Kế hoạch của …"). */
  private readonly t: Translate;

  constructor(input: LibraryInput, t: Translate) {
    this.t = t;
    this.plans = [...input.plans];
    this.plansById = new Map(this.plans.map((entry) => [entry.id, entry]));
    this.documents = [...input.documents];
    this.agencies = new Map(input.agencies.map((entry) => [entry.id, entry]));
    this.localities = new Map(input.localities.map((entry) => [entry.id, entry]));
    this.fields = [...input.fields].sort((a, b) => a.data.order - b.data.order);
    this.taskGroups = [...input.taskGroups].sort((a, b) => a.data.order - b.data.order);
    this.annotations = input.annotations;
    this.tasks = this.plans.flatMap((plan) =>
      (input.annotations.get(plan.id)?.tasks ?? []).map((task) => ({
        ...task,
        plan: plan.id,
        key: `${plan.id}#${task.id}`,
        url: routes.plan(plan.id, task.id),
      })),
    );
    this.targets = this.plans.flatMap((plan) =>
      (input.annotations.get(plan.id)?.targets ?? []).map((target) => ({ ...target, plan: plan.id, url: routes.plan(plan.id, target.id) })),
    );
    for (const entry of this.documents) this.nodes.set(entry.id, toNode('document', entry));
    for (const entry of this.plans) {
      this.nodes.set(entry.id, toNode('plan', entry));
      const identity = entry.data.identifiedAs;
      if (identity) this.heldAs.set(identity.document, { plan: entry.id, grounds: identity.grounds });
    }
    for (const node of this.nodes.values()) {
      for (const link of node.implements) push(this.implementersOf, link.document, node);
      if (node.number) push(this.nodesByNumber, node.number, node);
    }
    for (const task of this.tasks) {
      push(this.tasksOfPlan, task.plan, task);
      for (const field of task.fields) push(this.tasksOfField, field, task);
      for (const field of task.mentions) push(this.tasksMentioningField, field, task);
      for (const agency of task.lead) push(this.assignmentsOf, agency, { task, role: 'lead' });
      // An agency both leading and supporting one task is listed once, as lead.
      for (const agency of task.support) if (!task.lead.includes(agency)) push(this.assignmentsOf, agency, { task, role: 'support' });
    }
  }

  node(id: string): LibraryNode | undefined {
    return this.nodes.get(id);
  }

  plan(id: string): Entry<PlanData> | undefined {
    return this.plansById.get(id);
  }

  /** The held plan a cited document probably is, with the grounds of that inference. */
  heldPlanFor(documentId: string): { plan: LibraryNode; grounds: string } | null {
    const held = this.heldAs.get(documentId);
    const plan = held && this.nodes.get(held.plan);
    return held && plan ? { plan, grounds: held.grounds } : null;
  }

  /** The documents a node carries out, as links. */
  parents(id: string): Link[] {
    const node = this.nodes.get(id);
    if (!node) return [];
    return node.implements.flatMap((link) => {
      const target = this.nodes.get(link.document);
      return target ? [{ node: target, inferred: link.inferred, grounds: link.grounds ?? null }] : [];
    });
  }

  /**
   * The chain from the top of the hierarchy down to `id` (not included), following the first
   * document each node carries out. A link through an inferred identity is marked inferred.
   */
  ancestors(id: string): Link[] {
    const chain: Link[] = [];
    const seen = new Set([id]);
    let current = this.parents(id)[0];
    while (current && !seen.has(current.node.id)) {
      chain.unshift(current);
      seen.add(current.node.id);
      current = this.parents(current.node.id)[0];
    }
    return chain;
  }

  /**
   * What carries out `id`: nodes that name it, and — when `id` is a plan identified with a
   * cited document — nodes that name that document (inferred, with the identity's grounds).
   */
  implementers(id: string): Link[] {
    const direct = this.nodesImplementing(id).map((node) => ({ node, inferred: false, grounds: null }));
    const identity = this.plan(id)?.data.identifiedAs;
    const throughIdentity = identity
      ? this.nodesImplementing(identity.document).map((node) => ({ node, inferred: true, grounds: identity.grounds }))
      : [];
    return [...direct, ...throughIdentity].map((link) => {
      const named = link.node.implements.find((l) => l.document === id);
      return { ...link, inferred: link.inferred || Boolean(named?.inferred), grounds: link.grounds ?? named?.grounds ?? null };
    });
  }

  /** Plans whose text names `id`, whether they carry it out or only cite it. */
  citers(id: string): LibraryNode[] {
    return this.plans
      .filter((entry) => entry.data.cites.includes(id) || entry.data.implements.some((link) => link.document === id))
      .map((entry) => this.nodes.get(entry.id)!);
  }

  private nodesImplementing(id: string): LibraryNode[] {
    return this.implementersOf.get(id) ?? [];
  }

  private concretizationsByChild: Map<string, Concretization[]> | undefined;

  /** Every held plan whose parent the library holds, aligned with it; made once, on first use. */
  concretizations(): Concretization[] {
    return [...this.alignedByChild().values()].flat();
  }

  /** The alignments of one plan with the held plans it carries out. */
  concretizationsOf(childId: string): Concretization[] {
    return this.alignedByChild().get(childId) ?? [];
  }

  private alignedByChild(): Map<string, Concretization[]> {
    if (this.concretizationsByChild) return this.concretizationsByChild;
    const byChild = new Map<string, Concretization[]>();
    const shingled = new Map<string, ShingledOutline>();
    const shingledOf = (id: string) => {
      const outline = this.annotations.get(id)?.outline;
      if (outline && !shingled.has(id)) shingled.set(id, shingleOutline(outline));
      return shingled.get(id);
    };
    for (const parent of this.plans) {
      const children = this.implementers(parent.id).filter((candidate) => candidate.node.kind === 'plan');
      const parentShingles = children.length > 0 ? shingledOf(parent.id) : undefined;
      if (!parentShingles) continue;
      for (const link of children) {
        const childShingles = shingledOf(link.node.id);
        if (!childShingles) continue;
        const aligned = { child: link.node.id, parent: parent.id, inferred: link.inferred, grounds: link.grounds, ...alignPlans(childShingles, parentShingles) };
        push(byChild, link.node.id, aligned);
      }
    }
    return (this.concretizationsByChild = byChild);
  }

  /** The sections of a plan's part III with the task groups of 36-NQ/TW each takes up. */
  sectionGroups(planId: string): GroupedSection[] {
    const outline = this.annotations.get(planId)?.outline;
    const plan = this.plan(planId);
    if (!outline || !plan) return [];
    return sectionGroups(outline, this.taskGroups.map(({ id, data }) => ({ id, terms: data.terms })), plan.data.taskGroups);
  }

  fieldName(id: string): string {
    return this.fields.find((field) => field.id === id)?.data.name ?? id;
  }

  /** The tasks of one plan, in reading order. */
  tasksInPlan(planId: string): Task[] {
    return this.tasksOfPlan.get(planId) ?? [];
  }

  /** Tasks that ask work in a field, in library order. */
  tasksInField(fieldId: string): Task[] {
    return this.tasksOfField.get(fieldId) ?? [];
  }

  /** Tasks that name a field without asking work in it, in library order. */
  tasksMentioning(fieldId: string): Task[] {
    return this.tasksMentioningField.get(fieldId) ?? [];
  }

  /**
   * A plan's coverage of a field: a numbered section asking work in it (a section that treats
   * several fields in turn counts for each), a task asking it, a mention only, or nothing.
   */
  coverage(planId: string, fieldId: string): Coverage {
    const tasks = this.tasksInPlan(planId);
    const asking = tasks.filter((task) => task.fields.includes(fieldId));
    if (asking.some((task) => task.numbered)) return 'section';
    if (asking.length > 0) return 'task';
    return tasks.some((task) => task.mentions.includes(fieldId)) ? 'mention' : 'none';
  }

  /** What an agency is given to do, with its role in each task. */
  assignments(agencyId: string): { task: Task; role: Role }[] {
    return this.assignmentsOf.get(agencyId) ?? [];
  }

  /** Tasks with a deadline, earliest first. */
  deadlines(): Task[] {
    return this.tasks.filter((task) => task.deadline !== null).sort((a, b) => compareDates(a.deadline, b.deadline));
  }

  /**
   * The document a number written in `planId`'s text refers to: the only one with that number,
   * or — when numbers repeat across provinces — the one the plan carries out or cites.
   * Null when it is the plan itself or nothing matches.
   */
  resolveNumber(number: string, planId: string): LibraryNode | null {
    const candidates = this.nodesByNumber.get(number) ?? [];
    const plan = this.plan(planId)?.data;
    const named = new Set([...(plan?.implements.map((link) => link.document) ?? []), ...(plan?.cites ?? []), plan?.identifiedAs?.document]);
    const match = candidates.length === 1 ? candidates[0] : candidates.find((node) => named.has(node.id));
    return match && match.id !== planId ? match : null;
  }

  /**
   * An agency's name where bodies of many places stand side by side (tasks, lists, open data): a
   * body whose place the texts leave unsaid carries that in brackets, "Ủy ban nhân dân huyện (huyện
   * không ghi trong văn bản)", so that it is not read as every district's. Pages about the body
   * itself show its bare name and say the place apart.
   */
  agencyName(id: string | null): string | null {
    const agency = id ? this.agencies.get(id)?.data : undefined;
    if (!agency) return null;
    return agency.localityUnnamed ? `${agency.name} (${this.t(`agencies.localityUnnamed.${agency.localityUnnamed}`)})` : agency.name;
  }

  localityName(id: string | null): string | null {
    if (!id) return null;
    const locality = this.localities.get(id)?.data;
    return locality ? `${locality.kind} ${locality.name}` : null;
  }

  /**
   * Who issued a document, as its name and its facts give it. A place the texts leave out is not
   * part of the name: pages say it apart, one way (localityUnknown).
   */
  issuerName(node: LibraryNode): string | null {
    return (node.issuer ? this.agencies.get(node.issuer)?.data.name : undefined) ?? node.issuerAsWritten;
  }

  /** True when the text places a document below the central level without naming where. */
  localityUnknown(node: LibraryNode): boolean {
    return node.level !== 'central' && node.locality === null;
  }

  /** Short name for lists and breadcrumbs: "Kế hoạch 114-KH/TU", or type and issuer. */
  shortName(node: LibraryNode): string {
    if (node.number) return `${node.type} ${node.number}`;
    const issuer = this.issuerName(node);
    return issuer ? `${node.type} ${this.t('meta.issuedBy')} ${issuer}` : node.type;
  }

  /** Plans of one level, in the order a reader expects: by locality, then by date. */
  plansAtLevel(level: Level): LibraryNode[] {
    let plans = this.plansByLevel.get(level);
    if (!plans) {
      plans = this.plans
        .filter((entry) => entry.data.level === level)
        .map((entry) => this.nodes.get(entry.id)!)
        .sort((a, b) => compareVietnamese(this.localityName(a.locality) ?? '', this.localityName(b.locality) ?? '') || compareDates(a.issued, b.issued));
      this.plansByLevel.set(level, plans);
    }
    return plans;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Orders partial dates; unknown dates come last. */
export function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
