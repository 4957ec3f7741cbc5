/**
 * The hierarchy of documents, cut so that no page of it grows with the library. The root page
 * holds 36-NQ/TW and the central level; below it the hierarchy comes in parts, one per province
 * (and one for plans no text places in a province), each on a page of its own where the part's
 * plans stand as trees under the documents above them. Every plan and cited document is drawn in
 * exactly one place: the root page or one part.
 */
import type { Translate } from '../../i18n/t.ts';
import { formatPartialDate } from './dates.ts';
import { LEVELS, compareDates, type Library, type LibraryNode } from './library.ts';
import { PAGE_SIZE, type Page } from './pagination.ts';
import { planProvince, provinceOf, provinceScopes, type ProvincePlan } from './provinces.ts';
import { routes } from './routes.ts';
import { compareVietnamese } from './vietnamese.ts';

/** Resolution 36-NQ/TW, which the library's plans carry out: the top of the hierarchy. */
export const RESOLUTION_ID = '36-nq-tw';

/** The id of the part holding the plans that neither their text nor an inference places in a province. */
export const UNPLACED = 'chua-xac-dinh-tinh';

export interface TreeNode {
  node: LibraryNode;
  /** True when the link from the parent to this node is inferred. */
  inferred: boolean;
  grounds: string | null;
  children: TreeNode[];
  /**
   * Why a node stands on a page that is not its own: it is a document above the part, drawn to
   * lead down to it, or a node of the part drawn on an earlier page, drawn again because what
   * carries it out goes on here. Absent for the page's own nodes.
   */
  context?: 'above' | 'continued';
  /** Grounds, when the node is placed in this part by inference (the text does not name its province). */
  placementGrounds?: string | null;
}

/** A part of the hierarchy below the central level: a province, or the plans of no known province. */
export interface HierarchyPart {
  /** The province's locality id, or UNPLACED. */
  id: string;
  /** Its plans and those of its districts and communes: by level, then date. */
  plans: ProvincePlan[];
  /** How many of its plans stand at each level. */
  plansAtLevel: Record<'province' | 'district' | 'commune', number>;
}

/**
 * The hierarchy's order: central documents first, then provinces, districts, communes; earlier
 * before later; then by place, so that a commune among many stands where the alphabet puts it.
 */
const hierarchyOrder = (library: Library) => (a: LibraryNode, b: LibraryNode) =>
  LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) ||
  compareDates(a.issued, b.issued) ||
  compareVietnamese(library.localityName(a.locality) ?? '', library.localityName(b.locality) ?? '');

// Made once per library: every plan page asks which part draws it.
const partsOf = new WeakMap<Library, HierarchyPart[]>();

/** Every part: the provinces that have a plan, by name, then the plans of no known province if any. */
export function hierarchyParts(library: Library): HierarchyPart[] {
  let parts = partsOf.get(library);
  if (!parts) {
    parts = provinceScopes(library).map(({ id, plans, plansAtLevel }) => ({ id, plans, plansAtLevel }));
    const unplaced = library.plans
      .filter((entry) => entry.data.level !== 'central' && !planProvince(library, entry.id))
      .map((entry) => ({ node: library.node(entry.id)!, inferredGrounds: null }))
      .sort((a, b) => hierarchyOrder(library)(a.node, b.node));
    if (unplaced.length > 0) {
      const count = (level: LibraryNode['level']) => unplaced.filter((plan) => plan.node.level === level).length;
      parts.push({ id: UNPLACED, plans: unplaced, plansAtLevel: { province: count('province'), district: count('district'), commune: count('commune') } });
    }
    partsOf.set(library, parts);
  }
  return parts;
}

/** "tỉnh Lai Châu", or what the plans of no known province are called. */
function partName(library: Library, partId: string, t: Translate): string {
  return partId === UNPLACED ? t('hierarchy.unplaced') : library.localityName(partId)!;
}

/** A cited document the library probably holds as a plan is drawn beside that plan ("Có thể chính là …"), not on its own. */
const drawnAsHeldPlan = (library: Library, id: string) => library.heldPlanFor(id) !== null;

/** The part a plan or cited document is drawn in, with the grounds when that is inferred; null for the root page. */
function partOf(library: Library, id: string): { part: string; grounds: string | null } | null {
  const node = library.node(id);
  if (!node || node.level === 'central') return null;
  if (node.kind === 'plan') {
    const placed = planProvince(library, id);
    return placed ? { part: placed.province, grounds: placed.inferredGrounds } : { part: UNPLACED, grounds: null };
  }
  const held = library.heldPlanFor(id);
  if (held) {
    const placed = partOf(library, held.plan.id);
    return placed && { part: placed.part, grounds: held.grounds };
  }
  // A document of a province none of whose plans is held stays on the root page, among the others.
  const province = provinceOf(library, node.locality);
  return province && hierarchyParts(library).some((part) => part.id === province) ? { part: province, grounds: null } : null;
}

