/**
 * The library province by province: what a reader of one province needs, and nothing of the
 * others. One province's share is its own plans, those of its districts and communes, and the
 * documents above them (the chain up to 36-NQ/TW and what they cite). The hierarchy's province
 * pages, "save a province for offline reading" and the per-province portable copies all take
 * their lists from here, so the three always agree.
 */
import { LEVELS, compareDates, type Library, type LibraryNode } from './library.ts';
import { compareVietnamese } from './vietnamese.ts';

export interface ProvincePlan {
  node: LibraryNode;
  /** Grounds, when the text does not name the plan's locality and it is placed here by inference. */
  inferredGrounds: string | null;
}

export interface ProvinceScope {
  /** The province's locality id. */
  id: string;
  /** "tỉnh Lai Châu". */
  name: string;
  /** Its plans and those of its districts and communes: by level, then date. */
  plans: ProvincePlan[];
  /** Documents and plans outside the province that its plans carry out or cite, above them. */
  above: LibraryNode[];
  /** How many of its plans stand at each level. */
  plansAtLevel: Record<'province' | 'district' | 'commune', number>;
}

/** The province a locality is or lies in (its own id for a province); null when none is known. */
export function provinceOf(library: Library, localityId: string | null): string | null {
  const seen = new Set<string>();
  let id = localityId;
  while (id && !seen.has(id)) {
    seen.add(id);
    const locality = library.localities.get(id)?.data;
    if (!locality) return null;
    if (locality.kind === 'tỉnh') return id;
    id = locality.parent;
  }
  return null;
}

/** The province a plan belongs to, and the grounds when that is inferred. */
export function planProvince(library: Library, planId: string): { province: string; inferredGrounds: string | null } | null {
  const data = library.plan(planId)?.data;
  if (!data) return null;
  const stated = provinceOf(library, data.locality);
  if (stated) return { province: stated, inferredGrounds: null };
  const inferred = data.localityInferred && provinceOf(library, data.localityInferred.locality);
  return inferred ? { province: inferred, inferredGrounds: data.localityInferred!.grounds } : null;
}

/** Every province that has a plan, by name; each with its plans and what stands above them. */
export function provinceScopes(library: Library): ProvinceScope[] {
  const plansOf = new Map<string, ProvincePlan[]>();
  for (const entry of library.plans) {
    const placed = planProvince(library, entry.id);
    if (!placed) continue;
    const list = plansOf.get(placed.province) ?? [];
    list.push({ node: library.node(entry.id)!, inferredGrounds: placed.inferredGrounds });
    plansOf.set(placed.province, list);
  }
  return [...plansOf]
    .map(([id, plans]) => {
      plans.sort((a, b) => LEVELS.indexOf(a.node.level) - LEVELS.indexOf(b.node.level) || compareDates(a.node.issued, b.node.issued));
      const inside = new Set(plans.map((plan) => plan.node.id));
      const above = new Map<string, LibraryNode>();
      const add = (node: LibraryNode | undefined) => {
        if (node && !inside.has(node.id)) above.set(node.id, node);
      };
      for (const { node } of plans) {
        for (const link of library.ancestors(node.id)) add(link.node);
        for (const cited of library.plan(node.id)?.data.cites ?? []) add(library.node(cited));
      }
      const count = (level: LibraryNode['level']) => plans.filter((plan) => plan.node.level === level).length;
      return {
        id,
        name: library.localityName(id)!,
        plans,
        above: [...above.values()].sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || compareDates(a.issued, b.issued)),
        plansAtLevel: { province: count('province'), district: count('district'), commune: count('commune') },
      };
    })
    .sort((a, b) => compareVietnamese(library.localities.get(a.id)!.data.name, library.localities.get(b.id)!.data.name));
}