/** The ids drawn in a part: its plans, and the cited documents of its province. */
function partMembers(library: Library, part: HierarchyPart): Set<string> {
  const documents = library.documents.filter((doc) => !drawnAsHeldPlan(library, doc.id) && partOf(library, doc.id)?.part === part.id);
  return new Set([...part.plans.map((plan) => plan.node.id), ...documents.map((doc) => doc.id)]);
}

/** The ids drawn on the root page: the central level, and cited documents of no province that has a part. */
function rootMembers(library: Library): Set<string> {
  const ids = [...library.documents.map((doc) => doc.id), ...library.plans.map((plan) => plan.id)];
  return new Set(ids.filter((id) => !drawnAsHeldPlan(library, id) && partOf(library, id) === null));
}

/**
 * The trees `members` form: each member under the first member it carries out. Members that carry
 * out none of the others are the roots, in the hierarchy's order; each member is drawn once.
 */
function forest(library: Library, members: Set<string>): TreeNode[] {
  const childLinks = (id: string) =>
    library
      .implementers(id)
      .filter((link) => members.has(link.node.id))
      .sort((a, b) => hierarchyOrder(library)(a.node, b.node));
  const seen = new Set<string>();
  const grow = (id: string): TreeNode[] =>
    childLinks(id)
      .filter((link) => !seen.has(link.node.id))
      .map((link) => {
        seen.add(link.node.id);
        return link;
      })
      .map((link) => ({ node: link.node, inferred: link.inferred, grounds: link.grounds, children: grow(link.node.id) }));
  const reached = new Set([...members].flatMap((id) => childLinks(id).map((link) => link.node.id)));
  const nodes = [...members].map((id) => library.node(id)!).sort(hierarchyOrder(library));
  // Roots first; then any member left over, which only a loop of "carries out" can leave.
  const roots: TreeNode[] = [];
  for (const node of [...nodes.filter((one) => !reached.has(one.id)), ...nodes]) {
    if (seen.has(node.id)) continue;
    seen.add(node.id);
    roots.push({ node, inferred: false, grounds: null, children: grow(node.id) });
  }
  return roots;
}

/**
 * The root page's trees: 36-NQ/TW with the central documents carrying it out, and the others
 * drawn there: central documents it does not reach, then documents of provinces without a page.
 */
export function centralHierarchy(library: Library): { resolution: TreeNode | null; others: TreeNode[] } {
  const members = [...rootMembers(library)];
  const atLevel = (central: boolean) => new Set(members.filter((id) => (library.node(id)!.level === 'central') === central));
  const central = forest(library, atLevel(true));
  return {
    resolution: central.find((tree) => tree.node.id === RESOLUTION_ID) ?? null,
    others: [...central.filter((tree) => tree.node.id !== RESOLUTION_ID), ...forest(library, atLevel(false))],
  };
}

/** How many nodes a tree holds. */
const sizeOf = (tree: TreeNode): number => 1 + tree.children.reduce((sum, child) => sum + sizeOf(child), 0);

/**
 * The nodes numbered `from` (included) to `to` (excluded) in reading order, as trees: a node before
 * `from` that leads to one of them is kept, marked as continued.
 */
function sliceTrees(trees: TreeNode[], from: number, to: number): TreeNode[] {
  let index = 0;
  const cut = (tree: TreeNode): TreeNode | null => {
    const own = index++;
    const children = tree.children.map(cut).filter((child) => child !== null);
    if (own >= from && own < to) return { ...tree, children };
    return children.length > 0 ? { ...tree, children, context: 'continued' } : null;
  };
  return trees.map(cut).filter((tree) => tree !== null);
}

/**
 * `trees` each hung under the chain of documents above its root (up to 36-NQ/TW, marked `above`);
 * roots with the same documents above share them.
 */
function underTheirChains(library: Library, trees: TreeNode[]): TreeNode[] {
  const top: TreeNode[] = [];
  for (const tree of trees) {
    const chain = library.ancestors(tree.node.id);
    let siblings = top;
    chain.forEach((link, index) => {
      let above = siblings.find((one) => one.node.id === link.node.id);
      if (!above) {
        // A link's flag says whether the step below it is inferred.
        const step = chain[index - 1];
        above = { node: link.node, inferred: step?.inferred ?? false, grounds: step?.grounds ?? null, children: [], context: 'above' };
        siblings.push(above);
      }
      siblings = above.children;
    });
    const step = chain.at(-1);
    siblings.push({ ...tree, inferred: step?.inferred ?? false, grounds: step?.grounds ?? null });
  }
  return top;
}

/** A part's own trees, each plan placed by inference carrying its grounds. */
function partForest(library: Library, part: HierarchyPart): TreeNode[] {
  const placement = new Map(part.plans.map((plan) => [plan.node.id, plan.inferredGrounds]));
  const mark = (tree: TreeNode): TreeNode => ({ ...tree, placementGrounds: placement.get(tree.node.id) ?? null, children: tree.children.map(mark) });
  return forest(library, partMembers(library, part)).map(mark);
}

/**
 * A part's hierarchy a page at a time: a fixed number of its plans and documents a page, in
 * reading order, each page's under the documents above them, so no page grows with the part.
 */
export function partPages(library: Library, part: HierarchyPart): Page<TreeNode>[] {
  const trees = partForest(library, part);
  const total = trees.reduce((sum, tree) => sum + sizeOf(tree), 0);
  const size = PAGE_SIZE.hierarchyNodes;
  return Array.from({ length: Math.max(1, Math.ceil(total / size)) }, (_, index) => ({
    number: index + 1,
    items: underTheirChains(library, sliceTrees(trees, index * size, (index + 1) * size)),
  }));
}

/** Documents a part's plans cite that its pages do not draw (neither in the part nor above it), in the hierarchy's order. */
export function partCitations(library: Library, part: HierarchyPart): LibraryNode[] {
  const members = partMembers(library, part);
  const drawn = new Set([...members, ...[...members].flatMap((id) => library.ancestors(id).map((link) => link.node.id))]);
  const cited = new Set(part.plans.flatMap((plan) => library.plan(plan.node.id)?.data.cites ?? []));
  return [...cited]
    .filter((id) => !drawn.has(id) && !members.has(library.heldPlanFor(id)?.plan.id ?? ''))
    .flatMap((id) => library.node(id) ?? [])
    .sort(hierarchyOrder(library));
}

/** A part as its line on the root page shows it. */
export interface PartSummary {
  id: string;
  name: string;
  url: string;
  /** Its plans by level, in words: "2 văn bản cấp tỉnh, 14 cấp xã" (levels without plans left out). */
  counts: string;
  /** The latest date known among its plans ("sau ngày …" when only a lower bound is known), or null. */
  latest: string | null;
  /** How many of its plans are placed in it by inference, in words; null when none is. */
  inferredNote: string | null;
}

export function partSummaries(library: Library, t: Translate): PartSummary[] {
  return hierarchyParts(library).map((part) => {
    const levels = (['province', 'district', 'commune'] as const).filter((level) => part.plansAtLevel[level] > 0);
    const dates = part.plans.flatMap(({ node }) => {
      const after = library.plan(node.id)?.data.issuedAfter?.date;
      return node.issued ? [{ date: node.issued, after: false }] : after ? [{ date: after, after: true }] : [];
    });
    const inferred = part.plans.filter((plan) => plan.inferredGrounds !== null).length;
    const latest = dates.sort((a, b) => compareDates(b.date, a.date))[0];
    return {
      id: part.id,
      name: partName(library, part.id, t),
      url: routes.hierarchyProvince(part.id),
      // The noun once, as one says it: "2 văn bản cấp tỉnh, 14 cấp xã".
      counts: levels.map((level, index) => `${part.plansAtLevel[level]} ${index === 0 ? `${t('hierarchy.documents')} ` : ''}${t(`hierarchy.at.${level}`)}`).join(', '),
      latest: latest ? `${latest.after ? `${t('meta.after')} ` : ''}${formatPartialDate(latest.date, t)}` : null,
      inferredNote: inferred > 0 ? t('hierarchy.inferredPlans').replace('{count}', String(inferred)) : null,
    };
  });
}

/** The heading of a part's page: "Hệ thống văn bản tỉnh Lai Châu", or what the plans of no known province are called. */
export function partHeading(library: Library, partId: string, t: Translate): string {
  return partId === UNPLACED ? t('hierarchy.unplaced') : `${t('hierarchy.heading')} ${library.localityName(partId)}`;
}

/** One step of a page's place in the hierarchy, for its breadcrumbs. */
export interface Crumb {
  name: string;
  url: string;
  inferred: boolean;
  grounds: string | null;
}

/**
 * Where a plan or cited document stands: the hierarchy, the part that draws it (inferred when its
 * province is), then the documents above it up to 36-NQ/TW.
 */
export function hierarchyCrumbs(library: Library, id: string, t: Translate): Crumb[] {
  const placed = partOf(library, id);
  return [
    { name: t('hierarchy.heading'), url: routes.hierarchy(), inferred: false, grounds: null },
    ...(placed ? [{ name: partName(library, placed.part, t), url: routes.hierarchyProvince(placed.part), inferred: placed.grounds !== null, grounds: placed.grounds }] : []),
    ...library.ancestors(id).map((link) => ({ name: library.shortName(link.node), url: link.node.url, inferred: link.inferred, grounds: link.grounds })),
  ];
}
